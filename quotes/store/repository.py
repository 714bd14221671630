"""Ingest extraction results and answer the store's queries.

:func:`ingest` takes one extraction result (the JSON of ``POST /v1/extract``) and the article
text, and in one transaction: finds the article (same ``id``, else same ``url``, else same
text) and replaces its quotes and speakers, or inserts it; ties each speaker to a global one
(the linker: :mod:`quotes.linking.names`); stores the quotes; links each to the quotes that carry the same
statement (:mod:`quotes.linking.statements`) among candidates from an index — the same speaker
within the date window, or for anonymous sources the MinHash bands of the same kind of
source — never every pair; and keeps each statement's first day, count and first quote.

Ingests are serialised: on PostgreSQL by locking the ``ingest_lock`` row, on SQLite by its
write lock (``BEGIN IMMEDIATE``). So two workers never both create a speaker, nor miss a link
between two articles they ingest at once; the unique constraints back this up.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from models.tables import (Alias, Article, IngestLock, Mention, Quote, QuoteBand, Speaker, Statement,
                           StatementLink, utcnow)


MAX_CANDIDATES = 500  # quotes of one speaker in one window compared with a new quote

# The queries an ingest runs for every article, speaker and quote, built once with bound
# parameters: building a statement costs more than SQLite takes to answer it.
ARTICLE_KEYS = ("external_key", "url_key", "text_hash")  # an article's identity, in this order
_ARTICLES_BY_KEYS = select(Article.id, *(getattr(Article, column) for column in ARTICLE_KEYS)).where(
    or_(*(getattr(Article, column) == bindparam(column) for column in ARTICLE_KEYS)))
_ALIASES_OF = select(Alias.speaker_id, Alias.name).where(Alias.speaker_id.in_(bindparam("ids", expanding=True)))
_AFFILIATIONS_OF = select(Mention.speaker_id, Mention.affiliation).where(
    Mention.speaker_id.in_(bindparam("ids", expanding=True)), Mention.affiliation.is_not(None)).distinct()
_KEYS_LIKE = select(Speaker.key).where(Speaker.type == bindparam("type"), Speaker.key.like(bindparam("pattern")))
_ALIAS = select(Alias.id).where(Alias.speaker_id == bindparam("speaker"), Alias.key == bindparam("key"))
_SPEAKER_BY_KEY = select(Speaker).where(Speaker.type == bindparam("type"), Speaker.key == bindparam("key"))
_SPEAKER_BY_REGISTRY = select(Speaker).where(Speaker.registry_id == bindparam("registry_id"))
_PEOPLE_BY_SURNAME = select(Speaker).where(Speaker.type == "person", Speaker.surname == bindparam("surname"))
_SPEAKERS_BY_ALIAS = select(Speaker).join(Alias, Alias.speaker_id == Speaker.id).where(
    Speaker.type == bindparam("type"), Alias.key == bindparam("key")).distinct()
_CANDIDATE_COLUMNS = (Quote.id, Quote.statement_id, Quote.day, Quote.text, Quote.context)
_SPEAKER_CANDIDATES = (select(*_CANDIDATE_COLUMNS)
                       .where(Quote.speaker_id == bindparam("speaker"), Quote.id != bindparam("quote"),
                              Quote.day >= bindparam("low"), Quote.day <= bindparam("high"))
                       .order_by(Quote.id.desc()).limit(MAX_CANDIDATES))
_BAND_CANDIDATES = (select(*_CANDIDATE_COLUMNS, Mention.description, Mention.name)
                    .outerjoin(Mention, Mention.id == Quote.mention_id)
                    .where(Quote.id.in_(select(QuoteBand.quote_id).where(
                               QuoteBand.band.in_(select(QuoteBand.band).where(QuoteBand.quote_id == bindparam("quote"))),
                               QuoteBand.quote_id != bindparam("quote")).distinct()),
                           Quote.speaker_type == "anonymous", Quote.day >= bindparam("low"), Quote.day <= bindparam("high"))
                    .order_by(Quote.id.desc()).limit(MAX_CANDIDATES))


class ArticleConflict(Exception):
    """The article's id and url (or text) belong to two different stored articles."""


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def iso_day(value) -> str | None:
    """The YYYY-MM-DD day of an ISO date or date-time string, or None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def outlet_key(outlet: str | None) -> str | None:
    """The outlet as the ``outlet`` filter compares it: case folded (and cut to fit its index)."""
    return outlet.casefold()[:255] if outlet else None


def quote_day(quote: dict, published_day: str | None) -> str | None:
    """The day of the statement: its statement date, else the day the article was published."""
    statement_date = quote.get("statement_date") or {}
    return iso_day(statement_date.get("value")) or published_day


@dataclass
class IngestReport:
    article_id: int
    replaced: bool
    quotes: int = 0
    new_speakers: int = 0
    new_statements: int = 0
    linked_quotes: int = 0  # quotes linked to at least one other quote
    speaker_ids: dict = field(default_factory=dict)  # local speaker id -> global id


# ---------------------------------------------------------------- ingest

def lock(session: Session) -> None:
    session.execute(select(IngestLock.id).where(IngestLock.id == 1).with_for_update())


def article_keys(article: dict, text_hash: str) -> dict[str, str | None]:
    """The article's identity keys: the sha256 of its ``id`` and of its ``url`` (None without
    them), the hash of its text."""
    return {"external_key": sha256(article["id"]) if article.get("id") is not None else None,
            "url_key": sha256(article["url"]) if article.get("url") else None, "text_hash": text_hash}


def stored_keys(session: Session, keys: dict[str, str | None]) -> dict[str, int]:
    """Which stored article holds each of ``keys`` (column -> article id), in one query."""
    found = {}
    for article_id, *values in session.execute(_ARTICLES_BY_KEYS, keys):
        for column, value in zip(ARTICLE_KEYS, values):
            if value is not None and value == keys[column]:
                found[column] = article_id
    return found


def find_article(session: Session, article: dict, text_hash: str, *, stored: dict[str, int] | None = None
                 ) -> Article | None:
    """The stored article with the same id, else the same url, else the same text."""
    if stored is None:
        stored = stored_keys(session, article_keys(article, text_hash))
    for column in ARTICLE_KEYS:
        if column in stored:
            return session.get(Article, stored[column])
    return None


def unchanged(session: Session, result: dict, text: str) -> int | None:
    """The id of the stored article that ``result`` would replace when storing it again would change
    nothing: the same text, the same article fields and the same extractor (service version and model
    package), hence the same quotes. Else None (a new article, or one to replace)."""
    meta = result["article"]
    text_hash = sha256(text)
    found = find_article(session, meta, text_hash)
    if found is None or found.text_hash != text_hash or found.data != meta:
        return None
    stored, new = found.meta or {}, result.get("meta") or {}
    if any(stored.get(name) != new.get(name) for name in ("service_version", "model_package")):
        return None
    return found.id


def ingest(session: Session, result: dict, text: str, linker, *, window_days: int = 3) -> IngestReport:
    """Store one extraction ``result`` of ``text``, matching and linking with ``linker`` (a
    :class:`quotes.linking.Linker`); the caller commits."""
    lock(session)
    meta = result["article"]
    text_hash = sha256(text)
    keys = article_keys(meta, text_hash)
    stored = stored_keys(session, keys)
    article = find_article(session, meta, text_hash, stored=stored)
    replaced = article is not None
    affected_statements: set[int] = set()  # lost quotes (a re-posted article): split, then refresh
    grown_statements: set[int] = set()  # gained quotes: refresh
    affected_speakers: set[int] = set()  # lost mentions or gained a name form: refresh names
    if article is None:
        article = Article(created_at=utcnow())  # added once its keys are set (autoflush)
    else:
        affected_statements, affected_speakers = _clear_article(session, article.id)
    external_key, url_key = keys["external_key"], keys["url_key"]
    for column in ARTICLE_KEYS:
        if keys[column] is not None:
            other = stored.get(column)  # (clearing the article's quotes changed no article row)
            if other is not None and other != article.id:  # (a new article has no id yet)
                raise ArticleConflict(f"this article's {column.replace('_key', '').replace('_', ' ')} belongs to "
                                      f"stored article {other}, another than the one it matches")
    published_day = iso_day(meta.get("published"))
    article.external_id, article.external_key = meta.get("id"), external_key
    article.url, article.url_key, article.text_hash = meta.get("url"), url_key, text_hash
    article.outlet, article.published, article.published_day = meta.get("outlet"), meta.get("published"), published_day
    article.title, article.dateline, article.byline = meta.get("title"), meta.get("dateline"), meta.get("byline")
    article.provenance, article.text, article.updated_at = meta.get("provenance"), text, utcnow()
    article.meta = {k: v for k, v in (result.get("meta") or {}).items() if k != "request_id"}
    article.data = meta
    session.add(article)
    session.flush()

    report = IngestReport(article.id, replaced)
    mentions, speaker_ids = {}, {}
    # The article's mentions are inserted together after its speakers are matched; until then the
    # affiliations they give their global speakers are read from here (a later speaker of the same
    # article is matched as if they were stored already).
    given_affiliations: dict[int, list[str]] = defaultdict(list)
    for speaker in result.get("speakers", []):
        global_id, created, new_name = _global_speaker(session, linker, article.id, speaker, given_affiliations)
        report.new_speakers += created
        mention = Mention(article_id=article.id, local_id=speaker["id"], speaker_id=global_id,
                          name=speaker.get("name"), type=speaker["type"], title=speaker.get("title"),
                          affiliation=speaker.get("affiliation"), description=speaker.get("description"),
                          registry_id=speaker.get("registry_id"), wikidata=speaker.get("wikidata"),
                          spans=speaker.get("mentions") or [], quote_ids=speaker.get("quote_ids") or [],
                          data=speaker)
        mentions[speaker["id"]] = mention
        if global_id is not None and mention.affiliation is not None:
            given_affiliations[global_id].append(mention.affiliation)
        speaker_ids[speaker["id"]] = global_id
        if global_id is not None and new_name:
            affected_speakers.add(global_id)
    session.add_all(mentions.values())
    session.flush()
    mention_ids = {local: m.id for local, m in mentions.items()}
    report.speaker_ids = speaker_ids

    masked = [tuple(p) for q in result.get("quotes", []) for p in q.get("pieces") or [(q["start"], q["end"])]]
    masked += [(m["start"], m["end"]) for s in result.get("speakers", []) for m in s.get("mentions") or []]
    descriptions = {s["id"]: s.get("description") or s.get("name") for s in result.get("speakers", [])}
    new_quotes = []
    for position, item in enumerate(result.get("quotes", [])):
        local_speaker = item["speaker"].get("id")
        day = quote_day(item, published_day)
        quote = Quote(article_id=article.id, local_id=item["id"], position=position,
                      mention_id=mention_ids.get(local_speaker), speaker_id=speaker_ids.get(local_speaker),
                      speaker_type=item["speaker"]["type"], speaker_name=item["speaker"].get("name"),
                      text=item["text"], start=item["start"], end=item["end"], pieces=item.get("pieces") or [],
                      type=item["type"], cue=item.get("cue"), speaker_mention=item["speaker"].get("mention"),
                      outlet=item.get("outlet"), outlet_key=outlet_key(item.get("outlet")), date=item.get("date"),
                      statement_date=item.get("statement_date"),
                      channel=item.get("channel"), confidence=float(item.get("confidence") or 0.0),
                      evidence=item.get("evidence") or "none", day=day, sort_day=day or "",
                      context=linker.context(text, item["start"], item["end"], masked), data=item)
        session.add(quote)
        new_quotes.append((quote, descriptions.get(local_speaker)))
    session.flush()
    report.quotes = len(new_quotes)

    for quote, description in new_quotes:
        if quote.speaker_type == "anonymous":
            kind = linker.source_kind(description)
            if kind:
                session.add_all(QuoteBand(quote_id=quote.id, band=band)
                                for band in linker.bands(quote.text, f"anonymous:{kind}"))
    session.flush()

    # Each quote's statement: the one of the quotes it links to (their statements merged into the
    # oldest), else a new one of its own. New statements are kept in memory until every quote of the
    # article is linked (a later quote may link to an earlier one's), then inserted at once in the
    # order they were made, and the quotes' statement ids written in one statement.
    pending: list[_NewStatement] = []
    assigned: dict[int, _StatementKey] = {}  # this article's quote id -> its statement so far
    merged: dict[_StatementKey, _StatementKey] = {}  # a statement merged away -> the one it went into
    this_article = {quote.id for quote, _ in new_quotes}

    def resolve(key: _StatementKey) -> _StatementKey:
        while key in merged:
            key = merged[key]
        return key

    def statement_of(quote_id: int, stored: int | None) -> _StatementKey | None:
        if quote_id in assigned:
            return resolve(assigned[quote_id])
        if quote_id in this_article:
            return None  # a later quote of this article, not linked yet
        return resolve(stored) if stored is not None else None

    links: list[StatementLink] = []
    for quote, description in new_quotes:
        linked_statements = _link(session, linker, quote, description, window_days, statement_of, links)
        if linked_statements:
            report.linked_quotes += 1
            target = min(linked_statements, key=_statement_order)
            others = linked_statements - {target}
            stored_others = {o for o in others if isinstance(o, int)}
            if stored_others:  # (then the target is a stored one too: stored statements come first)
                session.execute(update(Quote).where(Quote.statement_id.in_(stored_others)).values(statement_id=target))
                session.execute(delete(Statement).where(Statement.id.in_(stored_others)))
                affected_statements -= stored_others
            for other in others:
                merged[other] = target
                grown_statements.discard(other)
            assigned[quote.id] = target
            grown_statements.add(target)
        else:
            # A statement of its own (so far): its first quote is this one.
            new_statement = _NewStatement(len(pending), quote)
            pending.append(new_statement)
            assigned[quote.id] = new_statement
            report.new_statements += 1
    rows = {}
    for new_statement in pending:
        if new_statement not in merged:
            rows[new_statement] = Statement(speaker_id=new_statement.quote.speaker_id,
                                            first_day=new_statement.quote.sort_day, quote_count=1,
                                            first_quote_id=new_statement.quote.id, created_at=utcnow())
    session.add_all(rows.values())
    session.add_all(links)
    session.flush()

    def statement_id(key: _StatementKey) -> int:
        key = resolve(key)
        return key if isinstance(key, int) else rows[key].id

    for quote, _ in new_quotes:
        quote.statement_id = statement_id(assigned[quote.id])
    grown_statements = {statement_id(key) for key in grown_statements}
    session.flush()

    _split_and_refresh(session, affected_statements, split=True)
    _split_and_refresh(session, grown_statements - affected_statements, split=False)
    _refresh_speakers(session, linker, affected_speakers)
    session.flush()
    return report


def _clear_article(session: Session, article_id: int) -> tuple[set[int], set[int]]:
    """Delete an article's quotes (with their links and bands) and mentions before it is stored again."""
    quote_ids = select(Quote.id).where(Quote.article_id == article_id)
    statements = set(session.scalars(select(Quote.statement_id).where(Quote.article_id == article_id,
                                                                       Quote.statement_id.is_not(None))))
    speakers = set(session.scalars(select(Mention.speaker_id).where(Mention.article_id == article_id,
                                                                     Mention.speaker_id.is_not(None))))
    session.execute(delete(StatementLink).where(StatementLink.quote_a.in_(quote_ids) | StatementLink.quote_b.in_(quote_ids)))
    session.execute(delete(QuoteBand).where(QuoteBand.quote_id.in_(quote_ids)))
    session.execute(delete(Quote).where(Quote.article_id == article_id))
    session.execute(delete(Mention).where(Mention.article_id == article_id))
    session.flush()
    return statements, speakers


