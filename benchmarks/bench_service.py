"""Throughput benchmark: the service against raw Stanza, in process and over real gunicorn.

Prints, in one run on the same articles (../shared/seeds, ../shared/dev and any --jsonl):

* model load time (in-process ``Annotator``) and gunicorn's start-to-ready time;
* **the ratio**: service time / raw Stanza full-pipeline time (``stanza.Pipeline(text)``: tokenize,
  mwt, pos, lemma, depparse, ner, Stanza's own decoder), article by article, interleaved so that
  the noise of a shared machine falls on both alike; also the ratio of each step on the way
  (the same annotator with full annotation and Stanza's decoder and heads, then with the faster
  decoder, then selective, then + the lean heads of ``quotes.nlp.lean``, then + the tokenizer's
  features computed a paragraph at a time (``lean.FastTokenizationDataset``), then the service:
  + the padded id tensors of POS, the parser and NER in one numpy fill, ``lean.get_long_tensor``, and
  the vocabularies' look-ups inlined, ``lean.vocab_map``);
* articles/s and words/s one article at a time and in batches (``Extractor.extract_many``),
  in process and over HTTP (``/v1/extract`` and ``/v1/extract/batch``);
* p50/p95 latency of ``POST /v1/extract``, one request at a time;
* 1 and 2 gunicorn workers: throughput with one client, then two concurrent clients, on the
  same 2-worker server (the scaling figure), with the CPU seconds each worker used and the
  machine's busy cores meanwhile (on a shared machine the scaling can only be judged with them),
  and RSS/PSS of master and workers.

Absolute times on a shared machine move from run to run; the ratios are the figures to quote.

Usage: STANZA_RESOURCES_DIR=... python benchmarks/bench_service.py [--jsonl FILE] [--rounds N]
       [--batch 16] [--skip-http] [--skip-steps]      (or: make bench)
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import tempfile
import threading
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU jiffies of the whole machine so far (/proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def mb(kb: int) -> str:
    return f"{kb / 1024:7.1f} MB"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def read_articles(extra: list[str]) -> list[dict]:
    shared = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent
    files = [shared / "seeds" / "gold.jsonl", shared / "dev" / "gold.jsonl", *map(Path, extra)]
    articles = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                articles.append({k: doc.get(k) for k in ("text", "outlet", "published") if doc.get(k)})
    return articles


def words(articles) -> int:
    return sum(len(a["text"].split()) for a in articles)


def rate(articles, seconds: float) -> str:
    return f"{len(articles) / seconds:6.2f} articles/s  {words(articles) / seconds:7.0f} words/s"


def batches(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


# --------------------------------------------------------------------------- in process

def in_process(articles, batch_size: int, steps: bool) -> None:
    import torch

    torch.set_num_threads(1)
    from stanza.models.common import chuliu_edmonds

    from quotes.nlp import Annotator, lean, mst
    from quotes.service.loader import build_extractor

    started = time.perf_counter()
    annotator = Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False)
    print(f"model load (in-process Annotator, {annotator.device}): {time.perf_counter() - started:.2f} s")
    extractor = build_extractor(os.environ["STANZA_RESOURCES_DIR"], download=False, annotator=annotator)
    pipeline = annotator._pipeline  # raw Stanza: the same loaded models, called as stanza.Pipeline(text)

    def stock_decoder(on: bool) -> None:
        from stanza.models.depparse import head_constraints, model
        for module in (model, head_constraints):
            module.chuliu_edmonds_one_root = chuliu_edmonds.chuliu_edmonds_one_root if on else mst.one_root_tree

    def raw(a):
        stock_decoder(True)
        try:
            with lean.stock_heads(pipeline):
                pipeline(a["text"])
        finally:
            stock_decoder(False)

    def service(a):
        extractor.extract(a["text"], outlet=a.get("outlet"), published=a.get("published"))

    def stanza_tensors(run):  # Stanza's own padded id tensors and vocabulary look-ups (lean.get_long_tensor,
        def step(a):            # lean.vocab_map off)
            with lean.stock_long_tensor(), lean.stock_vocab_map():
                run(a)
        return step

    def stanza_features(run):  # and Stanza's own tokenizer featurization (lean.FastTokenizationDataset off)
        def step(a):
            annotator.fast_features = False
            try:
                stanza_tensors(run)(a)
            finally:
                annotator.fast_features = True
        return step

    @stanza_features
    def full_stock(a):  # before this work: every sentence parsed and NER-tagged, Stanza's decoder and heads
        annotator.selective = False
        stock_decoder(True)
        try:
            with lean.stock_heads(pipeline):
                service(a)
        finally:
            annotator.selective = True
            stock_decoder(False)

    @stanza_features
    def full_fast(a):  # + the faster exact decoder
        annotator.selective = False
        try:
            with lean.stock_heads(pipeline):
                service(a)
        finally:
            annotator.selective = True

    @stanza_features
    def selective_stock_heads(a):  # + selective parse and NER, lemma cache, batching without copies
        with lean.stock_heads(pipeline):
            service(a)

    lean_heads = stanza_features(service)  # + the lean heads of quotes.nlp.lean

    variants = {"raw": raw, "service": service}
    if steps:
        variants = {"raw": raw, "full+stock decoder": full_stock, "full+fast decoder": full_fast,
                    "+selective": selective_stock_heads, "+lean heads": lean_heads,
                    "+tokenizer features": stanza_tensors(service),  # a paragraph at a time
                    "service": service}  # + padded id tensors in one numpy fill, vocabulary look-ups inlined
    for a in articles[:2]:  # warm-up
        for run in variants.values():
            run(a)
    totals = dict.fromkeys(variants, 0.0)
    for a in articles:
        for name, run in variants.items():
            started = time.perf_counter()
            run(a)
            totals[name] += time.perf_counter() - started
    print(f"in process, one torch thread, {len(articles)} articles ({words(articles):,} words), one at a time, "
          "interleaved article by article:")
    for name, seconds in totals.items():
        print(f"  {name:20s} {seconds:7.2f} s  {rate(articles, seconds)}   / raw Stanza: {seconds / totals['raw']:.3f}")

    one = many = 0.0
    for group in batches(articles, batch_size):
        started = time.perf_counter()
        for a in group:
            service(a)
        one += time.perf_counter() - started
        started = time.perf_counter()
        extractor.extract_many([(a["text"], {"outlet": a.get("outlet"), "published": a.get("published")})
                                for a in group])
        many += time.perf_counter() - started
    print(f"in process, batches of {batch_size} (extract_many) against one at a time, interleaved batch by batch:")
    print(f"  one at a time {one:7.2f} s  {rate(articles, one)}")
    print(f"  batched       {many:7.2f} s  {rate(articles, many)}   speed-up {one / many:.2f}x")


# --------------------------------------------------------------------------- over HTTP

def post(server, path, payload) -> float:
    started = time.perf_counter()
    status, _, raw = http(f"{server.base}{path}", json.dumps(payload).encode(), timeout=600)
    assert status == 200, raw[:500]
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


def clients(server, articles, count: int) -> float:
    """Seconds for ``count`` client threads to send every article once between them, one request at a time each.

    The clients take the next article from one shared queue, as a pipeline's senders would: a fixed split
    (every second article to each) leaves one worker idle while the other finishes the longer half.
    """
    pending = queue.SimpleQueue()
    for article in articles:
        pending.put(article)

    def send() -> None:
        while True:
            try:
                article = pending.get_nowait()
            except queue.Empty:
                return
            post(server, "/v1/extract", article)

    threads = [threading.Thread(target=send) for _ in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def over_http(articles, rounds: int, batch_size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = Gunicorn(Path(tmp) / "one.log", WEB_WORKERS="1", LOG_LEVEL="warning",
                          MAX_BATCH_ARTICLES=str(max(16, batch_size)))
        try:
            print(f"gunicorn 1 worker: ready after {server.wait_ready(300):.2f} s (start, preload, fork)")
            for a in articles[:2]:
                post(server, "/v1/extract", a)
            latencies, one, many = [], 0.0, 0.0
            for _ in range(rounds):
                for group in batches(articles, batch_size):
                    for a in group:
                        latencies.append(post(server, "/v1/extract", a))
                        one += latencies[-1]
                    many += post(server, "/v1/extract/batch", {"articles": group})
            done = articles * rounds
            print(f"over HTTP, 1 gthread worker, 1 torch thread, {rounds} round(s) of {len(articles)} articles, "
                  "one request at a time, then the same articles as batches, interleaved:")
            print(f"  POST /v1/extract       {rate(done, one)}   p50 {statistics.median(latencies) * 1000:.0f} ms"
                  f"   p95 {percentile(latencies, 0.95) * 1000:.0f} ms   max {max(latencies) * 1000:.0f} ms")
            print(f"  POST /v1/extract/batch {rate(done, many)}   ({batch_size} articles a batch; "
                  f"speed-up {one / many:.2f}x)")
            report_memory(server, "1 worker:")
        finally:
            server.stop()

        # Production workers are gthread: one worker may accept both clients' connections and
        # serve them one after another (MAX_ACTIVE=1) while the other idles, so the scaling of the
        # models over two processes is measured with sync workers (one connection each at a time).
        server = Gunicorn(Path(tmp) / "two.log", WEB_WORKERS="2", LOG_LEVEL="warning",
                          GUNICORN_CMD_ARGS="--worker-class sync")
        try:
            print(f"gunicorn 2 workers: ready after {server.wait_ready(300):.2f} s")
            clients(server, articles[:4], 2)  # both workers warm
            workers = server.workers()
            single = double = 0.0
            cpu = {1: [0.0] * len(workers), 2: [0.0] * len(workers)}
            machine = {1: [0, 0], 2: [0, 0]}
            for _ in range(rounds):
                for count in (1, 2):
                    before = [cpu_seconds(pid) for pid in workers]
                    busy_before, total_before = machine_busy()
                    seconds = clients(server, articles, count)
                    busy_after, total_after = machine_busy()
                    cpu[count] = [c + cpu_seconds(pid) - b for c, pid, b in zip(cpu[count], workers, before)]
                    machine[count][0] += busy_after - busy_before
                    machine[count][1] += total_after - total_before
                    if count == 1:
                        single += seconds
                    else:
                        double += seconds
            done = articles * rounds
            load = os.getloadavg()
            print(f"over HTTP, 2 sync workers ({os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} "
                  f"{load[2]:.1f}), one request at a time per client:")
            for count, seconds in ((1, single), (2, double)):
                share = machine[count][0] / max(1, machine[count][1]) * os.cpu_count()
                ours = sum(cpu[count])
                print(f"  {count} client{'s' if count > 1 else ' '} {rate(done, seconds)}"
                      + (f"   scaling {single / double:.2f}x" if count == 2 else ""))
                print(f"      CPU s per worker {' '.join(f'{c:.1f}' for c in cpu[count])} in {seconds:.1f} s wall "
                      f"(workers used {ours / seconds:.2f} cores; the whole machine {share:.2f} of {os.cpu_count()}, "
                      f"others {max(0.0, share - ours / seconds):.2f})")
            report_memory(server, "2 workers:")
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", action="append", default=[], help="more articles (one JSON object a line, 'text')")
    parser.add_argument("--rounds", type=int, default=1, help="rounds over the articles over HTTP (default 1)")
    parser.add_argument("--batch", type=int, default=16, help="articles per batch (default 16)")
    parser.add_argument("--skip-http", action="store_true", help="in-process figures only")
    parser.add_argument("--skip-steps", action="store_true", help="only raw Stanza and the service (no steps between)")
    args = parser.parse_args()
    articles = read_articles(args.jsonl)
    print(f"articles: {len(articles)} ({sum(len(a['text']) for a in articles):,} characters, {words(articles):,} words)")
    in_process(articles, args.batch, steps=not args.skip_steps)
    if not args.skip_http:
        over_http(articles, args.rounds, args.batch)


if __name__ == "__main__":
    main()
