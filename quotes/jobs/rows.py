"""Input items -> article rows -> quote rows: the one per-batch function both engines call.

An *item* is what a reader yields: a JSONL line (bytes or str) or a Parquet row (a dict). It
becomes an article (the API's request body: ``text``, ``id``, ``outlet``, ``published``, ``url``,
``title``; other fields are ignored) or a problem, gets its key, and goes through
:func:`quotes.service.extract_stream`. The result is one *article row* per item (the job's record:
status, error, and the article's quotes nested) and, flattened, one *quote row* per quote.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pyarrow as pa
import pyarrow.compute as pc

from ..records.problems import Problem, validation_problem
from ..service import extract_stream, parse_json

ARTICLE_FIELDS = ("id", "text", "outlet", "published", "url", "title")
EXCERPT_CHARS = 200

_STR, _INT = pa.string(), pa.int64()
QUOTE_SCHEMA = pa.schema([
    # the article
    ("article_key", _STR), ("article_id", _STR), ("url", _STR), ("outlet", _STR), ("published", _STR),
    ("title", _STR), ("dateline", _STR), ("byline", _STR),
    # the quote
    ("quote_id", _STR), ("quote_index", _INT), ("text", _STR), ("start", _INT), ("end", _INT),
    ("pieces", pa.list_(pa.list_(_INT))), ("type", _STR), ("evidence", _STR), ("confidence", pa.float64()),
    ("date", _STR),
    # its speaker (canonical) and the mention in the text
    ("speaker_id", _STR), ("speaker_name", _STR), ("speaker_type", _STR), ("speaker_title", _STR),
    ("speaker_affiliation", _STR), ("speaker_registry_id", _STR), ("speaker_wikidata", _STR),
    ("speaker_mention_text", _STR), ("speaker_mention_start", _INT), ("speaker_mention_end", _INT),
    # the reporting cue
    ("cue_text", _STR), ("cue_lemma", _STR), ("cue_start", _INT), ("cue_end", _INT),
    # the statement date (value: a day; range: a vague span such as "earlier this week")
    ("statement_date_text", _STR), ("statement_date_start", _INT), ("statement_date_end", _INT),
    ("statement_date_value", _STR), ("statement_date_range_start", _STR), ("statement_date_range_end", _STR),
    # the channel ("told reporters", "in a post on X")
    ("channel_kind", _STR), ("channel_name", _STR), ("channel_text", _STR), ("channel_start", _INT),
    ("channel_end", _INT),
    ("model_package", _STR),
])
ARTICLE_SCHEMA = pa.schema([
    ("article_key", _STR), ("article_id", _STR), ("url", _STR), ("outlet", _STR), ("published", _STR),
    ("title", _STR), ("dateline", _STR), ("byline", _STR),
    ("line", _INT),  # the line in its JSONL file (1-based); null for Parquet input
    ("status", pa.int32()),  # 200 extracted, else the problem's HTTP status (as the API would answer)
    ("n_quotes", _INT),
    ("error", _STR),  # the problem as JSON (code, status, title, detail, details, excerpt); null when extracted
    ("quotes", pa.list_(pa.struct(list(QUOTE_SCHEMA)))),
    # what the quote store ingests (``quotes bulk --ingest``, ``quotes bulk-ingest DIR``): the text as
    # sent and the whole extraction result (the API's JSON, as a string); null for a rejected article
    ("text", _STR),
    ("result", _STR),
])


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_key(article: dict) -> str:
    """What identifies an article across runs (resumability): its ``id``, else its ``url``, else the
    SHA-256 of its text. The prefix keeps the three apart."""
    if article.get("id") is not None:
        return f"id:{article['id']}"
    if article.get("url") is not None:
        return f"url:{article['url']}"
    text = article.get("text")
    if isinstance(text, str):
        return "sha256:" + _sha256(text.encode("utf-8", "surrogatepass"))
    # no text to hash (the article is rejected): the item itself identifies it
    return "item-sha256:" + _sha256(json.dumps(article, sort_keys=True, default=str).encode())


def _plain(value):
    """A Parquet cell as the API would receive it: dates as ISO strings, whole-number ids as strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def prepare(item) -> tuple[str, dict | Problem, str | None]:
    """``(key, article or problem, excerpt)`` for one item. Null fields count as absent; fields other
    than the article's are ignored (an archive's rows carry more than the engine reads); an integer
    ``id`` becomes its decimal string."""
    excerpt = None
    if isinstance(item, (bytes, str)):
        raw = item.encode("utf-8", "surrogatepass") if isinstance(item, str) else item
        raw = raw.strip()
        try:
            data = parse_json(raw)
        except Problem as problem:  # not UTF-8, not JSON: the line itself is the key
            return "line-sha256:" + _sha256(raw), problem, raw[:EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]
        if not isinstance(data, dict):
            return ("line-sha256:" + _sha256(raw),
                    validation_problem({"_schema": ['An article must be a JSON object with a "text" field.']}),
                    raw[:EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS])
    else:
        data = dict(item)
    article = {}
    for name in ARTICLE_FIELDS:
        value = _plain(data.get(name))
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None:
            article[name] = value
    if not isinstance(article.get("text"), str):
        excerpt = json.dumps({k: v for k, v in article.items() if k != "text"}, ensure_ascii=False, default=str)
    return article_key(article), article, excerpt