def _stored_candidates(session: Session, linker, speakers: list[Speaker], name: str, type_: str,
                       given_affiliations: dict[int, list[str]]) -> list[dict]:
    """The stored speakers whose names could be ``name``, with their names and affiliations (those
    of their stored mentions and ``given_affiliations``, the mentions of this article not stored yet)."""
    aliases, affiliations = defaultdict(list), defaultdict(list)
    for speaker_id, form in session.execute(_ALIASES_OF, {"ids": [s.id for s in speakers]}):
        aliases[speaker_id].append(form)
    speakers = [s for s in speakers if linker.could_be(aliases[s.id] or [s.name], name, type_)]
    ids = [s.id for s in speakers]
    for speaker_id, value in session.execute(_AFFILIATIONS_OF, {"ids": ids}):
        affiliations[speaker_id].append(value)
    for speaker_id in ids:
        for value in given_affiliations.get(speaker_id, ()):
            if value not in affiliations[speaker_id]:
                affiliations[speaker_id].append(value)
    return [{"id": s.id, "type": s.type, "names": aliases[s.id] or [s.name], "affiliations": affiliations[s.id]}
            for s in speakers]


def _free_key(session: Session, type_: str, key: str) -> str:
    """``key``, or ``key#2``, ``key#3`` ... when another speaker of the same name exists."""
    taken = set(session.scalars(_KEYS_LIKE, {"type": type_, "pattern": f"{key}%"}))
    if key not in taken:
        return key
    n = 2
    while f"{key}#{n}" in taken:
        n += 1
    return f"{key}#{n}"


