"""Attribution: give every quote a speaker mention and a confidence that follows the evidence.

Quotes found with an explicit speaker slot already carry their mention (from ``detect``).
Here the rest get one: a quote that continues an earlier one takes its speaker (``carried``);
a quotation standing alone takes the subject of the nearest sentence before it (``nearby``).
Confidence reflects how the speaker was found: an explicit named subject beats a pronoun,
which beats a carried-over or nearby speaker.
"""
from __future__ import annotations

from .cues import clause_start
from .mentions import make_mention
from .words import is_finite_verb, scan_np_left
from ..records import Evidence, Quote

# Base confidence for each kind of evidence (before the cue and mention adjustments).
EVIDENCE_CONFIDENCE = {
    "subject": 0.92, "participle": 0.85, "according_to": 0.85, "possessor": 0.7,
    "pronoun": 0.8, "carried": 0.7, "nearby": 0.5, "none": 0.25,
}
MENTION_FACTOR = {"name": 1.0, "organization": 0.97, "anonymous": 0.97, "description": 0.9, "pronoun": 1.0}
TYPE_FACTOR = {"direct": 1.0, "mixed": 0.97, "indirect": 0.93}


def attribute_quotes(doc, quotes: list[Quote]) -> None:
    """Fill missing mentions (carried or nearby) and set each quote's confidence, in place."""
    for quote in quotes:
        if quote.continues is not None:
            # "B," he said. "C." -- C is his too: the speaker the text gave B, before any guess below.
            quote.mention = quote.continues.mention
    for index, quote in enumerate(quotes):
        if quote.mention is None:
            earlier = next((q for q in reversed(quotes[:index]) if q.mention is not None
                            and quote.sentence - q.sentence <= 2), None)
            if earlier is not None and quote.evidence in {Evidence.CARRIED, Evidence.NONE}:
                quote.mention, quote.evidence = earlier.mention, Evidence.CARRIED
            else:
                mention = nearby_subject(doc, quote)
                if mention is not None:
                    quote.mention, quote.evidence = mention, Evidence.NEARBY
        quote.confidence = confidence(quote)


def confidence(quote: Quote) -> float:
    if quote.mention is None:
        return EVIDENCE_CONFIDENCE["none"] * TYPE_FACTOR[quote.type]
    score = EVIDENCE_CONFIDENCE.get(quote.evidence, 0.5)
    score *= MENTION_FACTOR.get(quote.mention.kind, 0.9) * TYPE_FACTOR[quote.type]
    if quote.cue is not None and quote.cue.lemma in {"demand", "accusation", "claim"}:
        score *= 0.9
    return min(1.0, score)


def nearby_subject(doc, quote: Quote):
    """The subject of the sentence before the quote (or after it), as a mention."""
    for index in (quote.sentence - 1, quote.sentence + 1):
        if not 0 <= index < len(doc.sentences):
            continue
        words = doc.sentences[index].words
        start = clause_start(words)
        verb = next((i for i in range(start, len(words)) if is_finite_verb(words[i]) and words[i].upos == "VERB"), None)
        if verb is None:
            continue
        end = verb - 1
        while end >= start and words[end].upos in {"ADV", "AUX", "PART"}:
            end -= 1
        first = scan_np_left(words, end) if end >= start else None
        if first is not None and any(w.upos in {"PROPN", "PRON"} for w in words[first:end + 1]):
            if quote.start <= words[first].start_char < quote.end:
                continue
            return make_mention(doc.text, index, words, first, end)
    return None
