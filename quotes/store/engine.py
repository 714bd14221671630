"""The database connection of the store: SQLite (the embedded default) or PostgreSQL.

SQLite runs in WAL mode with foreign keys on and a busy timeout; an ingest begins with
``BEGIN IMMEDIATE`` so two writers queue for the write lock instead of failing half-way. On
PostgreSQL every ingest locks the one ``ingest_lock`` row first (see :mod:`.repository`). The
engine is made again in a forked process (gunicorn workers): connections are never shared.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

SUPPORTED = ("sqlite", "postgresql")
BUSY_TIMEOUT_MS = 30_000


class StoreConfigError(ValueError):
    """DATABASE_URL cannot be used (the message names the variable)."""


def check_url(url: str) -> str:
    """``url`` when SQLAlchemy can parse it and it names SQLite or PostgreSQL, else StoreConfigError."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError, ValueError
        raise StoreConfigError(f"DATABASE_URL is not a database URL ({exc}), got {url!r}") from None
    if parsed.get_backend_name() not in SUPPORTED:
        raise StoreConfigError(f"DATABASE_URL must be a sqlite:/// or postgresql+psycopg:// URL, got {url!r}")
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() not in ("psycopg", "psycopg2"):
        raise StoreConfigError(f"DATABASE_URL: use the psycopg driver (postgresql+psycopg://...), got {url!r}")
    return url


def make_engine(url: str) -> Engine:
    parsed = make_url(check_url(url))
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_events(engine)
        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(connection):
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An engine per process for one URL, and sessions on it."""

    def __init__(self, url: str):
        self.url = check_url(url)
        self._pid = None
        self._engine = None

    @property
    def dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    @property
    def engine(self) -> Engine:
        if self._engine is None or self._pid != os.getpid():
            if self._engine is not None:
                self._engine.dispose(close=False)  # the parent's connections stay the parent's
            self._engine = make_engine(self.url)
            self._pid = os.getpid()
            self._reader = sessionmaker(self._engine, expire_on_commit=False)
            self._writer = sessionmaker(self._engine.execution_options(sqlite_immediate=True),
                                        expire_on_commit=False)
        return self._engine

    def reading(self) -> Session:
        self.engine  # noqa: B018 (makes the engine in this process)
        return self._reader()

    def writing(self) -> Session:
        self.engine  # noqa: B018
        return self._writer()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
