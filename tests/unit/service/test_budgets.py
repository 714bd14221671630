"""The work budgets of one text: quotation marks and tokens are counted before any work."""
from __future__ import annotations

import pytest

from quotes.records.problems import Problem
from quotes.service.articles import article_arguments, count_quote_marks
from quotes.service.config import DEFAULT_MAX_QUOTE_MARKS, app_config


def test_the_marks_budget_is_a_backstop_far_above_articles():
    # the rules are n log n in the marks (benchmarks/bench_detection.py): the budget is 10,000
    assert DEFAULT_MAX_QUOTE_MARKS == 10_000
    assert app_config({})["MAX_QUOTE_MARKS"] == 10_000


def test_a_text_over_the_marks_budget_is_refused_before_any_work():
    text = '"Yes," he said. ' * 30  # 60 marks
    assert count_quote_marks(text) == 60
    returned, _ = article_arguments({"text": text}, 100_000, max_marks=60)
    assert returned == text
    with pytest.raises(Problem) as refused:
        article_arguments({"text": text}, 100_000, max_marks=59)
    assert (refused.value.status, refused.value.code) == (413, "text_too_complex")
    assert "60 quotation marks" in refused.value.detail


def test_apostrophes_are_not_counted_as_marks():
    assert count_quote_marks("Pakistan’s neighbours’ border, the minister's view") == 0
    assert count_quote_marks("“A,” she said. ‘B’ « C » „D“") == 7  # (the closing ’ is not counted)