def _add_alias(session: Session, linker, speaker_id: int, name: str, *, new_speaker: bool = False) -> bool:
    """Record a name form of the speaker (``new_speaker``: created in this transaction, with no
    name form yet); True when it is new."""
    key = linker.name_key(name)
    exists = None if new_speaker else session.scalars(_ALIAS, {"speaker": speaker_id, "key": key}).first()
    if exists is None:
        session.add(Alias(speaker_id=speaker_id, name=name[:2048], key=key))
        session.flush()
    return exists is None


def _global_speaker(session: Session, linker, article_id: int, speaker: dict,
                    given_affiliations: dict[int, list[str]]) -> tuple[int | None, bool, bool]:
    """(global speaker id, created?, a new name form?) of one speaker of the article
    (``given_affiliations``: see :func:`_stored_candidates`)."""
    type_, name = speaker["type"], (speaker.get("name") or "").strip()
    if type_ == "unknown" or not name:
        return None, False, False
    if type_ == "anonymous":
        # Never merged across articles: a speaker of its own, keyed by article and local id (the
        # same row again when the article is posted again).
        key = f"anonymous:{article_id}:{speaker['id']}"
        row = session.scalars(_SPEAKER_BY_KEY, {"type": type_, "key": key}).first()
        created = row is None
        if created:
            row = Speaker(type=type_, name=name[:2048], key=key, created_at=utcnow())
            session.add(row)
        row.name = name[:2048]
        session.flush()
        return row.id, created, False
    registry_id = speaker.get("registry_id")
    found = None
    if registry_id:
        found = session.scalars(_SPEAKER_BY_REGISTRY, {"registry_id": registry_id}).first()
    if found is None:
        if type_ == "person":
            pool = list(session.scalars(_PEOPLE_BY_SURNAME, {"surname": linker.surname_key(name)}))
        else:
            key = linker.name_key(name)
            pool = list(session.scalars(_SPEAKERS_BY_ALIAS, {"type": type_, "key": key}))
        pool = [s for s in pool if not (registry_id and s.registry_id and s.registry_id != registry_id)]
        match = linker.best_match(_stored_candidates(session, linker, pool, name, type_, given_affiliations),
                                  name, type_,
                                  speaker.get("affiliation"))
        found = session.get(Speaker, match) if match is not None else None
    created = found is None
    if found is None:
        found = Speaker(type=type_, name=name[:2048], key=_free_key(session, type_, linker.name_key(name)),
                        surname=linker.surname_key(name) if type_ == "person" else None, created_at=utcnow())
        session.add(found)
    if registry_id and not found.registry_id:
        found.registry_id, found.wikidata = registry_id, speaker.get("wikidata")
    if registry_id:
        found.name = name[:2048]  # the registry's name overrides
    session.flush()
    return found.id, created, _add_alias(session, linker, found.id, name, new_speaker=created)


