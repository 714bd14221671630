"""DATABASE_URL and STATEMENT_WINDOW_DAYS: malformed values stop start-up, naming the variable."""
from __future__ import annotations

import pytest

from quotes.service.config import ConfigError, app_config, store_config
from quotes.service.store import open_store


def test_defaults():
    config = store_config({})
    assert config == {"DATABASE_URL": "sqlite:///data/quotes.sqlite3", "STATEMENT_WINDOW_DAYS": 3}


@pytest.mark.parametrize("env, name", [
    ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL"),
    ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
    ({"DATABASE_URL": "postgresql+asyncpg://h/db"}, "DATABASE_URL"),
    ({"STATEMENT_WINDOW_DAYS": "soon"}, "STATEMENT_WINDOW_DAYS"),
    ({"STATEMENT_WINDOW_DAYS": "-1"}, "STATEMENT_WINDOW_DAYS"),
])
def test_malformed_values_name_the_variable(env, name):
    with pytest.raises(ConfigError, match=name):
        app_config(env)


def test_an_unreachable_database_stops_start_up_naming_the_variable(tmp_path):
    config = store_config({"DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"})
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        open_store(config)
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        open_store(store_config({"DATABASE_URL": f"sqlite:///{blocked}/inside/quotes.sqlite3"}))
