"""Bulk ingest: the extracted articles of a bulk job's DIR into the quote store.

``python -m quotes bulk INPUT --out DIR --ingest`` runs it after the extraction (in the driver, for
both engines: it reads the Parquet the engine wrote); ``python -m quotes bulk-ingest DIR`` runs it
alone, on what an earlier job wrote. Either way every extracted article in DIR (every run) goes
through the store's one ingest (:meth:`quotes.store.Store.ingest_many` → ``repository.ingest``,
as ``POST /v1/articles``): global speakers, statements and links across articles as for the API.

Idempotent: an article the store already holds unchanged (same text, article fields and
extractor versions) is skipped; one it holds otherwise (same ``id``, else ``url``, else text, but
changed) is replaced, as ``POST /v1/articles`` replaces it. So a rerun, or an ingest after a
resumed job, stores only what is not there yet. ``batch`` articles go in one transaction: a store
failure loses at most the batch under way, never half of it, and the next run does the rest.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow.dataset as pads

from ..store import ArticleConflict, StoreError
from .output import ARTICLES, _parquet_files

log = logging.getLogger(__name__)
BATCH_ARTICLES = 100
CONFLICTS_KEPT = 20


class IngestError(RuntimeError):
    """The store failed during the ingest (unreachable, gone): what is committed stays; rerun."""


@dataclass
class IngestSummary:
    articles: int = 0  # extracted articles found in DIR
    stored: int = 0  # new in the store
    replaced: int = 0  # held by the store in another version (text, fields or extractor), now replaced
    skipped: int = 0  # already in the store unchanged
    conflicts: int = 0  # refused: the id and the url (or text) name two different stored articles
    unreadable: int = 0  # extracted by a job of a version that kept no result to ingest
    quotes: int = 0
    speakers_linked: int = 0  # speakers of the stored articles tied to a global speaker
    new_speakers: int = 0
    new_statements: int = 0
    linked_quotes: int = 0  # quotes linked to another quote of the same statement
    seconds: float = 0.0
    conflict_keys: list = field(default_factory=list)  # the first few refused article keys

    def as_dict(self) -> dict:
        return {**asdict(self), "articles_per_second": round(self.articles_per_second, 3),
                "quotes_per_second": round(self.quotes / self.seconds, 3) if self.seconds > 0 else 0.0}

    @property
    def articles_per_second(self) -> float:
        done = self.stored + self.replaced
        return done / self.seconds if self.seconds > 0 else 0.0

    @property
    def refused(self) -> int:
        """Extracted articles this ingest could not store (conflicts, no stored result)."""
        return self.conflicts + self.unreadable

    def line(self) -> str:
        unreadable = (f", {self.unreadable:,} without a stored result (extracted by an older version: extract "
                      "them again into a new DIR)" if self.unreadable else "")
        return (f"ingest: articles {self.stored + self.replaced:,} stored ({self.stored:,} new, {self.replaced:,} "
                f"replaced), {self.skipped:,} skipped (already stored), {self.conflicts:,} conflicts{unreadable}; "
                f"quotes {self.quotes:,}, speakers {self.speakers_linked:,} linked ({self.new_speakers:,} new), "
                f"statements {self.new_statements:,} new, {self.linked_quotes:,} quotes linked; "
                f"{self.articles_per_second:.1f} articles/s ({self.seconds:.1f} s)")


def extracted(out: Path) -> Iterator[tuple[str, dict, str] | tuple[str, None, None]]:
    """``(key, result, text)`` of each extracted article in ``out``, run by run (runs sort by their
    start time) and in each run's file order; ``(key, None, None)`` for one without a stored result."""
    for path in _parquet_files(out / ARTICLES):
        dataset = pads.dataset(str(path), format="parquet")
        names = dataset.schema.names
        if "result" not in names:
            table = dataset.to_table(columns=["article_key", "status"])
            for key, status in zip(table.column("article_key").to_pylist(), table.column("status").to_pylist()):
                if status == 200:
                    yield key, None, None
            continue
        for batch in dataset.to_batches(columns=["article_key", "status", "text", "result"], batch_size=256):
            for key, status, text, result in zip(*(batch.column(i).to_pylist() for i in range(4))):
                if status != 200:
                    continue
                if result is None or text is None:
                    yield key, None, None
                else:
                    yield key, json.loads(result), text


def ingest_dir(out: str | Path, store, *, batch: int = BATCH_ARTICLES,
               progress: Callable[[int, int], None] | None = None) -> IngestSummary:
    """Ingest every extracted article of ``out`` into ``store`` (a migrated :class:`quotes.store.Store`).
    ``progress(articles, quotes)`` receives increments after each batch. Raises :class:`IngestError`
    when the store fails; the batches before it are committed."""
    out = Path(out)
    summary = IngestSummary()
    started = time.perf_counter()
    pending: list[tuple[str, dict, str]] = []

    def flush():
        if not pending:
            return
        try:
            outcomes = store.ingest_many([(result, text) for _, result, text in pending])
        except StoreError as exc:
            raise IngestError(f"the quote store failed ({type(exc).__name__}: {str(exc).splitlines()[0]}); "
                              f"{summary.stored + summary.replaced:,} articles were stored before it: "
                              "run the same command again to ingest the rest") from None
        quotes = 0
        for (key, _, _), outcome in zip(pending, outcomes):
            if outcome is None:
                summary.skipped += 1
            elif isinstance(outcome, ArticleConflict):
                summary.conflicts += 1
                if len(summary.conflict_keys) < CONFLICTS_KEPT:
                    summary.conflict_keys.append(key)
                log.warning("article %s not stored: %s", key, outcome)
            else:
                summary.replaced += outcome.replaced
                summary.stored += not outcome.replaced
                summary.quotes += outcome.quotes
                quotes += outcome.quotes
                summary.speakers_linked += sum(g is not None for g in outcome.speaker_ids.values())
                summary.new_speakers += outcome.new_speakers
                summary.new_statements += outcome.new_statements
                summary.linked_quotes += outcome.linked_quotes
        if progress:
            progress(len(pending), quotes)
        pending.clear()

    for key, result, text in extracted(out):
        summary.articles += 1
        if result is None:
            summary.unreadable += 1
            continue
        pending.append((key, result, text))
        if len(pending) >= batch:
            flush()
    flush()
    if summary.unreadable:
        log.warning("%d extracted articles in %s have no stored result (written by an older version): "
                    "extract them again into another DIR to ingest them", summary.unreadable, out)
    summary.seconds = time.perf_counter() - started
    return summary
