"""Article outlet, publication date and title: given with the request, else detected in the text.

:func:`build_article` passes given values through unchanged and marks them ``given``. What is
not given is detected only where the text states it, and marked ``detected``; what the text
does not state stays None (never a guess):

* ``published`` — the first line near the top (first half of the text) that is a date on its
  own, or a byline line with a date: "- Oct 28, 2025", "October 30, 2025 10:39 AM GMT+03:00",
  "Published: 28 October 2025", "By Web Desk | Oct 28, 2025". A line labelled "Updated" counts
  only when no other date line exists. Dates inside sentences and photo captions ("..., in Doha,
  Qatar, Oct 19, 2025. (AFP Photo)") are not publication dates: they do not stand on their own
  line. A time of day makes the value a date-time; a stated UTC offset is kept
  ("2025-10-30T10:39:00+03:00"), a named zone other than GMT/UTC is not guessed at.
* ``outlet`` — a footer line naming it ("More From Türkiye Today", "© 2025 Dawn"), an agency
  in a place dateline ("ISTANBUL (Reuters) -"), else the host of ``url`` without "www."
  ("https://www.aa.com.tr/en/..." -> "aa.com.tr").
* ``title`` — the first line that looks like a headline: at least four words, not a sentence
  ending in a full stop, not a date or byline line, not navigation debris ("Close",
  "Newsletters", a row of social-network names), within the first lines of the text.
* ``dateline`` — the place of a place dateline opening a paragraph ("ISTANBUL:" -> "ISTANBUL"),
  as written; ``byline`` — the name after "By" on a byline line ("- By Web Desk -" -> "Web Desk").
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import urlsplit

from .. import lexicons
from ..records import Article, Provenance
from .dates import names_pattern, parse_published

__all__ = ["build_article", "parse_published", "detect_published", "detect_outlet", "detect_title",
           "detect_dateline", "detect_byline"]

DECORATION = " \t-–—|•·*:/"
# Paragraph labels written in capitals that are not places ("BREAKING: ...").
NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "WATCH", "READ", "ALSO READ", "EXCLUSIVE", "LIVE",
                        "VIDEO", "PHOTO", "PHOTOS", "NOTE", "EDITOR'S NOTE", "OPINION", "ANALYSIS", "FILE",
                        "ADVERTISEMENT", "RELATED", "SOURCE", "SOURCES", "COMMENT", "COMMENTS", "FACT CHECK"})
TITLE_SEARCH_LINES = 12


def build_article(text: str, *, id=None, outlet=None, published=None, url=None, title=None) -> Article:
    """The article's metadata: each of outlet, published and title as given, else detected in the
    text (``provenance`` says which); dateline and byline as found."""
    lines = _lines(text or "")
    provenance = Provenance()
    if outlet:
        provenance.outlet = "given"
    else:
        outlet = detect_outlet(text or "", url, lines)
        provenance.outlet = "detected" if outlet else None
    if published:
        published = published.isoformat() if isinstance(published, (date, datetime)) else published
        provenance.published = "given"
    else:
        found = detect_published(text or "", lines)
        published = found.isoformat() if found else None
        provenance.published = "detected" if published else None
    if title:
        provenance.title = "given"
    else:
        title = detect_title(text or "", lines)
        provenance.title = "detected" if title else None
    return Article(id=id, outlet=outlet or None, published=published, url=url, title=title or None,
                   dateline=detect_dateline(text or "", lines), byline=detect_byline(text or "", lines),
                   provenance=provenance)


# --------------------------------------------------------------------------- lines

def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each line of ``text`` (any of \\n, \\r\\n, \\r ends a line)."""
    out, offset = [], 0
    for raw in re.split(r"(\r\n|\r|\n)", text):
        if raw in ("\r\n", "\r", "\n"):
            offset += len(raw)
            continue
        out.append((offset, raw))
        offset += len(raw)
    return out


