"""The OpenAPI document: valid OpenAPI 3.1, and real responses validate against its schemas."""
from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec

from models import examples


@pytest.fixture(scope="module")
def spec(client_module):
    response = client_module.get("/openapi.json")
    assert response.status_code == 200
    return response.get_json()


@pytest.fixture(scope="module")
def client_module(app):
    return app.test_client()


def check(spec: dict, component: str, instance) -> None:
    """Validate ``instance`` against ``#/components/schemas/<component>`` (JSON Schema 2020-12)."""
    validator = Draft202012Validator({"$ref": f"#/components/schemas/{component}", "components": spec["components"]})
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_document_is_valid_openapi(spec):
    validate_spec(spec)
    assert spec["openapi"].startswith("3.1")
    assert {"/v1/extract", "/v1/extract/batch", "/health", "/ready", "/version"} <= set(spec["paths"])


def test_extract_documents_json_text_plain_query_and_problems(spec):
    post = spec["paths"]["/v1/extract"]["post"]
    content = post["requestBody"]["content"]
    assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ExtractRequest"}
    assert content["text/plain"]["example"]
    assert {p["name"] for p in post["parameters"] if p["in"] == "query"} == {"id", "outlet", "published", "url", "title"}
    for status in ("400", "413", "415", "422", "503", "default"):
        assert post["responses"][status]["content"]["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"}
    assert post["responses"]["200"]["content"]["application/json"]["example"] == examples.EXTRACT_RESPONSE


def test_a_misspelt_field_is_refused_by_the_documented_schema(spec):
    with pytest.raises(AssertionError):
        check(spec, "ExtractRequest", {"text": "x", "publised": "2025-10-25"})


def test_examples_validate_against_their_schemas(spec):
    check(spec, "ExtractRequest", examples.EXTRACT_REQUEST)
    check(spec, "ExtractResponse", examples.EXTRACT_RESPONSE)
    check(spec, "BatchRequest", examples.BATCH_REQUEST)
    check(spec, "BatchResponse", examples.BATCH_RESPONSE)
    check(spec, "Problem", examples.PROBLEM_422)


def test_example_offsets_index_the_example_text():
    text = examples.EXTRACT_REQUEST["text"]
    for quote in examples.EXTRACT_RESPONSE["quotes"]:
        spans = [quote, quote["cue"], quote["speaker"]["mention"], quote["channel"], quote["statement_date"]]
        for span in filter(None, spans):
            assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_real_responses_on_the_seed_articles_validate(spec, client_module, seed_texts):
    articles = [{"text": text, "id": name} for name, text in seed_texts.items()]
    assert len(articles) == 5
    response = client_module.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.get_json()
    check(spec, "BatchResponse", body)
    assert all(item["status"] == 200 for item in body["results"])
    for item in body["results"]:
        check(spec, "ExtractResponse", item["result"])
    assert sum(len(item["result"]["quotes"]) for item in body["results"]) > 0


def test_real_single_response_validates(spec, client_module):
    body = client_module.post("/v1/extract", json=examples.EXTRACT_REQUEST).get_json()
    check(spec, "ExtractResponse", body)


@pytest.mark.parametrize("method, path, kwargs", [
    ("post", "/v1/extract", {"json": {"text": "x", "published": "nope"}}),
    ("post", "/v1/extract", {"data": "{", "content_type": "application/json"}),
    ("get", "/nowhere", {}),
    ("delete", "/v1/extract", {}),
])
def test_real_problems_validate(spec, client_module, method, path, kwargs):
    response = getattr(client_module, method)(path, **kwargs)
    assert response.mimetype == "application/problem+json"
    check(spec, "Problem", response.get_json(force=True))


@pytest.mark.parametrize("path, component", [("/health", "Health"), ("/ready", "Ready"), ("/version", "Version")])
def test_operation_responses_validate(spec, client_module, path, component):
    check(spec, component, client_module.get(path).get_json())
