"""Articles per second of the bulk engines on this machine: local and Ray, 1 and 2 workers.

    STANZA_RESOURCES_DIR=../shared/stanza_resources .venv/bin/python benchmarks/bench_bulk.py [ARTICLES.jsonl] [--repeat N]

Input: the dev articles (../shared/dev/gold.jsonl), repeated --repeat times with distinct ids.
Each configuration also runs on a single article, to separate start-up (pool or Ray, one model
per worker) from the per-article rate. Prints one line per configuration and a JSON summary.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", nargs="?", default=str(REPO.parent / "shared" / "dev" / "gold.jsonl"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--configs", default="local:1,local:2,ray:1,ray:2")
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
