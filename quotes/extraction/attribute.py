"""Attribution: give every quote a speaker mention and a confidence that follows the evidence.

Quotes found with an explicit speaker slot already carry their mention (from ``detect``).
Here the rest get one: a quote that continues an earlier one takes its speaker (``carried``);
a quotation standing alone takes the subject of the nearest sentence before it (``nearby``).
Confidence reflects how the speaker was found: an explicit named subject beats a pronoun,
which beats a carried-over or nearby speaker.
"""
from __future__ import annotations

import bisect
import weakref

from .cues import Frame, _main_clause_subject, _subject_left, clause_start, quoted_as_saying
from .intervals import SortedIntervals
from .mentions import make_mention
from .. import lexicons
from .words import CLAUSE_END, QUOTE_MARKS, is_comma, is_finite_verb, is_quote_mark, is_temporal, lower, scan_np_left, scan_np_right
from ..records import Cue, Evidence, Quote, QuoteType

# Base confidence for each kind of evidence (before the cue and mention adjustments).
EVIDENCE_CONFIDENCE = {
    "subject": 0.92, "participle": 0.85, "according_to": 0.85, "possessor": 0.7,
    "pronoun": 0.8, "carried": 0.7, "nearby": 0.5, "none": 0.25,
}
MENTION_FACTOR = {"name": 1.0, "organization": 0.97, "anonymous": 0.97, "description": 0.9, "pronoun": 1.0}
TYPE_FACTOR = {"direct": 1.0, "mixed": 0.97, "indirect": 0.93}
# A noun-phrase content ("denied the allegations") says less of what was said than a clause, and
# its frame is the least precise one (about 0.8 on PolNeAR train against 0.9 for clause contents).
NOUN_PHRASE_FACTOR = 0.85
# Past forms of the commonest reporting verbs, for a capitalised form the lemmatizer keeps as it is.
IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


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
            if found is None and quote.mention is None and quote.type == QuoteType.DIRECT:
                beside = attribution_beside(doc, quote)  # 'Mook told CBS, “…”', 'footage of Roe asking, “…”'
                found = (beside[1], beside[0]) if beside is not None else None
            if found is not None:
                quote.cue, quote.mention = found
                quote.evidence = Evidence.PRONOUN if quote.mention.kind == "pronoun" else Evidence.SUBJECT
    latest = _LatestMentioned(quotes)
    for index, quote in enumerate(quotes):
        if quote.mention is None:
            earlier = latest.before(quote.sentence - 2)  # the last quote before with a speaker, from 2 sentences back on
            if earlier is not None and quote.evidence in {Evidence.CARRIED, Evidence.NONE}:
                quote.mention, quote.evidence = earlier.mention, Evidence.CARRIED
            else:
                mention = nearby_subject(doc, quote)
                if mention is not None:
                    quote.mention, quote.evidence = mention, Evidence.NEARBY
        if quote.mention is not None:
            quote.mention = repaired_mention(doc, quote.mention)
        if quote.mention is not None:
            latest.add(index)
        quote.confidence = confidence(quote)


