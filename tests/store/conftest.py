"""Fixtures of the store's tests: every store test runs on SQLite and on a real PostgreSQL.

The PostgreSQL server is started once per session (quotes/testing/postgres.py); each test gets
a database of its own. Without the PostgreSQL binaries the PostgreSQL runs skip, with the
reason shown; in CI (``CI=true``) they fail instead.
"""
from __future__ import annotations

import itertools
import os

import pytest
from sqlalchemy import create_engine, text

from quotes.testing.postgres import PostgresServer, Unavailable

BACKENDS = ["sqlite", "postgresql"]
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = PostgresServer().start()
    except Unavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """A fresh, empty database: an SQLite file, or a new database on the throwaway server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    name = f"t{os.getpid()}_{next(_numbers)}"
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield server.database_url(name)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def store(database_url):
    """A migrated store on each backend."""
    from quotes.linking import Linker
    from quotes.store import Store

    opened = Store(database_url, Linker(), window_days=3)
    opened.migrate()
    yield opened
    opened.dispose()
