"""The local engine: a process pool on this machine, each worker building the extractor once.

The driver streams the input in batches to the workers (results come back in input order), gathers the article rows and writes a part (its quotes, then its articles) every
``rows_per_part`` articles. ``workers=0`` runs in this process (with an extractor you pass: tests,
debugging).
"""
from __future__ import annotations

import collections
import itertools
import multiprocessing
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .output import Summary, write_part
from .rows import article_table, process_items

_WORKER: dict = {}


def extractor_from_config(settings: dict):
    """Build the extractor as the CLI does (one torch thread: one worker per core)."""
    from ..nlp import set_torch_threads
    from ..service.loader import build_extractor

    set_torch_threads(settings.get("torch_threads", 1))
    return build_extractor(settings["resources_dir"], download=settings["download"],
                           registry_path=settings["registry_path"])


def _init_worker(settings: dict, skip: frozenset) -> None:
    _WORKER["extractor"] = extractor_from_config(settings)
    _WORKER["skip"] = skip
    _WORKER["settings"] = settings


def _work(batch: list) -> tuple[list[dict], int, int]:
    settings = _WORKER["settings"]
    rows, skipped = process_items(_WORKER["extractor"], batch, max_text_chars=settings["max_text_chars"],
                                  skip=_WORKER["skip"], request_id=settings["run"],
                                  batch_size=settings["batch_size"])
    return rows, skipped, len(batch)


def _batches(items: Iterable, size: int):
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _in_order(pool, batches, window: int):
    """The results of ``_work`` over ``batches`` in input order, with at most ``window`` batches
    submitted at a time (the input is streamed, never read whole)."""
    futures = collections.deque()
    for batch in batches:
        futures.append(pool.submit(_work, batch))
        if len(futures) >= window:
            yield futures.popleft().result()
    while futures:
        yield futures.popleft().result()


def run_local(items: Iterable, out: Path, summary: Summary, settings: dict, skip: frozenset, *,
              workers: int, rows_per_part: int = 1000, extractor=None,
              progress: Callable[[int, int, int, int], None] | None = None) -> Summary:
    """Process ``items`` into ``out`` (run ``summary.run``); ``progress(read, skipped, quotes, errors)``
    is called after each batch."""
    started = time.perf_counter()
    pending: list[dict] = []
    part = 0

    def flush():
        nonlocal part
        if pending:
            write_part(out, summary.run, part, article_table(pending))
            part += 1
            pending.clear()

    def consume(results):
        for rows, skipped, read in results:
            pending.extend(rows)
            summary.skipped += skipped
            if progress:
                progress(read, skipped, sum(r["n_quotes"] for r in rows), sum(r["error"] is not None for r in rows))
            if len(pending) >= rows_per_part:
                flush()

    batches = _batches(items, settings["batch_size"])
    if workers == 0:
        _WORKER.update(extractor=extractor or extractor_from_config(settings), skip=skip, settings=settings)
        consume(map(_work, batches))
    else:
        # spawn: no fork of a driver holding pyarrow's threads. A worker that dies (killed, out of
        # memory) breaks the pool: the job stops with BrokenProcessPool, keeping the parts written.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_init_worker, initargs=(settings, skip)) as pool:
            consume(_in_order(pool, batches, window=2 * workers))
    flush()
    summary.seconds = time.perf_counter() - started
    return summary