class _LatestMentioned:
    """The last quote so far that has a mention and a sentence at or after a given one, in
    O(log n): a stack of quotes whose sentences fall from bottom to top (a quote hides the
    earlier ones of no later sentence, since for any bound it is found first)."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.stack: list[int] = []  # quote indexes, rising; their sentences falling
        self.falling: list[int] = []  # minus their sentences, rising (for bisect)

    def add(self, index: int) -> None:
        sentence = self.quotes[index].sentence
        while self.stack and self.quotes[self.stack[-1]].sentence <= sentence:
            self.stack.pop()
            self.falling.pop()
        self.stack.append(index)
        self.falling.append(-sentence)

    def before(self, first_sentence: int) -> Quote | None:
        """The last quote added whose sentence is at least ``first_sentence``."""
        k = bisect.bisect_right(self.falling, -first_sentence)  # the stack's bottom k have sentence >= first_sentence
        return self.quotes[self.stack[k - 1]] if k else None


def confidence(quote: Quote) -> float:
    if quote.mention is None:
        return EVIDENCE_CONFIDENCE["none"] * TYPE_FACTOR[quote.type] * (NOUN_PHRASE_FACTOR if quote.noun_phrase else 1.0)
    score = EVIDENCE_CONFIDENCE.get(quote.evidence, 0.5)
    score *= MENTION_FACTOR.get(quote.mention.kind, 0.9) * TYPE_FACTOR[quote.type]
    if quote.cue is not None and quote.cue.lemma in {"demand", "accusation", "claim"}:
        score *= 0.9
    if quote.noun_phrase:
        score *= NOUN_PHRASE_FACTOR
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
    """The first sentence whose words span ``offset`` (ends included)."""
    holding = _positions(doc).sentences.covering(offset)
    return min(holding) if holding else None


class _Positions:
    """A document's words in order with their offsets, and its sentences by their spans: the
    word or sentence at an offset by bisection, not by a scan from the article's start for
    every quote (quadratic in the quotes)."""

    def __init__(self, doc):
        self.words = [(s, i, w) for s, sentence in enumerate(doc.sentences) for i, w in enumerate(sentence.words)]
        self.starts = [w.start_char for _, _, w in self.words]
        self.ends = [w.end_char for _, _, w in self.words]
        # bisection needs offsets in order (they are, in a Stanza document); otherwise the scans below
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:])) \
            and all(a <= b for a, b in zip(self.ends, self.ends[1:]))
        spans = [(i, s.words[0].start_char, s.words[-1].end_char + 1) for i, s in enumerate(doc.sentences) if s.words]
        self.sentences = SortedIntervals((a, b, i) for i, a, b in spans)


_POSITIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _positions(doc) -> _Positions:
    """The (cached) positions of ``doc``'s words; the document is not changed after annotation."""
    found = _POSITIONS.get(doc)
    if found is None:
        found = _POSITIONS[doc] = _Positions(doc)
    return found


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
    if k < len(words) and _speaks_in_manner(doc, quote, words, end, k):
        # '"Sit down," the senator barked at the reporter.': any verb after a quotation that opens
        # its sentence and ends in a comma inside its marks says how it was said
        return _cue_of(doc, index, words, k), make_mention(doc.text, index, words, j, end)
    if k < len(words) and words[k].text == ",":
        # '"…," Jane Roe, director of a tax centre and a professor at a university, said of the plan.'
        for v in range(k + 1, min(len(words), k + 40)):
            if is_quote_mark(words[v]) or words[v].text in CLAUSE_END:
                return None
            if _reporting(words[v]) and words[v - 1].text in {",", "--", "—", "–"}:
                return _cue_of(doc, index, words, v), make_mention(doc.text, index, words, j, end)
    return None


# Verbs that never say how a quotation was spoken ('"…," the report is …', '"…," he has …').
NOT_MANNER = frozenset({"be", "have", "do", "get", "go", "come", "make", "take", "give", "see", "know"})


def _speaks_in_manner(doc, quote: Quote, words, end: int, k: int) -> bool:
    """Is words[k] a verb of manner of speaking for the quotation before its subject ('"We will
    win," Smith beamed.', '"Go home," he snapped at the crowd.')? Any finite verb counts when the
    quotation opens its sentence, ends in a comma inside its marks (the sentence goes on) and
    the verb has no object ("barked at the reporter", "laughed", "shrugged as he left")."""
    word = words[k]
    if word.upos != "VERB" or word.xpos not in {"VBD", "VBZ", "VBN"} or (word.lemma or "").lower() in NOT_MANNER:
        return False
    if word.xpos == "VBN" and any(w.upos == "AUX" for w in words[end + 1:k]):
        return False  # '"…," the statement was issued.': a passive; but the kit tags 'Smith beamed/VBN'

    if doc.text[quote.end - 1:quote.end] != ",":
        return False
    opening = _sentence_of(doc, quote.start)
    if opening is None or not all(is_quote_mark(w) for w in doc.sentences[opening].words
                                  if w.end_char <= quote.start):
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    return after is None or after.upos in {"PUNCT", "ADP", "ADV", "CCONJ", "SCONJ"} and not lower(after) == "that"


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
        # 'Roe continued: "…"' -- a catenative verb right before the quotation reports it
        return _colon_introduction(doc, index, words, i) if words[i].text == ":" else None
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


