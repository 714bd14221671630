"""A bulk job: INPUT (JSONL or Parquet) -> DIR (Parquet quotes, JSONL errors), on an engine.

Before processing, a job finishes the runs an earlier job left unfinished and reads the keys of
the articles already done (:mod:`.output`); those are skipped. One job at a time per DIR (a lock
file); the lock is released when the process ends, however it ends.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from .ingest import BATCH_ARTICLES, IngestSummary, ingest_dir
from .output import Summary, done_keys, finish_run, new_run_id, recover, write_summary
from .readers import InputError, input_format, read_items

ENGINES = ("local", "ray")


class JobError(RuntimeError):
    """The job cannot run (DIR locked, input unreadable, engine missing)."""


@contextmanager
def locked(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    handle = open(out / ".lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise JobError(f"{out} is in use by another bulk job") from None
    try:
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def job_settings(config: dict, *, run: str, batch_size: int = 16) -> dict:
    """What each worker needs to build its extractor and process batches (plain, picklable)."""
    return {"resources_dir": str(Path(config["STANZA_RESOURCES_DIR"]).resolve()),
            "download": config["STANZA_DOWNLOAD"], "registry_path": config["SPEAKER_REGISTRY"],
            "max_text_chars": config["MAX_TEXT_CHARS"], "batch_size": batch_size, "run": run,
            "torch_threads": 1}


def preflight(settings: dict, *, models: bool = True) -> None:
    """Fail in the driver, with the service's start-up errors (exit status 3 in the CLI), on what
    would make every worker fail: a malformed lexicon or registry, no models (downloaded here when
    allowed, once, rather than by each worker)."""
    from .. import lexicons
    from ..nlp import ModelsUnavailable, has_english_models
    from ..nlp.annotator import ensure_models
    from ..service.loader import load_registry

    lexicons.validate()
    load_registry(settings["registry_path"])
    if models and not has_english_models(settings["resources_dir"]):
        if not settings["download"]:
            raise ModelsUnavailable(f"no Stanza English models in {settings['resources_dir']}; "
                                    "set STANZA_RESOURCES_DIR")
        ensure_models(settings["resources_dir"])


def run_bulk(source: str | Path, out: str | Path, *, config: dict, engine: str = "local",
             workers: int | None = None, batch_size: int = 16, rows_per_part: int = 1000, extractor=None,
             progress: Callable[[int, int, int, int], None] | None = None, store=None,
             ingest_batch: int | None = None, ingest_progress: Callable[[int, int], None] | None = None) -> Summary:
    """Process ``source`` into ``out``; returns the run's summary (also in ``out/runs/RUN.json``).
    ``progress(read, skipped, quotes, errors)`` receives increments as the job goes.

    With ``store`` (a migrated :class:`quotes.store.Store`), every extracted article in ``out`` — this
    run's and earlier runs' — not yet in the store goes into it afterwards, in this process
    (:func:`quotes.jobs.ingest.ingest_dir`, ``ingest_progress(articles, quotes)``), while the job
    still holds DIR; ``summary.ingest`` holds its counts. The run is finished (``runs/RUN.json``)
    before the ingest starts, so a failing store (:class:`~quotes.jobs.ingest.IngestError`) never
    costs the extraction: the next run (or ``bulk-ingest``) ingests the rest."""
    if engine not in ENGINES:
        raise JobError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    out = Path(out)
    try:
        fmt = input_format(source)
    except InputError as exc:
        raise JobError(str(exc)) from None
    with locked(out):
        recover(out)
        skip = done_keys(out)
        run = new_run_id()
        settings = job_settings(config, run=run, batch_size=batch_size)
        if extractor is None:  # on a cluster, the nodes' model directories are not the driver's
            preflight(settings, models=engine == "local" or not os.environ.get("RAY_ADDRESS"))
        if engine == "local":
            from .local import run_local

            count = workers if workers is not None else max(1, os.cpu_count() or 1)
            summary = Summary(run=run, engine="local", workers=count, extra={"input": str(source), "format": fmt})
            run_local(read_items(source), out, summary, settings, skip, workers=count,
                      rows_per_part=rows_per_part, extractor=extractor, progress=progress)
        else:
            try:
                from .ray_engine import run_ray
            except ImportError as exc:
                raise JobError(f"the Ray engine needs Ray: pip install -r requirements-bulk.txt ({exc})") from None
            summary = Summary(run=run, engine="ray", workers=workers or 0, extra={"input": str(source), "format": fmt})
            run_ray(source, out, summary, settings, skip, workers=workers, progress=progress)
        seconds = summary.seconds
        finish_run(out, summary)
        summary.seconds = seconds
        if store is not None:
            ingested = ingest_dir(out, store, batch=ingest_batch or BATCH_ARTICLES, progress=ingest_progress)
            summary.ingest = ingested.as_dict()
            write_summary(out, summary)
        return summary


def run_ingest(out: str | Path, store, *, batch: int | None = None,
               progress: Callable[[int, int], None] | None = None) -> IngestSummary:
    """``python -m quotes bulk-ingest DIR``: what an earlier job extracted into ``out``, into ``store``
    (holding DIR as a job does, and finishing an interrupted run first)."""
    out = Path(out)
    if not (out / "articles").is_dir():
        raise JobError(f"{out}: no bulk job output here (no articles/ directory)")
    with locked(out):
        recover(out)
        return ingest_dir(out, store, batch=batch or BATCH_ARTICLES, progress=progress)