def _top(text: str, lines):
    """The lines in the first half of the text (where a page puts its date and byline)."""
    half = max(len(text) // 2, 1)
    return [(offset, line) for offset, line in lines if offset < half]


# --------------------------------------------------------------------------- dates

@lru_cache(maxsize=None)
def _date_line_patterns() -> tuple[re.Pattern, ...]:
    """Full dates (with year), each with an optional time and UTC offset after it."""
    weekdays, months = lexicons.calendar_names()
    wd, mon = names_pattern(weekdays), f"(?P<mon>{names_pattern(months)})"
    day, year = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?", r"(?P<year>(?:19|20)\d\d)"
    # Linear on untrusted text: each optional part owns its leading white space, taken
    # possessively (``\s*+``), so no two quantifiers compete for the same run of spaces
    # ("Oct 28, 2025" followed by 20,000 spaces used to take quadratic time).
    time = (r"(?:\s*+(?:,|\||at|-|–|—|T)?\s*+(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
            r"(?:\s*+(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?)?")
    zone = (r"(?:\s*+\(?(?:(?:GMT|UTC)\s*+(?P<sign>[+-])\s*+(?P<tzh>\d{1,2})(?::?(?P<tzm>\d\d))?"
            r"|(?P<off>[+-])(?P<offh>\d\d):?(?P<offm>\d\d)|(?P<utc>GMT|UTC|Z))\)?)?")
    dates = (rf"(?:{wd},?\s+)?{mon}\s+{day},?\s+{year}",
             rf"(?:{wd},?\s+)?{day}\s+{mon},?\s+{year}",
             r"(?P<iso>\d{4}-\d\d-\d\d)")
    return tuple(re.compile(rf"(?<!\w)(?P<date>{d}){time}{zone}(?!\w)") for d in dates)


LABEL = re.compile(r"^(?P<label>(?:last\s+)?(?:published|posted|updated|modified|date|first\s+published)"
                   r"(?:\s++(?:on|at))?)\s*+:?\s*+", re.IGNORECASE)
BYLINE = re.compile(r"^By\s++(?P<name>[A-Z][^|\n]{0,60}?)\s*+(?:$|[|•·—–]|(?<=\s)-(?:\s|$))")


def _parse_date_match(match: re.Match) -> date | datetime | None:
    f = dict.fromkeys(("iso", "hour", "ampm", "utc", "sign", "off"))
    f.update({k: v for k, v in match.groupdict().items() if v is not None})
    if f["off"]:
        f.update(sign=f["off"], tzh=f["offh"], tzm=f["offm"])
    try:
        if f["iso"]:
            day = date.fromisoformat(f["iso"])
        else:
            months = lexicons.calendar_names()[1]
            day = date(int(f["year"]), months[f["mon"].rstrip(".").lower()], int(f["day"]))
    except ValueError:
        return None
    if f["hour"] is None:
        return day
    hour = int(f["hour"])
    if f["ampm"]:
        if hour > 12 or hour == 0:
            return day
        hour = hour % 12 + (12 if f["ampm"][0].lower() == "p" else 0)
    tz = None
    if f["utc"]:
        tz = timezone.utc
    elif f["sign"]:
        minutes = int(f["tzh"]) * 60 + int(f.get("tzm") or 0)
        if minutes > 14 * 60:
            return day
        tz = timezone(timedelta(minutes=minutes if f["sign"] == "+" else -minutes))
    return datetime(day.year, day.month, day.day, hour, int(f["minute"]), int(f.get("second") or 0), tzinfo=tz)


def _line_date(line: str) -> tuple[date | datetime, bool] | None:
    """(date, updated?) when ``line`` is a date line: a date standing alone (labels and
    decoration aside) or a byline line carrying one."""
    core = line.strip(DECORATION + " ")
    label = LABEL.match(core)
    updated = bool(label and re.search(r"updated|modified", label.group("label"), re.IGNORECASE))
    if label:
        core = core[label.end():].strip(DECORATION)
    matches = [m for p in _date_line_patterns() if (m := p.search(core))]
    match = min(matches, key=lambda m: m.start()) if matches else None
    if match is None:
        return None
    value = _parse_date_match(match)
    if value is None:
        return None
    rest = (core[:match.start()] + core[match.end():]).strip(DECORATION + " ,")
    if not rest or BYLINE.match(core):
        return value, updated
    return None


def detect_published(text: str, lines=None) -> date | datetime | None:
    """The publication date stated by the text (see the module docstring), or None."""
    dated = [d for _, line in _top(text, lines if lines is not None else _lines(text))
             if (d := _line_date(line)) is not None]
    for value, updated in dated:
        if not updated:
            return value
    return dated[0][0] if dated else None


# --------------------------------------------------------------------------- outlet

FOOTER = re.compile(r"^(?:More|Latest|More\s+stories|More\s+news|Read\s+more|Also)\s+(?:from|on)\s+"
                    r"(?P<outlet>[A-Z][\w’'&.\- ]{1,48}?)\s*$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                       r"(?P<outlet>[A-Z][\w’'&.\- ]{1,48}?)\s*(?:[.,|]|All rights reserved|$)", re.IGNORECASE)


def detect_outlet(text: str, url: str | None = None, lines=None) -> str | None:
    """The outlet named by a footer ("More From Türkiye Today"), a copyright line, or the agency
    of a place dateline; else the host of ``url`` without "www."; else None."""
    lines = lines if lines is not None else _lines(text)
    for _, line in reversed(lines):
        stripped = line.strip()
        for pattern in (FOOTER, COPYRIGHT):
            match = pattern.match(stripped)
            name = match.group("outlet").strip(" .") if match else ""
            if name[:1].isupper() and name.lower() not in lexicons.demonyms():  # "More from Pakistan" is a section
                return name
    dateline = _dateline_match(text, lines)
    if dateline is not None and dateline.group("agency"):
        return dateline.group("agency").strip()
    return url_host(url)


def url_host(url: str | None) -> str | None:
    """The host of ``url`` in lower case without a leading "www." (None when there is none)."""
    if not url or not isinstance(url, str):
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


# --------------------------------------------------------------------------- dateline, byline

# "ISTANBUL (Reuters) -" / "KABUL, Afghanistan:". Linear on untrusted text: the place and region
# are bounded and every run of white space after them is taken possessively (``\s*+``) by one
# quantifier ("ISLAMABAD" followed by 20,000 spaces held a worker for minutes).
DATELINE = re.compile(
    r"^\s*+(?P<place>[A-Z][A-Z’'.\- ]{2,40}?)(?:,\s*+(?P<region>[A-Z][A-Za-z.\- ]{1,30}?))?"
    r"\s*+(?:\((?P<agency>[A-Z][^()\n]{1,40})\)\s*+)?(?::|[-–—]\s)\s*+(?=\S)")


def _dateline_match(text: str, lines):
    for _, line in _top(text, lines):
        match = DATELINE.match(line)
        if match is None:
            continue
        place = match.group("place").strip()
        letters = re.sub(r"[^A-Za-z]", "", place)
        if len(letters) >= 3 and place.upper() not in NOT_PLACES and len(line) > match.end() + 20:
            return match
    return None


def detect_dateline(text: str, lines=None) -> str | None:
    """The place of a place dateline opening a paragraph ("ISTANBUL: ..." -> "ISTANBUL")."""
    match = _dateline_match(text, lines if lines is not None else _lines(text))
    return match.group("place").strip() if match else None


def detect_byline(text: str, lines=None) -> str | None:
    """The name on a byline line near the top ("- By Web Desk -" -> "Web Desk")."""
    for _, line in _top(text, lines if lines is not None else _lines(text)):
        match = BYLINE.match(line.strip(DECORATION))
        if match:
            name = match.group("name").strip(DECORATION + " ,")
            return name or None
    return None


# --------------------------------------------------------------------------- title

def detect_title(text: str, lines=None) -> str | None:
    """The first headline-like line near the top, or None."""
    candidates = [line.strip() for _, line in (lines if lines is not None else _lines(text)) if line.strip()]
    for line in candidates[:TITLE_SEARCH_LINES]:
        words = line.split()
        if not 4 <= len(words) <= 30 or len(line) > 250:
            continue
        if line.endswith(".") and not line.endswith("..."):
            continue
        if not line[:1].isupper() and not line[:1].isdigit() and line[:1] not in "\"“‘'":
            continue
        if _line_date(line) is not None or BYLINE.match(line.strip(DECORATION)):
            continue
        return line
    return None
