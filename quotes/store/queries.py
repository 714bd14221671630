"""The store's read side: articles, quotes, speakers and statements as the API answers them."""
from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from models.tables import Alias, Article, Mention, Quote, Speaker, Statement, StatementLink

from . import pagination
from .repository import outlet_key

_TERM = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- shapes

def speaker_ref(speaker: Speaker | None, quote: Quote | None = None) -> dict:
    if speaker is None:
        return {"global_id": None, "name": quote.speaker_name if quote else None,
                "type": quote.speaker_type if quote else "unknown"}
    return {"global_id": speaker.id, "name": speaker.name, "type": speaker.type}


def quote_row(quote: Quote, speaker: Speaker | None) -> dict:
    """A quote as /v1/quotes lists it: where it is, the extraction's fields, the global speaker."""
    return {
        "article_id": quote.article_id,
        "quote_id": quote.local_id,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "pieces": quote.pieces,
        "type": quote.type,
        "cue": quote.cue,
        "speaker": {**speaker_ref(speaker, quote), "name_in_article": quote.speaker_name,
                    "mention": quote.speaker_mention},
        "outlet": quote.outlet,
        "date": quote.date,
        "statement_date": quote.statement_date,
        "channel": quote.channel,
        "confidence": quote.confidence,
        "evidence": quote.evidence,
        "day": quote.day,
        "statement_id": quote.statement_id,
    }


