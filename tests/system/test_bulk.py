"""Bulk jobs with the real model: the Ray engine (local mode, one Ray session for this module) and
the local engine's process pool (through the CLI) give the same Parquet rows as the engine run
in-process, and bad lines become error rows."""
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
from quotes.jobs import read_articles, read_errors, read_quotes, run_bulk
from quotes.service.config import app_config

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


def test_ray_engine_writes_the_same_rows(ray_session, archive, reference, tmp_path):
    out, summary = reference
    ray_summary = run_bulk(archive, tmp_path, config=app_config(), engine="ray", workers=1)
    assert (ray_summary.articles, ray_summary.quotes, ray_summary.errors) == (
        summary.articles, summary.quotes, summary.errors)
    expected, got = ordered(read_quotes(out)), ordered(read_quotes(tmp_path))
    assert got.num_rows == expected.num_rows
    for i, (a, b) in enumerate(zip(expected.to_pylist(), got.to_pylist())):
        assert a == b, f"row {i}"
    by_key = lambda table: table.sort_by("article_key")
    assert by_key(read_articles(tmp_path)).equals(by_key(read_articles(out)))
    assert same_errors(read_errors(tmp_path), read_errors(out))
    # a rerun skips everything
    again = run_bulk(archive, tmp_path, config=app_config(), engine="ray", workers=1)
    assert (again.articles, again.skipped) == (0, 14)


def test_ray_engine_reads_parquet(ray_session, archive, reference, tmp_path):
    records = [json.loads(line) for line in archive.read_text(encoding="utf-8").splitlines()[5:9]]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    summary = run_bulk(tmp_path / "in.parquet", tmp_path / "out", config=app_config(), engine="ray", workers=1)
    assert (summary.articles, summary.errors) == (4, 0)
    expected = read_quotes(reference[0])
    expected = expected.filter(pa.compute.is_in(expected.column("article_key"),
                                                pa.array([f"id:gen-{i}" for i in range(4)])))
    assert ordered(read_quotes(tmp_path / "out")).equals(ordered(expected))


def test_cli_local_pool_writes_the_same_rows_and_a_summary(archive, reference, tmp_path):
    out, summary = reference
    env = {**os.environ, "STANZA_RESOURCES_DIR": os.path.abspath(os.environ["STANZA_RESOURCES_DIR"])}
    done = subprocess.run([sys.executable, "-m", "quotes", "bulk", str(archive), "--out", str(tmp_path),
                           "--workers", "2"], cwd=REPO, capture_output=True, text=True, timeout=500, env=env)
    assert done.returncode == 0, done.stderr
    assert f"articles 14 (skipped 0 already done), quotes {summary.quotes}, errors 3," in done.stdout
    assert "articles/s" in done.stdout and "engine local, 2 workers" in done.stdout
    assert ordered(read_quotes(tmp_path)).equals(ordered(read_quotes(out)))
    assert same_errors(read_errors(tmp_path), read_errors(out))
