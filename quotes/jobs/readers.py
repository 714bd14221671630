"""Readers: the items of an input file, for the local engine (the Ray engine reads with Ray Data).

Items are ``(line, payload)`` pairs. JSONL: one article per line (split on ``\n`` only, as JSON
Lines says), the payload being the raw line (bytes), so that a line that is not UTF-8 or not JSON
becomes an error row of its own; blank lines are skipped; ``line`` is 1-based. Parquet: one article per row, yielded
as ``(None, dict of the article columns present)`` (``id``, ``text``, ``outlet``, ``published``, ``url``,
``title``; others are not read).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as pads

from .rows import ARTICLE_FIELDS

PARQUET_SUFFIXES = (".parquet", ".pq")


class InputError(ValueError):
    """The input cannot be read at all (missing, unknown format, no ``text`` column)."""


def input_format(path: str | Path) -> str:
    """``jsonl`` or ``parquet``, from the name (a directory is a Parquet dataset)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir() or path.suffix.lower() in PARQUET_SUFFIXES:
        return "parquet"
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    raise InputError(f"{path}: expected a .jsonl file, a .parquet file or a directory of Parquet files")


def parquet_columns(path: str | Path) -> list[str]:
    """The article columns of a Parquet input (``text`` is required)."""
    try:
        names = pads.dataset(str(path), format="parquet").schema.names
    except Exception as exc:  # pyarrow raises several kinds for a file that is not Parquet
        raise InputError(f"{path}: not readable as Parquet ({exc})") from None
    if "text" not in names:
        raise InputError(f"{path}: no 'text' column (columns: {', '.join(names)})")
    return [name for name in ARTICLE_FIELDS if name in names]


def read_items(path: str | Path, batch_rows: int = 1024) -> Iterator:
    """The items of ``path`` in order, streamed (a large input is never read whole)."""
    if input_format(path) == "jsonl":
        with open(path, "rb") as source:
            yield from numbered_lines(source)
        return
    dataset = pads.dataset(str(path), format="parquet")
    for batch in dataset.to_batches(columns=parquet_columns(path), batch_size=batch_rows):
        for row in batch.to_pylist():
            yield None, row


def numbered_lines(source) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` of a binary stream, blank lines left out (shared with the Ray reader)."""
    for number, line in enumerate(source, 1):
        if line.strip():
            yield number, line
