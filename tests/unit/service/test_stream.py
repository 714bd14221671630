"""extract_stream: the one entry point for many articles, in order, each rejected on its own."""
from quotes.records.problems import Problem
from quotes.service import extract_stream


class CountingExtractor:
    """A real extractor's contract (extract_many over (text, request) pairs), recording the batches."""

    def __init__(self, fail_on: str | None = None):
        self.batches = []
        self.fail_on = fail_on

    def extract_many(self, articles):
        self.batches.append([text for text, _ in articles])
        if any(text == self.fail_on for text, _ in articles):
            raise RuntimeError("boom")
        return [{"text": text, "meta": {}, "request": request} for text, request in articles]


def test_outcomes_come_in_input_order_with_rejections_in_place():
    articles = [{"text": "one"}, {"text": "  "}, Problem(400, "malformed_json", "bad"), {"text": "two"},
                {"text": "three", "outlet": "Dawn"}]
    engine = CountingExtractor()
    outcomes = list(extract_stream(engine, articles, max_text_chars=100, request_id="r", batch_size=2))
    assert [o.index for o in outcomes] == [0, 1, 2, 3, 4]
    assert [o.status for o in outcomes] == [200, 422, 400, 200, 200]
    assert outcomes[1].problem.code == "empty_text" and outcomes[2].problem.code == "malformed_json"
    assert outcomes[4].result["request"]["outlet"] == "Dawn" and outcomes[4].result["meta"]["request_id"] == "r"
    assert engine.batches == [["one", "two"], ["three"]]  # batched, two at a time


def test_a_failing_article_costs_only_itself():
    engine = CountingExtractor(fail_on="bad")
    outcomes = list(extract_stream(engine, [{"text": "a"}, {"text": "bad"}, {"text": "c"}],
                                   max_text_chars=100, batch_size=8))
    assert [o.status for o in outcomes] == [200, 500, 200]
    assert outcomes[1].problem.code == "internal_error"