# Pronouns that may speak in a colon introduction ("She then addressed the supporters again: “…”").
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
MAX_COLON_CLAUSE_WORDS = 12  # from the subject's verb to the colon


def _colon_introduction(doc, index: int, words, colon: int):
    """(cue, mention) of a one-clause sentence that a colon closes before a quotation: 'She then
    addressed the supporters again: “Here is what I regret.”', 'Trump went even further: “If he
    …”', 'She says to Nevadans: “This one is for you.”'. The clause opens with its subject, a
    name or a personal pronoun (after an opening phrase and its comma: "In a Fox interview, Trump
    went …:"), has one finite verb (the cue) and no quotation mark, and is short; else None ("The
    rules are simple: “…”": no name speaks)."""
    start = clause_start(words)
    verbs = [k for k in range(start, colon) if is_finite_verb(words[k]) and words[k].upos == "VERB"]
    if len(verbs) != 1 or colon - verbs[0] > MAX_COLON_CLAUSE_WORDS \
            or any(is_quote_mark(w) or w.text in CLAUSE_END for w in words[start:colon]):
        return None
    v = verbs[0]
    end = v - 1
    while end >= start and words[end].upos in {"ADV", "AUX", "PART"}:
        end -= 1
    first = scan_np_left(words, end) if end >= start else None
    if first is None or first != start and not is_comma(words[first - 1]) \
            or not (any(w.upos == "PROPN" for w in words[first:end + 1])
                              or end == first and lower(words[first]) in SPEAKING_PRONOUNS):
        return None
    return _cue_of(doc, index, words, v), make_mention(doc.text, index, words, first, end)


# --- a quotation's own attribution, beside its marks ---------------------------------------

def _attributes(word, last: bool = False) -> bool:
    """A verb that attributes a quotation written beside it: a reporting verb ("said", "asked",
    "tweeted") or a quotation verb ("continued", "sings"). ``last``: the word ends its clause
    (right before the quotation's colon or after its speaker), where the kit's "reports"/"reads"
    tagged as plural nouns are still the verb ('The Times reports: “…”', '“…,” the letter reads.')."""
    if word.upos != "VERB" and not (word.xpos or "").startswith("VB") \
            and not (last and word.xpos == "NNS" and lower(word) != (word.lemma or "").lower()):
        return False
    lemma = (word.lemma or lower(word)).lower()
    if lemma == lower(word) and word.text[:1].isupper():
        lemma = IRREGULAR_PAST.get(lemma, lemma)  # "Said Ellis:": the lemmatizer keeps "Said"
    return lexicons.verb_class(lemma, word.text) in {"speech", "directive", "accusation"} \
        or lemma in lexicons.quotation_verbs()


def _word_after(doc, offset: int, skip=lambda word: False):
    """(sentence, word) of the first word starting at or after ``offset`` that ``skip`` passes over."""
    positions = _positions(doc)
    if positions.ordered:
        for k in range(bisect.bisect_left(positions.starts, offset), len(positions.words)):
            s, i, word = positions.words[k]
            if not skip(word):
                return s, i
        return None
    for s, sentence in enumerate(doc.sentences):
        for i, word in enumerate(sentence.words):
            if word.start_char >= offset and not skip(word):
                return s, i
    return None


def _word_before(doc, offset: int, skip=lambda word: False):
    """(sentence, word) of the last word ending at or before ``offset`` that ``skip`` passes over."""
    positions = _positions(doc)
    if positions.ordered:
        k = bisect.bisect_right(positions.ends, offset)  # the words before k end at or before offset
        while k > 0:
            k -= 1
            s, i, word = positions.words[k]
            if not skip(word):
                return s, i
        return None
    found = None
    for s, sentence in enumerate(doc.sentences):
        for i, word in enumerate(sentence.words):
            if word.end_char > offset:
                return found
            if not skip(word):
                found = (s, i)
    return found


