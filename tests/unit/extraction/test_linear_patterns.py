"""Every regular expression that runs on untrusted text is linear in its length.

A pattern with two quantifiers competing for the same run of characters ("\\s*" followed by an
optional part and "\\s*" again) backtracks quadratically: "ISLAMABAD" followed by 20,000 spaces
held a worker for two minutes in the dateline pattern. This audit runs every module-level pattern
of the package (and the compiled date patterns) over adversarial texts and bounds the time.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import quotes
from quotes.extraction import article_meta, dates

LENGTH = 4000
BOUND_S = 0.25  # linear patterns take milliseconds here; the quadratic ones took 10 s and more

PREFIXES = ("", "ISLAMABAD", "KABUL, Afghanistan", "KABUL (Reuters", "Oct 28, 2025", "28 October 2025",
            "Oct 28, 2025 10:39", "10:39 AM", "GMT", "By A", "By Web Desk", "More from A", "© 2025 A",
            "Published", "Updated on", "the 5", "on Monday", "earlier", "formerly", "2025-10-28", "A")
FILLERS = (" ", "\t", "A", "a", "1", "A ", "a ", "1 ", ", ", "- ", " -", ". ", ":", "\n", "ISLAMABAD ",
           "on ", "of ", "Oct ", "10:39 ", "GMT ", "(", "By ", "x" * 150 + " ")


def _package_patterns():
    found = {}
    for info in pkgutil.walk_packages(quotes.__path__, "quotes."):
        if info.name.endswith("__main__") or info.name.startswith(("quotes.web", "quotes.cli", "quotes.testing", "quotes.jobs")):
            continue  # front ends: their patterns run on headers and paths, tested with them
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    for i, pattern in enumerate(article_meta._date_line_patterns()):
        found[f"article_meta._date_line_patterns[{i}]"] = pattern
    for kind, pattern in dates._patterns():
        found[f"dates._patterns[{kind}]"] = pattern
    return found


PATTERNS = _package_patterns()


def _texts():
    for prefix in PREFIXES:
        for filler in FILLERS:
            body = filler * ((LENGTH - len(prefix)) // len(filler))
            yield prefix + body + "x"


def test_the_audit_sees_the_patterns_that_read_articles():
    assert "quotes.extraction.article_meta.DATELINE" in PATTERNS
    assert "quotes.extraction.article_meta.BYLINE" in PATTERNS
    assert "quotes.extraction.channels.FORMERLY" in PATTERNS
    assert len([n for n in PATTERNS if n.startswith("dates._patterns")]) >= 5


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_text(name):
    pattern = PATTERNS[name]
    slow = []
    for text in _texts():
        started = time.perf_counter()
        pattern.match(text)
        for _ in pattern.finditer(text):
            pass
        seconds = time.perf_counter() - started
        if seconds > BOUND_S:
            slow.append((text[:24], round(seconds, 2)))
            break  # one slow input proves it; the rest would only add minutes
    assert not slow, f"{name} is super-linear on {slow}"


@pytest.mark.timeout(60)
def test_dateline_followed_by_a_long_run_of_spaces_is_fast():
    # The reported request: {"text": "ISLAMABAD" + 20,000 spaces + "x"} held a worker 120 s.
    started = time.perf_counter()
    article = article_meta.build_article("ISLAMABAD" + " " * 20_000 + "x")
    assert time.perf_counter() - started < 1.0
    assert article.dateline is None


@pytest.mark.timeout(60)
def test_date_line_followed_by_a_long_run_of_spaces_is_fast():
    started = time.perf_counter()
    article_meta.build_article("Oct 28, 2025" + " " * 20_000 + "x")
    article_meta.build_article("Oct 28, 2025 10:39" + " " * 20_000 + "x")
    assert time.perf_counter() - started < 1.0


def test_rewritten_patterns_still_read_datelines_dates_and_bylines():
    text = ("Talks resume\nBy Web Desk - Oct 28, 2025 10:39 AM GMT+03:00\n"
            "KABUL (Reuters) - Afghan officials said on Sunday that the talks would resume soon.")
    article = article_meta.build_article(text)
    assert article.dateline == "KABUL"
    assert article.outlet == "Reuters"
    assert article.byline == "Web Desk"
    assert article.published == "2025-10-28T10:39:00+03:00"
    assert article_meta._line_date("Oct 28, 2025   10:39") is not None
    assert article_meta._line_date("Oct 28, 2025 10:39 AM")[0].hour == 10
    assert article_meta._line_date("Oct 28, 2025 10:39 PM")[0].hour == 22
    assert article_meta.BYLINE.match("By Web Desk - Staff") .group("name") == "Web Desk"
    assert article_meta.BYLINE.match("By Jean-Luc Picard").group("name") == "Jean-Luc Picard"
