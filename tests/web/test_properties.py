"""Property tests: schemathesis over /openapi.json on the real app (no 5xx for anything the schema
allows or nearly allows), and hypothesis over the extraction (every returned span indexes the text
as sent). Bounded so the whole suite stays far under its CI budget (about a minute here)."""
from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.timeout(600)
BOUNDED = settings(max_examples=12, deadline=None, derandomize=True,
                   suppress_health_check=list(HealthCheck), database=None)


@pytest.fixture(scope="module")
def api_schema(make_app):
    app = make_app(MAX_TEXT_CHARS=2000, MAX_BATCH_ARTICLES=3)  # keeps generated work small
    return schemathesis.openapi.from_wsgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@BOUNDED
def test_no_input_the_schema_describes_makes_a_server_error(case):
    response = case.call()
    assert response.status_code < 500 or response.status_code == 503, response.text[:300]
    if response.status_code >= 400:
        headers = {k.lower(): (v[0] if isinstance(v, list) else v) for k, v in response.headers.items()}
        assert headers["content-type"].startswith("application/problem+json"), response.text[:200]
        body = json.loads(response.text)
        assert body["status"] == response.status_code and body["request_id"]


# ---------------------------------------------------------------- hypothesis on the extraction

NAMES = st.sampled_from(["Khawaja Asif", "the minister", "officials", "a senior source", "Ms Rivera", "he",
                         "the ministry", "Reuters"])
VERBS = st.sampled_from(["said", "told reporters", "warned", "added", "claimed", "stated"])
CLAUSES = st.sampled_from(["the talks would resume", "prices will fall next month", "it was a mistake",
                           "We want peace", "nobody would be spared", "the border is closed"])
NOISE = st.sampled_from(["", "\r\n", "\t", "\x00", " 😀 ", "\u00a0", "«", "“", "'", "...", "\n\n"])


@st.composite
def sentences(draw):
    who, verb, what = draw(NAMES), draw(VERBS), draw(CLAUSES)
    form = draw(st.integers(0, 4))
    if form == 0:
        text = f'"{what}," {who} {verb}.'
    elif form == 1:
        text = f"{who[:1].upper()}{who[1:]} {verb} that {what}."
    elif form == 2:
        text = f"“{what},” {verb} {who}. “{draw(CLAUSES)}.”"
    elif form == 3:
        text = f"According to {who}, {what}."
    else:
        text = f"{who[:1].upper()}{who[1:]} {verb}: \"{what}\"."
    return draw(NOISE) + text + draw(NOISE)


articles = st.lists(sentences(), min_size=1, max_size=5).map(" ".join)


@pytest.fixture(scope="module")
def extractor(annotator):
    from quotes.extraction import Extractor

    return Extractor(annotator)


@given(text=articles, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
@BOUNDED
def test_every_returned_span_indexes_the_text_as_sent(extractor, text, published):
    result = extractor.extract(text, published=published)
    speakers = {s["id"]: s for s in result["speakers"]}
    for quote in result["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert text[quote["start"]:quote["end"]] == quote["text"]
        previous_end = quote["start"]
        for start, end in quote["pieces"]:
            assert previous_end <= start < end <= quote["end"]  # pieces in order, inside the quote
            previous_end = end
        for span in (quote["cue"], quote["speaker"]["mention"], quote["channel"], quote["statement_date"]):
            if span is not None and span.get("start") is not None:
                assert text[span["start"]:span["end"]] == span["text"]
        if quote["speaker"]["id"] is not None:
            assert quote["speaker"]["id"] in speakers  # the speaker exists
            assert quote["id"] in speakers[quote["speaker"]["id"]]["quote_ids"]
    for speaker in result["speakers"]:
        for mention in speaker["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
        assert set(speaker["quote_ids"]) <= {q["id"] for q in result["quotes"]}
