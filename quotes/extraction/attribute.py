"""Attribution: give every quote a speaker mention and a confidence that follows the evidence.

Quotes found with an explicit speaker slot already carry their mention (from ``detect``).
Here the rest get one: a quote that continues an earlier one takes its speaker (``carried``);
a quotation standing alone takes the subject of the nearest sentence before it (``nearby``).
Confidence reflects how the speaker was found: an explicit named subject beats a pronoun,
which beats a carried-over or nearby speaker.
"""
from __future__ import annotations

from .cues import clause_start, quoted_as_saying
from .mentions import make_mention
from .. import lexicons
from .words import CLAUSE_END, QUOTE_MARKS, is_comma, is_finite_verb, is_quote_mark, is_temporal, lower, scan_np_left, scan_np_right
from ..records import Cue, Evidence, Quote

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
    for quote in quotes:
        if quote.cue is None:
            # '"…," Pence said on CNN.' -- the parse missed the cue, the words beside the quote did not.
            found = adjacent_attribution(doc, quote)
            if found is not None:
                quote.cue, quote.mention = found
                quote.evidence = Evidence.PRONOUN if quote.mention.kind == "pronoun" else Evidence.SUBJECT
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
        if quote.mention is not None:
            quote.mention = repaired_mention(doc, quote.mention)
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


DASHES = frozenset({"―", "—", "–", "-", "--"})


def _reporting(word, punctuation_after: bool = False) -> bool:
    """A reporting verb; with ``punctuation_after`` also one the tagger read as a plural noun
    ('"…," the letter reads.' / 'The Times reports: "…"')."""
    if (word.lemma or "").lower() not in lexicons.reporting_verbs():
        return False
    return word.upos == "VERB" or punctuation_after and word.xpos in {"NNS", "VBZ"}


def _marks_only(word) -> bool:
    """Quote marks, commas and dashes between a quotation and its attribution ('”―' is one token)."""
    return is_quote_mark(word) or word.text in {",", ";"} | DASHES \
        or all(ch in QUOTE_MARKS or ch in "―—–-," for ch in word.text)


def _sentence_of(doc, offset: int) -> int | None:
    return next((i for i, s in enumerate(doc.sentences)
                 if s.words and s.words[0].start_char <= offset <= s.words[-1].end_char), None)


def _cue_of(doc, index: int, words, v: int) -> Cue:
    w = words[v]
    return Cue(text=w.text, lemma=(w.lemma or w.text).lower(), start=w.start_char, end=w.end_char,
               sentence=index, word=w.id)


def adjacent_attribution(doc, quote: Quote):
    """(cue, mention) read from the words right beside a cue-less quotation, or None.

    * '"…," Pence said on CNN.' / '"…," Jane Roe, a writer for a weekly, said.' / '"…," said Roe.'
    * 'He says, "…"' / 'Roe continued: "…"' (also when the colon ends the sentence before);
    * '"…" ― Carla Roe.' -- a dash and a name closing the sentence sign a quotation.
    """
    after = _attribution_after(doc, quote)
    return after if after is not None else _attribution_before(doc, quote)


def _attribution_after(doc, quote: Quote):
    index = _sentence_of(doc, quote.end)
    if index is None:
        return None
    words = doc.sentences[index].words
    j = next((i for i, w in enumerate(words) if w.start_char >= quote.end), None)
    if j is None:
        return None
    dash = False
    while j < len(words) and _marks_only(words[j]):
        dash = dash or any(ch in "―—–" or words[j].text in DASHES for ch in words[j].text)
        j += 1
    if j >= len(words) and index + 1 < len(doc.sentences):
        nxt = doc.sentences[index + 1].words
        if nxt[0].text in DASHES:
            # '"…" ― Carl Roe.' split off by the tagger as a sentence of its own
            index, words, j, dash = index + 1, nxt, 1, True
        elif doc.text[quote.end - 1:quote.end] in {",", "?", "!"}:
            # '"How many times must we see this?" Roe said.' split after the question mark
            index, words, j = index + 1, nxt, 0
    if j >= len(words) or doc.text[quote.end:words[j].start_char].strip(" ,\"'“”‘’―—–-\n"):
        return None
    if _reporting(words[j]):
        # '"…," said David Roe, a former aide.'
        end = scan_np_right(words, j + 1)
        if end is None:
            return None
        return _cue_of(doc, index, words, j), make_mention(doc.text, index, words, j + 1, end)
    end = scan_np_right(words, j)
    if end is None:
        return None
    if end > j and _reporting(words[end], True) and (end + 1 == len(words) or words[end + 1].upos == "PUNCT"):
        return _cue_of(doc, index, words, end), make_mention(doc.text, index, words, j, end - 1)
    if dash and words[j].upos == "PROPN" and (end + 1 == len(words) or words[end + 1].text in CLAUSE_END):
        # '"Maybe we can build a wall." ― Steve Roe.' (a byline of the quotation, no verb)
        return None if words[end].upos != "PROPN" else \
            (Cue(text=words[j - 1].text, lemma="say", start=words[j - 1].start_char, end=words[j - 1].end_char,
                 sentence=index, word=words[j - 1].id), make_mention(doc.text, index, words, j, end))
    k = end + 1
    if k < len(words) and words[k].text == "(":
        # '"…," Rep. Jim Roe (R-Ohio), a panel member, said'
        k = next((m + 1 for m in range(k, min(k + 8, len(words))) if words[m].text == ")"), k)
    while k < len(words) and (words[k].upos in {"ADV", "AUX", "PART"} or is_temporal(words[k])):
        k += 1
    if k < len(words) and _reporting(words[k]):
        quoted = quoted_as_saying(words, k)
        if quoted is not None:  # '"…," the agency quoted the minister as saying.'
            return _cue_of(doc, index, words, k), make_mention(doc.text, index, words, *quoted)
        return _cue_of(doc, index, words, k), make_mention(doc.text, index, words, j, end)
    if k < len(words) and words[k].text == ",":
        # '"…," Jane Roe, director of a tax centre and a professor at a university, said of the plan.'
        for v in range(k + 1, min(len(words), k + 40)):
            if is_quote_mark(words[v]) or words[v].text in CLAUSE_END:
                return None
            if _reporting(words[v]) and words[v - 1].text in {",", "--", "—", "–"}:
                return _cue_of(doc, index, words, v), make_mention(doc.text, index, words, j, end)
    return None


