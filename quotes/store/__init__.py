"""The quote store: articles, quotes, global speakers and statements in SQLite or PostgreSQL.

``Store(url)`` opens the database (``DATABASE_URL``), ``migrate()`` brings its schema to the
newest Alembic revision, ``ingest(result, text)`` stores one extraction result and links it,
and the query methods answer the API and the CLI. See README.md beside this file.
"""
from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import SQLAlchemyError as StoreError  # any failure of the database (for callers above)

from . import queries, repository
from .engine import Database, StoreConfigError, check_url
from .migrate import upgrade
from .pagination import InvalidCursor
from .repository import ArticleConflict, IngestReport

log = logging.getLogger(__name__)
RETRIES = 3

__all__ = ["Store", "StoreConfigError", "StoreError", "InvalidCursor", "ArticleConflict", "IngestReport", "check_url"]


class _Redo(Exception):
    """A batch to do again: one of its articles was refused (rolled back with the transaction)."""


class Store:
    def __init__(self, url: str, linker, *, window_days: int = 3):
        self.db = Database(url)
        self.linker = linker  # a quotes.linking.Linker (the service layer brings the two together)
        self.window_days = window_days

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def migrate(self) -> None:
        upgrade(self.db.engine)

    def _write(self, work, what: str):
        """``work(session)`` in one write transaction, tried again (up to RETRIES times in all) when a
        unique key was taken by a writer that did not lock, or the connection dropped."""
        for attempt in range(1, RETRIES + 1):
            session = self.db.writing()
            try:
                with session.begin():
                    return work(session)
            except (IntegrityError, OperationalError) as exc:
                if attempt == RETRIES:
                    raise
                log.warning("%s attempt %d failed (%s); retrying", what, attempt, type(exc).__name__)
            finally:
                session.close()
        raise AssertionError("unreachable")

    def ingest(self, result: dict, text: str) -> tuple[IngestReport, dict]:
        """Store ``result`` (an extraction of ``text``); the report and the stored result with global ids."""
        def work(session):
            report = repository.ingest(session, result, text, self.linker, window_days=self.window_days)
            return report, queries.article_result(session, report.article_id)

        return self._write(work, "ingest")

    def ingest_many(self, items, *, skip_unchanged: bool = True) -> list:
        """Store several ``(result, text)`` pairs in one transaction (bulk ingest); in order, each
        linked to the stored quotes and to those of the batch before it, as one by one.

        Returns one entry per item: its :class:`IngestReport`; ``None`` when ``skip_unchanged`` and
        the store already holds the article unchanged (:func:`repository.unchanged`: nothing would
        change, so it is left as it is); or the :class:`ArticleConflict` that refused it. A conflict
        rolls the transaction back and the batch is done again without that article (conflicts
        are rare, so no savepoint per article is paid for them). The batch commits whole or not at
        all: a database error after the retries propagates with nothing of the batch stored.
        """
        items = list(items)
        refused: dict[int, ArticleConflict] = {}

        def work(session):
            repository.lock(session)
            outcomes: list = []
            for index, (result, text) in enumerate(items):
                if index in refused:
                    outcomes.append(refused[index])
                elif skip_unchanged and repository.unchanged(session, result, text) is not None:
                    outcomes.append(None)
                else:
                    try:
                        outcomes.append(repository.ingest(session, result, text, self.linker,
                                                          window_days=self.window_days))
                    except ArticleConflict as conflict:
                        refused[index] = conflict
                        raise _Redo() from None
            return outcomes

        while True:
            try:
                return self._write(work, "batch ingest")
            except _Redo:
                continue  # (rolled back: once more without the refused article)

    def seed_registry(self, registry) -> int:
        with self.db.writing() as session, session.begin():
            return repository.seed_registry(session, self.linker, registry)

    def _read(self, function, *args, **kwargs):
        with self.db.reading() as session:
            return function(session, *args, **kwargs)

    def article(self, article_id: int) -> dict | None:
        return self._read(queries.article_result, article_id)

    def quotes(self, **filters) -> dict:
        return self._read(queries.list_quotes, **filters)

    def speakers(self, **filters) -> dict:
        return self._read(queries.list_speakers, name_key=self.linker.name_key, **filters)

    def speaker(self, speaker_id: int, **page) -> dict | None:
        return self._read(queries.get_speaker, speaker_id, **page)

    def statements(self, **filters) -> dict:
        return self._read(queries.list_statements, **filters)

    def statement(self, statement_id: int) -> dict | None:
        return self._read(queries.get_statement, statement_id)

    def counts(self) -> dict:
        return self._read(repository.counts)

    def dispose(self) -> None:
        self.db.dispose()
