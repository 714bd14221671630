"""The quote store as the API and the CLI use it: opened from configuration, migrated, seeded
from the speaker registry, and fed extraction results (:mod:`quotes.store`, :mod:`quotes.linking`)."""
from __future__ import annotations

import logging
import time

from sqlalchemy.exc import SQLAlchemyError

from ..linking import Linker
from ..records.problems import Problem
from ..store import ArticleConflict, InvalidCursor, Store
from .articles import article_arguments
from .config import ConfigError
from .loader import load_registry

log = logging.getLogger(__name__)


def open_store(config: dict, *, registry=None) -> Store:
    """The store at ``DATABASE_URL``, migrated to the newest schema (and seeded from the registry).

    Raises :class:`ConfigError` naming DATABASE_URL when the database cannot be opened.
    """
    store = Store(config["DATABASE_URL"], Linker(), window_days=config["STATEMENT_WINDOW_DAYS"])
    try:
        store.migrate()
        registry = registry if registry is not None else load_registry(config.get("SPEAKER_REGISTRY"))
        if registry is not None:
            added = store.seed_registry(registry)
            log.info("speaker registry: %d new speakers in the store", added)
    except (SQLAlchemyError, OSError) as exc:
        raise ConfigError(f"DATABASE_URL: cannot open the quote store ({type(exc).__name__}: "
                          f"{str(exc).splitlines()[0]})") from None
    log.info("quote store %s (%s) ready", store.db.engine.url.render_as_string(hide_password=True), store.dialect)
    return store


def store_problem(exc: Exception) -> Problem:
    """The problem to answer for a store error."""
    if isinstance(exc, InvalidCursor):
        return Problem(400, "invalid_cursor", str(exc), details={"cursor": [str(exc)]})
    if isinstance(exc, ArticleConflict):
        return Problem(409, "article_conflict", f"Cannot store the article: {exc}.")
    log.error("quote store error: %s", exc)
    return Problem(503, "store_unavailable", "The quote store cannot be reached right now; retry shortly.",
                   headers={"Retry-After": "5"})


def ingest_article(store: Store, extractor, data, *, max_text_chars: int, request_id: str) -> dict:
    """Validate and extract one article (as ``POST /v1/extract``), then store it.

    The answer is the extraction with the global ids (``speaker.global_id`` and ``statement_id``
    on each quote, ``global_id`` on each speaker) and a ``store`` summary.
    """
    text, args = article_arguments(data, max_text_chars)
    started = time.perf_counter()
    result = extractor.extract(text, **args)
    try:
        report, stored = store.ingest(result, text)
    except (InvalidCursor, ArticleConflict, SQLAlchemyError) as exc:
        raise store_problem(exc) from None
    stored["meta"] = {**result["meta"], "request_id": request_id,
                      "processing_ms": round((time.perf_counter() - started) * 1000, 1)}
    stored["store"] = summary(report)
    return stored


def summary(report) -> dict:
    return {"article_id": report.article_id, "replaced": report.replaced, "quotes": report.quotes,
            "new_speakers": report.new_speakers, "new_statements": report.new_statements,
            "linked_quotes": report.linked_quotes}


def read(function, *args, **kwargs):
    """Call a store query; store errors become problems (bad cursor 400, unreachable 503)."""
    try:
        return function(*args, **kwargs)
    except (InvalidCursor, SQLAlchemyError) as exc:
        raise store_problem(exc) from None
