"""Quote detection: direct, indirect and mixed quotes with their cues.

Two sources of evidence meet here:

* cue frames (``cues``): a reporting verb, participle, noun or "according to" with its
  content clause and speaker slot;
* quotation marks (``marks``): the quoted spans of the text.

A frame whose content holds quoted fragments is ``mixed``; a frame whose content is one
quotation is ``direct``; other frames are ``indirect``. Quoted spans left over are direct
quotes when a cue stands next to them (…," he said / He added: "…"), or when they continue
the previous quote; short quoted words with no cue are scare quotes, not quotes, and a title-case
quotation inside the journalist's sentence names a work or a show ("on NBC’s “Meet the Press.”"). A quotation
interrupted by its own attribution ("A," one source said. "B.") becomes one quote of two pieces.
The turns of an interview transcript ("WALLACE: …" / "PENCE: …") are direct quotes of their labels.
"""
from __future__ import annotations

import bisect
import itertools
import re

from .. import lexicons
from .cues import Frame, find_frames
from .intervals import IntervalIndex, KeyIndex, SortedIntervals
from .marks import QuotedSpan, find_quoted_spans
from .mentions import make_mention
from .words import is_comma, is_finite_verb, is_quote_mark, line_tail, lower, tag_possessive_apostrophes
from ..records import Cue, Evidence, Quote, QuoteType, quote_id

MIN_STANDALONE_WORDS = 6  # a quotation with no cue must be this long to count as a quote
_WORD = re.compile(r"\w+")
PRIORITY = {"pre": 0, "post": 0, "paren": 0, "participle": 1, "according": 2, "noun": 3}


def find_quotes(doc, spans: list[QuotedSpan] | None = None) -> list[Quote]:
    """All quotes of an annotated document, in text order, with cue and (explicit) mention.
    ``spans`` are the text's quotations (``marks.find_quoted_spans``), found here if not given;
    an unclosed one that ends with its own attribution is shortened to end before it."""
    text = doc.text
    spans = find_quoted_spans(text) if spans is None else spans
    # the apostrophes that close no quotation, after an -s word, are possessives ("Jeff Weaver,
    # Sanders’ campaign manager, said"): tagged as such before any rule reads them
    tag_possessive_apostrophes(doc.sentences, {s.close_mark for s in spans if s.closed})
    _close_at_own_attribution(doc, spans)
    # Indexes instead of scans of every span, frame or quote (detection stays n log n in the marks):
    quoted = SortedIntervals((s.open_mark, s.outer_end, i) for i, s in enumerate(spans))  # [opening, closing mark] -> index
    contents = KeyIndex((s.start, i) for i, s in enumerate(spans))  # index in spans by content start
    frames = [f for i, sentence in enumerate(doc.sentences) for f in find_frames(i, sentence.words, quoted)]
    same_sentence: dict[int, list[Frame]] = {}
    for f in frames:
        same_sentence.setdefault(f.sentence, []).append(f)
    quotes: list[Quote] = _transcript_turns(doc)
    accepted = IntervalIndex(len(text) + 2)  # the quotes found so far, by extent
    for turn in quotes:
        accepted.add(*_extent(turn), turn)
    used: set[int] = set()
    if quotes:  # the quotations that open the turns of a transcript are the turns' own
        used = {i for i, s in enumerate(spans) if any(a < q.end and q.start < b for q in quotes for a, b in s.pieces)}
    _attribute_told_after_quotation(doc, frames)
    for frame in sorted(frames, key=lambda f: (PRIORITY[f.position], _nested(f, same_sentence[f.sentence], doc.sentences[f.sentence].words))):
        quote = _quote_from_frame(doc, frame, spans, used, quoted)
        if quote is not None and not _overlaps(quote, accepted):
            quotes.append(quote)
            accepted.add(*_extent(quote), quote)
            used.update(quote_span_ids(quote, spans, contents))
    quotes.extend(_direct_quotes(doc, spans, used, frames, quotes))
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, 1):
        quote.id = quote_id(number)  # the quote's id for good: speakers and the API refer to it
    return quotes


