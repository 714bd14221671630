"""The output directory of a bulk job, shared by both engines.

    DIR/articles/RUN/*.parquet   one row per input article: key, article fields, status, error,
                                 its quotes nested (the job's record; resumability reads it)
    DIR/quotes/RUN/*.parquet     one row per quote (rows.QUOTE_SCHEMA): what users read
    DIR/errors/RUN.jsonl         one line per rejected article
    DIR/runs/RUN.json            the run's summary, written last: a run without it did not finish

``pyarrow.dataset.dataset("DIR/quotes")`` (or pandas, DuckDB, Spark on ``DIR/quotes``) reads
every run as one table. Files whose names start with ``.`` or ``_`` are in-progress writes and are
ignored by those readers.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from .rows import ARTICLE_SCHEMA, DUPLICATE_STATUS, QUOTE_SCHEMA, flatten

log = logging.getLogger(__name__)
ARTICLES, QUOTES, ERRORS, RUNS = "articles", "quotes", "errors", "runs"
# An internal error (500) may be passing (memory, a killed worker): such an article is tried again
# by the next run. Every other status is the article's own fault and is final.
RETRIED_STATUSES = frozenset({500})
# A duplicate_key row (an earlier article of the same run had its key) is not its key's outcome:
# the first copy's row is.
NOT_DONE_STATUSES = RETRIED_STATUSES | {DUPLICATE_STATUS}


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


@dataclass
class Summary:
    run: str
    engine: str
    workers: int
    articles: int = 0  # processed in this run (extracted or rejected)
    skipped: int = 0  # already in DIR from an earlier run
    quotes: int = 0
    errors: int = 0
    seconds: float = 0.0
    recovered: bool = False  # finished by a later run after this one was interrupted
    extra: dict = field(default_factory=dict)
    ingest: dict | None = None  # with --ingest: the store ingest's counts (quotes.jobs.ingest.IngestSummary)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (f"articles {self.articles:,} (skipped {self.skipped:,} already done), quotes {self.quotes:,}, "
                f"errors {self.errors:,}, {self.articles_per_second:.2f} articles/s "
                f"({self.seconds:.1f} s, engine {self.engine}, {self.workers} workers, run {self.run})")


def _parquet_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.rglob("*.parquet") if not p.name.startswith((".", "_")))


def write_atomically(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` through a hidden temporary file: a reader (or a resumed run) sees
    the whole file or none of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def write_part(out: Path, run: str, number: int, rows_table: pa.Table) -> None:
    """One part of a run written by the local engine: its quotes first, then its articles (the
    record that makes them count as done)."""
    name = f"part-{number:05d}.parquet"
    write_atomically(flatten(rows_table), out / QUOTES / run / name)
    write_atomically(rows_table, out / ARTICLES / run / name)


def done_keys(out: Path) -> frozenset[str]:
    """The keys of the articles already in ``out`` whose outcome is final."""
    keys: set[str] = set()
    for path in _parquet_files(out / ARTICLES):
        table = pq.read_table(path, columns=["article_key", "status"])
        for key, status in zip(table.column("article_key").to_pylist(), table.column("status").to_pylist()):
            if status not in NOT_DONE_STATUSES:
                keys.add(key)
    return frozenset(keys)


def write_errors(out: Path, run: str) -> int:
    """``DIR/errors/RUN.jsonl`` from the run's article rows; returns the number of lines."""
    directory = out / ARTICLES / run
    target = out / ERRORS / f"{run}.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    count = 0
    with open(temporary, "w", encoding="utf-8") as sink:
        for path in _parquet_files(directory):
            table = pq.read_table(path, columns=["article_key", "article_id", "url", "line", "error"])
            for row in table.filter(table.column("error").is_valid()).to_pylist():
                error = json.loads(row.pop("error"))
                sink.write(json.dumps({**row, **error, "run": run}, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    os.replace(temporary, target)
    return count


def run_counts(out: Path, run: str) -> tuple[int, int, int]:
    """(articles, quotes, errors) of a run, from what it wrote."""
    articles = quotes = errors = 0
    for path in _parquet_files(out / ARTICLES / run):
        table = pq.read_table(path, columns=["n_quotes", "error"])
        articles += table.num_rows
        quotes += sum(table.column("n_quotes").to_pylist())
        errors += table.num_rows - table.column("error").null_count
    return articles, quotes, errors


def finish_run(out: Path, summary: Summary) -> Summary:
    """Errors file, the counts from disk, and the run's summary file (last)."""
    summary.errors = write_errors(out, summary.run)
    summary.articles, summary.quotes, _ = run_counts(out, summary.run)
    return write_summary(out, summary)


def write_summary(out: Path, summary: Summary) -> Summary:
    """``runs/RUN.json`` (written atomically; again when the ingest adds its counts)."""
    target = out / RUNS / f"{summary.run}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {**asdict(summary), "articles_per_second": round(summary.articles_per_second, 3)}
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, target)
    return summary


def recover(out: Path) -> list[str]:
    """Finish the runs that were interrupted (no ``runs/RUN.json``): drop unreadable (truncated)
    article files, whose articles will be done again, rebuild the run's quotes and errors from the
    article files that are whole, and write its summary. Returns the recovered run ids."""
    recovered = []
    articles_dir = out / ARTICLES
    if not articles_dir.is_dir():
        return recovered
    for run_dir in sorted(p for p in articles_dir.iterdir() if p.is_dir()):
        run = run_dir.name
        if (out / RUNS / f"{run}.json").exists():
            continue
        log.warning("run %s did not finish: keeping its complete article files and rebuilding its quotes", run)
        quotes_dir = out / QUOTES / run
        shutil.rmtree(quotes_dir, ignore_errors=True)
        for path in _parquet_files(run_dir):
            try:
                table = pq.read_table(path, schema=ARTICLE_SCHEMA)
            except (pa.ArrowException, OSError) as exc:
                log.warning("dropping unreadable %s (%s): its articles will be processed again", path, exc)
                path.unlink()
                continue
            write_atomically(flatten(table), quotes_dir / path.relative_to(run_dir))
        finish_run(out, Summary(run=run, engine="unknown", workers=0, recovered=True))
        recovered.append(run)
    return recovered


def read_quotes(out: Path) -> pa.Table:
    """Every quote row in ``out`` (all runs), as one table."""
    files = _parquet_files(out / QUOTES)
    if not files:
        return QUOTE_SCHEMA.empty_table()
    return pads.dataset([str(p) for p in files], format="parquet", schema=QUOTE_SCHEMA).to_table()


def read_articles(out: Path) -> pa.Table:
    files = _parquet_files(out / ARTICLES)
    if not files:
        return ARTICLE_SCHEMA.empty_table()
    return pads.dataset([str(p) for p in files], format="parquet", schema=ARTICLE_SCHEMA).to_table()


def read_errors(out: Path) -> list[dict]:
    rows = []
    for path in sorted((out / ERRORS).glob("*.jsonl")) if (out / ERRORS).is_dir() else []:
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return rows
