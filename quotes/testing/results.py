"""Extraction results built by hand (the API's JSON shape), for store tests that need no model."""
from __future__ import annotations


def article(text: str, quotes: list[dict], speakers: list[dict], **meta) -> dict:
    """An extraction result of ``text``; each quote dict gives ``text`` (found in ``text``), ``speaker``
    (a local speaker id) and optional ``type``/``statement_date``; each speaker ``id``, ``name``, ``type``."""
    by_id = {s["id"]: s for s in speakers}
    out_quotes = []
    for number, q in enumerate(quotes, 1):
        start = text.index(q["text"])
        end = start + len(q["text"])
        speaker = by_id.get(q.get("speaker"))
        out_quotes.append({
            "id": f"q{number}", "text": q["text"], "start": start, "end": end, "pieces": [[start, end]],
            "type": q.get("type", "direct"), "cue": None,
            "speaker": {"id": speaker["id"] if speaker else None, "name": speaker["name"] if speaker else None,
                        "type": speaker["type"] if speaker else "unknown", "mention": None},
            "outlet": meta.get("outlet"), "date": meta.get("published"),
            "statement_date": ({"text": "x", "start": 0, "end": 1, "value": q["statement_date"], "range": None}
                               if q.get("statement_date") else None),
            "channel": None, "confidence": 0.9, "evidence": "subject",
        })
    out_speakers = [{"id": s["id"], "name": s["name"], "type": s["type"], "title": s.get("title"),
                     "affiliation": s.get("affiliation"), "description": s.get("description"),
                     "registry_id": s.get("registry_id"), "wikidata": None, "aliases": [s["name"]], "mentions": [],
                     "quote_ids": [q["id"] for q, src in zip(out_quotes, quotes) if src.get("speaker") == s["id"]]}
                    for s in speakers]
    return {"article": {"id": meta.get("id"), "outlet": meta.get("outlet"), "published": meta.get("published"),
                        "url": meta.get("url"), "title": meta.get("title"), "dateline": None, "byline": None,
                        "provenance": {"outlet": "given", "published": "given", "title": None}},
            "quotes": out_quotes, "speakers": out_speakers,
            "meta": {"service_version": "test", "model_package": "none", "processing_ms": 0.0}}


def person(local_id: str, name: str, **extra) -> dict:
    return {"id": local_id, "name": name, "type": "person", **extra}


class FakeExtractor:
    """One quote per sentence that contains 'said'; a text containing 'CRASH' raises."""

    def __init__(self):
        self.calls = 0
        self.ids = set()

    def extract_many(self, articles):
        return [self.extract(text, **request) for text, request in articles]

    def extract(self, text, *, id=None, outlet=None, published=None, url=None, title=None):
        self.calls += 1
        self.ids.add(id)
        if "CRASH" in text:
            raise RuntimeError("boom")
        article = {"id": id, "outlet": outlet, "published": published, "url": url, "title": title,
                   "dateline": None, "byline": None, "provenance": {}}
        quotes, speakers = [], []
        for sentence in (s for s in text.split(".") if "said" in s):
            start = text.index(sentence)
            n = len(quotes) + 1
            speakers.append({"id": f"s{n}", "name": "officials", "type": "anonymous", "title": None,
                             "affiliation": None, "description": None, "registry_id": None, "wikidata": None,
                             "mentions": [], "quote_ids": [f"q{n}"]})
            quotes.append({"id": f"q{n}", "text": sentence, "start": start, "end": start + len(sentence),
                           "pieces": [[start, start + len(sentence)]], "type": "indirect",
                           "cue": {"text": "said", "lemma": "say", "start": 0, "end": 4},
                           "speaker": {"id": f"s{n}", "name": "officials", "type": "anonymous",
                                       "mention": {"text": "officials", "start": 0, "end": 9}},
                           "outlet": outlet, "date": published,
                           "statement_date": {"text": "on Monday", "start": 1, "end": 10, "value": None,
                                              "range": {"start": "2025-01-01", "end": "2025-01-07"}},
                           "channel": None, "confidence": 0.83, "evidence": "subject"})
        return {"article": article, "quotes": quotes, "speakers": speakers,
                "meta": {"service_version": "x", "model_package": "fake", "processing_ms": 1.0}}


def store_snapshot(store) -> dict:
    """What a store holds, independent of ids and of the order of ingest: the counts; each
    article's key (external id, else url, else text hash) with its quote count; the global speakers
    (type, name, name forms, the articles that mention them); the statements as sets of (article
    key, quote text)."""
    from collections import defaultdict

    from sqlalchemy import func, select

    from models.tables import Alias, Article, Mention, Quote, Speaker

    with store.db.reading() as session:
        keys = {a.id: a.external_id or a.url or a.text_hash for a in session.scalars(select(Article))}
        quote_counts = dict(session.execute(select(Quote.article_id, func.count()).group_by(Quote.article_id)).all())
        aliases, mentioned = defaultdict(set), defaultdict(set)
        for speaker_id, name in session.execute(select(Alias.speaker_id, Alias.name)):
            aliases[speaker_id].add(name)
        for speaker_id, article_id in session.execute(select(Mention.speaker_id, Mention.article_id)):
            mentioned[speaker_id].add(keys[article_id])
        speakers = sorted((s.type, s.name, tuple(sorted(aliases[s.id])), tuple(sorted(mentioned[s.id])))
                          for s in session.scalars(select(Speaker)))
        statements = defaultdict(set)
        for statement_id, article_id, text in session.execute(select(Quote.statement_id, Quote.article_id, Quote.text)):
            statements[statement_id].add((keys[article_id], text))
    return {"counts": store.counts(),
            "articles": sorted((key, quote_counts.get(article_id, 0)) for article_id, key in keys.items()),
            "speakers": speakers,
            "statements": sorted(sorted(group) for group in statements.values())}