def seed_registry(session: Session, linker, registry) -> int:
    """Create (or rename) the speakers of the speaker registry (SPEAKER_REGISTRY); returns how many are new."""
    lock(session)
    new = 0
    for entry in registry.entries:
        if entry.type not in ("person", "organization"):
            continue
        found = session.scalars(select(Speaker).where(Speaker.registry_id == entry.id)).first()
        if found is None:
            new += 1
            found = Speaker(type=entry.type, name=entry.name, registry_id=entry.id, wikidata=entry.wikidata,
                            key=_free_key(session, entry.type, linker.name_key(entry.name)),
                            surname=linker.surname_key(entry.name) if entry.type == "person" else None,
                            created_at=utcnow())
            session.add(found)
        found.name, found.wikidata = entry.name, entry.wikidata
        session.flush()
        for alias in (entry.name, *entry.aliases):
            _add_alias(session, linker, found.id, alias)
    return new


def _link(session: Session, linker, quote: Quote, description: str | None, window_days: int,
          statement_of, links: list) -> set:
    """Link ``quote`` to the stored quotes that carry its statement (appending the links to
    ``links``); their statements (``statement_of(quote id, stored statement id)``)."""
    if quote.day is None:
        return set()
    day = date.fromisoformat(quote.day)
    low, high = (day - timedelta(days=window_days)).isoformat(), (day + timedelta(days=window_days)).isoformat()
    anonymous_source = quote.speaker_type == "anonymous"
    if anonymous_source:
        rows = session.execute(_BAND_CANDIDATES, {"quote": quote.id, "low": low, "high": high}).all()
        candidates = [row[:5] for row in rows if linker.compatible_sources(description, row[5] or row[6])]
    elif quote.speaker_id is not None:
        candidates = session.execute(_SPEAKER_CANDIDATES, {"speaker": quote.speaker_id, "quote": quote.id,
                                                           "low": low, "high": high}).all()
    else:
        return set()
    statements = set()
    for other_id, stored_statement, other_day, other_text, other_context in candidates:
        statement = statement_of(other_id, stored_statement)
        if statement is None or abs((date.fromisoformat(other_day) - day).days) > window_days:
            continue
        match = linker.compare(quote.text, quote.context, other_text, other_context,
                               anonymous_source=anonymous_source)
        if match is None:
            continue
        a, b = sorted((quote.id, other_id))
        links.append(StatementLink(quote_a=a, quote_b=b, evidence=match[0], score=match[1]))
        statements.add(statement)
    return statements