def _error_json(problem: Problem, excerpt: str | None) -> str:
    data = problem.to_dict()
    error = {"code": data["code"], "status": data["status"], "title": data["title"], "detail": data["detail"],
             "details": data["details"]}
    if excerpt is not None:
        error["excerpt"] = excerpt
    return json.dumps(error, ensure_ascii=False, sort_keys=True)


def _get(obj, *path):
    for name in path:
        if obj is None:
            return None
        obj = obj.get(name)
    return obj


def quote_rows(key: str, result: dict) -> list[dict]:
    """One flat row per quote of an extraction result (the API's JSON)."""
    article = result["article"]
    speakers = {s["id"]: s for s in result["speakers"]}
    rows = []
    for index, quote in enumerate(result["quotes"]):
        speaker = quote["speaker"]
        canonical = speakers.get(speaker["id"], {})
        date, channel = quote["statement_date"], quote["channel"]
        rows.append({
            "article_key": key, "article_id": article["id"], "url": article["url"], "outlet": article["outlet"],
            "published": article["published"], "title": article["title"], "dateline": article["dateline"],
            "byline": article["byline"],
            "quote_id": quote["id"], "quote_index": index, "text": quote["text"], "start": quote["start"],
            "end": quote["end"], "pieces": quote["pieces"], "type": quote["type"], "evidence": quote["evidence"],
            "confidence": quote["confidence"], "date": quote["date"],
            "speaker_id": speaker["id"], "speaker_name": speaker["name"], "speaker_type": speaker["type"],
            "speaker_title": canonical.get("title"), "speaker_affiliation": canonical.get("affiliation"),
            "speaker_registry_id": canonical.get("registry_id"), "speaker_wikidata": canonical.get("wikidata"),
            "speaker_mention_text": _get(speaker, "mention", "text"),
            "speaker_mention_start": _get(speaker, "mention", "start"),
            "speaker_mention_end": _get(speaker, "mention", "end"),
            "cue_text": _get(quote, "cue", "text"), "cue_lemma": _get(quote, "cue", "lemma"),
            "cue_start": _get(quote, "cue", "start"), "cue_end": _get(quote, "cue", "end"),
            "statement_date_text": _get(date, "text"), "statement_date_start": _get(date, "start"),
            "statement_date_end": _get(date, "end"), "statement_date_value": _get(date, "value"),
            "statement_date_range_start": _get(date, "range", "start"),
            "statement_date_range_end": _get(date, "range", "end"),
            "channel_kind": _get(channel, "kind"), "channel_name": _get(channel, "name"),
            "channel_text": _get(channel, "text"), "channel_start": _get(channel, "start"),
            "channel_end": _get(channel, "end"),
            "model_package": result["meta"].get("model_package"),
        })
    return rows


DUPLICATE_STATUS = 409  # the status of a duplicate_key row (it does not make its key done)


