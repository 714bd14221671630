"""The one serializer: records -> the API's JSON (used by the API, the CLI and the store).

Field order is the documented order of ``/openapi.json``; nothing else builds result dicts.
"""
from __future__ import annotations

from dataclasses import asdict

from .enums import SpeakerType
from .records import Article, Cue, Mention, Quote, Speaker


def mention_json(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    return {"text": mention.text, "start": mention.start, "end": mention.end}


def cue_json(cue: Cue | None) -> dict | None:
    if cue is None:
        return None
    return {"text": cue.text, "lemma": cue.lemma, "start": cue.start, "end": cue.end}


def quote_json(text: str, quote: Quote, speaker: Speaker | None, article: Article) -> dict:
    return {
        "id": quote.id,
        "text": text[quote.start:quote.end],
        "start": quote.start,
        "end": quote.end,
        "pieces": [list(p) for p in quote.pieces],
        "type": quote.type,
        "cue": cue_json(quote.cue),
        "speaker": {
            "id": speaker.id if speaker else None,
            "name": speaker.name if speaker else None,
            "type": speaker.type if speaker else SpeakerType.UNKNOWN,
            "mention": mention_json(quote.mention),
        },
        "outlet": article.outlet,
        "date": article.published,
        "statement_date": asdict(quote.statement_date) if quote.statement_date else None,
        "channel": asdict(quote.channel) if quote.channel else None,
        "confidence": round(quote.confidence, 3),
        "evidence": quote.evidence,
    }


def speaker_json(speaker: Speaker) -> dict:
    data = asdict(speaker)
    data["mentions"] = [mention_json(m) for m in speaker.mentions]
    return data


def result_json(text: str, article: Article, quotes: list[Quote], speakers: list[Speaker], meta: dict) -> dict:
    """The response of ``POST /v1/extract`` for one article."""
    by_id = {s.id: s for s in speakers}
    return {
        "article": asdict(article),
        "quotes": [quote_json(text, q, by_id.get(q.speaker_id), article) for q in quotes],
        "speakers": [speaker_json(s) for s in speakers],
        "meta": meta,
    }
