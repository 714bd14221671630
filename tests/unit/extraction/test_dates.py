"""Statement dates: expression reading and resolution (pure), ties to the cue (CoNLL-U fixtures),
and the seed articles through the real model kit."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from fixtures import load
from quotes.extraction.dates import (find_date_expressions, parse_published, resolve_date_expression, statement_date,
                          word_end, word_start)
from quotes.records import Cue, DateRange, Mention, Quote, StatementDate


# --------------------------------------------------------------------------- helpers (shared by test_channels)

def quote_at(doc, sentence: int, cue: str, content: str, speaker: str | None = None, type: str = "indirect") -> Quote:
    """A Quote record built by hand: the cue word and content located by text in ``sentence``."""
    s = doc.sentences[sentence]
    begin, end = s.tokens[0].start_char, s.tokens[-1].end_char
    at = doc.text.index(cue, begin, end)
    word = next(w for w in s.words if word_start(w) <= at < word_end(w))
    c = doc.text.index(content)  # the content may lie in another sentence ("...," he said.)
    mention = None
    if speaker is not None:
        m = doc.text.index(speaker, begin, end)
        inside = [w for w in s.words if m <= word_start(w) < m + len(speaker)]
        ids = {w.id for w in inside}
        head = next(w for w in inside if w.head not in ids)
        mention = Mention(speaker, m, m + len(speaker), sentence, head.id, "name")
    return Quote(pieces=[(c, c + len(content))], type=type,
                 cue=Cue(cue, word.lemma, at, at + len(cue), sentence, word.id),
                 mention=mention, sentence=sentence)


def locate(doc, context: str, cue: str, content: str, speaker: str | None = None) -> Quote:
    """``quote_at`` for the sentence of ``doc`` holding ``context`` (the cue occurrence inside it)."""
    at = doc.text.index(context)
    for index, s in enumerate(doc.sentences):
        if s.tokens[0].start_char <= at < s.tokens[-1].end_char:
            q = quote_at(doc, index, cue, content, speaker)
            cue_at = at + context.index(cue)
            if q.cue.start != cue_at:  # the cue word occurs earlier in the sentence: take the one in context
                word = next(w for w in s.words if word_start(w) <= cue_at < word_end(w))
                q.cue = Cue(cue, word.lemma, cue_at, cue_at + len(cue), index, word.id)
            return q
    raise AssertionError(f"{context!r} not found")


# --------------------------------------------------------------------------- resolution (pure)

THU = date(2025, 10, 30)  # a Thursday


def value(text, published):
    return resolve_date_expression(text, published)["value"]


def span(text, published):
    found = resolve_date_expression(text, published)
    assert found["value"] is None
    return found["range"]["start"], found["range"]["end"]


@pytest.mark.parametrize("text, expected", [
    ("on Thursday", "2025-10-30"),   # the day of publication itself
    ("Thursday", "2025-10-30"),
    ("Wednesday", "2025-10-29"),
    ("on Monday", "2025-10-27"),
    ("Friday", "2025-10-24"),        # never after publication
    ("last Thursday", "2025-10-23"),
    ("on Tuesday night", "2025-10-28"),
    ("late on Wednesday", "2025-10-29"),
    ("Wed.", "2025-10-29"),
    ("yesterday", "2025-10-29"),
    ("today", "2025-10-30"),
    ("last night", "2025-10-29"),
    ("this morning", "2025-10-30"),
    ("on Oct. 12", "2025-10-12"),
    ("October 12", "2025-10-12"),
    ("12 October", "2025-10-12"),
    ("on Oct 30", "2025-10-30"),
    ("Oct. 31", "2024-10-31"),       # a day after publication is last year's
    ("Sept. 3, 2024", "2024-09-03"),
    ("two days ago", "2025-10-28"),
    ("3 days ago", "2025-10-27"),
])
def test_day_expressions_resolve_against_publication(text, expected):
    assert value(text, THU) == expected


def test_weekday_published_on_sunday_goes_back_to_the_previous_week():
    sunday = date(2025, 11, 2)
    assert value("Monday", sunday) == "2025-10-27"
    assert value("Sunday", sunday) == "2025-11-02"
    assert value("Saturday", sunday) == "2025-11-01"


def test_year_boundaries():
    jan2 = date(2026, 1, 2)  # a Friday
    assert value("on Dec. 31", jan2) == "2025-12-31"
    assert value("Jan. 1", jan2) == "2026-01-01"
    assert value("yesterday", date(2026, 1, 1)) == "2025-12-31"
    assert value("Wednesday", jan2) == "2025-12-31"
    assert span("last month", jan2) == ("2025-12-01", "2025-12-31")
    assert span("last year", jan2) == ("2025-01-01", "2025-12-31")
    assert span("in December", jan2) == ("2025-12-01", "2025-12-31")
    assert span("last week", jan2) == ("2025-12-22", "2025-12-28")


def test_month_boundaries():
    nov1 = date(2025, 11, 1)  # a Saturday
    assert value("yesterday", nov1) == "2025-10-31"
    assert value("Friday", nov1) == "2025-10-31"
    assert value("on Oct. 30", nov1) == "2025-10-30"
    assert span("earlier this month", date(2025, 11, 3)) == ("2025-11-01", "2025-11-02")
    assert span("last month", date(2025, 3, 1)) == ("2025-02-01", "2025-02-28")
    assert value("Feb. 29", date(2025, 3, 1)) is None  # no such day in 2025


def test_periods_are_ranges_not_made_up_days():
    assert span("earlier this week", THU) == ("2025-10-27", "2025-10-29")
    assert span("this week", THU) == ("2025-10-27", "2025-10-30")
    assert span("last week", THU) == ("2025-10-20", "2025-10-26")
    assert span("earlier this month", THU) == ("2025-10-01", "2025-10-29")
    assert span("last month", THU) == ("2025-09-01", "2025-09-30")
    assert span("in October", THU) == ("2025-10-01", "2025-10-30")  # not past publication
    assert span("over the weekend", THU) == ("2025-10-25", "2025-10-26")
    assert span("earlier this year", THU) == ("2025-01-01", "2025-10-29")
    assert span("two weeks ago", THU) == ("2025-10-13", "2025-10-19")
    # "earlier this week" published on the Monday: the week has only that day
    assert span("earlier this week", date(2025, 10, 27)) == ("2025-10-27", "2025-10-27")


def test_datetime_publication_uses_its_local_date():
    published = datetime(2025, 10, 30, 0, 30, tzinfo=timezone(timedelta(hours=3)))
    assert value("Thursday", published) == "2025-10-30"
    assert value("Thursday", "2025-10-30T00:30:00+03:00") == "2025-10-30"


def test_unknown_publication_leaves_relative_expressions_unresolved():
    assert resolve_date_expression("on Thursday", None) == {"value": None, "range": None}
    assert resolve_date_expression("last month", None) == {"value": None, "range": None}
    assert value("Oct. 12, 2025", None) == "2025-10-12"  # a full date needs no publication date


def test_text_without_a_date_expression():
    assert resolve_date_expression("the talks", THU) == {"value": None, "range": None}


def test_find_date_expressions_spans_and_non_dates():
    text = "They met on Oct. 9, which May say little; the sun rose. Tuesday's session was on Monday."
    found = [(e["text"], text[e["start"]:e["end"]]) for e in find_date_expressions(text)]
    assert found == [("on Oct. 9", "on Oct. 9"), ("on Monday", "on Monday")]  # no "May", "sun", "Tuesday's"


def test_parse_published():
    assert parse_published("2025-10-28") == date(2025, 10, 28)
    assert parse_published("2025-10-30T10:39:00+03:00") == datetime(2025, 10, 30, 10, 39,
                                                                     tzinfo=timezone(timedelta(hours=3)))
    assert parse_published("2025-10-30T07:39Z").tzinfo == timezone.utc
    for bad in ("2025-13-01", "30/10/2025", "yesterday", "", "2025-10-30T25:00"):
        with pytest.raises(ValueError, match="published"):
            parse_published(bad)


# --------------------------------------------------------------------------- ties to the cue (fixtures)

@pytest.fixture(scope="module")
def doc():
    return load("dates_expressions")


def test_on_weekday_modifying_the_cue(doc):
    q = quote_at(doc, 0, "said", "the talks would continue")
    found = statement_date(doc, q, "2025-10-30")
    assert found == StatementDate(text="on Thursday", start=found.start, end=found.start + 11,
                                  value="2025-10-30", range=None)
    assert doc.text[found.start:found.end] == "on Thursday"


# sentence, cue, content (the quote's piece), publication -> expected (text, value) or None
FIXTURE_CASES = [
    (1, "said", "the border would reopen", "2025-10-30", ("Wednesday", "2025-10-29")),  # parsed as iobj
    (2, "confirmed", "the deal was signed", "2025-11-01", ("yesterday", "2025-10-31")),
    (8, "said", "they attacked the base on Monday", "2025-10-30", None),  # the date is in the content
    (9, "told", "the plan was dead", "2025-10-30", ("on Friday", "2025-10-24")),  # after the addressee
    # a date ahead of a postposed attribution belongs to the content (left outside the piece on purpose)
    (10, "said", "Prices rose sharply", "2025-10-30", None),
    (11, "said", "the vote would go ahead", "2025-10-30", ("On Sunday", "2025-10-26")),  # fronted
    (12, "said", "profits fell", "2025-10-30", ("on Monday", "2025-10-27")),  # "in a statement on Monday"
]


@pytest.mark.parametrize("sentence, cue, content, published, expected", FIXTURE_CASES)
def test_fixture_statement_dates(doc, sentence, cue, content, published, expected):
    found = statement_date(doc, quote_at(doc, sentence, cue, content), published)
    assert (found and (found.text, found.value)) == expected
    if found:
        assert doc.text[found.start:found.end] == found.text


def test_month_day_across_the_year(doc):
    q = quote_at(doc, 3, "said", "23 soldiers had been killed")
    assert statement_date(doc, q, "2025-10-30").value == "2025-10-12"
    assert statement_date(doc, q, "2026-01-02").value == "2025-10-12"
    assert statement_date(doc, q, "2025-10-01").value == "2024-10-12"


def test_date_of_another_verb_is_not_the_statement_date(doc):
    q = quote_at(doc, 4, "reported", "The negotiations resumed in Geneva on Tuesday, marking a last effort to save the deal")
    assert statement_date(doc, q, "2025-10-30") is None
    # even when the content span is left out, "on Tuesday" hangs on "resumed", not on the cue
    q.pieces = [(q.cue.start, q.cue.start)]
    assert statement_date(doc, q, "2025-10-30") is None


def test_date_inside_the_reported_clause(doc):
    q = quote_at(doc, 5, "said", "the talks had stalled")  # "on Monday" left outside the piece on purpose
    assert statement_date(doc, q, "2025-10-30") is None


def test_earlier_this_week_is_a_range(doc):
    q = quote_at(doc, 6, "said", "it would respond")
    found = statement_date(doc, q, "2025-10-30")
    assert found.text == "earlier this week"
    assert found.value is None
    assert found.range == DateRange(start="2025-10-27", end="2025-10-29")


def test_last_month_across_the_year(doc):
    q = quote_at(doc, 7, "announced", "taxes would rise")
    assert statement_date(doc, q, "2026-01-05").range == DateRange(start="2025-12-01", end="2025-12-31")


def test_possessive_weekday_is_not_a_date_of_saying(doc):
    q = quote_at(doc, 13, "said", "Tuesday's meeting had been cancelled")
    q.pieces = [(q.cue.end, q.cue.end)]
    assert statement_date(doc, q, "2025-10-30") is None


def test_unknown_publication_keeps_the_expression(doc):
    q = quote_at(doc, 0, "said", "the talks would continue")
    found = statement_date(doc, q, None)
    assert (found.text, found.value, found.range) == ("on Thursday", None, None)


def test_no_cue_no_date(doc):
    q = quote_at(doc, 0, "said", "the talks would continue")
    q.cue = None
    assert statement_date(doc, q, "2025-10-30") is None