def _attribute_told_after_quotation(doc, frames: list[Frame]) -> None:
    """Make the frames of telling right after a quotation and its speaker ('“…,” Mrs. Clinton
    told a crowd of 1,300 here on Tuesday after …', '“…,” Fiorina told “Fox and Friends.”') the
    quotation's attribution (position ``post``, no content of their own): the words after such a
    cue are its addressee and circumstances, never a second content, unless the quotation goes on
    there ('“…,” she told reporters, “and …”')."""
    for f in frames:
        if f.position != "pre" or f.that or f.subject is None or not f.content or f.subject[0] < 2 \
                or f.lemma not in lexicons.addressee_verbs():
            continue
        words = doc.sentences[f.sentence].words
        if not is_quote_mark(words[f.subject[0] - 1]) or not (is_comma(words[f.subject[0] - 2])
                                                             or words[f.subject[0] - 2].text in {"?", "!"}):
            continue
        inside = [j for a, b in f.content for j in range(a, b + 1)]
        first_mark = next((j for j in inside if is_quote_mark(words[j])), None)
        quoted = [] if first_mark is None else [words[j] for j in inside if j > first_mark]
        if not any(w.upos in {"VERB", "AUX"} for w in quoted):  # (a show's name: 'told "Fox and Friends."')
            f.position, f.content = "post", []
        elif first_mark > inside[0] and not any(is_finite_verb(words[j]) for j in inside if j < first_mark):
            # '“…,” Murray told the crowd, cradling his new trophy, “but also …”': the addressee and
            # the journalist's scene, then the quotation goes on: one quote around its attribution
            f.position, f.content = "post", []


def _close_at_own_attribution(doc, spans: list[QuotedSpan]) -> None:
    """A quotation never closed whose paragraph ends with its own attribution ('“We have to
    ensure oil supply to markets on the long run, UAE energy minister Suhail Al Mazrouei said on
    Wednesday.': the scrape lost the closing mark) ends at the comma before the speaker, so that
    the attribution is read as its cue instead of as quoted words."""
    sentence_at = None
    for span in spans:
        if span.closed or len(span.pieces) != 1:
            continue
        line_end = doc.text.find("\n", span.end)
        if doc.text[span.end:line_end if line_end >= 0 else len(doc.text)].strip(" \t\u00a0.\"”'’"):
            continue  # (ended by a new opening mark, not by its paragraph: another quotation follows)
        sentence_at = sentence_at or _Sentences(doc)
        words = doc.sentences[sentence_at(span.end - 1)].words
        inside = [k for k, w in enumerate(words) if span.start <= w.start_char < span.end]
        comma = next((k for k in reversed(inside) if is_comma(words[k])), None)
        if comma is None or comma == inside[0]:
            continue
        verb = next((k for k in inside if k > comma + 1 and words[k].xpos in {"VBD", "VBZ", "VBP"}), None)
        if verb is None or verb - comma > 9 or lexicons.verb_class(words[verb].lemma, words[verb].text) != "speech":
            continue
        speaker = words[comma + 1:verb]
        rest = [w for w in words[verb + 1:inside[-1] + 1] if w.upos != "PUNCT"]
        if not all(w.upos in {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT", "PART"}
                   and lower(w) not in {"who", "which", "that"} for w in speaker) \
                or not any(w.upos in {"PROPN", "PRON", "NOUN"} for w in speaker) \
                or len(rest) > 5 or any(is_finite_verb(w) for w in rest):
            continue  # only a speaker, and at most a date or place after the verb ("said on Wednesday.")
        span.pieces[-1] = (span.start, words[comma].end_char)


def _nested(frame: Frame, frames: list[Frame], words) -> bool:
    """Is ``frame`` a relative clause inside the content of another frame of its sentence, or any
    frame inside the content of an attribution after it? "The senator, who has vowed not to vote
    for him, did not respond, the source said", "Secret Service protocol called for the nominee to
    be taken to a trauma center, sources said" (no quotation in the outer content): the outer
    report comes first. (``frames``: those of its sentence suffice.)"""
    for other in frames:
        if other is frame or other.sentence != frame.sentence \
                or not any(a <= frame.cue_first and frame.cue_last <= b for a, b in other.content):
            continue
        if frame.relative:
            return True
        opener = min(other.cue_first, other.subject[0] if other.subject else other.cue_first) - 1
        if other.position in {"post", "paren"} and other.cls == "speech" \
                and words[other.cue_first].xpos in {"VBD", "VBZ", "VBP"} \
                and not (opener >= 0 and lower(words[opener]) == "as"):
            # (not "The company said …, as we reported": the outlet's aside, not the source)
            if not any(is_quote_mark(w) for a, b in other.content for w in words[a:b + 1]):
                return True  # (an unquoted report only: in '…, “Cruz,” Beck joked' the inner cue keeps its quotation)
    return False


def quote_span_ids(quote: Quote, spans: list[QuotedSpan], contents: KeyIndex | None = None) -> set[int]:
    """Indexes of the quotations inside ``quote`` (with its marks). ``contents``: the spans'
    indexes by content start (``KeyIndex((s.start, i) ...)``), to look at those starting inside only."""
    candidates = range(len(spans)) if contents is None else contents.between(quote.start - 1, quote.end + 1)
    return {i for i in candidates if _inside(spans[i], quote.start - 1, quote.end + 1)}


def _inside(span: QuotedSpan, start: int, end: int) -> bool:
    return span.start >= start and span.end <= end


def _words_in(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end]))


