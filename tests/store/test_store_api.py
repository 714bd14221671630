"""The store's HTTP routes with the real model, on SQLite and PostgreSQL: the seed articles,
the OpenAPI document, and every bad input answered as a problem."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

SEEDS = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"


def seed_requests():
    out = []
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append({k: d[k] for k in ("id", "text", "outlet", "published")})
    return out


@pytest.fixture
def client(make_app, database_url):
    return make_app(DATABASE_URL=database_url).test_client()


def check(spec, component, instance):
    validator = Draft202012Validator({"$ref": f"#/components/schemas/{component}", "components": spec["components"]})
    errors = list(validator.iter_errors(instance))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_seed_articles_give_one_speaker_each_and_the_shared_statements(client):
    spec = client.get("/openapi.json").get_json()
    for body in seed_requests():
        response = client.post("/v1/articles", json=body)
        assert response.status_code == 200, response.get_json()
        check(spec, "StoredArticleResponse", response.get_json())
    again = client.post("/v1/articles", json=seed_requests()[0]).get_json()
    assert again["store"]["replaced"] and again["store"]["new_speakers"] == 0

    asif = client.get("/v1/speakers?q=Asif").get_json()["speakers"]
    assert len(asif) == 1 and asif[0]["name"] == "Khawaja Asif" and asif[0]["article_count"] == 4
    assert "Khawaja Mohammad Asif" in asif[0]["aliases"]
    tarar = client.get("/v1/speakers?q=Tarar").get_json()["speakers"]
    assert len(tarar) == 1 and tarar[0]["article_count"] == 2
    check(spec, "SpeakerPage", client.get("/v1/speakers").get_json())

    statements = client.get("/v1/statements?min_quotes=2&limit=200").get_json()
    check(spec, "StatementPage", statements)
    by_speaker = {}
    for st in statements["statements"]:
        by_speaker.setdefault(st["speaker"]["name"], []).append(st)
    texts = lambda st: " ".join(q["text"] for q in st["quotes"])  # noqa: E731
    asif_statements = [texts(st) for st in by_speaker["Khawaja Asif"] if st["article_count"] >= 2]
    assert any("suicide attacks" in t and "suicide bombing" in t for t in asif_statements)  # the post on X
    assert any("caves" in t and "hide" in t and "hiding" in t for t in asif_statements)
    assert any("ended without progress" in t and "failed to bring about" in t for t in map(texts, by_speaker["Attaullah Tarar"]))
    sources = [st for st in statements["statements"] if st["speaker"]["type"] == "anonymous" and st["article_count"] >= 2]
    assert any("agreed to resume" in texts(st) for st in sources)
    for st in statements["statements"]:
        assert st["first"] == {k: st["quotes"][0][k] for k in ("article_id", "quote_id", "outlet", "published")}
        assert st["earliest_date"] == min(q["day"] for q in st["quotes"])

    one = client.get(f"/v1/statements/{statements['statements'][0]['id']}").get_json()
    check(spec, "Statement", one)
    speaker = client.get(f"/v1/speakers/{asif[0]['global_id']}?limit=5").get_json()
    check(spec, "SpeakerWithQuotes", speaker)
    assert len(speaker["quotes"]) == 5 and speaker["next_cursor"]
    page = client.get(f"/v1/quotes?speaker={asif[0]['global_id']}&q=suicide&type=direct").get_json()
    check(spec, "QuotePage", page)
    assert page["quotes"] and all("suicide" in q["text"].lower() for q in page["quotes"])
    article = client.get(f"/v1/articles/{again['article']['article_id']}").get_json()
    check(spec, "StoredArticleResponse", article)
    assert [q["statement_id"] for q in article["quotes"]] and all(
        q["speaker"]["global_id"] for q in article["quotes"] if q["speaker"]["type"] != "unknown")


@pytest.mark.parametrize("path, status, code", [
    ("/v1/articles/999999", 404, "not_found"),
    ("/v1/speakers/999999", 404, "not_found"),
    ("/v1/statements/999999", 404, "not_found"),
    ("/v1/quotes?cursor=bad", 400, "invalid_cursor"),
    ("/v1/quotes?cursor=WzEsMl0", 400, "invalid_cursor"),  # base64 of [1,2]: the wrong kind of key
    ("/v1/statements?cursor=%7B%7D", 400, "invalid_cursor"),
    ("/v1/speakers?cursor=WyJ4Il0", 400, "invalid_cursor"),
    ("/v1/quotes?limit=0", 422, "validation_error"),
    ("/v1/quotes?limit=many", 422, "validation_error"),
    ("/v1/quotes?since=2025-13-01", 422, "validation_error"),
    ("/v1/quotes?since=2025-10-30&until=2025-10-01", 422, "validation_error"),
    ("/v1/quotes?type=rumour", 422, "validation_error"),
    ("/v1/quotes?speakr=1", 422, "validation_error"),
    ("/v1/speakers?type=unknown", 422, "validation_error"),
    ("/v1/statements?min_quotes=0", 422, "validation_error"),
    ("/v1/articles/abc", 404, "not_found"),
    ("/v1/articles/9223372036854775808", 404, "not_found"),
    ("/v1/articles/0", 404, "not_found"),
    ("/v1/speakers/99999999999999999999", 404, "not_found"),
    ("/v1/statements/2147483648", 404, "not_found"),
    ("/v1/quotes?speaker=9223372036854775808", 422, "validation_error"),
    ("/v1/quotes?cursor=WyIiLDkyMjMzNzIwMzY4NTQ3NzU4MDhd", 400, "invalid_cursor"),  # ["", 2**63]
    ("/v1/quotes?q=%21%21%21", 422, "validation_error"),
])
def test_bad_queries_are_problems(client, path, status, code):
    response = client.get(path)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["code"] == code


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "{", "content_type": "application/json"}, 400, "malformed_json"),
    ({"json": {"text": "  "}}, 422, "empty_text"),
    ({"json": {"text": "x", "publised": "2025-10-30"}}, 422, "validation_error"),
    ({"data": "x", "content_type": "application/xml"}, 415, "unsupported_media_type"),
])
def test_bad_articles_are_problems(client, kwargs, status, code):
    response = client.post("/v1/articles", **kwargs)
    assert response.status_code == status and response.get_json()["code"] == code


def test_the_store_routes_are_documented(client):
    paths = client.get("/openapi.json").get_json()["paths"]
    assert {"/v1/articles", "/v1/articles/{article_id}", "/v1/quotes", "/v1/speakers", "/v1/speakers/{speaker_id}",
            "/v1/statements", "/v1/statements/{statement_id}"} <= set(paths)
    assert {p["name"] for p in paths["/v1/quotes"]["get"]["parameters"]} >= {
        "speaker", "outlet", "type", "since", "until", "q", "limit", "cursor"}
