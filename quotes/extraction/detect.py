"""Quote detection: direct, indirect and mixed quotes with their cues.

Two sources of evidence meet here:

* cue frames (``cues``): a reporting verb, participle, noun or "according to" with its
  content clause and speaker slot;
* quotation marks (``marks``): the quoted spans of the text.

A frame whose content holds quoted fragments is ``mixed``; a frame whose content is one
quotation is ``direct``; other frames are ``indirect``. Quoted spans left over are direct
quotes when a cue stands next to them (…," he said / He added: "…"), or when they continue
the previous quote; short quoted words with no cue are scare quotes, not quotes. A quotation
interrupted by its own attribution ("A," one source said. "B.") becomes one quote of two pieces.
The turns of an interview transcript ("WALLACE: …" / "PENCE: …") are direct quotes of their labels.
"""
from __future__ import annotations

import bisect
import re

from .. import lexicons
from .cues import Frame, find_frames
from .marks import QuotedSpan, find_quoted_spans
from .mentions import make_mention
from .words import is_quote_mark, strip_symbols
from ..records import Cue, Evidence, Quote, QuoteType, quote_id

MIN_STANDALONE_WORDS = 6  # a quotation with no cue must be this long to count as a quote
_WORD = re.compile(r"\w+")
PRIORITY = {"pre": 0, "post": 0, "paren": 0, "participle": 1, "according": 2, "noun": 3}


def find_quotes(doc, spans: list[QuotedSpan] | None = None) -> list[Quote]:
    """All quotes of an annotated document, in text order, with cue and (explicit) mention.
    ``spans`` are the text's quotations (``marks.find_quoted_spans``), found here if not given."""
    text = doc.text
    spans = find_quoted_spans(text) if spans is None else spans
    quoted = [(s.open_mark, s.outer_end) for s in spans]
    frames = [f for i, sentence in enumerate(doc.sentences) for f in find_frames(i, sentence.words, quoted)]
    quotes: list[Quote] = _transcript_turns(doc)
    used: set[int] = {i for i, s in enumerate(spans) if any(a < q.end and q.start < b for q in quotes for a, b in s.pieces)}
    for frame in sorted(frames, key=lambda f: (PRIORITY[f.position], _nested(f, frames))):
        quote = _quote_from_frame(doc, frame, spans, used)
        if quote is not None and not _overlaps(quote, quotes):
            quotes.append(quote)
            used.update(quote_span_ids(quote, spans))
    quotes.extend(_direct_quotes(doc, spans, used, frames, quotes))
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, 1):
        quote.id = quote_id(number)  # the quote's id for good: speakers and the API refer to it
    return quotes


def _nested(frame: Frame, frames: list[Frame]) -> bool:
    """Is ``frame`` a relative clause inside the content of another frame of its sentence? "The
    senator, who has vowed not to vote for him, did not respond, the source said": the outer
    report comes first."""
    return frame.relative and any(other is not frame and other.sentence == frame.sentence
               and any(a <= frame.cue_first and frame.cue_last <= b for a, b in other.content) for other in frames)


def quote_span_ids(quote: Quote, spans: list[QuotedSpan]) -> set[int]:
    return {i for i, s in enumerate(spans) if _inside(s, quote.start - 1, quote.end + 1)}


def _inside(span: QuotedSpan, start: int, end: int) -> bool:
    return span.start >= start and span.end <= end


def _words_in(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end]))


def _overlaps(quote: Quote, quotes: list[Quote]) -> bool:
    """Does ``quote`` cover mostly the same characters as a quote already found (F1 > 0.5)?"""
    return any(_overlap_f1(quote, other) > 0.5 for other in quotes)


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


def _quote_from_frame(doc, frame: Frame, spans: list[QuotedSpan], used: set[int]) -> Quote | None:
    if not frame.content:
        return None
    text = doc.text
    words = doc.sentences[frame.sentence].words
    pieces = [(words[a].start_char, words[b].end_char) for a, b in frame.content]
    start, end = pieces[0][0], pieces[-1][1]
    inner = [s for i, s in enumerate(spans) if i not in used and s.open_mark < end and s.outer_end > start]
    if inner:
        content_words = _words_in(text, start, end)
        quoted_words = sum(_words_in(text, max(a, start), min(b, end)) for s in inner for a, b in s.pieces)
        whole = len(inner) == 1 and quoted_words >= content_words - 1
        if whole or any(s.start < start - 1 for s in inner):
            # The content is one quotation (or a quotation begun before the frame's clause).
            span = inner[0] if len(inner) == 1 else max(inner, key=lambda s: s.end - s.start)
            kind = "mixed" if frame.that and whole else "direct"
            if kind == "direct":
                pieces = list(span.pieces)
            quote = Quote(pieces=pieces, type=kind)
        else:
            if len(pieces) == 1:
                # Keep whole the quoted fragments that straddle the clause's edges.
                (a, b), = pieces
                pieces = [(min(a, inner[0].start), max(b, inner[-1].end))]
            quote = Quote(pieces=[_trim(text, a, b) for a, b in pieces], type=QuoteType.MIXED)
    else:
        quote = Quote(pieces=[_trim(text, a, b) for a, b in pieces], type=QuoteType.INDIRECT)
    return _with_speaker(doc, quote, frame)


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
    for i, sentence in enumerate(doc.sentences):
        if sentence.tokens[0].start_char <= offset < sentence.tokens[-1].end_char + 1:
            return i
    return max(0, min(range(len(doc.sentences)), key=lambda i: abs(doc.sentences[i].tokens[0].start_char - offset)))