def _overlaps(quote: Quote, quotes: list[Quote] | IntervalIndex) -> bool:
    """Does ``quote`` cover mostly the same characters as a quote already found (F1 > 0.5)?
    ``quotes``: a list, or an index of them by ``_extent`` (only those reaching into its extent
    can share a character)."""
    if isinstance(quotes, IntervalIndex):
        quotes = quotes.overlapping(*_extent(quote))
    return any(_overlap_f1(quote, other) > 0.5 for other in quotes)


def _extent(quote: Quote) -> tuple[int, int]:
    """First and last character of a quote's pieces (the interval an overlap must reach into)."""
    return min(s for s, _ in quote.pieces), max(e for _, e in quote.pieces)


def _overlap_f1(a: Quote, b: Quote) -> float:
    a_size = sum(e - s for s, e in a.pieces)
    b_size = sum(e - s for s, e in b.pieces)
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a.pieces for s2, e2 in b.pieces)
    if not inter:
        return 0.0
    p, r = inter / a_size, inter / b_size
    return 2 * p * r / (p + r)


def _cue(doc, frame: Frame) -> Cue:
    words = doc.sentences[frame.sentence].words
    first, last = words[frame.cue_first], words[frame.cue_last]
    return Cue(text=doc.text[first.start_char:last.end_char], lemma=frame.lemma, start=first.start_char,
               end=last.end_char, sentence=frame.sentence, word=first.id)


# Words that open examples of a group, not another name for it.
EXAMPLE_OPENERS = frozenset({"including", "like", "such", "among", "especially", "notably", "particularly"})


def _mention(doc, frame: Frame):
    """The speaker mention of a frame. When a description is followed by a name in apposition
    ("The mayor, Sophie Bernard, said") the name is the mention; an apposition that describes
    a named speaker ("Abdul Jabbar, a trader in Chaman, told") is kept with the mention."""
    if frame.subject is None:
        return None
    words = doc.sentences[frame.sentence].words
    sentence_text = doc.sentences[frame.sentence].text.lower()
    anonymity = any(p in sentence_text for p in lexicons.anonymity_phrases())
    mention = make_mention(doc.text, frame.sentence, words, frame.subject[0], frame.subject[1], anonymity)
    if frame.apposition is not None and frame.apposition[0] <= frame.apposition[1]:
        first, last = frame.apposition
        appositive = make_mention(doc.text, frame.sentence, words, first, last, anonymity)
        if lower(words[first]) in EXAMPLE_OPENERS:
            return mention  # "Several candidates, including Jane Roe and Ann Lee, criticized …": examples
        if mention.kind in {"description", "anonymous"} and appositive.kind == "name":
            appositive.apposition = mention.text
            return appositive
        if mention.kind in {"name", "organization"} and words[first].upos in {"DET", "NUM", "ADJ", "NOUN"} \
                and any(w.upos == "NOUN" for w in words[first:last + 1]):
            mention.apposition = appositive.text
    return mention


EVIDENCE = {"pre": Evidence.SUBJECT, "post": Evidence.SUBJECT, "paren": Evidence.SUBJECT,
            "participle": Evidence.PARTICIPLE, "according": Evidence.ACCORDING_TO, "noun": Evidence.POSSESSOR}


def _with_speaker(doc, quote: Quote, frame: Frame) -> Quote:
    quote.cue = _cue(doc, frame)
    quote.mention = _mention(doc, frame)
    quote.evidence = EVIDENCE[frame.position] if quote.mention else Evidence.NONE
    if quote.mention is not None and quote.mention.kind == "pronoun":
        quote.evidence = Evidence.PRONOUN
    quote.sentence = frame.sentence
    return quote


def _subject_of_quotation(words, w, span: QuotedSpan) -> bool:
    """Whether ``w``, a nominal before the opening mark, depends on a word inside the quotation:
    its subject ('Obama “knows …”') or possessor ('her “50-state strategy”')."""
    # "🕊 “The talks will resume,” the minister said": the kit takes a pictograph for a noun
    if w.upos not in {"PROPN", "NOUN", "PRON"} or not w.head or not any(c.isalpha() for c in w.text):
        return False
    return span.open_mark < words[w.head - 1].start_char < span.outer_end


