"""Bulk jobs without the model: keys, rows, output layout, resumability, recovery (a fake
extractor answers in the API's JSON shape)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes.jobs import JobError, article_key, read_articles, read_errors, read_quotes, run_bulk
from quotes.jobs.output import ARTICLES, QUOTES, RUNS, done_keys
from quotes.jobs.readers import read_items
from quotes.jobs.rows import QUOTE_SCHEMA, prepare, process_items
from quotes.service.config import app_config
from quotes.testing.results import FakeExtractor

CONFIG = {**app_config({}), "MAX_TEXT_CHARS": 1000}


def write_jsonl(path: Path, lines) -> Path:
    with open(path, "wb") as sink:
        for line in lines:
            sink.write((line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n")
    return path


def articles(n, start=0):
    return [{"id": f"a{i}", "text": f"Officials said talks {i} would resume. Nothing else."} for i in range(start, start + n)]


def run(source, out, extractor=None, **kw):
    return run_bulk(source, out, config=CONFIG, workers=0, extractor=extractor or FakeExtractor(), **kw)


def test_article_key_is_id_else_url_else_text_hash():
    assert article_key({"id": "7", "url": "u", "text": "t"}) == "id:7"
    assert article_key({"url": "https://x/1", "text": "t"}) == "url:https://x/1"
    assert article_key({"text": "t"}) == article_key({"text": "t", "outlet": "Dawn"}) != article_key({"text": "u"})
    assert article_key({"text": "t"}).startswith("sha256:")


def test_prepare_reads_the_article_fields_only():
    key, article, excerpt = prepare({"id": 12, "text": "x", "published": dt.date(2025, 10, 2), "body_html": "<p>",
                                     "outlet": None})
    assert key == "id:12" and excerpt is None
    assert article == {"id": "12", "text": "x", "published": "2025-10-02"}
    key, article, excerpt = prepare(b'{"text": 3, "id": "n"}\n')
    assert key == "id:n" and excerpt == '{"id": "n"}'


def test_bad_lines_become_error_rows_and_the_job_finishes(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [
        articles(1)[0], b"{not json", b"   ", "caf\u00e9".encode("latin-1"), [1, 2],
        {"id": "big", "text": "w " * 600}, {"id": "notext"}, {"id": "late", "text": "x", "published": "someday"},
        {"id": "crash", "text": "CRASH said."}, articles(1, 1)[0]])
    summary = run(source, tmp_path / "out")
    assert (summary.articles, summary.errors) == (9, 7)
    errors = {e["line"]: e for e in read_errors(tmp_path / "out")}
    assert {line: e["code"] for line, e in errors.items()} == {
        2: "malformed_json", 4: "invalid_encoding", 5: "validation_error", 6: "text_too_large",
        7: "validation_error", 8: "validation_error", 9: "internal_error"}
    assert errors[2]["excerpt"] == "{not json" and errors[2]["article_key"].startswith("line-sha256:")
    assert errors[6]["article_key"] == "id:big" and errors[6]["status"] == 413
    assert "published" in errors[8]["details"] and errors[9]["status"] == 500
    quotes = read_quotes(tmp_path / "out")
    assert quotes.schema == QUOTE_SCHEMA
    assert quotes.column("article_key").to_pylist() == ["id:a0", "id:a1"]
    row = quotes.to_pylist()[0]
    assert (row["speaker_name"], row["cue_lemma"], row["statement_date_range_end"], row["model_package"]) == (
        "officials", "say", "2025-01-07", "fake")


def test_a_rerun_skips_what_is_done_and_retries_internal_errors(tmp_path):
    out = tmp_path / "out"
    first = write_jsonl(tmp_path / "first.jsonl", articles(3) + [{"id": "crash", "text": "CRASH said."}])
    assert run(first, out).articles == 4
    whole = write_jsonl(tmp_path / "whole.jsonl", articles(5) + [{"id": "crash", "text": "CRASH said."}, b"{bad"])
    fake = FakeExtractor()
    second = run(whole, out, extractor=fake)
    assert (second.articles, second.skipped) == (4, 3)  # a3, a4, the crash again, the bad line
    assert fake.ids == {"a3", "a4", "crash"}  # a0-a2 are never extracted again
    assert sorted(read_quotes(out).column("article_key").to_pylist()) == [f"id:a{i}" for i in range(5)]
    third = run(whole, out)
    assert (third.articles, third.skipped) == (1, 6)  # only the internal error is tried again
    assert len(list((out / RUNS).glob("*.json"))) == 3


def test_an_interrupted_run_is_finished_by_the_next(tmp_path):
    out = tmp_path / "out"
    source = write_jsonl(tmp_path / "in.jsonl", articles(6))
    summary = run(source, out, rows_per_part=2, batch_size=2)
    reference = read_quotes(out)
    # as if the job had died writing its last part: no summary, no quotes, a truncated article file
    (out / RUNS / f"{summary.run}.json").unlink()
    __import__("shutil").rmtree(out / QUOTES / summary.run)
    last = sorted((out / ARTICLES / summary.run).glob("*.parquet"))[-1]
    last.write_bytes(last.read_bytes()[:100])
    rerun = run(source, out)
    assert (rerun.articles, rerun.skipped) == (2, 4)
    assert read_quotes(out).sort_by("article_key").equals(reference.sort_by("article_key"))
    assert json.loads((out / RUNS / f"{summary.run}.json").read_text())["recovered"] is True
    assert read_articles(out).num_rows == 6


def test_parquet_input_gives_the_same_rows_as_jsonl(tmp_path):
    rows = articles(3) + [{"id": "d", "text": "The police said so.", "published": "2025-10-26"}]
    jsonl = write_jsonl(tmp_path / "in.jsonl", rows)
    table = pa.Table.from_pylist([{**r, "published": dt.date(2025, 10, 26) if "published" in r else None,
                                   "extra": 1} for r in rows])
    pq.write_table(table, tmp_path / "in.parquet")
    run(jsonl, tmp_path / "a")
    run(tmp_path / "in.parquet", tmp_path / "b")
    assert read_quotes(tmp_path / "a").equals(read_quotes(tmp_path / "b"))
    assert [item for _, item in read_items(tmp_path / "in.parquet")][3]["published"] == dt.date(2025, 10, 26)


def test_one_job_per_directory_and_bad_inputs(tmp_path):
    from quotes.jobs.bulk import locked

    source = write_jsonl(tmp_path / "in.jsonl", articles(1))
    with locked(tmp_path / "out"):
        with pytest.raises(JobError, match="in use"):
            run(source, tmp_path / "out")
    with pytest.raises(JobError, match="no such file"):
        run(tmp_path / "missing.jsonl", tmp_path / "out")
    (tmp_path / "in.csv").write_text("text\n")
    with pytest.raises(JobError, match="expected a .jsonl"):
        run(tmp_path / "in.csv", tmp_path / "out")
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "nobody.parquet")
    with pytest.raises(Exception, match="no 'text' column"):
        run(tmp_path / "nobody.parquet", tmp_path / "out")


def test_process_items_keeps_input_order_and_skips_done_keys():
    items = [(i + 1, json.dumps(a).encode()) for i, a in enumerate(articles(4))]
    rows, skipped = process_items(FakeExtractor(), items, max_text_chars=1000, skip={"id:a1"}, batch_size=2)
    assert skipped == 1 and [r["article_key"] for r in rows] == ["id:a0", "id:a2", "id:a3"]
    assert [r["line"] for r in rows] == [1, 3, 4] and all(r["n_quotes"] == 1 for r in rows)


def test_a_key_seen_twice_in_one_input_is_processed_once(tmp_path):
    out = tmp_path / "out"
    lines = articles(3) + [{"id": "a1", "text": "Officials said something else entirely."}, articles(1)[0]]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    fake = FakeExtractor()
    summary = run(source, out, extractor=fake, batch_size=2)  # the copies fall in other batches
    assert fake.calls == 3 and (summary.articles, summary.errors) == (5, 2)
    errors = {e["line"]: e for e in read_errors(out)}
    assert {line: (e["code"], e["status"], e["article_key"]) for line, e in errors.items()} == {
        4: ("duplicate_key", 409, "id:a1"), 5: ("duplicate_key", 409, "id:a0")}
    assert errors[4]["article_id"] == "a1"
    quotes = read_quotes(out).to_pylist()
    assert [(q["article_key"], q["text"]) for q in quotes] == [
        ("id:a0", "Officials said talks 0 would resume"), ("id:a1", "Officials said talks 1 would resume"),
        ("id:a2", "Officials said talks 2 would resume")]
    # the duplicates' rows do not stand for their keys: the first copies' rows do
    assert done_keys(out) == {"id:a0", "id:a1", "id:a2"}
    assert run(source, out).skipped == 5


def test_key_claims_answer_the_first_occurrence_again_for_a_retried_batch():
    from quotes.jobs.rows import KeyClaims

    claims = KeyClaims()
    assert claims.claim(["id:x", "id:y", "id:x"], ["line:1", "line:2", "line:3"]) == [True, True, False]
    assert claims.claim(["id:x", "id:y"], ["line:1", "line:9"]) == [True, False]  # line 1 retried


def test_the_local_pools_driver_claims_keys_in_input_order_past_the_skipped_ones():
    from quotes.jobs.local import _claimed
    from quotes.jobs.rows import KeyClaims

    line = lambda n, ident: (n, json.dumps({"id": ident, "text": f"Text {n}."}).encode())
    batches = [[line(1, "x"), line(2, "done"), line(3, "y")], [line(4, "x"), line(5, "done"), line(6, "z")]]
    claimed = list(_claimed(iter(batches), frozenset({"id:done"}), KeyClaims()))
    assert [firsts for _, firsts in claimed] == [[True, True], [False, True]]
    assert [batch for batch, _ in claimed] == batches