def _attribution_before(doc, quote: Quote):
    index = _sentence_of(doc, quote.start)
    if index is None:
        return None
    words = doc.sentences[index].words
    i = next((i for i in range(len(words) - 1, -1, -1) if words[i].end_char <= quote.start), None)
    while i is not None and i >= 0 and is_quote_mark(words[i]):
        i -= 1
    if i is None or i < 0:
        # 'Roe continued:' closing the sentence before the quotation
        if index == 0:
            return None
        index -= 1
        words = doc.sentences[index].words
        i = len(words) - 1
        if words[i].text != ":":
            return None
    if words[i].text not in {",", ":"} or i < 2:
        return None
    v = i - 1
    start = clause_start(words)
    if words[v].upos == "PROPN" and words[start].upos == "VERB" and _reporting(words[start]) \
            and scan_np_left(words, v) == start + 1:
        # 'Said Roe: "…"'
        return _cue_of(doc, index, words, start), make_mention(doc.text, index, words, start + 1, v)
    if not (_reporting(words[v], True) or (words[v].lemma or "").lower() in lexicons.catenative_verbs()
            and words[v].upos == "VERB"):
        return None  # 'Roe continued: "…"' -- a catenative verb right before the quotation reports it
    end = v - 1
    while end >= 0 and words[end].upos in {"ADV", "AUX", "PART"}:
        end -= 1
    if end > start and is_comma(words[end]):
        # 'Rucker Roe, who runs the veterans' effort, said, "…"': the name before the apposition
        comma = next((k for k in range(start + 1, end) if is_comma(words[k])), None)
        if comma is None or scan_np_left(words, comma - 1) != start:
            return None
        end = comma - 1
    first = scan_np_left(words, end) if end >= 0 else None
    if first is None or first != clause_start(words) and words[first - 1].text not in {",", "."}:
        return None
    return _cue_of(doc, index, words, v), make_mention(doc.text, index, words, first, end)


def _timeish(word) -> bool:
    return is_temporal(word) or word.upos in {"NUM", "PUNCT", "SYM"} or lower(word) in {"on", "at", "date"}


def repaired_mention(doc, mention):
    """A mention that is no speaker made into the speaker it stands beside.

    * "Dec 12 (PTI) The BJP said": a dateline and agency tag before the speaker are dropped;
    * "Finance Minister X on Thursday reiterated …, stressing that …": a date taken for the
      subject gives way to the noun phrase before it.
    """
    if not 0 <= mention.sentence < len(doc.sentences):
        return mention
    words = doc.sentences[mention.sentence].words
    inside = [i for i, w in enumerate(words) if mention.start <= w.start_char < mention.end]
    if not inside:
        return mention
    first, last = inside[0], inside[-1]
    close = next((i for i in range(last - 1, first, -1) if words[i].text == ")"), None)
    if close is not None and close < last:
        before = words[first:close + 1]
        tagged = any(lower(w) in lexicons.news_agencies() for w in before)
        if tagged and all(_timeish(w) or lower(w) in lexicons.news_agencies() or w.upos == "PROPN" for w in before):
            return make_mention(doc.text, mention.sentence, words, close + 1, last)
    content = [w for w in words[first:last + 1] if w.upos not in {"DET", "ADP", "PUNCT"}]
    if content and all(_timeish(w) for w in content):
        end = first - 1
        while end >= 0 and (_timeish(words[end]) and words[end].upos != "PROPN" or is_temporal(words[end])):
            end -= 1
        start = scan_np_left(words, end) if end >= 0 else None
        if start is not None and any(w.upos in {"PROPN", "NOUN"} and not is_temporal(w) for w in words[start:end + 1]):
            return make_mention(doc.text, mention.sentence, words, start, end)
    return mention