def _quote_from_frame(doc, frame: Frame, spans: list[QuotedSpan], used: set[int],
                      quoted: SortedIntervals | None = None) -> Quote | None:
    """The quote a frame reports. ``quoted``: the spans' indexes by [opening mark, closing mark]."""
    if not frame.content:
        return None
    text = doc.text
    words = doc.sentences[frame.sentence].words
    pieces = [(words[a].start_char, words[b].end_char) for a, b in frame.content]
    start, end = pieces[0][0], pieces[-1][1]
    if quoted is None:
        inner = [s for i, s in enumerate(spans) if i not in used and s.open_mark < end and s.outer_end > start]
    else:
        inner = [spans[i] for i in sorted(quoted.overlapping(start, end)) if i not in used]
    if not inner and frame.cls == "evaluative":
        # 'Rubio said he has begun to unmask Trump, whom he called a “con artist.”': the naming
        # inside another report's content keeps the quotation it names with (it was typed
        # indirect, cut before its closing mark)
        inner = [s for s in spans if s.open_mark < end and s.outer_end > start and s.open_mark >= start - 1]
    if inner:
        content_words = _words_in(text, start, end)
        quoted_words = sum(_words_in(text, max(a, start), min(b, end)) for s in inner for a, b in s.pieces)
        whole = len(inner) == 1 and quoted_words >= content_words - 1
        if whole and any(_subject_of_quotation(words, w, inner[0]) for w in words if start <= w.start_char < inner[0].open_mark):
            # 'Clinton "is the only candidate …," the group said': the quotation's subject stands
            # before it, outside the marks: a mixed quote of both (not "But “…”", not 'Note: “…”')
            whole = False
        if whole and frame.cls == "evaluative" and start < inner[0].open_mark:
            # 'called it “false”', 'calling her “third-rate”': the object named is the
            # journalist's, what it was called the quotation: a mixed quote
            whole = False
        if not whole and len(pieces) > 1 and not frame.that and frame.cls != "evaluative" and all(
                sum(_words_in(text, max(x, a), min(y, b)) for s in inner for x, y in s.pieces) >= _words_in(text, a, b) - 1
                for a, b in pieces):
            # '“It is dead,” Smith said, “and everyone knows it.”': each part of the content is a
            # quotation, the cue between them: one direct quote in two pieces
            return _with_speaker(doc, Quote(pieces=[p for s in inner for p in s.pieces], type=QuoteType.DIRECT), frame)
        if whole or any(s.start < start - 1 for s in inner):
            # The content is one quotation (or a quotation begun before the frame's clause).
            span = inner[0] if len(inner) == 1 else max(inner, key=lambda s: s.end - s.start)
            kind = QuoteType.MIXED if frame.that and whole else QuoteType.DIRECT
            if kind == QuoteType.DIRECT:
                pieces = list(span.pieces)
            elif len(pieces) == 1:
                pieces = [_through_closing_mark(text, pieces[0], inner)]  # 'saying that “it … progress.”'
            if frame.cls == "evaluative":
                kind = QuoteType.MIXED  # 'called the meeting’s account “wholly inaccurate.”': a naming is mixed
            quote = Quote(pieces=pieces, type=kind)
        else:
            if len(pieces) == 1:
                # Keep whole the quoted fragments that straddle the clause's edges (and the
                # closing mark of a quotation the content ends in: 'calling it “a fabrication.”')
                pieces = [_through_closing_mark(text, pieces[0], inner)]
            quote = Quote(pieces=[_trim(text, a, b) for a, b in pieces], type=QuoteType.MIXED)
    else:
        quote = Quote(pieces=[_trim(text, a, b) for a, b in pieces], type=QuoteType.INDIRECT)
    quote.noun_phrase = frame.cls == "object"  # "denied the allegations" (extraction/complements.py)
    return _with_speaker(doc, quote, frame)


def _through_closing_mark(text: str, piece: tuple[int, int], inner: list[QuotedSpan]) -> tuple[int, int]:
    """``piece`` widened to the quoted fragments straddling its edges, and to the closing mark of a
    quotation it ends in ('calling it “a fabrication.”')."""
    a, b = piece
    last = inner[-1]
    b = max(b, last.end)
    if last.closed and last.end <= b <= last.close_mark and not text[b:last.close_mark].strip():
        b = last.outer_end
        if text[b - 1:b + 1] == "''":
            b += 1  # the NYT's doubled apostrophes: "called it ''predatory.''"
    return min(a, inner[0].start), b


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading opening mark left unbalanced by the clause boundary, and edge spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- interview transcripts ----------------------------------------------------------------

