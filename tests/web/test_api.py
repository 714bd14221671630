"""The HTTP API through the Flask test client, with the real model kit (loaded once per session)."""
from __future__ import annotations

import json

import pytest

PROBLEM = "application/problem+json"
ARTICLE = ('The minister spoke on Monday.\n"We want peace," Khawaja Asif told reporters in Islamabad.\n'
           "He said that the talks would resume.")


def assert_problem(response, status: int, code: str) -> dict:
    """The response is our problem+json envelope with ``status`` and ``code``; return its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = json.loads(response.get_data(as_text=True))
    assert set(body) >= {"type", "title", "status", "detail", "code", "details", "request_id"}
    assert body["status"] == status and body["code"] == code
    assert body["type"] == f"urn:quotes:problem:{code}"
    assert body["detail"] and body["title"]
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


def assert_offsets_index(text: str, body: dict) -> None:
    """Every span of the result indexes ``text`` (the text as submitted) exactly."""
    for quote in body["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        for start, end in quote["pieces"]:
            assert quote["start"] <= start < end <= quote["end"]
        for span in (quote["cue"], quote["speaker"]["mention"]):
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]
    for speaker in body["speakers"]:
        for mention in speaker["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


# ---------------------------------------------------------------- success

def test_extract_json_returns_the_engine_result(client):
    response = client.post("/v1/extract", json={
        "text": ARTICLE, "id": "a-1", "outlet": "Dawn", "url": "https://example.com/a", "title": "Talks",
        "published": "2025-10-25T09:30:00+05:00"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"article", "quotes", "speakers", "meta"}
    article = body["article"]
    assert (article["id"], article["outlet"], article["url"], article["title"]) == (
        "a-1", "Dawn", "https://example.com/a", "Talks")
    assert article["published"].startswith("2025-10-25")
    assert body["meta"]["request_id"] == response.headers["X-Request-ID"]
    assert body["meta"]["service_version"] and body["meta"]["model_package"]
    assert body["quotes"], "the article has a direct and an indirect quote"
    assert_offsets_index(ARTICLE, body)


def test_published_date_only_is_accepted(client):
    response = client.post("/v1/extract", json={"text": ARTICLE, "published": "2025-10-25"})
    assert response.status_code == 200
    assert response.get_json()["article"]["published"].startswith("2025-10-25")


@pytest.mark.parametrize("published", ["20251025", "2025-W43-1", "2025-298", "2025-10-25T14", "2025-02-30"])
def test_published_forms_the_date_rules_cannot_use_are_refused(client, published):
    # One validator: the schema accepts only what statement-date resolution understands.
    response = client.post("/v1/extract", json={"text": ARTICLE, "published": published})
    assert response.status_code == 422
    body = response.get_json()
    assert body["code"] == "validation_error" and "published" in body["details"]


def test_published_timezone_reaches_the_engine_unchanged(app, client, monkeypatch):
    seen = {}
    extractor = app.extensions["quotes.model"].extractor
    real = extractor.extract

    def spy(text, **kwargs):
        seen.update(kwargs)
        return real(text, **kwargs)

    monkeypatch.setattr(extractor, "extract", spy)
    response = client.post("/v1/extract", json={"text": ARTICLE, "published": "2025-10-25T23:30:00-04:00"})
    assert response.status_code == 200
    assert seen["published"] == "2025-10-25T23:30:00-04:00"


def test_text_plain_with_query_metadata(client):
    response = client.post("/v1/extract?outlet=Dawn&published=2025-10-25&id=p-1&title=T&url=https://x.test/a",
                           data=ARTICLE.encode(), content_type="text/plain; charset=utf-8")
    assert response.status_code == 200
    body = response.get_json()
    assert body["article"]["outlet"] == "Dawn" and body["article"]["id"] == "p-1"
    assert body["quotes"]
    assert_offsets_index(ARTICLE, body)


def test_text_plain_in_another_declared_charset(client):
    text = "Caf\u00e9 owners said that prices would rise."
    response = client.post("/v1/extract", data=text.encode("latin-1"), content_type="text/plain; charset=latin-1")
    assert response.status_code == 200
    assert_offsets_index(text, response.get_json())


def test_crlf_offsets_index_the_submitted_text(client):
    text = ARTICLE.replace("\n", "\r\n")
    body = client.post("/v1/extract", json={"text": text}).get_json()
    assert body["quotes"]
    assert_offsets_index(text, body)
    assert body["quotes"][-1]["start"] > text.index("\r\n", text.index("Islamabad"))


def test_nul_bytes_and_control_characters_are_accepted(client):
    text = '\x00Intro\x07 line.\x1b\n"We want peace,\x0c" Khawaja Asif told reporters.\x00\x7f\u2028He said it.'
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 200
    body = response.get_json()
    assert body["quotes"]
    assert_offsets_index(text, body)


def test_emoji_and_astral_characters_keep_offsets(client):
    text = '\U0001F600 Breaking.\n"We want peace \U0001F54A," Khawaja Asif told reporters.'
    body = client.post("/v1/extract", json={"text": text}).get_json()
    assert body["quotes"]
    assert_offsets_index(text, body)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_100k_characters_without_punctuation_get_an_answer(client):
    words = ["talks", "minister", "said", "peace", "border", "we", "will", "meet", "again", "today"]
    text = " ".join(words[i % len(words)] for i in range(20_000))[:100_000]
    assert len(text) == 100_000 and not any(c in text for c in ".,;:!?")
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 200
    assert_offsets_index(text, response.get_json())


def test_request_id_is_honoured_and_echoed(client):
    response = client.post("/v1/extract", json={"text": ARTICLE}, headers={"X-Request-ID": "abc-123.x"})
    assert response.headers["X-Request-ID"] == "abc-123.x"
    assert response.get_json()["meta"]["request_id"] == "abc-123.x"
    assert response.headers["X-Worker-PID"].isdigit()


def test_unsafe_request_id_is_replaced(client):
    response = client.get("/health", headers={"X-Request-ID": "bad id\twith spaces" + "x" * 200})
    rid = response.headers["X-Request-ID"]
    assert rid and " " not in rid and len(rid) == 32


# ---------------------------------------------------------------- operations

def test_health_is_cheap_and_names_the_process(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and str(body["pid"]) == response.headers["X-Worker-PID"]


def test_ready_when_the_model_is_loaded(client):
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "model_package": "ewt_offline,uner_offline"}


def test_version(client, make_app):
    body = client.get("/version").get_json()
    assert body["api_version"] == "v1"
    assert body["model_package"] == "ewt_offline,uner_offline"
    assert body["stanza_use_gpu"] == "auto" and body["device"] == "cpu"  # no CUDA here: auto stays on the CPU
    # Library versions only when the operator says so (EXPOSE_VERSIONS): they name the CVEs to try.
    assert "torch" not in body and "stanza" not in body
    body = make_app(EXPOSE_VERSIONS=True).test_client().get("/version").get_json()
    assert body["torch"].startswith("2.13.0") and body["stanza"] == "1.15.0"


def test_not_ready_until_loaded_and_failure_names_the_directory_in_the_log(tmp_path, caplog):
    from quotes.web import create_app

    app = create_app({"TESTING": True, "MODEL_LOADING": "background", "STANZA_DOWNLOAD": False,
                      "STANZA_RESOURCES_DIR": str(tmp_path)})
    app.extensions["quotes.model"].wait(30)
    client = app.test_client()
    body = assert_problem(client.get("/ready"), 503, "model_unavailable")
    # The cause, with its path, is for the operator's log; the caller learns no filesystem path.
    assert str(tmp_path) not in body["detail"]
    assert any(str(tmp_path) in r.getMessage() and "STANZA_RESOURCES_DIR" in r.getMessage() for r in caplog.records)
    assert_problem(client.post("/v1/extract", json={"text": ARTICLE}), 503, "model_unavailable")
    assert client.get("/health").status_code == 200


# ---------------------------------------------------------------- batch

def test_batch_keeps_order_and_isolates_a_bad_article(client):
    articles = [{"text": ARTICLE, "id": "one"}, {"text": "   "}, {"text": ARTICLE, "published": "soon"},
                {"text": "Officials said that the border would reopen.", "id": "four"}]
    response = client.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.get_json()
    results = body["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert [r["status"] for r in results] == [200, 422, 422, 200]
    assert results[0]["result"]["article"]["id"] == "one" and results[3]["result"]["article"]["id"] == "four"
    assert results[1]["error"]["code"] == "empty_text"
    assert results[2]["error"]["code"] == "validation_error" and "published" in results[2]["error"]["details"]
    assert body["meta"]["articles"] == 4 and body["meta"]["failed"] == 2
    assert body["meta"]["request_id"] == response.headers["X-Request-ID"]


def test_batch_over_the_limit_is_413(make_app):
    client = make_app(MAX_BATCH_ARTICLES=2).test_client()
    body = assert_problem(client.post("/v1/extract/batch", json={"articles": [{"text": "a b"}] * 3}),
                          413, "batch_too_large")
    assert "MAX_BATCH_ARTICLES" in body["detail"]


@pytest.mark.parametrize("payload", [{}, {"articles": "x"}, {"articles": []}, [1, 2], {"articles": [], "x": 1}])
def test_batch_schema_violations_are_422(client, payload):
    assert_problem(client.post("/v1/extract/batch", json=payload), 422, "validation_error")


def test_batch_needs_json(client):
    assert_problem(client.post("/v1/extract/batch", data="x", content_type="text/plain"), 415,
                   "unsupported_media_type")


def test_batch_article_that_crashes_gets_a_500_entry(app, client, monkeypatch, caplog):
    extractor = app.extensions["quotes.model"].extractor
    real = extractor.pipeline

    def flaky(context, **kwargs):  # the stages of one article: extract and extract_many both run them
        if "boom" in context.text:
            raise RuntimeError("secret internal state")
        return real(context, **kwargs)

    monkeypatch.setattr(extractor, "pipeline", flaky)
    body = client.post("/v1/extract/batch", json={"articles": [{"text": "boom now"}, {"text": ARTICLE}]}).get_json()
    assert [r["status"] for r in body["results"]] == [500, 200]
    assert "secret" not in json.dumps(body["results"][0])
    assert body["meta"]["request_id"] in caplog.text


# ---------------------------------------------------------------- errors

def test_malformed_json_is_400(client):
    body = assert_problem(client.post("/v1/extract", data='{"text": "a"', content_type="application/json"),
                          400, "malformed_json")
    assert "JSON" in body["detail"]


def test_json_that_is_not_an_object_is_422(client):
    assert_problem(client.post("/v1/extract", json=["text"]), 422, "validation_error")


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "application/xml", None])
def test_wrong_content_type_is_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    body = assert_problem(client.post("/v1/extract", data="text=hello", **kwargs), 415, "unsupported_media_type")
    assert "application/json" in body["detail"]


def test_unknown_charset_is_415(client):
    assert_problem(client.post("/v1/extract", data=b"hi", content_type="text/plain; charset=klingon"),
                   415, "unsupported_charset")


@pytest.mark.parametrize("payload, field", [
    ({}, "text"),
    ({"text": None}, "text"),
    ({"text": 42}, "text"),
    ({"text": "a b", "published": "yesterday"}, "published"),
    ({"text": "a b", "published": "2025-13-45"}, "published"),
    ({"text": "a b", "publised": "2025-10-25"}, "publised"),
    ({"text": "a b", "outlet": ["Dawn"]}, "outlet"),
])
def test_schema_violations_are_422_per_field(client, payload, field):
    body = assert_problem(client.post("/v1/extract", json=payload), 422, "validation_error")
    assert list(body["details"]) == [field] and body["details"][field]


def test_invalid_published_message_is_clear(client):
    body = assert_problem(client.post("/v1/extract", json={"text": "a b", "published": "25/10/2025"}),
                          422, "validation_error")
    assert "ISO 8601" in body["details"]["published"][0]


def test_invalid_published_in_query_is_422(client):
    body = assert_problem(client.post("/v1/extract?published=tomorrow", data=b"Some text.",
                                      content_type="text/plain"), 422, "validation_error")
    assert "published" in body["details"]


def test_text_as_query_parameter_is_refused(client):
    assert_problem(client.post("/v1/extract?text=x", data=b"Some text.", content_type="text/plain"),
                   422, "validation_error")


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x01\r\n\u2028"])
def test_empty_or_blank_text_is_422(client, text):
    assert_problem(client.post("/v1/extract", json={"text": text}), 422, "empty_text")


def test_empty_text_plain_body_is_422(client):
    assert_problem(client.post("/v1/extract", data=b"", content_type="text/plain"), 422, "empty_text")


@pytest.mark.parametrize("data, content_type", [
    (b'{"text": "caf\xe9 ol\xe9"}', "application/json"),
    (b"caf\xe9 \xff\xfe ol\xe9", "text/plain"),
])
def test_non_utf8_bodies_are_400(client, data, content_type):
    body = assert_problem(client.post("/v1/extract", data=data, content_type=content_type), 400, "invalid_encoding")
    assert "UTF-8" in body["detail"]


def test_body_over_max_content_length_is_413(make_app):
    client = make_app(MAX_CONTENT_LENGTH=1000).test_client()
    body = assert_problem(client.post("/v1/extract", json={"text": "word " * 400}), 413, "body_too_large")
    assert "MAX_CONTENT_LENGTH" in body["detail"]


def test_text_over_max_text_chars_is_413(make_app):
    client = make_app(MAX_TEXT_CHARS=50).test_client()
    body = assert_problem(client.post("/v1/extract", json={"text": "word " * 11}), 413, "text_too_large")
    assert "MAX_TEXT_CHARS" in body["detail"] and "55" in body["detail"]


def test_a_word_of_thousands_of_characters_is_422(client):
    body = assert_problem(client.post("/v1/extract", json={"text": "Intro. " + "a" * 90_000}), 422, "word_too_long")
    assert "offset 7" in body["detail"]


def test_unknown_route_is_json_404(client):
    body = assert_problem(client.get("/v2/extract"), 404, "not_found")
    assert "/v2/extract" in body["detail"]


def test_wrong_method_is_json_405_with_allow(client):
    response = client.get("/v1/extract")
    body = assert_problem(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"] and "POST" in body["detail"]


def test_unexpected_error_is_500_without_traceback_and_logged_with_request_id(app, client, monkeypatch, caplog):
    def explode(text, **kwargs):
        raise ZeroDivisionError("secret internal state")

    monkeypatch.setattr(app.extensions["quotes.model"].extractor, "extract", explode)
    response = client.post("/v1/extract", json={"text": ARTICLE}, headers={"X-Request-ID": "trace-500"})
    body = assert_problem(response, 500, "internal_error")
    raw = response.get_data(as_text=True)
    assert "Traceback" not in raw and "secret" not in raw and "ZeroDivisionError" not in raw
    assert body["request_id"] == "trace-500"
    logged = [r for r in caplog.records if "trace-500" in r.getMessage()]
    assert logged and logged[0].exc_info and logged[0].levelname == "ERROR"
