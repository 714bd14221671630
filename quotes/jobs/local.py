"""The local engine: a process pool on this machine, each worker building the extractor once.

The driver streams the input in batches to the workers (results come back in input order), gathers the article rows and writes a part (its quotes, then its articles) every
``rows_per_part`` articles. ``workers=0`` runs in this process (with an extractor you pass: tests,
debugging).
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .output import Summary, write_part
from .rows import KeyClaims, article_table, occurrence, prepare, process_items

_WORKER: dict = {}
# One thread per worker for every math library, set before a worker imports torch and numpy (as
# Ray does for its actors, and gunicorn.conf.py for the service): with a worker per core, their
# own thread pools only compete for the cores. Measured here: 1 worker, 60 dev articles, 0.75 s
# an article without, about 0.3 s with (Ray's actors, which had it, were twice as fast).
WORKER_THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


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


def _work(task: tuple[list, list[bool] | None]) -> tuple[list[dict], int, int]:
    """One batch; ``firsts``: the driver's answer to its keys' claims (None in-process: the run's
    claims are at hand)."""
    batch, firsts = task
    settings = _WORKER["settings"]
    claim = _WORKER["claims"].claim if firsts is None else (lambda keys, occurrences: firsts)
    rows, skipped = process_items(_WORKER["extractor"], batch, max_text_chars=settings["max_text_chars"],
                                  skip=_WORKER["skip"], request_id=settings["run"],
                                  batch_size=settings["batch_size"], claim=claim)
    return rows, skipped, len(batch)


def _claimed(batches, skip: frozenset, claims: KeyClaims):
    """Each batch with its claims made here, in input order (so the first copy of a key in the input
    is the one processed, whichever worker gets it): the keys of the articles not skipped."""
    for batch in batches:
        keyed = [(prepare(item)[0], occurrence(line, item)) for line, item in batch]
        keyed = [(key, seen) for key, seen in keyed if key not in skip]
        yield batch, claims.claim([key for key, _ in keyed], [seen for _, seen in keyed])


def _batches(items: Iterable, size: int):
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@contextlib.contextmanager
def _worker_environment():
    """``os.environ`` with one math thread (unless set) while the pool spawns its workers."""
    added = [name for name in WORKER_THREAD_VARIABLES if name not in os.environ]
    os.environ.update({name: "1" for name in added})
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


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
    claims = KeyClaims()  # a key met twice in the input is processed once (its first copy)
    if workers == 0:
        _WORKER.update(extractor=extractor or extractor_from_config(settings), skip=skip, settings=settings,
                       claims=claims)
        consume(map(_work, ((batch, None) for batch in batches)))
    else:
        # spawn: no fork of a driver holding pyarrow's threads. A worker that dies (killed, out of
        # memory) breaks the pool: the job stops with BrokenProcessPool, keeping the parts written.
        with _worker_environment(), ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker,
                initargs=(settings, skip)) as pool:
            consume(_in_order(pool, _claimed(batches, skip, claims), window=2 * workers))
    flush()
    summary.seconds = time.perf_counter() - started
    return summary