# 'WALLACE: Do you really see those two as equivalent?' -- a speaker's label in capitals opens
# the paragraph (the opening mark of a quoted transcript may stand before it)
_TURN = re.compile(r"^[ \t\u00a0]*[\"“]?(?P<label>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t\u00a0]+(?P<said>\S[^\n]*)$",
                   re.MULTILINE)


def _transcript_turns(doc) -> list[Quote]:
    """The turns of an interview or debate transcript, each a direct quote of its speaker. A
    transcript has at least two speakers who each take two turns or more; datelines ("KABUL: …",
    also several in a news roundup) name places, which seldom repeat and are tagged as places."""
    text = doc.text
    turns = [m for m in _TURN.finditer(text) if any(ch.isalpha() for ch in m.group("said"))]
    counts: dict[str, int] = {}
    for m in turns:
        counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    speakers = {label for label, n in counts.items() if n >= 2}
    if len(speakers) < 2:
        return []
    turns = [m for m in turns if m.group("label") in speakers and not _place_label(doc, m.start("label"))]
    out = []
    for m in turns:
        start, end = m.start("said"), m.end("said")
        while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”"):
            end -= 1
        index = _sentence_at(doc, m.start("label"))
        words = doc.sentences[index].words
        label = [i for i, w in enumerate(words) if m.start("label") <= w.start_char and w.end_char <= m.end("label")]
        colon = next((i for i, w in enumerate(words) if w.start_char == m.end("label")), None)
        if not label or colon is None or end <= start:
            continue
        quote = Quote(pieces=[(start, end)], type=QuoteType.DIRECT, sentence=index, evidence=Evidence.SUBJECT)
        quote.cue = Cue(text=":", lemma="say", start=words[colon].start_char, end=words[colon].end_char,
                        sentence=index, word=words[colon].id)
        quote.mention = make_mention(text, index, words, label[0], label[-1])
        out.append(quote)
    return out


def _place_label(doc, offset: int) -> bool:
    """Is the capitalised label at ``offset`` tagged as a place ("KABUL: …")?"""
    sentence = doc.sentences[_sentence_at(doc, offset)]
    token = next((t for t in sentence.tokens if t.start_char >= offset), None)
    return token is not None and (getattr(token, "ner", "") or "").endswith(("GPE", "LOC"))


# --- direct quotes from quotation marks ---------------------------------------------------

def _sentence_at(doc, offset: int) -> int:
    return _Sentences(doc)(offset)


class _Sentences:
    """The sentence holding an offset (the first whose characters, and the one after, include
    it), else the one starting nearest to it; by bisection, not a scan of the sentences."""

    def __init__(self, doc):
        bounds = [(s.tokens[0].start_char, s.tokens[-1].end_char + 1) for s in doc.sentences]
        self.holding = SortedIntervals((a, b, i) for i, (a, b) in enumerate(bounds))
        self.starts = sorted((a, i) for i, (a, _) in enumerate(bounds))
        self.keys = [a for a, _ in self.starts]

    def __call__(self, offset: int) -> int:
        holding = self.holding.covering(offset)
        if holding:
            return min(holding)
        j = bisect.bisect_left(self.keys, offset)
        distance = min([offset - self.keys[j - 1]] if j > 0 else [], default=None)
        if j < len(self.keys):
            distance = self.keys[j] - offset if distance is None else min(distance, self.keys[j] - offset)
        if distance is None:
            return max(0, min(()))  # no sentences (ValueError, as a scan of none would)
        nearest = [i for key in {offset - distance, offset + distance}
                   for _, i in self.starts[bisect.bisect_left(self.keys, key):bisect.bisect_right(self.keys, key)]]
        return max(0, min(nearest))  # the first of the nearest, as min(range(n), key=distance) gives


# How far a cue may stand from a quotation to attribute it: at most ADJACENT_AFTER characters
# from the closing mark to the speaker ("…,” he said), fewer than ADJACENT_BEFORE from the cue
# to the opening mark (He added: “…”).
ADJACENT_AFTER = 6
ADJACENT_BEFORE = 60


def _speaker_start(doc, frame: Frame) -> int:
    """Offset of the first word of a frame's speaker and cue."""
    words = doc.sentences[frame.sentence].words
    return words[min(frame.cue_first, frame.subject[0] if frame.subject else frame.cue_first)].start_char


def _attribution_end(doc, frame: Frame) -> int:
    """Offset after the last word of a frame's cue (and inverted speaker: "said the source")."""
    words = doc.sentences[frame.sentence].words
    return words[max(frame.cue_last, frame.subject[1] if frame.subject and frame.position == "post"
                     else frame.cue_last)].end_char


