"""The one helper of the speaker tests (test_resolve.py, test_speakers.py): a fixture through
detection, attribution and resolution."""
from __future__ import annotations

from fixtures import load
from quotes.extraction.attribute import attribute_quotes
from quotes.extraction.detect import find_quotes
from quotes.extraction.resolve import resolve_speakers


def resolved(name: str):
    """``(doc, quotes, speakers, speaker of each quote)`` for fixture ``name``; every speaker
    mention's text is checked against its offsets on the way."""
    doc = load(name)
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    speakers = resolve_speakers(doc, found)
    by_id = {s.id: s for s in speakers}
    for s in speakers:
        for m in s.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc, found, speakers, [by_id.get(q.speaker_id) for q in found]
