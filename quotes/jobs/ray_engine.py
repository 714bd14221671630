"""The Ray engine: Ray Data reads the input, a pool of actors (each building the extractor once)
extracts batch by batch, and Ray Data writes the Parquet files.

    read (JSONL: JsonLinesDatasource; Parquet: read_parquet)
      -> map_batches(ExtractBatch, ActorPoolStrategy(size=workers), num_cpus=1[, num_gpus])  -> write_parquet(DIR/articles/RUN)
    read_parquet(DIR/articles/RUN) -> map_batches(flatten)                        -> write_parquet(DIR/quotes/RUN)

Ray runs on this machine (a local Ray instance, started and stopped by the job) unless
``RAY_ADDRESS`` names a cluster (``ray://head:10001`` or ``auto``); an already initialised Ray
(tests) is used as it is. Every node needs this package, its requirements and the Stanza models
at the same ``STANZA_RESOURCES_DIR``, and ``DIR`` must be storage every node sees.

Ray Data's ``read_json`` is not used for JSONL: it fails the whole job on the first line that is
not JSON (and ``read_text`` on the first byte that is not UTF-8, splitting on more than ``\\n``);
the small datasource below yields each line as bytes with its number, and a bad line becomes an
error row like any rejected article.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import ray
from ray.data.datasource import FileBasedDatasource

from .local import extractor_from_config
from .output import ARTICLES, QUOTES, Summary
from .readers import input_format, numbered_lines, parquet_columns
from .rows import KeyClaims, article_table, flatten, process_items

log = logging.getLogger(__name__)
_READ_CHUNK = 1 << 20
_LINES_PER_BLOCK = 256


class JsonLinesDatasource(FileBasedDatasource):
    """Each non-blank line of the JSONL files as ``{"line": number, "raw": bytes}``."""

    _FILE_EXTENSIONS = ["jsonl", "json", "ndjson"]

    def _read_stream(self, f: pa.NativeFile, path: str):
        numbers, raws = [], []
        for number, raw in numbered_lines(_lines(f)):
            numbers.append(number)
            raws.append(raw)
            if len(raws) >= _LINES_PER_BLOCK:
                yield pa.table({"line": pa.array(numbers, pa.int64()), "raw": pa.array(raws, pa.binary())})
                numbers, raws = [], []
        if raws:
            yield pa.table({"line": pa.array(numbers, pa.int64()), "raw": pa.array(raws, pa.binary())})


def _lines(f):
    """The ``\\n``-terminated lines of a pyarrow file, read in chunks."""
    rest = b""
    while chunk := f.read(_READ_CHUNK):
        rest += chunk
        *lines, rest = rest.split(b"\n")
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


@ray.remote(num_cpus=0)
class ProgressCounter:
    """Counts what the actors have done, for the driver's progress bar."""

    def __init__(self):
        self.totals = [0, 0, 0, 0]  # read, skipped, quotes, errors

    def add(self, *counts):
        self.totals = [a + b for a, b in zip(self.totals, counts)]

    def get(self):
        return list(self.totals)


@ray.remote(num_cpus=0)
class RunKeys:
    """The run's keys (:class:`~quotes.jobs.rows.KeyClaims`), shared by the actors: of two articles
    with one key, the one whose batch claims it first is processed, the other is a duplicate_key row."""

    def __init__(self):
        self.claims = KeyClaims()

    def claim(self, keys, occurrences):
        return self.claims.claim(keys, occurrences)


class ExtractBatch:
    """The callable class of ``map_batches``: one extractor per actor, built in ``__init__``."""

    def __init__(self, settings: dict, skip: frozenset, counter=None, keys=None):
        self.settings = settings
        self.skip = skip
        self.counter = counter
        self.keys = keys
        self.extractor = extractor_from_config(settings)

    def _claim(self, keys, occurrences):
        return ray.get(self.keys.claim.remote(keys, occurrences))

    def __call__(self, batch: pa.Table) -> pa.Table:
        if "raw" in batch.column_names:
            items = list(zip(batch.column("line").to_pylist(), batch.column("raw").to_pylist()))
        else:
            items = [(None, row) for row in batch.to_pylist()]
        settings = self.settings
        rows, skipped = process_items(self.extractor, items, max_text_chars=settings["max_text_chars"],
                                      skip=self.skip, request_id=settings["run"],
                                      batch_size=settings["batch_size"],
                                      claim=self._claim if self.keys is not None else None)
        if self.counter is not None:
            self.counter.add.remote(len(items), skipped, sum(r["n_quotes"] for r in rows),
                                    sum(r["error"] is not None for r in rows))
        return article_table(rows)