class _AdjacentFrames:
    """The frames that may stand next to a quotation (``_adjacent_frame``'s distance tests), in
    the frames' order: found by bisection on the speakers' starts and the cues' ends, instead of
    trying every frame of the article for every quotation."""

    def __init__(self, doc, frames: list[Frame]):
        self.frames = frames
        self.speakers = KeyIndex((_speaker_start(doc, f), i) for i, f in enumerate(frames))
        self.cues = KeyIndex((_attribution_end(doc, f), i) for i, f in enumerate(frames))

    def __call__(self, span: QuotedSpan) -> list[Frame]:
        near = set(self.speakers.between(span.outer_end, span.outer_end + ADJACENT_AFTER))
        near.update(self.cues.between(span.open_mark - ADJACENT_BEFORE + 1, span.open_mark))
        return [self.frames[i] for i in sorted(near)]


def _adjacent_frame(doc, span: QuotedSpan, frames: list[Frame], near: _AdjacentFrames | None = None) -> Frame | None:
    """A cue frame standing right after the quotation (…," he said) or right before it
    (He added: "…" / said the source: "…"). ``near``: the index of ``frames`` that gives the
    few close enough to be worth the tests."""
    text = doc.text
    for frame in (frames if near is None else near(span)):
        words = doc.sentences[frame.sentence].words
        speaker_start = _speaker_start(doc, frame)
        gap_after = text[span.outer_end:speaker_start] if speaker_start >= span.outer_end else None
        # Only punctuation, spaces or symbols (an emoji) between the closing mark and the speaker.
        if gap_after is not None and len(gap_after) <= ADJACENT_AFTER and not any(ch.isalnum() for ch in gap_after) \
                and "\n" not in gap_after and frame.position in {"post", "paren"}:
            return frame
        attribution_end = _attribution_end(doc, frame)
        if attribution_end <= span.open_mark:
            between = text[attribution_end:span.open_mark]
            # "He added: “…”", "said the source, “…”"; a colon may end its line ("He told parliament
            # on Tuesday:\n“…”"), but not after the attribution of a quotation before it and other
            # words: '“…,” said Beau Correll.\n\nShe says to Nevadans: “…”' is hers
            introduces = between.rstrip().endswith(":") and not (
                frame.position in {"post", "paren"} and any(ch.isalnum() for ch in between)) \
                if "\n" in between else between.rstrip().endswith((":", ","))
            if len(between) < ADJACENT_BEFORE and introduces and between.count("\n") <= 2 \
                    and not any(is_quote_mark(w) for w in words[frame.cue_last + 1:] if w.end_char <= span.open_mark):
                return frame
    return None


class Paragraphs:
    """Paragraph numbers of offsets: a paragraph ends at one or more line breaks."""

    def __init__(self, text: str):
        self.starts = [m.end() for m in re.finditer(r"\n+", text)]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def _direct_quotes(doc, spans: list[QuotedSpan], used: set[int], frames: list[Frame],
                   found: list[Quote]) -> list[Quote]:
    text = doc.text
    paragraph_of = Paragraphs(text)
    near = _AdjacentFrames(doc, frames)
    sentence_at = _Sentences(doc)
    owners = _Owners(text, found)
    out: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph = -1
    for index, span in enumerate(spans):
        paragraph = paragraph_of(span.open_mark)
        if index in used:
            previous = owners.first_holding(span.start, previous)
            previous_paragraph = paragraph_of(span.end)
            continue
        frame = _adjacent_frame(doc, span, frames, near)
        if frame is not None and previous is not None and previous.cue is not None \
                and previous.cue.start == _cue(doc, frame).start and previous.type == "direct":
            # “A,” he told Al Jazeera, “B.” — the second part of the same quote.
            previous.pieces.extend(span.pieces)
            owners.grown(previous)
            continue
        if frame is not None and span.open_mark > _cue(doc, frame).end and _names_a_work(doc, span, sentence_at):
            continue  # 'Mr. Rubio said in his 2012 book, “An American Son.”': the cue's phrase names the work
        if frame is not None:
            quote = _with_speaker(doc, Quote(pieces=list(span.pieces), type=QuoteType.DIRECT), frame)
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
            continue
        if _names_a_work(doc, span, sentence_at):
            continue  # 'her blockbuster film, “Trainwreck.”': a title in the journalist's sentence
        words = _words_in(text, span.start, span.end)
        same_paragraph = previous is not None and previous_paragraph == paragraph
        continues_paragraph = previous is not None and previous_paragraph == paragraph - 1 \
            and _opens_line(text, span.open_mark)
        if same_paragraph and previous.type == "direct" and previous.cue is not None \
                and previous.cue.start > previous.end and _only_attribution_between(text, previous, span) \
                and _opens_sentence(text, span):
            # "A," one source said. "B." — one quote in two pieces.
            previous.pieces.extend(span.pieces)
            owners.grown(previous)
            previous_paragraph = paragraph_of(span.end)
            continue
        if (same_paragraph or continues_paragraph) and _opens_sentence(text, span) \
                and (words >= 3 or _reads_as_sentence(text, span)):
            # "B," he said. "C." -- C carries on B; attribution gives it B's speaker.
            quote = Quote(pieces=list(span.pieces), type=QuoteType.DIRECT, continues=previous,
                          sentence=sentence_at(span.start), evidence=Evidence.CARRIED)
            quote.cue = None
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
            continue
        if words >= MIN_STANDALONE_WORDS and _is_sentence_like(text, span):
            quote = Quote(pieces=list(span.pieces), type=QuoteType.DIRECT, sentence=sentence_at(span.start),
                          evidence=Evidence.NONE)
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
    return out


