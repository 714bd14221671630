"""Bulk ingest on SQLite and on a real PostgreSQL: ``Store.ingest_many`` (batches in one
transaction) against ``Store.ingest`` (the API's, one by one), idempotence, conflicts, atomic
batches, a bulk job's DIR into the store (``--ingest`` and ``bulk-ingest``), a database that goes
away part-way, and bad store URLs on the command line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from models.tables import Quote, Statement
from quotes.jobs import IngestError, read_articles, run_bulk, run_ingest
from quotes.linking import Linker
from quotes.service.config import app_config
from quotes.store import ArticleConflict, Store
from quotes.testing.results import FakeExtractor, article, person, store_snapshot

REPO = Path(__file__).resolve().parents[2]
CONFIG = {**app_config({}), "MAX_TEXT_CHARS": 1000}
SAID = "Pakistan will not tolerate any terrorist attacks on its soil and will answer any adventurism"
TALKS = "Pakistan and the Afghan Taliban have agreed to resume stalled talks in Istanbul next week"


def corpus() -> list[tuple[dict, str]]:
    """Articles that exercise linking: one person under two spellings across outlets (one statement),
    a namesake with another affiliation, an organization, anonymous sources that link, and an
    unknown speaker."""
    items = []
    for n, (name, outlet, day) in enumerate([("Khawaja Asif", "Dawn", "2025-10-30"),
                                             ("Khawaja Mohammad Asif", "Reuters", "2025-10-31"),
                                             ("Khawaja Asif", "Geo", "2025-11-20")]):
        body = f'"{SAID}," {name} said on X. Story {n}.'
        items.append((article(body, [{"text": SAID, "speaker": "s1"}],
                              [person("s1", name, affiliation="Pakistan")], id=f"asif-{n}", outlet=outlet,
                              published=day), body))
    body = '"We will fight the case in court," Ali Asif of the Lahore Bar said.'
    items.append((article(body, [{"text": "We will fight the case in court,", "speaker": "s1"}],
                          [person("s1", "Ali Asif", affiliation="Lahore Bar")], id="bar", published="2025-10-30"),
                  body))
    for n, source in enumerate(["diplomatic sources", "sources"]):
        body = f"{TALKS}, {source} said."
        items.append((article(body, [{"text": TALKS, "speaker": "s1", "type": "indirect"}],
                              [{"id": "s1", "name": source, "type": "anonymous", "description": source}],
                              url=f"https://example.com/talks/{n}", published="2025-10-30"), body))
    body = '"Prices of wheat will be fixed by the end of the month," the Food Ministry said. Someone added more.'
    items.append((article(body, [{"text": "Prices of wheat will be fixed by the end of the month,", "speaker": "s1"},
                                 {"text": "Someone added more", "speaker": None}],
                          [{"id": "s1", "name": "Food Ministry", "type": "organization"}], published="2025-10-29"),
                  body))
    return items


def open_store(url: str) -> Store:
    store = Store(url, Linker(), window_days=3)
    store.migrate()
    return store


def test_batches_store_what_one_by_one_stores(new_database_url):
    one_by_one, batched = open_store(new_database_url()), open_store(new_database_url())
    items = corpus()
    for result, body in items:
        one_by_one.ingest(result, body)
    outcomes = batched.ingest_many(items[:3]) + batched.ingest_many(items[3:])
    assert all(o is not None and not isinstance(o, ArticleConflict) for o in outcomes)
    expected = store_snapshot(one_by_one)
    assert store_snapshot(batched) == expected
    assert expected["counts"]["articles"] == 7 and expected["counts"]["quotes"] == 8
    # the two spellings are one speaker, the namesake another; the Asif statement of Oct 30-31 links
    # the first two articles, not the third (three weeks later); the two anonymous reports link
    assert [s[1] for s in expected["speakers"] if s[0] == "person"] == ["Ali Asif", "Khawaja Asif"]
    linked = [group for group in expected["statements"] if len(group) > 1]
    assert sorted(sorted(key for key, _ in group) for group in linked) == [
        ["asif-0", "asif-1"], ["https://example.com/talks/0", "https://example.com/talks/1"]]
    assert outcomes[1].linked_quotes == 1 and outcomes[1].new_speakers == 0
    one_by_one.dispose()
    batched.dispose()


def test_unchanged_articles_are_skipped_and_changed_ones_replaced(store):
    items = corpus()
    store.ingest_many(items)
    before = store_snapshot(store)
    assert store.ingest_many(items) == [None] * len(items)  # nothing to do: skipped
    assert store_snapshot(store) == before
    result, body = items[0]
    retitled = {**result, "article": {**result["article"], "title": "A new headline"}}
    newer_model = {**result, "meta": {**result["meta"], "model_package": "newer"}}
    edited_body = body.replace("Story 0", "Story 0, updated")
    edited = article(edited_body, [{"text": SAID, "speaker": "s1"}], [person("s1", "Khawaja Asif", affiliation="Pakistan")],
                     id="asif-0", outlet="Dawn", published="2025-10-30")
    for changed, changed_body in ((retitled, body), (newer_model, body), (edited, edited_body)):
        [report] = store.ingest_many([(changed, changed_body)])
        assert report.replaced and report.quotes == 1
    assert store.ingest_many([(items[0][0], body)], skip_unchanged=False)[0].replaced  # as the API: replaced
    assert store_snapshot(store) == before


def test_a_conflicting_article_is_refused_alone(store):
    items = corpus()
    store.ingest_many([items[0], items[4]])  # id asif-0; url .../talks/0
    talks, body = items[4]
    # a new text with the id of one stored article and the url of the other
    clash = {**talks, "article": {**talks["article"], "id": "asif-0"}}
    outcomes = store.ingest_many([items[2], (clash, body + " Updated."), items[3]])
    assert isinstance(outcomes[1], ArticleConflict)
    assert outcomes[0].quotes == 1 and outcomes[2].quotes == 1  # the batch around it is stored
    assert store.counts()["articles"] == 4 and store.counts()["quotes"] == 4


def test_a_batch_that_fails_stores_nothing_of_it(store):
    items = corpus()
    store.ingest_many(items[:2])
    before = store_snapshot(store)
    broken = json.loads(json.dumps(items[3][0]))
    del broken["quotes"][0]["text"]  # not the API's JSON: the ingest fails half-way through the batch
    with pytest.raises(KeyError):
        store.ingest_many([items[2], (broken, items[3][1]), items[4]])
    assert store_snapshot(store) == before
    store.ingest_many(items)
    assert store.counts()["articles"] == 7


# ---------------------------------------------------------------- a bulk job's DIR into the store

def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def archive(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"a{i}", "text": f"Officials said talks {i % 3} would resume. Nothing else {i}.",
             "outlet": "Wire", "published": f"2025-10-{10 + i % 5:02d}"} for i in range(start, start + n)]


def test_bulk_ingest_is_the_api_ingest_and_is_idempotent(tmp_path, new_database_url):
    records = archive(12) + ["{not json", {"id": "a3", "text": "A duplicate key: processed once, not stored."}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    api, bulk, later = (open_store(new_database_url()) for _ in range(3))
    fake = FakeExtractor()
    for record in records[:12]:  # POST /v1/articles, one by one, in input order
        request = {k: v for k, v in record.items() if k != "text"}
        api.ingest(fake.extract(record["text"], **request), record["text"])
    summary = run_bulk(source, tmp_path / "out", config=CONFIG, workers=0, extractor=FakeExtractor(), store=bulk,
                       ingest_batch=5)
    assert summary.ingest["stored"] == 12 and summary.ingest["quotes"] == 12
    assert summary.ingest["speakers_linked"] == 12 and summary.ingest["skipped"] == 0
    assert store_snapshot(bulk) == store_snapshot(api)
    recorded = json.loads((tmp_path / "out" / "runs" / f"{summary.run}.json").read_text())
    assert recorded["ingest"]["stored"] == 12
    # a rerun: nothing extracted, nothing stored again
    again = run_bulk(source, tmp_path / "out", config=CONFIG, workers=0, extractor=FakeExtractor(), store=bulk)
    assert (again.articles, again.ingest["stored"], again.ingest["replaced"], again.ingest["skipped"]) == (0, 0, 0, 12)
    assert store_snapshot(bulk) == store_snapshot(api)
    # a DIR extracted without --ingest, ingested afterwards, twice
    assert run_ingest(tmp_path / "out", later).stored == 12
    assert run_ingest(tmp_path / "out", later).skipped == 12
    assert store_snapshot(later) == store_snapshot(api)
    for opened in (api, bulk, later):
        opened.dispose()


def test_a_dir_written_without_results_is_counted_not_stored(tmp_path, store):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    run_bulk(write_jsonl(tmp_path / "in.jsonl", archive(3)), out, config=CONFIG, workers=0, extractor=FakeExtractor())
    for path in (out / "articles").rglob("*.parquet"):  # as the job wrote them before the ingest existed
        pq.write_table(pq.read_table(path).drop_columns(["text", "result"]), path)
    summary = run_ingest(out, store)
    assert (summary.articles, summary.unreadable, summary.stored, summary.refused) == (3, 3, 0, 3)
    assert "3 without a stored result" in summary.line() and store.counts()["articles"] == 0


def test_ingest_after_a_resumed_job_stores_only_the_rest(tmp_path, store):
    out = tmp_path / "out"
    first = run_bulk(write_jsonl(tmp_path / "part.jsonl", archive(4)), out, config=CONFIG, workers=0,
                     extractor=FakeExtractor(), store=store)
    assert first.ingest["stored"] == 4
    whole = run_bulk(write_jsonl(tmp_path / "whole.jsonl", archive(9)), out, config=CONFIG, workers=0,
                     extractor=FakeExtractor(), store=store)
    assert (whole.articles, whole.skipped) == (5, 4)
    assert (whole.ingest["stored"], whole.ingest["skipped"]) == (5, 4)
    assert store.counts()["articles"] == 9 == read_articles(out).num_rows


def test_a_store_that_goes_away_part_way_is_repaired_by_a_rerun(tmp_path, new_database_url, request):
    url = new_database_url()
    if not url.startswith("postgresql"):
        pytest.skip("a database server that refuses connections part-way: PostgreSQL only")
    server = request.getfixturevalue("pg_server")
    name = url.rsplit("/", 1)[1]
    out = tmp_path / "out"
    run_bulk(write_jsonl(tmp_path / "in.jsonl", archive(10)), out, config=CONFIG, workers=0,
             extractor=FakeExtractor())
    store = open_store(url)
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")

    def close_database(articles, quotes):  # after the first batch: the database refuses everyone
        with admin.connect() as connection:
            connection.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
            connection.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))

    with pytest.raises(IngestError, match="run the same command again"):
        run_ingest(out, store, batch=4, progress=close_database)
    with admin.connect() as connection:
        connection.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
    store.dispose()
    store = open_store(url)
    assert store.counts()["articles"] == 4  # the first batch, whole; nothing of the second
    rerun = run_ingest(out, store, batch=4)
    assert (rerun.stored, rerun.skipped) == (6, 4)
    reference = open_store(new_database_url())
    run_ingest(out, reference)
    assert store_snapshot(store) == store_snapshot(reference)
    for opened in (store, reference):
        opened.dispose()
    admin.dispose()


def quotes_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_bad_store_urls_stop_the_commands_before_any_work(tmp_path):  # (the command line: once, not per backend)
    source = write_jsonl(tmp_path / "in.jsonl", archive(2))
    done = quotes_cli("bulk", str(source), "--out", str(tmp_path / "out"), "--ingest", "--store-url", "mysql://x/y")
    assert done.returncode == 3, done.stderr
    assert "--store-url" in done.stderr and "sqlite:///" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()  # refused before the extraction
    done = quotes_cli("bulk", str(source), "--out", str(tmp_path / "out"), "--store-url", "sqlite:///x.sqlite3")
    assert done.returncode == 2 and "go with --ingest" in done.stderr, done.stderr
    unreachable = "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2"
    done = quotes_cli("bulk-ingest", str(tmp_path), "--store-url", unreachable)
    assert done.returncode == 3 and "cannot open the quote store" in done.stderr, done.stderr
    done = quotes_cli("bulk-ingest", str(tmp_path), "--store-url", f"sqlite:///{tmp_path / 'store.sqlite3'}")
    assert done.returncode == 2 and "no bulk job output" in done.stderr, done.stderr


def test_quotes_of_one_article_that_join_its_own_statements_store_alike_batched_and_one_by_one(new_database_url):
    # "The dam will be finished ...," he said. "Farmers ... wheat," he added. Later he says both in
    # one quotation: the third quote links to the first two, whose statements (both new in this
    # article) become one; an article of the next day repeating the first sentence joins it.
    first = "The river dam will be finished by spring next year"
    second = "farmers in the valley will get water for their wheat crops"
    both = f"{first} and {second}"
    body = f'"{first}," Imran Khan said. "{second}," he added. "{both}," he told reporters.'
    own = article(body, [{"text": first, "speaker": "s1"}, {"text": second, "speaker": "s1"},
                         {"text": both, "speaker": "s1"}], [person("s1", "Imran Khan")], id="dam-1",
                  published="2025-10-30")
    later = f'"{first}," Imran Khan said again.'
    items = [(own, body), (article(later, [{"text": first, "speaker": "s1"}], [person("s1", "Imran Khan")],
                                   id="dam-2", outlet="Geo", published="2025-10-31"), later)]
    one_by_one, batched = open_store(new_database_url()), open_store(new_database_url())
    reports = [one_by_one.ingest(result, text)[0] for result, text in items]
    outcomes = batched.ingest_many(items)
    assert [(r.new_statements, r.linked_quotes) for r in outcomes] == [(2, 1), (0, 1)]
    assert [(r.new_statements, r.linked_quotes) for r in reports] == [(2, 1), (0, 1)]
    expected = store_snapshot(one_by_one)
    assert store_snapshot(batched) == expected
    assert expected["counts"]["statements"] == 1 and expected["counts"]["statement_links"] == 4
    for store in (one_by_one, batched):
        (statement,) = store.statements()["statements"]
        assert statement["quote_count"] == 4 and statement["earliest_date"] == "2025-10-30"
        assert statement["article_count"] == 2 and statement["first"]["quote_id"] == "q1"
        with store.db.reading() as session:  # its first quote is the article's first, as stored
            first_quote = session.execute(select(Quote.local_id, Quote.text).join(
                Statement, Statement.first_quote_id == Quote.id)).one()
        assert tuple(first_quote) == ("q1", first)
        store.dispose()


def test_an_affiliation_given_earlier_in_the_same_article_keeps_a_namesake_apart(new_database_url):
    # A first article names "Muhammad Khan" with no affiliation. A second names Pakistan's Muhammad
    # Khan (the same man: nothing conflicts) and then Afghanistan's Muhammad Khan: the affiliation
    # the first mention just gave him conflicts, so the second is another person, though the
    # article's mentions are stored only after all its speakers are matched.
    first = '"The border will stay open for trade," Muhammad Khan said.'
    said = "The border will stay open for trade,"
    second_text = ('"We will discuss the border again next week," Pakistan\'s Muhammad Khan said. '
                   '"Our traders want the crossing open every day," Afghanistan\'s Muhammad Khan said.')
    items = [(article(first, [{"text": said, "speaker": "s1"}], [person("s1", "Muhammad Khan")], id="khan-1",
                      published="2025-10-30"), first),
             (article(second_text, [{"text": "We will discuss the border again next week,", "speaker": "s1"},
                                    {"text": "Our traders want the crossing open every day,", "speaker": "s2"}],
                      [person("s1", "Muhammad Khan", affiliation="Pakistan"),
                       person("s2", "Muhammad Khan", affiliation="Afghanistan")], id="khan-2",
                      published="2025-10-31"), second_text)]
    one_by_one, batched = open_store(new_database_url()), open_store(new_database_url())
    for result, text in items:
        one_by_one.ingest(result, text)
    outcomes = batched.ingest_many(items)
    expected = store_snapshot(one_by_one)
    assert store_snapshot(batched) == expected
    assert [s[3] for s in expected["speakers"] if s[1] == "Muhammad Khan"] == [("khan-1", "khan-2"), ("khan-2",)]
    assert outcomes[1].new_speakers == 1
    assert outcomes[1].speaker_ids["s1"] == outcomes[0].speaker_ids["s1"] != outcomes[1].speaker_ids["s2"]
    one_by_one.dispose()
    batched.dispose()
