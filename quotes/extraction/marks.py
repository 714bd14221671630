"""Quotation marks: find the quoted spans of a text at the character level.

Handles straight "…" and '…', curly “…” and ‘…’, « », ‹ ›, „…“ and ‚…‘. Single marks count as
quotation marks only when they are not apostrophes (Pakistan’s, the neighbors’ border) and
only outside double-quoted spans (inside them they are nested quotes, part of the content).
A quotation left open at the end of a paragraph continues into the next paragraph when that
paragraph opens with a quotation mark (the newspaper convention); otherwise it ends with its
paragraph and is flagged ``closed=False``, so one stray mark never swallows the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import PiecesSpan

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
# Closing partners of the openers that are not plain “/‘ (German „…“ and ‚…‘, French « », ‹ ›).
PARTNERS = {"„": "“”", "‚": "‘’", "«": "»", "‹": "›", "“": "”", "‘": "’"}
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE + "“"

_PARAGRAPH = re.compile(r"[^\n]+")
_OPENING_CONTEXT = " \t\n([{—–-/:;"


@dataclass
class QuotedSpan(PiecesSpan):
    """One quotation: content pieces between the marks (one per paragraph it runs over)."""

    pieces: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = 0  # offset of the opening mark
    close_mark: int | None = None  # offset of the closing mark; None when never closed
    double: bool = True

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def outer_end(self) -> int:
        """End offset including the closing mark."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _can_open(text: str, i: int) -> bool:
    """A mark at ``i`` can open: start or space/bracket before it, and a non-space after it
    (French « and ‹ may be followed by a space)."""
    # any white space opens, a no-break space too: 'he continued.\u00a0“I’ve met him …”'
    before = _before(text, i)
    if not (before in _OPENING_CONTEXT or before in ALL_MARKS or before.isspace()
            or before == "," and text[i] in DOUBLE_OPEN):
        return False  # ('Ryan said,“Look, …”': a curly opening mark opens after a comma too)
    return text[i] in "«‹" or not _after(text, i).isspace()


def _can_close(text: str, i: int) -> bool:
    """A mark at ``i`` can close: something other than a space before it (» and › excepted)."""
    return text[i] in "»›" or not _before(text, i).isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (don’t, Pakistan’s) or after a letter with no open single quote."""
    return _before(text, i).isalnum() and _after(text, i).isalnum()


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All outer quotations of ``text``, in order of their opening marks."""
    spans: list[QuotedSpan] = []
    carried: QuotedSpan | None = None  # a double quotation left open by the previous paragraph
    for para in _PARAGRAPH.finditer(text):
        start, end = para.span()
        first = _first_mark(text, start, end)
        if carried is not None:
            if first is not None and text[first] in STRAIGHT_DOUBLE + DOUBLE_OPEN and _can_open(text, first):
                # Continuation: the quotation resumes after this paragraph's opening mark.
                carried, new = _scan_paragraph(text, first + 1, end, carried)
                spans.extend(new)
                continue
            spans.append(carried)  # never closed: it ends with its paragraph
        carried, new = _scan_paragraph(text, start, end, None)
        spans.extend(new)
    if carried is not None:
        spans.append(carried)
    return sorted(spans, key=lambda s: s.open_mark)


def _first_mark(text: str, start: int, end: int) -> int | None:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i if i < end and text[i] in ALL_MARKS else None


def _scan_paragraph(text: str, start: int, end: int, carried: QuotedSpan | None):
    """Scan one paragraph. Returns (span left open, completed spans)."""
    done: list[QuotedSpan] = []
    current = carried  # open double quotation
    piece_start = start if carried is not None else None
    opener = "“" if carried is not None else ""
    single: QuotedSpan | None = None  # open single quotation (only outside double ones)
    single_opener = ""
    i = start
    while i < end:
        ch = text[i]
        if current is not None:
            if _closes_double(text, i, opener):
                current.pieces.append((piece_start, _trim_end(text, piece_start, i)))
                current.close_mark = i
                done.append(current)
                current = None
            elif ch in STRAIGHT_DOUBLE + DOUBLE_OPEN and _can_open(text, i) and not _can_close(text, i):
                # A new opening mark inside an open quotation: the previous one was never closed.
                current.pieces.append((piece_start, _trim_end(text, piece_start, i)))
                done.append(current)
                current, piece_start, opener = QuotedSpan(open_mark=i), i + 1, ch
        elif single is not None:
            if _closes_single(text, i, single_opener):
                single.pieces.append((single.open_mark + 1, i))
                single.close_mark = i
                done.append(single)
                single = None
        elif ch in STRAIGHT_DOUBLE + DOUBLE_OPEN and _can_open(text, i) or _reversed_opening(text, i):
            current, piece_start, opener = QuotedSpan(open_mark=i), _skip_spaces(text, i + 1, end), ch
        elif ch in STRAIGHT_SINGLE + SINGLE_OPEN and _can_open(text, i) and _after(text, i).isalnum():
            single, single_opener = QuotedSpan(open_mark=i, double=False), ch
        i += 1
    # Paragraph end: an open double quotation may continue in the next paragraph (the caller
    # decides); an open single one was an apostrophe or a stray mark and is dropped.
    if current is not None:
        piece_end = _trim_end(text, piece_start, end)
        if piece_start < piece_end:
            current.pieces.append((piece_start, piece_end))
        if current.pieces:
            return current, done
    return None, done


def _closes_double(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch in STRAIGHT_DOUBLE + DOUBLE_CLOSE and _spaced_after_single(text, i):
        # '"I've always been insulted with the term 'African American outreach,' " he told the
        # group': a space sets the double mark off from the single one closed before it
        return True
    if ch in PARTNERS.get(opener, ""):
        return _can_close(text, i) or opener == "„"
    if ch == STRAIGHT_DOUBLE or ch in DOUBLE_CLOSE:
        return _can_close(text, i)
    if ch == "“" and opener != "„":
        # A second “ where ” was expected (sloppy typography): close only when it ends a word.
        return _can_close(text, i) and not _after(text, i).isalnum()
    return False


def _reversed_opening(text: str, i: int) -> bool:
    """A closing mark glued between a comma and a letter where no quotation is open opens one
    (scraped typography: '“I wanted to win this,” Murray told the crowd,cradling his trophy,”but
    also I understand …”')."""
    return text[i] == "”" and _before(text, i) == "," and _after(text, i).isalpha()


def _spaced_after_single(text: str, i: int) -> bool:
    """Is the mark at ``i`` set off by one space from a closing single mark before it, with a
    space or the text's end after it (``,' "`` and ``’ ”``)?"""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in STRAIGHT_SINGLE + SINGLE_CLOSE \
        and (i + 1 == len(text) or text[i + 1].isspace())


def _closes_single(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in STRAIGHT_SINGLE + SINGLE_CLOSE + PARTNERS.get(opener, ""):
        return False
    return _can_close(text, i) and not _is_apostrophe(text, i) and not _after(text, i).isalpha()


def _skip_spaces(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