class _Owners:
    """The first of the quotes found by frames (in their order) that holds an offset in
    ``[start, end + 2)``: the quote a used quotation belongs to. An index of their intervals,
    kept up to date when a quote grows a piece."""

    def __init__(self, text: str, found: list[Quote]):
        self.found = found
        self.position = {id(q): i for i, q in enumerate(found)}
        self.index = IntervalIndex(len(text) + 2)
        for quote in found:
            self.grown(quote)

    def grown(self, quote: Quote) -> None:
        """Index ``quote`` (again, after its pieces changed) when it is one of the found quotes."""
        if id(quote) in self.position:
            self.index.add(quote.start, quote.end + 2, self.position[id(quote)])

    def first_holding(self, offset: int, default: Quote | None) -> Quote | None:
        holding = [i for i in self.index.covering(offset)
                   if self.found[i].start <= offset < self.found[i].end + 2]  # (an older entry may be stale)
        return self.found[min(holding)] if holding else default


def _only_attribution_between(text: str, previous: Quote, span: QuotedSpan) -> bool:
    """Between the previous quote's cue and this quotation lies only the rest of that sentence."""
    if span.open_mark - previous.cue.end >= 300:
        return False  # (the length first: no copy and no sentence count of a long stretch per quotation)
    between = text[previous.cue.end:span.open_mark]
    return "\n" not in between and _sentence_ends(between) <= 1 and len(between) < 300


_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z]|\.[A-Za-z]|\))\.$")


def _sentence_ends(text: str) -> int:
    """Sentence-final marks in ``text``, not counting the dots of abbreviations and initials
    ("said Rep. G.K. Butterfield (D-N.C.), head of the caucus." ends one sentence)."""
    count = 0
    for match in re.finditer(r"[.!?]+(?=\s|$)", text):
        if match.group()[-1] == "." and _ABBREVIATION.search(text[max(0, match.start() - 5):match.start() + 1]):
            continue
        count += 1
    return count


def _opens_line(text: str, offset: int) -> bool:
    """Only white space between the start of its line and ``offset`` (looked at backwards from
    ``offset``, not by copying the line)."""
    i = offset - 1
    while i >= 0 and text[i] != "\n":
        if not text[i].isspace():
            return False
        i -= 1
    return True


def _opens_sentence(text: str, span: QuotedSpan) -> bool:
    """Does the quotation stand at the start of a sentence or paragraph ('… he said. "More."'),
    rather than inside the journalist's own sentence ('…, referring to the "peace plan".')?"""
    i = span.open_mark  # the last character before the mark that is not a space or tab (no copy of the text)
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in "\n.!?:;\"”’»" or span.start < len(text) and text[span.start].isupper()


def _reads_as_sentence(text: str, span: QuotedSpan) -> bool:
    """Capital start and final punctuation ("No."): a short sentence, not a scare-quoted term."""
    content = text[span.start:span.end].strip()
    return bool(content) and content[0].isupper() and content[-1] in ".!?"


_SIGNATURE = re.compile(r"(?<=[”\"’'])[\s\u00a0]*(?:[―—–]|--)[\s\u00a0]*[A-Z][\w.'’-]*(?:[\s\u00a0]+[A-Z][\w.'’-]*){0,4}\.?[\s\u00a0]*$")


def _signed(text: str, span: QuotedSpan, line_end: int) -> bool:
    """Does a signature ('― Carla Roe') follow the quotation to the end of its line?"""
    return span.closed and line_end - span.outer_end < 60 and bool(_SIGNATURE.match(text, span.outer_end, line_end))


