"""Statement dates: when the article says a quote was said, resolved against the publication date.

Two layers:

* :func:`find_date_expressions` and :func:`resolve_date_expression` are pure text functions.
  They read the date expressions news text uses for statements ("on Thursday", "Wednesday",
  "yesterday", "on Oct. 12", "earlier this week", "last month", "Oct 28, 2025", "two days ago")
  and resolve them against a publication date:

  - a weekday is the most recent such day on or before publication ("Thursday" in an article
    published on Thursday 2025-10-30 is 2025-10-30; "last Thursday" then is 2025-10-23);
  - a month and day without a year is the most recent such day on or before publication
    ("Dec. 31" published on 2 January is the previous year's);
  - a period ("earlier this week", "last month", "in October", "over the weekend") is a
    ``range`` of days and no single ``value``: the text does not name the day, so neither do we;
  - a range never runs past the publication date (a statement is made before it is reported).

  A date with its year ("Oct. 12, 2025") resolves without a publication date; every other
  expression then keeps ``value`` and ``range`` None.

* :func:`statement_date` ties an expression to one quote's cue. The expression must be a
  dependent of the cue verb (any relation but a clausal one: the parser labels "said Tuesday"
  ``iobj`` or ``obj`` as often as ``obl:tmod``), a modifier of the cue's object ("told AFP on
  Thursday"), or stand right next to the cue ("confirmed Thursday"). A date elsewhere in the
  sentence belongs to something else: in "talks resumed in Istanbul on Tuesday, ..., ARY News
  reported" it dates the resuming, not the report. Expressions inside the quote's own content
  are never its statement date. A participial or coordinated cue ("said Wednesday that ...,
  warning ...", "said ... and added ...") shares the date of the reporting verb it hangs on.

The expression ``text`` is the phrase as the article has it, a leading preposition included
("on Thursday", "on Oct. 12", "earlier this week"); ``start``/``end`` index the article text.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from .. import lexicons
from ..records import DateRange, StatementDate, parse_published
from .deptree import anchors, children, cue_word, overlaps, parent, sentence_span, word_end, word_start

# Relations under which a dependent is a clause of its own (its dates are its own).
CLAUSAL = frozenset({"ccomp", "csubj", "csubj:pass", "parataxis", "acl", "acl:relcl", "advcl", "xcomp",
                     "conj", "list", "dep", "reparandum"})
# Relations that may link a date phrase to the cue's object ("told AFP on Thursday").
NOMINAL_LINK = frozenset({"nmod", "nmod:tmod", "nmod:unmarked", "nmod:npmod", "appos", "flat", "compound"})
OBJECT = frozenset({"obj", "iobj"})
# Prepositions of an occasion of the cue ("said in a statement on Thursday", "at a rally on Monday").
OCCASION = frozenset({"in", "at", "during"})


# --------------------------------------------------------------------------- lexicon

def names_pattern(table: dict[str, int]) -> str:
    """Alternation of calendar words as English writes them: capitalised or upper case, a dot
    optional after an abbreviation. Lowercase "may", "sat", "sun" are ordinary words."""
    longest = {}
    for word, number in table.items():
        if len(word) > len(longest.get(number, "")):
            longest[number] = word
    forms = []
    for word in sorted(table, key=len, reverse=True):
        dot = "" if longest[table[word]] == word else r"\.?"
        forms += [word.capitalize() + dot, word.upper() + dot]
    return "(?:" + "|".join(forms) + ")"


def weekday_number(word: str) -> int | None:
    return lexicons.calendar_names()[0].get(word.rstrip(".").lower())


def month_number(word: str) -> int | None:
    return lexicons.calendar_names()[1].get(word.rstrip(".").lower())


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    weekdays, months = lexicons.calendar_names()
    wd = f"(?P<wd>{names_pattern(weekdays)})"
    mon = f"(?P<mon>{names_pattern(months)})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20|21)\d\d)"
    lead_wd = rf"(?:{names_pattern(weekdays)},?\s+)?"
    prefix = r"(?:(?P<edge>(?i:earlier|early|late|later))\s+)?(?:(?P<prep>(?i:on|in|at|over|during))\s+)?"
    cores = {
        "iso": r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<dd>\d\d)",
        "mdy": rf"{lead_wd}{mon}\s+{day}(?:,?\s+{year})?",
        "dmy": rf"{lead_wd}(?:the\s+)?{day}(?:\s+of)?\s+{mon}(?:,?\s+{year})?",
        "weekday": rf"(?:(?P<which>(?i:last|this|past))\s+)?{wd}(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?",
        "relday": r"(?P<rel>(?i:yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night))"
                  r"(?:\s+(?i:morning|afternoon|evening|night))?",
        "period": r"(?P<which>(?i:this|last|the))\s+(?P<unit>(?i:weekend|week|month|year))",
        "month": rf"{mon}(?:\s+{year})?",
        "ago": r"(?P<n>\d+|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten))\s+"
               r"(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)",
    }
    out = []
    for kind, core in cores.items():
        out.append((kind, re.compile(rf"(?<![\w.-]){prefix}{core}(?![\w-])(?!\s*['’]s\b)")))
    return tuple(out)


# --------------------------------------------------------------------------- reading text

def find_date_expressions(text: str) -> list[dict]:
    """Date expressions in ``text``: [{kind, text, start, end, fields}], left to right,
    non-overlapping (the longest expression wins where two overlap)."""
    found = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            fields = {k: v for k, v in match.groupdict().items() if v is not None}
            if not _acceptable(kind, fields):
                continue
            found.append({"kind": kind, "text": match.group(0), "start": match.start(), "end": match.end(),
                          "fields": fields})
    found.sort(key=lambda e: (e["start"], -(e["end"] - e["start"])))
    chosen: list[dict] = []
    for expr in found:
        if chosen and expr["start"] < chosen[-1]["end"]:
            continue
        chosen.append(expr)
    return chosen


def _acceptable(kind: str, fields: dict) -> bool:
    if kind in ("mdy", "dmy") and not 1 <= int(fields["day"]) <= 31:
        return False
    if kind == "period" and fields["which"].lower() == "the":
        # "the week" alone is no date; "earlier in the week", "over the weekend" are.
        return "edge" in fields or fields["unit"].lower() == "weekend" and fields.get("prep", "").lower() in ("over", "at")
    if kind == "month":
        # A bare month name ("May", "March") is too often another word; "in October",
        # "earlier in October", "October 2025" are dates.
        return "year" in fields or "edge" in fields or fields.get("prep", "").lower() == "in"
    if kind == "weekday" and fields.get("prep", "").lower() in ("in", "over"):
        return False
    return True


# --------------------------------------------------------------------------- resolving

def resolve_date_expression(text: str, published: date | datetime | str | None) -> dict:
    """Resolve the first date expression in ``text`` against the publication date.

    Returns ``{"value": ISO date or None, "range": {"start", "end"} or None}``; both None when
    ``text`` holds no date expression, or when it needs a publication date and there is none.
    """
    expressions = find_date_expressions(text)
    if not expressions:
        return {"value": None, "range": None}
    return _resolve(expressions[0], _as_date(published))


def _as_date(published) -> date | None:
    if published is None:
        return None
    if isinstance(published, str):
        published = parse_published(published)
    if isinstance(published, datetime):
        return published.date()  # the local date as written; the offset is the writer's zone
    return published


def _resolve(expr: dict, published: date | None) -> dict:
    try:
        return _resolve_on_calendar(expr, published)
    except (OverflowError, ValueError):  # "yesterday" in an article published 0001-01-01: no such day
        return {"value": None, "range": None}


def _resolve_on_calendar(expr: dict, published: date | None) -> dict:
    kind, f = expr["kind"], expr["fields"]
    none = {"value": None, "range": None}
    if kind in ("iso", "mdy", "dmy"):
        month = int(f["month"]) if kind == "iso" else month_number(f["mon"])
        dd = int(f["dd"] if kind == "iso" else f["day"])
        if "year" in f:
            return _day(_safe_date(int(f["year"]), month, dd))
        if published is None:
            return none
        candidate = _safe_date(published.year, month, dd)
        if candidate is not None and candidate > published:
            candidate = _safe_date(published.year - 1, month, dd)
        return _day(candidate)
    if kind == "month" and "year" in f:
        return _span(*_month_bounds(int(f["year"]), month_number(f["mon"])), published)
    if published is None:
        return none
    if kind == "weekday":
        back = (published.weekday() - weekday_number(f["wd"])) % 7
        if back == 0 and f.get("which", "").lower() == "last":
            back = 7
        return _day(published - timedelta(days=back))
    if kind == "relday":
        rel = " ".join(f["rel"].lower().split())
        return _day(published - timedelta(days=1 if rel in ("yesterday", "last night") else 0))
    if kind == "month":
        month = month_number(f["mon"])
        year = published.year if month <= published.month else published.year - 1
        return _span(*_month_bounds(year, month), published)
    if kind == "period":
        return _period(f["which"].lower(), f["unit"].lower(), f.get("edge", "").lower(), published)
    if kind == "ago":
        n = int(f["n"]) if f["n"].isdigit() else _NUMBER_WORDS[f["n"].lower()]
        unit = f["unit"].lower()
        if unit == "day":
            return _day(published - timedelta(days=n))
        if unit == "week":
            monday = _monday(published) - timedelta(weeks=n)
            return _span(monday, monday + timedelta(days=6), published)
        if unit == "month":
            year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
            return _span(*_month_bounds(year, month + 1), published)
        return _span(date(published.year - n, 1, 1), date(published.year - n, 12, 31), published)
    return none


def _period(which: str, unit: str, edge: str, published: date) -> dict:
    last = which == "last"
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if last and published.weekday() >= 5:
            saturday -= timedelta(weeks=1)
        return _span(saturday, saturday + timedelta(days=1), published)
    if unit == "week":
        start = _monday(published) - timedelta(weeks=1 if last else 0)
        end = start + timedelta(days=6)
    elif unit == "month":
        if last:
            year, month = divmod(published.year * 12 + published.month - 2, 12)
            start, end = _month_bounds(year, month + 1)
        else:
            start, end = _month_bounds(published.year, published.month)
    else:
        year = published.year - 1 if last else published.year
        start, end = date(year, 1, 1), date(year, 12, 31)
    if edge == "earlier" and not last:
        # "earlier this week": before the day of publication (or that day, if it opens the period)
        end = max(start, published - timedelta(days=1))
    return _span(start, end, published)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(day: date | None) -> dict:
    return {"value": day.isoformat() if day else None, "range": None}


def _span(start: date, end: date, published: date | None) -> dict:
    if published is not None and end > published:
        end = max(start, published)
    return {"value": None, "range": {"start": start.isoformat(), "end": end.isoformat()}}


# --------------------------------------------------------------------------- the parse

def ties_to(sentence, words: list, verbs: list) -> bool:
    """Whether the phrase made of ``words`` modifies one of ``verbs`` (directly, not as a clause)
    or the object of one ("told AFP on Thursday")."""
    ids = {w.id for w in words}
    verb_ids = {v.id for v in verbs}
    for word in words:
        if word.head in ids:
            continue
        if word.head in verb_ids and word.deprel not in CLAUSAL:
            return True
        node, steps = word, 0
        while node.head and node.deprel in NOMINAL_LINK and steps < 4:
            node, steps = parent(sentence, node), steps + 1
            if node.head in verb_ids and (node.deprel in OBJECT or _occasion(sentence, node)):
                return True
    return False


def _occasion(sentence, word) -> bool:
    return word.deprel.startswith("obl") and any(
        c.deprel == "case" and c.text.lower() in OCCASION for c in children(sentence, word))


# --------------------------------------------------------------------------- per quote

def statement_date(doc, quote, published) -> StatementDate | None:
    """The date the article gives for the quote's statement, or None.

    ``published`` is the article's publication date (ISO string, date, datetime or None).
    Returns ``{text, start, end, value, range}``; value/range as :func:`resolve_date_expression`.
    """
    cue = cue_word(doc, quote)
    if cue is None:
        return None
    sentence = doc.sentences[quote.cue.sentence]
    verbs = anchors(sentence, quote.cue.sentence, cue, quote.mention)
    begin, finish = sentence_span(sentence)
    text = doc.text[begin:finish]
    try:
        published_day = _as_date(published)
    except ValueError:
        published_day = None
    candidates = []
    for expr in find_date_expressions(text):
        start, end = begin + expr["start"], begin + expr["end"]
        if overlaps(start, end, quote.pieces):
            continue
        words = [w for w in sentence.words if start <= word_start(w) < end]
        if not words:
            continue
        if _before_postposed_cue(doc.text, begin, start, end, verbs):
            continue
        if ties_to(sentence, words, verbs) or _adjacent(doc.text, start, end, verbs):
            distance = min(abs(start - word_end(v)) if start >= word_end(v) else abs(word_start(v) - end)
                           for v in verbs)
            candidates.append((distance, start, end, expr))
    if not candidates:
        return None
    _, start, end, expr = min(candidates, key=lambda c: c[:2])
    resolved = _resolve(expr, published_day)
    span = resolved["range"]
    return StatementDate(text=doc.text[start:end], start=start, end=end, value=resolved["value"],
                         range=DateRange(span["start"], span["end"]) if span else None)


def _before_postposed_cue(text: str, begin: int, start: int, end: int, verbs: list) -> bool:
    """A date inside the reported content ahead of a postposed attribution: in "..., after a
    breakdown earlier this week, the sources said" the date belongs to the content. A fronted
    modifier opening the sentence ("On Thursday, the minister said") is the statement's, and so
    is a date after a reporting verb the cue hangs on ("said Wednesday ..., warning ...")."""
    for verb in verbs:
        if end > word_start(verb) or "," not in text[end:word_start(verb)]:
            return False
    return bool(text[begin:start].strip(" \t\n\"“‘'"))


def _adjacent(text: str, start: int, end: int, verbs: list) -> bool:
    """The expression stands right after a verb ("confirmed Thursday") or right before it
    ("on Thursday said"), separated by white space only."""
    for verb in verbs:
        if word_end(verb) <= start and not text[word_end(verb):start].strip():
            return True
        if end <= word_start(verb) and not text[end:word_start(verb)].strip():
            return True
    return False