def article_result(session: Session, article_id: int) -> dict | None:
    """The stored article as the extraction result it was, with the global ids added."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    mentions = list(session.scalars(select(Mention).where(Mention.article_id == article_id).order_by(Mention.id)))
    quotes = list(session.scalars(select(Quote).where(Quote.article_id == article_id).order_by(Quote.position)))
    by_local = {m.local_id: m for m in mentions}
    return {
        "article": {**article.data, "article_id": article.id},
        "quotes": [{**q.data, "speaker": {**q.data["speaker"], "global_id": q.speaker_id},
                    "statement_id": q.statement_id} for q in quotes],
        "speakers": [{**m.data, "global_id": m.speaker_id} for m in by_local.values()],
        "meta": dict(article.meta or {}),
    }


# ---------------------------------------------------------------- quotes

def full_text_condition(session: Session, q: str):
    """Quotes whose text matches every word of ``q`` (stemmed: "attacks" finds "attack")."""
    terms = _TERM.findall(q)
    if session.get_bind().dialect.name == "postgresql":
        return func.to_tsvector("english", Quote.text).op("@@")(func.plainto_tsquery("english", " ".join(terms)))
    match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return Quote.id.in_(text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match").bindparams(match=match))


def search_terms(q: str) -> list[str]:
    return _TERM.findall(q)


def list_quotes(session: Session, *, speaker: int | None = None, outlet: str | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,
                q: str | None = None, statement: int | None = None, limit: int = 50,
                cursor: str | None = None) -> dict:
    """Quotes newest first (by the day of the statement, then by id), a page at a time."""
    query = select(Quote, Speaker).outerjoin(Speaker, Speaker.id == Quote.speaker_id)
    if speaker is not None:
        query = query.where(Quote.speaker_id == speaker)
    if statement is not None:
        query = query.where(Quote.statement_id == statement)
    if outlet is not None:
        query = query.where(Quote.outlet_key == outlet_key(outlet))
    if type is not None:
        query = query.where(Quote.type == type)
    if since is not None:
        query = query.where(Quote.day >= since)
    if until is not None:
        query = query.where(Quote.day <= until)
    if q:
        query = query.where(full_text_condition(session, q))
    if cursor:
        day, last = pagination.decode(cursor, (str, int))
        query = query.where(or_(Quote.sort_day < day, and_(Quote.sort_day == day, Quote.id < last)))
    rows = session.execute(query.order_by(Quote.sort_day.desc(), Quote.id.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    next_cursor = pagination.encode(page[-1][0].sort_day, page[-1][0].id) if len(rows) > limit else None
    return {"quotes": [quote_row(quote, spk) for quote, spk in page], "next_cursor": next_cursor}


# ---------------------------------------------------------------- speakers

def _speaker_details(session: Session, speakers: list[Speaker]) -> list[dict]:
    ids = [s.id for s in speakers]
    if not ids:
        return []
    aliases, titles, affiliations = defaultdict(list), defaultdict(set), defaultdict(set)
    for speaker_id, name in session.execute(select(Alias.speaker_id, Alias.name).where(Alias.speaker_id.in_(ids))
                                            .order_by(Alias.id)):
        aliases[speaker_id].append(name)
    for speaker_id, title, affiliation in session.execute(
            select(Mention.speaker_id, Mention.title, Mention.affiliation).where(Mention.speaker_id.in_(ids))):
        if title:
            titles[speaker_id].add(title)
        if affiliation:
            affiliations[speaker_id].add(affiliation)
    stats = {row[0]: row[1:] for row in session.execute(
        select(Quote.speaker_id, func.count(Quote.id), func.count(func.distinct(Quote.article_id)),
               func.min(Quote.day), func.max(Quote.day))
        .where(Quote.speaker_id.in_(ids)).group_by(Quote.speaker_id))}
    outlets = defaultdict(set)
    for speaker_id, outlet in session.execute(select(Quote.speaker_id, Quote.outlet).where(
            Quote.speaker_id.in_(ids), Quote.outlet.is_not(None)).distinct()):
        outlets[speaker_id].add(outlet)
    out = []
    for s in speakers:
        quotes, articles, first, last = stats.get(s.id, (0, 0, None, None))
        out.append({
            "global_id": s.id, "name": s.name, "type": s.type, "aliases": aliases[s.id],
            "titles": sorted(titles[s.id]), "affiliations": sorted(affiliations[s.id]),
            "registry_id": s.registry_id, "wikidata": s.wikidata,
            "quote_count": quotes, "article_count": articles, "outlets": sorted(outlets[s.id]),
            "first_seen": first, "last_seen": last,
        })
    return out


def list_speakers(session: Session, *, q: str | None = None, type: str | None = None, limit: int = 50,
                  cursor: str | None = None, name_key=str.lower) -> dict:
    """Speakers by id (oldest first), filtered by a name (any alias holding the words of ``q``) and type."""
    query = select(Speaker)
    if type is not None:
        query = query.where(Speaker.type == type)
    if q:
        key = name_key(q)
        matching = select(Alias.speaker_id).where(Alias.key.like(f"%{_escape(key)}%", escape="\\"))
        query = query.where(or_(Speaker.id.in_(matching), func.lower(Speaker.name).like(f"%{_escape(q.lower())}%",
                                                                                       escape="\\")))
    if cursor:
        (last,) = pagination.decode(cursor, (int,))
        query = query.where(Speaker.id > last)
    rows = list(session.scalars(query.order_by(Speaker.id).limit(limit + 1)))
    page = rows[:limit]
    return {"speakers": _speaker_details(session, page),
            "next_cursor": pagination.encode(page[-1].id) if len(rows) > limit else None}


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_speaker(session: Session, speaker_id: int, *, limit: int = 50, cursor: str | None = None) -> dict | None:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        return None
    details = _speaker_details(session, [speaker])[0]
    page = list_quotes(session, speaker=speaker_id, limit=limit, cursor=cursor)
    return {**details, "quotes": page["quotes"], "next_cursor": page["next_cursor"]}


# ---------------------------------------------------------------- statements

def _statements_json(session: Session, statements: list[Statement]) -> list[dict]:
    ids = [s.id for s in statements]
    if not ids:
        return []
    members = defaultdict(list)
    rows = session.execute(select(Quote, Article.published, Article.title).join(Article, Article.id == Quote.article_id)
                           .where(Quote.statement_id.in_(ids)))
    for quote, published, title in rows:
        members[quote.statement_id].append((quote, published, title))
    quote_ids = {q.id: q for group in members.values() for q, _, _ in group}
    links = defaultdict(list)
    for link in session.scalars(select(StatementLink).where(StatementLink.quote_a.in_(list(quote_ids)))):
        a, b = quote_ids.get(link.quote_a), quote_ids.get(link.quote_b)
        if a is not None and b is not None and a.statement_id == b.statement_id:
            links[a.statement_id].append({
                "quotes": [{"article_id": a.article_id, "quote_id": a.local_id},
                           {"article_id": b.article_id, "quote_id": b.local_id}],
                "evidence": link.evidence, "score": link.score})
    speakers = {s.id: s for s in session.scalars(select(Speaker).where(
        Speaker.id.in_({s.speaker_id for s in statements if s.speaker_id is not None})))}
    out = []
    for statement in statements:
        group = sorted(members[statement.id], key=lambda r: (r[0].day or "9999-99-99", r[1] or "", r[0].article_id,
                                                              r[0].position))
        quotes = [{"article_id": q.article_id, "quote_id": q.local_id, "outlet": q.outlet, "published": published,
                   "title": title, "day": q.day, "type": q.type, "text": q.text,
                   "speaker_name": q.speaker_name} for q, published, title in group]
        first = quotes[0] if quotes else None
        out.append({
            "id": statement.id,
            "speaker": speaker_ref(speakers.get(statement.speaker_id), group[0][0] if group else None),
            "earliest_date": statement.first_day or None,
            "first": ({"article_id": first["article_id"], "quote_id": first["quote_id"], "outlet": first["outlet"],
                       "published": first["published"]} if first else None),
            "quote_count": statement.quote_count,
            "article_count": len({q["article_id"] for q in quotes}),
            "outlets": sorted({q["outlet"] for q in quotes if q["outlet"]}),
            "quotes": quotes,
            "links": sorted(links[statement.id], key=lambda l: (l["quotes"][0]["article_id"], l["quotes"][0]["quote_id"])),
        })
    return out


def list_statements(session: Session, *, speaker: int | None = None, since: str | None = None,
                    until: str | None = None, min_quotes: int = 1, limit: int = 50, cursor: str | None = None) -> dict:
    """Statements newest first (by their earliest day, then id)."""
    query = select(Statement).where(Statement.quote_count >= min_quotes)
    if speaker is not None:
        query = query.where(Statement.speaker_id == speaker)
    if since is not None:
        query = query.where(Statement.first_day >= since)
    if until is not None:
        query = query.where(Statement.first_day <= until, Statement.first_day != "")
    if cursor:
        day, last = pagination.decode(cursor, (str, int))
        query = query.where(or_(Statement.first_day < day, and_(Statement.first_day == day, Statement.id < last)))
    rows = list(session.scalars(query.order_by(Statement.first_day.desc(), Statement.id.desc()).limit(limit + 1)))
    page = rows[:limit]
    return {"statements": _statements_json(session, page),
            "next_cursor": pagination.encode(page[-1].first_day, page[-1].id) if len(rows) > limit else None}


def get_statement(session: Session, statement_id: int) -> dict | None:
    statement = session.get(Statement, statement_id)
    return _statements_json(session, [statement])[0] if statement is not None else None