# Words a title leaves in lower case ("Secret Lives of the Super Rich"), by part of speech.
TITLE_LOWER_UPOS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "NUM"})
# Participles that put a name to a work or a person: 'a memo titled "The Facts on …"'.
TITLING_PARTICIPLES = frozenset({"titled", "entitled", "named", "nicknamed", "dubbed", "called", "labeled", "labelled"})
TITLE_MAX_WORDS = 12


def _names_a_work(doc, span: QuotedSpan, sentence_at) -> bool:
    """Is the quotation (no cue beside it) the title of a work or show, or a nickname, inside
    the journalist's own sentence rather than words said? Every word is capitalised and a noun,
    a determiner, a preposition, a titling participle or a verb that reports nothing stands before
    it: 'at a screening of her blockbuster film, “Trainwreck.”', 'on Friday’s “PBS NewsHour.”',
    'a memo titled "The Facts on Where the Race Stands."', 'referred to her by a nickname,
    “Gert.”', 'told "Fox and Friends"'. Not a headline's quote
    ('Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Presidential Campaign.’': the words before
    it are title case too), not a quotation a speech verb or noun introduces ('laugh it off by
    interjecting, “Only Rosie O’Donnell.”', 'calls of "Feel the Bern"')."""
    words = doc.sentences[sentence_at(span.open_mark)].words
    inside = [w for w in words if span.start <= w.start_char < span.end]
    if not inside or len(inside) > TITLE_MAX_WORDS or not _title_case(inside):
        return False
    before = [w for w in words if w.end_char <= span.open_mark and not is_quote_mark(w)]
    if not before or _title_case(before):
        return False  # the quotation opens its sentence, or the sentence is a headline
    last = before[-1] if not is_comma(before[-1]) or len(before) < 2 else before[-2]
    if last.upos == "CCONJ":
        # 'to appear on "The View" and "The Late Show With Stephen Colbert,"': the last of a list of
        # titles (not 'chanting "Lock her up" and "Build the wall"')
        listed = [w for w in words if w.end_char <= last.start_char]
        return len(listed) > 2 and is_quote_mark(listed[-1]) and _title_case(
            list(itertools.takewhile(lambda w: not is_quote_mark(w), reversed(listed[:-1])))[::-1])
    if last.upos in {"VERB", "AUX"} or (last.xpos or "").startswith("VB"):
        # 'She now hosts “The Late Hour …”', 'published “Trumped!”' (not 'began chanting “U-S-A!”');
        # '“…,” the nominee told "Fox and Friends"': a show, the addressee of telling
        return lower(last) in TITLING_PARTICIPLES or (last.xpos != "VBG" and lexicons.verb_class(
            last.lemma, last.text) is None) or (last.lemma or "").lower() in lexicons.addressee_verbs()
    if last.upos == "ADP" and len(before) > 1 and lower(last) == "of" and _speech_noun(before[-2]):
        return False  # 'near-constant calls of "Feel the Bern"': a chant
    return last.upos in {"NOUN", "PROPN", "DET", "ADP", "PART", "ADJ", "NUM", "PRON"} and not _speech_noun(last)


def _title_case(words) -> bool:
    """Does every word other than a function word start with a capital, the first one too?"""
    alphabetic = [w for w in words if w.text[:1].isalpha()]
    if not alphabetic or not alphabetic[0].text[0].isupper():
        return False
    return all(w.text[0].isupper() for w in alphabetic if w.upos not in TITLE_LOWER_UPOS)


def _speech_noun(word) -> bool:
    """A noun that names something said ("statement", "message", "call", "chant")."""
    lemma = (word.lemma or lower(word)).lower()
    return word.upos == "NOUN" and (lemma in lexicons.reporting_nouns() or lexicons.verb_class(lemma, word.text) is not None)


def _is_sentence_like(text: str, span: QuotedSpan) -> bool:
    """Does the quotation read as a spoken sentence (capital start, final punctuation)?"""
    content = text[span.start:span.end].strip()
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    line_end = text.find("\n", span.end)
    tail = line_tail(text, line_start, line_end if line_end >= 0 else len(text), "”\"’' )]")
    headline = tail not in (".", "!", "?", ":")  # the line stripped as strip_symbols(line).strip().rstrip(…)
    if headline and tail and _signed(text, span, line_end if line_end >= 0 else len(text)):
        headline = False  # '“…” ― Carla Roe': a dash and a name after the quotation sign it
    return bool(content) and content[0].isupper() and content[-1] in ".!?,;" and not headline
