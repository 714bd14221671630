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
def new_database_url(request, tmp_path):
    """A factory of fresh, empty databases on the test's backend: SQLite files, or new databases on
    the throwaway server (dropped after the test)."""
    if request.param == "sqlite":
        yield lambda: f"sqlite:///{tmp_path / f'store{next(_numbers)}.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    names = []

    def make():
        name = f"t{os.getpid()}_{next(_numbers)}"
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        names.append(name)
        return server.database_url(name)

    yield make
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def database_url(new_database_url):
    """A fresh, empty database: an SQLite file, or a new database on the throwaway server."""
    return new_database_url()


@pytest.fixture
def store(database_url):
    """A migrated store on each backend."""
    from quotes.linking import Linker
    from quotes.store import Store

    opened = Store(database_url, Linker(), window_days=3)
    opened.migrate()
    yield opened
    opened.dispose()
