"""Service benchmark through REAL gunicorn (gunicorn.conf.py, preload) over HTTP on loopback.

Prints:
* model load time (in-process ``Annotator``), and gunicorn's start-to-ready time;
* latency p50/p95 of POST /v1/extract over the five seed articles, several rounds, sequential
  requests (one at a time, so it is per-request latency, not throughput), with 1 worker;
* resident memory from /proc/PID/smaps_rollup: RSS and PSS of the master and of each worker,
  with 1 worker and with 2 workers (PSS splits shared pages between the processes sharing them,
  so a worker's PSS well below its RSS is the copy-on-write sharing of the preloaded model).

Usage: STANZA_RESOURCES_DIR=... python benchmarks/bench_service.py [--rounds 5]   (or: make bench)
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from quotes.testing.gunicorn import Gunicorn, http

REPO = Path(__file__).resolve().parent.parent


def memory_kb(pid: int) -> dict[str, int]:
    """Rss and Pss (kB) of ``pid`` from /proc/PID/smaps_rollup."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key] = int(rest.split()[0])
    return values


def mb(kb: int) -> str:
    return f"{kb / 1024:7.1f} MB"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def seed_articles() -> list[tuple[str, bytes]]:
    seeds = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"
    return [(p.name, json.dumps({"text": p.read_text(encoding="utf-8"), "id": p.name}).encode())
            for p in sorted(seeds.glob("*.txt"))]


def model_load_seconds() -> float:
    from quotes.nlp import Annotator

    started = time.perf_counter()
    Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False)
    return time.perf_counter() - started


def report_memory(server: Gunicorn, label: str) -> None:
    master = memory_kb(server.proc.pid)
    print(f"  {label} master pid {server.proc.pid}: RSS {mb(master['Rss'])}  PSS {mb(master['Pss'])}")
    total_pss = master["Pss"]
    for pid in server.workers():
        worker = memory_kb(pid)
        total_pss += worker["Pss"]
        print(f"  {label} worker pid {pid}: RSS {mb(worker['Rss'])}  PSS {mb(worker['Pss'])}"
              f"  (shared/not counted: {mb(worker['Rss'] - worker['Pss'])})")
    print(f"  {label} total PSS (real memory of the whole service): {mb(total_pss)}")


def warm(server: Gunicorn, articles, times: int) -> None:
    for _ in range(times):
        for _, body in articles:
            status, _, raw = http(f"{server.base}/v1/extract", body, timeout=300)
            assert status == 200, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds over the five seeds (default 5)")
    args = parser.parse_args()
    articles = seed_articles()
    print(f"seed articles: {len(articles)} ({sum(len(json.loads(b)['text']) for _, b in articles):,} characters)")
    print(f"model load (in-process Annotator): {model_load_seconds():.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        server = Gunicorn(Path(tmp) / "one.log", WEB_WORKERS="1", LOG_LEVEL="warning")
        try:
            print(f"gunicorn 1 worker: ready after {server.wait_ready(300):.2f} s (start, preload, fork)")
            warm(server, articles, 1)
            latencies = {name: [] for name, _ in articles}
            for _ in range(args.rounds):
                for name, body in articles:
                    started = time.perf_counter()
                    status, _, raw = http(f"{server.base}/v1/extract", body, timeout=300)
                    latencies[name].append((time.perf_counter() - started) * 1000)
                    assert status == 200, raw
            every = [ms for values in latencies.values() for ms in values]
            print(f"latency POST /v1/extract, real gunicorn over HTTP, 1 sync worker, 1 torch thread, "
                  f"{len(every)} sequential requests ({args.rounds} rounds x {len(articles)} seeds, after 1 warm-up round):")
            print(f"  p50 {statistics.median(every):.0f} ms   p95 {percentile(every, 0.95):.0f} ms   "
                  f"mean {statistics.fmean(every):.0f} ms   max {max(every):.0f} ms")
            for name, values in latencies.items():
                print(f"    {name}: median {statistics.median(values):.0f} ms")
            report_memory(server, "1 worker:")
        finally:
            server.stop()

        server = Gunicorn(Path(tmp) / "two.log", WEB_WORKERS="2", LOG_LEVEL="warning")
        try:
            print(f"gunicorn 2 workers: ready after {server.wait_ready(300):.2f} s")
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(2) as pool:  # both workers serve requests before measuring
                list(pool.map(lambda _: warm(server, articles, 1), range(2)))
            report_memory(server, "2 workers:")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