def _beside_cue(doc, s: int, words, v: int) -> Cue:
    word = words[v]
    return Cue(text=doc.text[word.start_char:word.end_char], lemma=(word.lemma or lower(word)).lower(),
               start=word.start_char, end=word.end_char, sentence=s, word=word.id)


def attribution_beside(doc, quote: Quote):
    """(mention, cue) of a direct quote's attribution written right beside its marks, which the
    cue frames did not take: after it ('“…?” Vitter demanded.', '“…,” said Hester.', '“…” ― Jane
    Roe.') or before it ('He said, “…”', 'Mook told CBS, “…”', 'She continued: “…”')."""
    return _beside_after(doc, quote) or _beside_before(doc, quote)


def _beside_after(doc, quote: Quote):
    found = _word_after(doc, quote.end, lambda w: not any(ch.isalnum() for ch in w.text))
    if found is None:
        return None
    s, i = found
    words = doc.sentences[s].words
    gap = doc.text[quote.end:words[i].start_char]
    if len(gap) > 6 or "\n" in gap or any(ch.isalnum() for ch in gap) or not any(ch in gap for ch in "\"”’'»"):
        return None
    if any(ch in gap for ch in "―—–"):
        # '“We can build a wall around him.” ― Jane Roe.': a vox-pop line signed with a dash
        end = i
        while end + 1 < len(words) and words[end + 1].upos == "PROPN":
            end += 1
        rest = [w for w in words[end + 1:] if w.text not in CLAUSE_END]
        if words[i].upos == "PROPN" and end > i and not rest:
            return make_mention(doc.text, s, words, i, end), None
        return None
    if _attributes(words[i]) and i + 1 < len(words) and lower(words[i + 1]) not in {"that", "who", "which"}:
        # '“…,” said Hester.' / '“…,” said the senator.'
        end = scan_np_right(words, i + 1)
        if end is None:
            return None
        return make_mention(doc.text, s, words, i + 1, end), _beside_cue(doc, s, words, i)
    end = scan_np_right(words, i)
    if end is None:
        return None
    if end > i and _attributes(words[end], last=True) and (end + 1 == len(words) or words[end + 1].text in CLAUSE_END
                                                          or is_comma(words[end + 1])):
        end -= 1  # '“…,” the letter reads.': the verb the tagger read as a plural noun
    k = end + 1
    if k < len(words) and words[k].text == "(":
        close = next((j for j in range(k + 1, min(len(words), k + 9)) if words[j].text == ")"), None)
        if close is None:
            return None
        end = k = close + 1  # "Rep. Jane Doe (D-Ohio) said": the bracket stays with the name
        end -= 1
    apposition = None
    for _ in range(3):
        # "Jane Roe, the attorney general of Ohio, one of the states suing, said"
        if k >= len(words) or not is_comma(words[k]):
            break
        close = next((j for j in range(k + 1, min(len(words), k + 40)) if is_comma(words[j])
                      or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
        if close is None or not is_comma(words[close]):
            return None
        aside = words[k + 1:close]
        if any(is_finite_verb(w) for w in aside) and lower(aside[0]) not in {"who", "which"}:
            return None
        apposition = apposition or (k + 1, close - 1)
        k = close + 1
    while k < len(words) and (words[k].upos in {"ADV", "AUX"} or is_temporal(words[k])):
        k += 1
    if k >= len(words) or not _attributes(words[k], last=True) \
            or not (is_finite_verb(words[k]) or words[k].xpos in {"VBN", "NNS"}):
        return None
    mention = make_mention(doc.text, s, words, i, end)
    if apposition is not None and mention.kind != "pronoun":
        mention.apposition = doc.text[words[apposition[0]].start_char:words[apposition[1]].end_char]
    return mention, _beside_cue(doc, s, words, k)


def _beside_before(doc, quote: Quote):
    found = _word_before(doc, quote.start, is_quote_mark)
    if found is None:
        return None
    s, p = found
    words = doc.sentences[s].words
    if p < 1 or words[p].text not in {",", ":"}:
        return None
    gap = doc.text[words[p].end_char:quote.start]
    if any(ch.isalnum() for ch in gap) or len(gap) > 8 or ("\n" in gap and words[p].text != ":"):
        return None
    j = p - 1
    for _ in range(3):
        # "told CBS,", "saying during the debate last week,", "put it,": the addressee and
        # time phrases between the verb and the quotation
        if j < 0 or _attributes(words[j], last=j == p - 1):
            break
        if is_temporal(words[j]) or words[j].upos == "PRON" and lower(words[j]) in {"me", "us", "him", "her", "them", "it"}:
            j -= 1
            continue
        start = scan_np_left(words, j)
        if start is None:
            return None
        j = start - 1
        if j >= 0 and words[j].upos == "ADP":
            j -= 1
    if j < 0 or not _attributes(words[j], last=j == p - 1):
        return None
    v = j
    if v <= clause_start(words) and words[v].text[:1].isupper() and v + 1 < p:
        # 'Said Ellis: “…”': the inverted subject follows the verb
        end = scan_np_right(words, v + 1)
        if end is None or end != p - 1:
            return None
        return make_mention(doc.text, s, words, v + 1, end), _beside_cue(doc, s, words, v)
    frame = Frame(s, v, v, (words[v].lemma or lower(words[v])).lower(), "speech", "pre")
    if words[v].xpos == "VBG":
        before = v - 1
        if before >= 0 and words[before].upos in {"PROPN", "NOUN", "PRON"}:
            # 'footage of Jane Roe asking, “…”': the person the participle describes
            start = scan_np_left(words, before)
            if start is None:
                return None
            while any(w.upos == "ADP" for w in words[start:before]):
                start = next(k for k in range(before - 1, start - 1, -1) if words[k].upos == "ADP") + 1
            subject = (start, before)
        elif before >= 0 and is_comma(words[before]):
            subject = _main_clause_subject(words, frame)  # 'He defended the remark, saying, “…”'
        else:
            return None
    else:
        subject = _subject_left(words, frame, v)
    if subject is None:
        return None
    mention = make_mention(doc.text, s, words, subject[0], subject[1])
    return mention, _beside_cue(doc, s, words, v)


def _timeish(word) -> bool:
    return is_temporal(word) or word.upos in {"NUM", "PUNCT", "SYM"} or lower(word) in {"on", "at", "date"}


def repaired_mention(doc, mention):
    """A mention that is no speaker made into the speaker it stands beside.

    * "Dec 12 (PTI) The BJP said": a dateline and agency tag before the speaker are dropped;
    * "Finance Minister X on Thursday reiterated …, stressing that …": a date taken for the
      subject gives way to the noun phrase before it;
    * "2023-10-03 Chief Justice X said": the numbers of a date line before the speaker are dropped.
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
    lead = first
    while lead < last and (words[lead].upos in {"NUM", "PUNCT", "SYM"} and any(c.isdigit() for c in words[lead].text)
                           or words[lead].text in {"-", "–", "/"} and lead > first):
        lead += 1
    if lead > first and words[lead].text[:1].isupper() and words[lead].upos in {"PROPN", "NOUN"}:
        # "date 2023-10-03 Chief Justice … Qazi Faez Isa said": the numbers of a date line left
        # before the speaker are no part of the mention ("40 economists" keeps its number)
        return make_mention(doc.text, mention.sentence, words, lead, last)
    content = [w for w in words[first:last + 1] if w.upos not in {"DET", "ADP", "PUNCT"}]
    if content and all(_timeish(w) for w in content):
        end = first - 1
        while end >= 0 and (_timeish(words[end]) and words[end].upos != "PROPN" or is_temporal(words[end])):
            end -= 1
        start = scan_np_left(words, end) if end >= 0 else None
        if start is not None and any(w.upos in {"PROPN", "NOUN"} and not is_temporal(w) for w in words[start:end + 1]):
            return make_mention(doc.text, mention.sentence, words, start, end)
    return mention
