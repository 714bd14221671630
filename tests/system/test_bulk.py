"""Bulk jobs with the real model: the Ray engine (local mode, one Ray session for this module) and
the local engine's process pool (through the CLI) give the same Parquet rows as the engine run
in-process, bad lines become error rows, and what each engine wrote goes into the quote store
as POST /v1/articles' path stores it (``--ingest``, ``run_ingest``)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray

from conftest import REPO, SEEDS

from quotes.extraction import Extractor
from quotes.jobs import read_articles, read_errors, read_quotes, run_bulk, run_ingest
from quotes.jobs.rows import ARTICLE_FIELDS
from quotes.linking import Linker
from quotes.records.problems import Problem
from quotes.service.config import app_config
from quotes.service.store import ingest_article
from quotes.store import Store
from quotes.testing.results import store_snapshot

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

GENERATED = [
    'Officials said the border would reopen on Monday. "We are ready," the minister told reporters.',
    'The police said that two people were hurt in the blast, according to a statement.',
    '"Prices will keep rising," an economist at the central bank said on Tuesday.',
    'Residents said the water had been cut for three days. The mayor told AFP that repairs would start soon.',
]


def _article_fields(record: dict) -> dict:
    return {k: record[k] for k in ("id", "text", "outlet", "published") if record.get(k) is not None}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The seed articles (with their extra gold fields, which the job ignores), generated articles
    with an id, a url only, or neither, and bad lines."""
    limit = app_config()["MAX_TEXT_CHARS"]
    seeds = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    lines = [json.dumps(record) for record in seeds]
    lines += [json.dumps({"id": f"gen-{i}", "text": text, "outlet": "Wire", "published": "2025-10-28"})
              for i, text in enumerate(GENERATED)]
    lines += [json.dumps({"url": "https://example.com/story", "text": GENERATED[0].replace("Monday", "Friday")}),
              json.dumps({"text": GENERATED[1].replace("two", "three")}),
              '{"id": "broken", "text": "unterminated',
              json.dumps({"id": "huge", "text": "word " * (limit // 5 + 1)}),
              "",
              json.dumps({"id": "no-text"})]
    path = tmp_path_factory.mktemp("archive") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(archive, annotator, tmp_path_factory):
    """The engine in this process (the session's model): what every engine must write."""
    out = tmp_path_factory.mktemp("reference")
    summary = run_bulk(archive, out, config=app_config(), workers=0, extractor=Extractor(annotator))
    return out, summary


def new_store(directory) -> Store:
    store = Store(f"sqlite:///{directory / 'store.sqlite3'}", Linker(), window_days=3)
    store.migrate()
    return store


@pytest.fixture(scope="module")
def api_store(archive, annotator, tmp_path_factory):
    """The archive's articles through POST /v1/articles' path (``ingest_article``), one by one in input
    order, with the session's model, into a store: its URL and what it holds (what a bulk ingest must
    store)."""
    store = new_store(tmp_path_factory.mktemp("api-store"))
    extractor, limit, stored = Extractor(annotator), app_config()["MAX_TEXT_CHARS"], 0
    for line in archive.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
            data = {k: record[k] for k in ARTICLE_FIELDS if record.get(k) is not None}
            ingest_article(store, extractor, data, max_text_chars=limit, request_id="api")
            stored += 1
        except (ValueError, Problem):  # the lines the job turns into error rows
            continue
    assert stored == 11
    snapshot = store_snapshot(store)
    store.dispose()
    return store.db.url, snapshot


@pytest.fixture(scope="module")
def api_snapshot(api_store):
    return api_store[1]


def test_articles_posted_through_the_api_are_skipped_by_a_bulk_ingest(reference, api_store, api_snapshot):
    store = Store(api_store[0], Linker())
    ingested = run_ingest(reference[0], store)  # the same extractor, texts and fields: nothing to change
    assert (ingested.skipped, ingested.stored, ingested.replaced) == (11, 0, 0)
    assert store_snapshot(store) == api_snapshot
    store.dispose()


def test_ingest_of_a_bulk_run_is_the_api_ingest(reference, api_snapshot, tmp_path):
    out, summary = reference
    store = new_store(tmp_path)
    ingested = run_ingest(out, store)
    assert (ingested.stored, ingested.skipped, ingested.conflicts) == (11, 0, 0)
    assert ingested.quotes == summary.quotes == api_snapshot["counts"]["quotes"]
    assert store_snapshot(store) == api_snapshot
    assert any(len(group) > 1 for group in api_snapshot["statements"])  # linking had work to do
    assert run_ingest(out, store).skipped == 11
    store.dispose()


@pytest.fixture(scope="module")
def ray_session():
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def ordered(table: pa.Table) -> pa.Table:
    return table.sort_by([("article_key", "ascending"), ("quote_index", "ascending")])


def same_errors(a, b) -> bool:
    drop = lambda rows: sorted((({k: v for k, v in r.items() if k != "run"}) for r in rows),
                               key=lambda r: r["article_key"])
    return drop(a) == drop(b)


def test_reference_run(reference):
    out, summary = reference
    assert (summary.articles, summary.errors) == (14, 3)
    assert summary.quotes > 40
    errors = {e["code"]: e for e in read_errors(out)}
    assert set(errors) == {"malformed_json", "text_too_large", "validation_error"}
    assert errors["malformed_json"]["line"] == 12 and errors["text_too_large"]["article_key"] == "id:huge"
    keys = set(read_articles(out).column("article_key").to_pylist())
    assert "url:https://example.com/story" in keys and sum(k.startswith("sha256:") for k in keys) == 1
    quotes = read_quotes(out).to_pylist()
    told = [q for q in quotes if q["article_key"] == "id:gen-0" and q["cue_lemma"] == "tell"]
    assert told and told[0]["channel_kind"] == "interview" and told[0]["published"] == "2025-10-28"


def without_timings(articles: pa.Table) -> pa.Table:
    """The article rows with each result's per-run meta (its run id and processing time) left out."""
    results = []
    for value in articles.column("result").to_pylist():
        result = json.loads(value) if value is not None else None
        if result is not None:
            result["meta"] = {k: v for k, v in result["meta"].items() if k not in ("request_id", "processing_ms")}
        results.append(json.dumps(result, sort_keys=True) if result is not None else None)
    index = articles.schema.get_field_index("result")
    return articles.set_column(index, "result", pa.array(results, pa.string()))


def test_ray_engine_writes_the_same_rows(ray_session, archive, reference, api_snapshot, tmp_path):
    out, summary = reference
    ray_out = tmp_path / "out"
    store = new_store(tmp_path / "store")  # (the ingest runs in the driver, after Ray has written DIR)
    ray_summary = run_bulk(archive, ray_out, config=app_config(), engine="ray", workers=1, store=store)
    assert (ray_summary.articles, ray_summary.quotes, ray_summary.errors) == (
        summary.articles, summary.quotes, summary.errors)
    expected, got = ordered(read_quotes(out)), ordered(read_quotes(ray_out))
    assert got.num_rows == expected.num_rows
    for i, (a, b) in enumerate(zip(expected.to_pylist(), got.to_pylist())):
        assert a == b, f"row {i}"
    by_key = lambda table: without_timings(table.sort_by("article_key"))
    assert by_key(read_articles(ray_out)).equals(by_key(read_articles(out)))
    assert same_errors(read_errors(ray_out), read_errors(out))
    # the Ray engine's output ingests as the API's path stores
    assert (ray_summary.ingest["stored"], ray_summary.ingest["quotes"]) == (11, summary.quotes)
    assert store_snapshot(store) == api_snapshot
    # a rerun skips everything, and stores nothing again
    again = run_bulk(archive, ray_out, config=app_config(), engine="ray", workers=1, store=store)
    assert (again.articles, again.skipped) == (0, 14)
    assert (again.ingest["stored"], again.ingest["skipped"]) == (0, 11)
    assert store_snapshot(store) == api_snapshot
    store.dispose()


def test_ray_engine_processes_a_key_seen_twice_once(ray_session, tmp_path):
    line = json.dumps({"id": "twice", "text": GENERATED[0], "outlet": "Wire"})
    archive = tmp_path / "in.jsonl"
    archive.write_text("\n".join([line, json.dumps({"id": "once", "text": GENERATED[2]}), line]) + "\n",
                       encoding="utf-8")
    summary = run_bulk(archive, tmp_path / "out", config=app_config(), engine="ray", workers=1)
    assert (summary.articles, summary.errors) == (3, 1)
    [error] = read_errors(tmp_path / "out")
    assert (error["code"], error["article_key"]) == ("duplicate_key", "id:twice") and error["line"] in (1, 3)
    extracted = read_articles(tmp_path / "out").filter(pa.compute.equal(
        read_articles(tmp_path / "out").column("status"), 200))
    assert sorted(extracted.column("article_key").to_pylist()) == ["id:once", "id:twice"]


def test_ray_engine_reads_parquet(ray_session, archive, reference, tmp_path):
    records = [json.loads(line) for line in archive.read_text(encoding="utf-8").splitlines()[5:9]]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    summary = run_bulk(tmp_path / "in.parquet", tmp_path / "out", config=app_config(), engine="ray", workers=1)
    assert (summary.articles, summary.errors) == (4, 0)
    expected = read_quotes(reference[0])
    expected = expected.filter(pa.compute.is_in(expected.column("article_key"),
                                                pa.array([f"id:gen-{i}" for i in range(4)])))
    assert ordered(read_quotes(tmp_path / "out")).equals(ordered(expected))


def test_cli_local_pool_writes_the_same_rows_and_a_summary(archive, reference, api_snapshot, tmp_path):
    out, summary = reference
    env = {**os.environ, "STANZA_RESOURCES_DIR": os.path.abspath(os.environ["STANZA_RESOURCES_DIR"])}
    url = f"sqlite:///{tmp_path / 'store' / 'quotes.sqlite3'}"
    pool_out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "quotes", "bulk", str(archive), "--out", str(pool_out),
                           "--workers", "2", "--ingest", "--store-url", url], cwd=REPO, capture_output=True, text=True,
                          timeout=500, env=env)
    assert done.returncode == 0, done.stderr
    assert f"articles 14 (skipped 0 already done), quotes {summary.quotes}, errors 3," in done.stdout
    assert "articles/s" in done.stdout and "engine local, 2 workers" in done.stdout
    assert (f"ingest: articles 11 stored (11 new, 0 replaced), 0 skipped (already stored), 0 conflicts; "
            f"quotes {summary.quotes}, ") in done.stdout
    store = Store(url, Linker())
    assert store_snapshot(store) == api_snapshot
    store.dispose()
    assert ordered(read_quotes(pool_out)).equals(ordered(read_quotes(out)))
    assert same_errors(read_errors(pool_out), read_errors(out))