@dataclass(frozen=True, eq=False)
class _NewStatement:
    """A statement made during an ingest, inserted once the article's quotes are all linked."""

    order: int
    quote: Quote


_StatementKey = "int | _NewStatement"  # a stored statement's id, or a new one


def _statement_order(key) -> tuple[int, int]:
    """Stored statements first (by id), then the new ones in the order they were made: the order
    of their ids once inserted, so the oldest statement is the one others merge into."""
    return (0, key) if isinstance(key, int) else (1, key.order)


def _split_and_refresh(session: Session, statement_ids: set[int], *, split: bool) -> None:
    """Each statement whose quotes changed: with ``split``, split into its linked groups (a
    re-posted article may have taken away the quote that joined two groups); then its first day,
    count and first quote."""
    for statement_id in sorted(statement_ids):
        statement = session.get(Statement, statement_id)
        if statement is None:
            continue
        quotes = list(session.scalars(select(Quote).where(Quote.statement_id == statement_id)))
        if not quotes:
            session.delete(statement)
            continue
        ids = {q.id for q in quotes}
        if split:
            links = session.execute(select(StatementLink.quote_a, StatementLink.quote_b).where(
                StatementLink.quote_a.in_(ids), StatementLink.quote_b.in_(ids))).all()
            groups = _components(ids, links)
        else:
            groups = [ids]
        by_id = {q.id: q for q in quotes}
        groups.sort(key=lambda g: min(g))
        _refresh(statement, [by_id[i] for i in groups[0]])
        for group in groups[1:]:
            members = [by_id[i] for i in group]
            extra = Statement(speaker_id=members[0].speaker_id, created_at=utcnow())
            session.add(extra)
            session.flush()
            for quote in members:
                quote.statement_id = extra.id
            _refresh(extra, members)
    session.flush()


