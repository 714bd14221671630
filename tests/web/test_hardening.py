"""Client errors are client errors (never a 500), and the small leaks an operator finds are closed.

Each test here is a request that once answered 500 (or leaked something): issue #15, defects 6 and 7.
"""
from __future__ import annotations

import json

import pytest

from tests.web.test_api import assert_problem

ARTICLE = "The minister said on Monday that the talks would resume soon, officials said yesterday."


def post_json(client, body: str | bytes, path: str = "/v1/extract", **kwargs):
    return client.post(path, data=body, content_type="application/json", **kwargs)


# ---------------------------------------------------------------- defect 6: 500 for client errors

def test_deeply_nested_json_is_a_400(client):
    response = post_json(client, "[" * 10_000 + "]" * 10_000)
    body = assert_problem(response, 400, "malformed_json")
    assert "nested" in body["detail"]


def test_an_integer_of_more_than_4300_digits_is_a_400(client):
    response = post_json(client, '{"text": "x", "id": ' + "9" * 5000 + "}")
    assert_problem(response, 400, "malformed_json")


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "hex", "uu"])
def test_a_charset_that_is_no_text_encoding_is_a_415(client, charset):
    response = client.post("/v1/extract", data=b"He said it.",
                           content_type=f"text/plain; charset={charset}")
    assert_problem(response, 415, "unsupported_charset")


def test_a_relative_date_before_year_one_is_a_null_statement_date(client):
    response = post_json(client, json.dumps({"text": ARTICLE, "published": "0001-01-01"}))
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["quotes"], body
    for quote in body["quotes"]:
        if quote["statement_date"] is not None:
            assert quote["statement_date"]["value"] is None or quote["statement_date"]["value"] >= "0001-01-01"


def test_an_unknown_field_named_with_a_lone_surrogate_is_a_422_with_a_json_body(client):
    response = post_json(client, '{"text": "He said it.", "\\ud800": 1}')
    body = assert_problem(response, 422, "validation_error")
    assert "\ud800" in body["details"]
    # Serialised like the 200 path: ASCII JSON with escapes, valid UTF-8 on the wire.
    response.get_data().decode("utf-8")
    assert b"\\ud800" in response.get_data()


def test_a_lone_surrogate_in_the_text_is_refused_with_its_offset(client):
    response = post_json(client, '{"text": "He said \\udc00 it would rain, officials said."}')
    body = assert_problem(response, 422, "validation_error")
    assert "offset 8" in body["details"]["text"][0]


def test_a_lone_surrogate_in_a_batch_article_is_that_article_s_422(client):
    response = post_json(client, json.dumps({"articles": [{"text": ARTICLE}, {"text": "He said \ud800 it."}]}),
                         path="/v1/extract/batch")
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == [200, 422]


# ---------------------------------------------------------------- defect 7: the smaller ones

def test_query_parameters_on_a_json_request_are_refused(client):
    response = post_json(client, json.dumps({"text": ARTICLE}), path="/v1/extract?outlet=Dawn")
    body = assert_problem(response, 422, "validation_error")
    assert "outlet" in body["details"]


def test_a_chunked_body_over_the_limit_is_a_413(make_app):
    app = make_app(MAX_CONTENT_LENGTH=1000)
    body = json.dumps({"text": "word " * 400}).encode()
    # A chunked request (no Content-Length) as a WSGI server passes it on: a terminated input stream.
    from io import BytesIO
    environ = {"wsgi.input_terminated": True}
    with app.test_client() as client:
        response = client.post("/v1/extract", input_stream=BytesIO(body), content_type="application/json",
                               environ_overrides=environ, headers={"Transfer-Encoding": "chunked"})
    assert_problem(response, 413, "body_too_large")


def test_responses_say_nosniff_and_name_no_server_version(client):
    response = client.get("/health")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response = post_json(client, "{")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_version_names_no_library_versions_by_default(client, make_app):
    body = client.get("/version").get_json()
    assert set(body) == {"service_version", "api_version", "model_package", "stanza_use_gpu", "device"}
    exposed = make_app(EXPOSE_VERSIONS=True).test_client().get("/version").get_json()
    assert {"stanza", "torch", "python"} <= set(exposed)


def test_a_failed_model_load_does_not_reveal_a_path(make_app):
    app = make_app()
    slot = app.extensions["quotes.model"]
    saved = slot.extractor, slot.error
    try:
        slot.extractor, slot.error = None, "no English models in /secret/place/stanza_resources"
        response = app.test_client().get("/ready")
        body = assert_problem(response, 503, "model_unavailable")
        assert "/secret" not in response.get_data(as_text=True)
        assert body["detail"]
    finally:
        slot.extractor, slot.error = saved


def test_openapi_documents_the_limits_and_formats(client):
    spec = client.get("/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    request = schemas["ExtractRequest"]["properties"]
    assert request["text"]["maxLength"] == client.application.config["MAX_TEXT_CHARS"]
    assert request["published"].get("format") in ("date", "date-time") or any(
        alt.get("format") for alt in request["published"].get("anyOf", []))
    assert schemas["BatchRequest"]["properties"]["articles"]["maxItems"] == \
        client.application.config["MAX_BATCH_ARTICLES"]