def _adjacent_frame(doc, span: QuotedSpan, frames: list[Frame]) -> Frame | None:
    """A cue frame standing right after the quotation (…," he said) or right before it
    (He added: "…" / said the source: "…")."""
    text = doc.text
    for frame in frames:
        words = doc.sentences[frame.sentence].words
        first_speaker = min(frame.cue_first, frame.subject[0] if frame.subject else frame.cue_first)
        speaker_start = words[first_speaker].start_char
        gap_after = text[span.outer_end:speaker_start] if speaker_start >= span.outer_end else None
        # Only punctuation, spaces or symbols (an emoji) between the closing mark and the speaker.
        if gap_after is not None and len(gap_after) <= 6 and not any(ch.isalnum() for ch in gap_after) \
                and "\n" not in gap_after and frame.position in {"post", "paren"}:
            return frame
        last = max(frame.cue_last, frame.subject[1] if frame.subject and frame.position == "post" else frame.cue_last)
        if words[last].end_char <= span.open_mark:
            between = text[words[last].end_char:span.open_mark]
            # "He added: “…”", "said the source, “…”"; a colon may end its line ("He said:\n“…”").
            introduces = between.rstrip().endswith(":") if "\n" in between else between.rstrip().endswith((":", ","))
            if len(between) < 60 and introduces and between.count("\n") <= 2 \
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
    out: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph = -1
    for index, span in enumerate(spans):
        paragraph = paragraph_of(span.open_mark)
        if index in used:
            previous = next((q for q in found if q.start <= span.start < q.end + 2), previous)
            previous_paragraph = paragraph_of(span.end)
            continue
        frame = _adjacent_frame(doc, span, frames)
        if frame is not None and previous is not None and previous.cue is not None \
                and previous.cue.start == _cue(doc, frame).start and previous.type == "direct":
            # “A,” he told Al Jazeera, “B.” — the second part of the same quote.
            previous.pieces.extend(span.pieces)
            continue
        if frame is not None:
            quote = _with_speaker(doc, Quote(pieces=list(span.pieces), type=QuoteType.DIRECT), frame)
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
            continue
        words = _words_in(text, span.start, span.end)
        same_paragraph = previous is not None and previous_paragraph == paragraph
        continues_paragraph = previous is not None and previous_paragraph == paragraph - 1 \
            and text[text.rfind("\n", 0, span.open_mark) + 1:span.open_mark].strip() == ""
        if same_paragraph and previous.type == "direct" and previous.cue is not None \
                and previous.cue.start > previous.end and _only_attribution_between(text, previous, span) \
                and _opens_sentence(text, span):
            # "A," one source said. "B." — one quote in two pieces.
            previous.pieces.extend(span.pieces)
            previous_paragraph = paragraph_of(span.end)
            continue
        if (same_paragraph or continues_paragraph) and _opens_sentence(text, span) \
                and (words >= 3 or _reads_as_sentence(text, span)):
            # "B," he said. "C." -- C carries on B; attribution gives it B's speaker.
            quote = Quote(pieces=list(span.pieces), type=QuoteType.DIRECT, continues=previous,
                          sentence=_sentence_at(doc, span.start), evidence=Evidence.CARRIED)
            quote.cue = None
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
            continue
        if words >= MIN_STANDALONE_WORDS and _is_sentence_like(text, span):
            quote = Quote(pieces=list(span.pieces), type=QuoteType.DIRECT, sentence=_sentence_at(doc, span.start),
                          evidence=Evidence.NONE)
            out.append(quote)
            previous, previous_paragraph = quote, paragraph_of(span.end)
    return out


def _only_attribution_between(text: str, previous: Quote, span: QuotedSpan) -> bool:
    """Between the previous quote's cue and this quotation lies only the rest of that sentence."""
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


def _opens_sentence(text: str, span: QuotedSpan) -> bool:
    """Does the quotation stand at the start of a sentence or paragraph ('… he said. "More."'),
    rather than inside the journalist's own sentence ('…, referring to the "peace plan".')?"""
    before = text[:span.open_mark].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;\"”’»" or span.start < len(text) and text[span.start].isupper()


def _reads_as_sentence(text: str, span: QuotedSpan) -> bool:
    """Capital start and final punctuation ("No."): a short sentence, not a scare-quoted term."""
    content = text[span.start:span.end].strip()
    return bool(content) and content[0].isupper() and content[-1] in ".!?"


_SIGNATURE = re.compile(r"(?<=[”\"’'])[\s\u00a0]*(?:[―—–]|--)[\s\u00a0]*[A-Z][\w.'’-]*(?:[\s\u00a0]+[A-Z][\w.'’-]*){0,4}\.?[\s\u00a0]*$")


def _is_sentence_like(text: str, span: QuotedSpan) -> bool:
    """Does the quotation read as a spoken sentence (capital start, final punctuation)?"""
    content = text[span.start:span.end].strip()
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    line_end = text.find("\n", span.end)
    line = strip_symbols(text[line_start:line_end if line_end >= 0 else len(text)]).strip()
    # '“…” ― Carla Roe': a dash and a name after the quotation sign it, as under a pull quote
    line = _SIGNATURE.sub("", line)
    headline = not line.rstrip("”\"’' )]").endswith((".", "!", "?", ":"))
    return bool(content) and content[0].isupper() and content[-1] in ".!?,;" and not headline
