"""Articles per second of the bulk engines on this machine: local and Ray, 1 and 2 workers; and of
the bulk ingest into the quote store.

    STANZA_RESOURCES_DIR=../shared/stanza_resources .venv/bin/python benchmarks/bench_bulk.py [ARTICLES.jsonl] [--repeat N]
    .venv/bin/python benchmarks/bench_bulk.py --ingest [--copies 20] [--batches 100,1] [--postgres]

Input: the dev articles (../shared/dev/gold.jsonl), repeated --repeat times with distinct ids.
Each configuration also runs on a single article, to separate start-up (pool or Ray, one model
per worker) from the per-article rate. Prints one line per configuration and a JSON summary.

``--ingest``: the articles are extracted once (in this process), then their rows are copied
``--copies`` times into a DIR of one finished run — each copy a distinct article (its own id, a
line added to the text) published a week after the previous copy, with its statement dates moved
along, so the same people speak again every week and only the quotes of one copy link — and that
DIR is ingested (``run_ingest``) into a new SQLite store, and with ``--postgres`` a throwaway
PostgreSQL, once per ``--batches`` size (articles per transaction). It prints articles/s and
quotes/s, and the size of the article Parquet with and without the ``text`` and ``result``
columns the ingest reads.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("STANZA_RESOURCES_DIR", str(REPO.parent / "shared" / "stanza_resources"))

from quotes.jobs import run_bulk  # noqa: E402
from quotes.service.config import app_config  # noqa: E402


def shifted(day: str | None, weeks: int) -> str | None:
    """An ISO date (or date-time) ``weeks`` weeks later; other values as they are."""
    from datetime import date, timedelta

    try:
        moved = date.fromisoformat(day[:10]) + timedelta(weeks=weeks)
    except (TypeError, ValueError):
        return day
    return moved.isoformat() + day[10:]


def copy_rows(rows: list[dict], copies: int) -> list[dict]:
    """``copies`` distinct articles per extracted article row (see the module's docstring)."""
    out = []
    for copy in range(copies):
        for row in rows:
            result = json.loads(row["result"])
            article = result["article"]
            article["id"] = f"{article['id']}-copy{copy}"
            article["published"] = shifted(article.get("published") or "2025-10-01", copy)
            for quote in result["quotes"]:
                quote["date"] = article["published"]
                statement_date = quote.get("statement_date") or {}
                if statement_date.get("value"):
                    statement_date["value"] = shifted(statement_date["value"], copy)
            out.append({**row, "article_key": f"id:{article['id']}", "article_id": article["id"],
                        "published": article["published"], "text": row["text"] + f"\n(Copy {copy}.)",
                        "result": json.dumps(result, ensure_ascii=False, sort_keys=True)})
    return out


def parquet_bytes(table) -> int:
    import io

    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.tell()


def bench_ingest(args, big: Path, work: Path) -> int:
    from quotes.extraction import Extractor
    from quotes.jobs import read_articles, run_ingest
    from quotes.jobs.output import ARTICLES, Summary, new_run_id, write_atomically, write_summary
    from quotes.jobs.rows import ARTICLE_SCHEMA
    from quotes.linking import Linker
    from quotes.nlp import set_torch_threads
    from quotes.service.loader import build_extractor
    from quotes.store import Store

    config = app_config()
    set_torch_threads(1)
    extractor = build_extractor(config["STANZA_RESOURCES_DIR"], download=False, registry_path=config["SPEAKER_REGISTRY"])
    assert isinstance(extractor, Extractor)
    extracted = run_bulk(big, work / "extracted", config=config, workers=0, extractor=extractor)
    articles = read_articles(work / "extracted")
    rows = [r for r in articles.to_pylist() if r["status"] == 200]
    plain = articles.drop_columns(["text", "result"])
    print(f"extracted {extracted.articles} articles ({extracted.quotes} quotes) in {extracted.seconds:.1f} s; "
          f"article Parquet {parquet_bytes(articles) / 1024:.0f} KiB, without text and result "
          f"{parquet_bytes(plain) / 1024:.0f} KiB; quote Parquet unchanged")
    copied = copy_rows(rows, args.copies)
    run = new_run_id()
    source = work / "copies"
    write_atomically(__import__("pyarrow").Table.from_pylist(copied, schema=ARTICLE_SCHEMA),
                     source / ARTICLES / run / "part-00000.parquet")
    write_summary(source, Summary(run=run, engine="bench", workers=0))
    quotes = sum(r["n_quotes"] for r in copied)
    servers, targets = [], [("sqlite", lambda n: f"sqlite:///{work / f'store-{n}.sqlite3'}")]
    if args.postgres:
        from sqlalchemy import create_engine, text

        from quotes.testing.postgres import PostgresServer

        server = PostgresServer().start()
        servers.append(server)

        def pg(n):
            admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f"CREATE DATABASE bench{n}"))
            admin.dispose()
            return server.database_url(f"bench{n}")

        targets.append(("postgresql", pg))
    results = []
    try:
        for backend, make_url in targets:
            for batch in (int(b) for b in args.batches.split(",")):
                store = Store(make_url(batch), Linker(), window_days=config["STATEMENT_WINDOW_DAYS"])
                store.migrate()
                summary = run_ingest(source, store, batch=batch)
                again = run_ingest(source, store, batch=batch)
                counts = store.counts()
                store.dispose()
                assert summary.stored == len(copied) and summary.quotes == quotes and again.skipped == len(copied)
                results.append({"backend": backend, "batch": batch, "articles": summary.stored, "quotes": summary.quotes,
                                "seconds": round(summary.seconds, 2),
                                "articles_per_s": round(summary.stored / summary.seconds, 1),
                                "quotes_per_s": round(summary.quotes / summary.seconds, 1),
                                "rerun_skip_s": round(again.seconds, 2), "store": counts,
                                "load": os.getloadavg()[0]})
                print(f"ingest {backend:10} batch {batch:>3}: {summary.stored} articles, {summary.quotes} quotes in "
                      f"{summary.seconds:.1f} s = {summary.stored / summary.seconds:.1f} articles/s, "
                      f"{summary.quotes / summary.seconds:.0f} quotes/s; rerun (all skipped) {again.seconds:.1f} s; "
                      f"{summary.linked_quotes} quotes linked; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        for server in servers:
            server.stop()
    print(json.dumps(results))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", nargs="?", default=str(REPO.parent / "shared" / "dev" / "gold.jsonl"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--configs", default="local:1,local:2,ray:1,ray:2")
    parser.add_argument("--ingest", action="store_true", help="time the bulk ingest into the quote store instead")
    parser.add_argument("--copies", type=int, default=20, help="--ingest: copies of each extracted article")
    parser.add_argument("--batches", default="100,1", help="--ingest: articles per transaction, comma-separated")
    parser.add_argument("--postgres", action="store_true", help="--ingest: also into a throwaway PostgreSQL")
    args = parser.parse_args()
    records = [json.loads(line) for line in Path(args.articles).read_text(encoding="utf-8").splitlines() if line]
    work = Path(tempfile.mkdtemp(prefix="bench-bulk-"))
    big, one = work / "articles.jsonl", work / "one.jsonl"
    with open(big, "w", encoding="utf-8") as sink:
        for r in range(args.repeat):
            for i, record in enumerate(records):
                sink.write(json.dumps({"id": f"{r}-{i}", "text": record["text"], "published": record.get("published")}) + "\n")
    one.write_text(json.dumps({"id": "one", "text": records[0]["text"]}) + "\n", encoding="utf-8")
    chars = sum(len(r["text"]) for r in records) / len(records)
    if args.ingest:
        return bench_ingest(args, big, work)
    print(f"{len(records) * args.repeat} articles of {chars:.0f} characters on average; load {os.getloadavg()}")
    results = []
    for spec in args.configs.split(","):
        engine, workers = spec.split(":")
        workers = int(workers)
        startup = run_bulk(one, work / f"{spec}-one", config=app_config(), engine=engine, workers=workers).seconds
        summary = run_bulk(big, work / f"{spec}-big", config=app_config(), engine=engine, workers=workers)
        steady = summary.articles / max(summary.seconds - startup, 1e-9)
        results.append({"engine": engine, "workers": workers, "articles": summary.articles,
                        "seconds": round(summary.seconds, 1), "articles_per_s": round(summary.articles_per_second, 3),
                        "startup_s": round(startup, 1), "steady_articles_per_s": round(steady, 3),
                        "load": os.getloadavg()[0]})
        print(f"{engine:5} {workers} workers: {summary.articles} articles in {summary.seconds:.1f} s = "
              f"{summary.articles_per_second:.2f} articles/s; start-up (1 article) {startup:.1f} s; "
              f"without it {steady:.2f} articles/s; load {os.getloadavg()[0]:.1f}", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