def duplicate_problem(key: str) -> Problem:
    return Problem(DUPLICATE_STATUS, "duplicate_key",
                   f"An earlier article of this input has the same key ({key[:200]}); it is processed once.")


def _digest(value: str) -> bytes:
    return hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class KeyClaims:
    """The keys met so far in one run: ``claim(keys, occurrences)`` answers, for each key in order,
    whether this occurrence (its line, else a digest of the item) is the key's first one, and records
    it. Claiming the same occurrence again (a batch retried after a lost actor) answers True again.
    Kept as digests (about 150 bytes a key)."""

    def __init__(self):
        self.seen: dict[bytes, bytes] = {}

    def claim(self, keys: list[str], occurrences: list[str]) -> list[bool]:
        firsts = []
        for key, occurrence in zip(keys, occurrences):
            first = self.seen.setdefault(_digest(key), _digest(occurrence))
            firsts.append(first == _digest(occurrence))
        return firsts


def occurrence(line, item) -> str:
    """What tells two copies of one key apart: the line (JSONL), else the item itself (Parquet)."""
    if line is not None:
        return f"line:{line}"
    raw = item if isinstance(item, (bytes, str)) else json.dumps(item, sort_keys=True, default=str)
    return "item:" + _sha256(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)


def process_items(extractor, items, *, max_text_chars: int, skip=frozenset(), request_id: str | None = None,
                  batch_size: int = 16, claim=None) -> tuple[list[dict], int]:
    """``(article rows, skipped)`` for a batch of ``(line, item)`` pairs: those whose key is in ``skip`` (already in
    the output) are left out; the rest go through :func:`quotes.service.extract_stream`, in order.
    ``claim(keys, occurrences) -> [first?]`` (:meth:`KeyClaims.claim`, shared by the run) marks a key
    met before in the run: that article is not extracted but becomes a ``duplicate_key`` error row."""
    prepared = []
    occurrences = []
    skipped = 0
    for line, item in items:
        key, article, excerpt = prepare(item)
        if key in skip:
            skipped += 1
        else:
            prepared.append((line, key, article, excerpt))
            if claim is not None:
                occurrences.append(occurrence(line, item))
    sent = [article for _, _, article, _ in prepared]
    if claim is not None and prepared:
        firsts = claim([key for _, key, _, _ in prepared], occurrences)
        sent = [article if first else duplicate_problem(key)
                for (_, key, article, _), first in zip(prepared, firsts)]
    rows = []
    outcomes = extract_stream(extractor, sent, max_text_chars=max_text_chars,
                              request_id=request_id, batch_size=batch_size)
    for (line, key, article, excerpt), outcome in zip(prepared, outcomes):
        given = article if isinstance(article, dict) else {}
        row = {"article_key": key, "article_id": given.get("id"), "url": given.get("url"),
               "outlet": given.get("outlet"), "published": given.get("published"), "title": given.get("title"),
               "dateline": None, "byline": None, "line": line, "status": outcome.status, "n_quotes": 0, "error": None, "quotes": [],
               "text": None, "result": None}
        if outcome.problem is not None:
            row["error"] = _error_json(outcome.problem, excerpt)
        else:
            meta = outcome.result["article"]
            row.update({name: meta[name] for name in ("outlet", "published", "title", "dateline", "byline")})
            row["quotes"] = quote_rows(key, outcome.result)
            row["n_quotes"] = len(row["quotes"])
            row["text"] = article["text"]
            row["result"] = json.dumps(outcome.result, ensure_ascii=False, sort_keys=True)
        rows.append(row)
    return rows, skipped


def article_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def flatten(articles: pa.Table) -> pa.Table:
    """The quote rows (one per quote) of an article table, in its order."""
    quotes = pc.list_flatten(articles.column("quotes"))
    if isinstance(quotes, pa.ChunkedArray):
        chunks = [pa.Table.from_struct_array(chunk) for chunk in quotes.chunks]
        return pa.concat_tables(chunks) if chunks else QUOTE_SCHEMA.empty_table()
    return pa.Table.from_struct_array(quotes)