def _components(ids: set[int], links) -> list[set[int]]:
    parent = {i: i for i in ids}

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[root(a)] = root(b)
    groups = defaultdict(set)
    for i in ids:
        groups[root(i)].add(i)
    return list(groups.values())


def _refresh(statement: Statement, quotes: list[Quote]) -> None:
    first = min(quotes, key=_oldest_first)
    statement.first_day, statement.first_quote_id = first.sort_day, first.id
    statement.quote_count = len(quotes)
    statement.speaker_id = first.speaker_id


def _oldest_first(quote: Quote):
    return (quote.day or "9999-99-99", quote.date or "", quote.article_id, quote.position)


def _refresh_speakers(session: Session, linker, speaker_ids: set[int]) -> None:
    """Speakers no article mentions any more go; the others' aliases and canonical names follow
    their mentions (a registry speaker keeps the registry's name)."""
    for speaker_id in sorted(speaker_ids):
        speaker = session.get(Speaker, speaker_id)
        if speaker is None:
            continue
        seen_counts = dict(session.execute(select(Mention.name, func.count()).where(
            Mention.speaker_id == speaker_id, Mention.name.is_not(None)).group_by(Mention.name)).all())
        seen = list(seen_counts)
        if not seen and speaker.registry_id is None:
            session.execute(update(Statement).where(Statement.speaker_id == speaker_id).values(speaker_id=None))
            session.delete(speaker)
            continue
        if not speaker.registry_id:
            keep = {linker.name_key(n) for n in seen}
            session.execute(delete(Alias).where(Alias.speaker_id == speaker_id, Alias.key.not_in(keep)))
            if speaker.type == "person":
                speaker.name = linker.canonical_name(sorted(set(seen)))[:2048]
            else:
                speaker.name = max(seen, key=lambda n: (seen_counts[n], n))[:2048]  # the most frequent form
    session.flush()


def counts(session: Session) -> dict:
    return {name: session.scalar(select(func.count()).select_from(table)) for name, table in
            (("articles", Article), ("quotes", Quote), ("speakers", Speaker), ("statements", Statement),
             ("statement_links", StatementLink))}