def _flatten_batch(batch: pa.Table) -> pa.Table:
    return flatten(batch)


def start_ray(workers: int | None) -> bool:
    """Initialise Ray unless it is; True when this call started it (and the job must stop it)."""
    if ray.is_initialized():
        return False
    options = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
    if not os.environ.get("RAY_ADDRESS"):
        # a local instance: one logical CPU more than the workers, for the read and write tasks
        # (actors holding every CPU would leave the reads unscheduled)
        options["num_cpus"] = (workers or max(1, (os.cpu_count() or 2) - 1)) + 1
    ray.init(**options)
    return True


def default_workers() -> tuple[int, float]:
    """(actors, GPUs per actor) for the connected cluster: one actor per GPU when there are GPUs,
    else one per CPU less one (for reading and writing)."""
    resources = ray.cluster_resources()
    gpus = int(resources.get("GPU", 0))
    if gpus:
        return gpus, 1.0
    return max(1, int(resources.get("CPU", 2)) - 1), 0.0


def run_ray(source: str | Path, out: Path, summary: Summary, settings: dict, skip: frozenset, *,
            workers: int | None, progress: Callable[[int, int, int, int], None] | None = None) -> Summary:
    started_ray = start_ray(workers)
    try:
        return _run(source, out, summary, settings, skip, workers=workers, progress=progress)
    finally:
        if started_ray:
            ray.shutdown()


def _run(source, out, summary, settings, skip, *, workers, progress):
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False  # the job's own progress bar (tqdm) reports
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    started = time.perf_counter()
    default_actors, gpus_per_actor = default_workers()
    actors = workers or default_actors
    if gpus_per_actor:
        gpus_per_actor = min(1.0, ray.cluster_resources().get("GPU", 0) / actors)
    summary.workers = actors
    summary.extra.update({"ray_address": os.environ.get("RAY_ADDRESS") or "local", "gpus_per_actor": gpus_per_actor})

    source = str(Path(source).resolve())
    if input_format(source) == "jsonl":
        dataset = ray.data.read_datasource(JsonLinesDatasource(source))
    else:
        dataset = ray.data.read_parquet(source).select_columns(parquet_columns(source))
    counter = ProgressCounter.remote()
    keys = RunKeys.remote()
    articles = dataset.map_batches(
        ExtractBatch, batch_size=settings["batch_size"], batch_format="pyarrow",
        fn_constructor_kwargs={"settings": settings, "skip": skip, "counter": counter, "keys": keys},
        compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1, num_gpus=gpus_per_actor or None)
    articles_dir = out / ARTICLES / summary.run
    quotes_dir = out / QUOTES / summary.run

    stop = threading.Event()
    poller = threading.Thread(target=_poll, args=(counter, progress, stop), daemon=True)
    poller.start()
    try:
        articles.write_parquet(str(articles_dir))
    finally:
        stop.set()
        poller.join()
    totals = ray.get(counter.get.remote())
    summary.skipped = totals[1]
    if articles_dir.is_dir() and any(articles_dir.glob("*.parquet")):
        (ray.data.read_parquet(str(articles_dir))
         .map_batches(_flatten_batch, batch_format="pyarrow")
         .write_parquet(str(quotes_dir)))
    summary.seconds = time.perf_counter() - started
    return summary


def _poll(counter, progress, stop: threading.Event, every: float = 0.5) -> None:
    """Feed the actors' counts to ``progress`` as they grow."""
    if progress is None:
        return
    seen = [0, 0, 0, 0]
    while True:
        finished = stop.wait(every)
        totals = ray.get(counter.get.remote())
        progress(*(now - before for now, before in zip(totals, seen)))
        seen = totals
        if finished:
            return
