"""The extraction engine: one article in, the API's result (article, quotes, speakers) out.

It runs the components in order over one Stanza Document, each adding to the quote records:

1. ``textprep``   — offset-preserving clean-up of the submitted text
2. ``nlp``        — Stanza annotation (tokens, sentences, POS, lemmas, dependencies, entities)
3. ``detect``     — quotes (direct, indirect, mixed) with their cues
4. ``attribute``  — the speaker mention of each quote
5. ``resolve``    — canonical speakers for the mentions (and the optional registry)
6. ``channels`` / ``dates`` — channel and statement date of each quote
7. ``article_meta`` — outlet, publication date, title (given or detected)

The Flask API and the CLI both call :func:`Extractor.extract`, so they print the same JSON.
"""
from __future__ import annotations

import time
from dataclasses import asdict

from . import __version__
from .article_meta import build_article
from .attribute import attribute_quotes
from .channels import find_channel
from .dates import statement_date
from .marks import find_quoted_spans
from .detect import find_quotes
from .resolve import resolve_speakers
from .textprep import offset_safe
from .types import Mention, Quote, Speaker, quote_id


class Extractor:
    """Holds the loaded annotator (and registry) and extracts quotes from articles."""

    def __init__(self, annotator, registry=None):
        self.annotator = annotator
        self.registry = registry

    def extract(self, text: str, *, id=None, outlet=None, published=None, url=None, title=None) -> dict:
        """Extract quotes from ``text``. ``published`` is an ISO 8601 string, date, datetime or None."""
        started = time.perf_counter()
        doc = self.annotator(offset_safe(text))
        article = build_article(text, id=id, outlet=outlet, published=published, url=url, title=title)
        spans = find_quoted_spans(doc.text)
        quotes = find_quotes(doc, spans)
        attribute_quotes(doc, quotes)
        speakers = resolve_speakers(doc, quotes, self.registry, spans)
        for quote in quotes:
            quote.channel = find_channel(doc, quote)
            quote.statement_date = statement_date(doc, quote, article.get("published"))
        by_id = {s.id: s for s in speakers}
        return {
            "article": article,
            "quotes": [_quote_json(text, q, n, by_id.get(q.speaker_id), article) for n, q in enumerate(quotes, 1)],
            "speakers": [_speaker_json(s) for s in speakers],
            "meta": {
                "service_version": __version__,
                "model_package": getattr(self.annotator, "package", "unknown"),
                "processing_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        }


def _mention_json(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    return {"text": mention.text, "start": mention.start, "end": mention.end}


def _quote_json(text: str, quote: Quote, number: int, speaker: Speaker | None, article: dict) -> dict:
    cue = quote.cue
    return {
        "id": quote_id(number),
        "text": text[quote.start:quote.end],
        "start": quote.start,
        "end": quote.end,
        "pieces": [list(p) for p in quote.pieces],
        "type": quote.type,
        "cue": None if cue is None else {"text": cue.text, "lemma": cue.lemma, "start": cue.start, "end": cue.end},
        "speaker": {
            "id": speaker.id if speaker else None,
            "name": speaker.name if speaker else None,
            "type": speaker.type if speaker else "unknown",
            "mention": _mention_json(quote.mention),
        },
        "outlet": article.get("outlet"),
        "date": article.get("published"),
        "statement_date": quote.statement_date,
        "channel": quote.channel,
        "confidence": round(quote.confidence, 3),
        "evidence": quote.evidence,
    }


def _speaker_json(speaker: Speaker) -> dict:
    data = asdict(speaker)
    data["mentions"] = [_mention_json(m) for m in speaker.mentions]
    return data
