"""Configuration parsing (environment variables) and the factory's override order."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO

from quotes.service.config import (DEFAULT_MAX_BATCH_ARTICLES, DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_MAX_TEXT_CHARS,
                           ConfigError, app_config, server_config)


def test_defaults():
    config = app_config({})
    assert config["MAX_TEXT_CHARS"] == DEFAULT_MAX_TEXT_CHARS == 100_000
    assert config["MAX_CONTENT_LENGTH"] == DEFAULT_MAX_CONTENT_LENGTH
    assert config["MAX_BATCH_ARTICLES"] == DEFAULT_MAX_BATCH_ARTICLES
    assert config["STANZA_RESOURCES_DIR"] == str(Path.home() / "stanza_resources")
    assert config["STANZA_DOWNLOAD"] is True and config["MODEL_LOADING"] == "startup"
    assert config["SPEAKER_REGISTRY"] is None and config["LOG_LEVEL"] == "INFO"
    assert config["STANZA_USE_GPU"] == "auto"
    server = server_config({})
    assert server["bind"] == ["127.0.0.1:8000"]
    assert (server["workers"], server["threads"], server["timeout"], server["torch_threads"]) == (2, 4, 120, 1)
    assert server["max_requests"] == 1000 and server["max_requests_jitter"] == 100 and server["loglevel"] == "info"


def test_values_from_the_environment():
    config = app_config({"STANZA_RESOURCES_DIR": "/models", "MAX_TEXT_CHARS": "5000", "MAX_CONTENT_LENGTH": "2048",
                         "MAX_BATCH_ARTICLES": "4", "LOG_LEVEL": "debug", "SPEAKER_REGISTRY": "/r.json",
                         "STANZA_DOWNLOAD": "no", "MODEL_LOADING": "Background", "STANZA_USE_GPU": "False",
                         "DATABASE_URL": "postgresql+psycopg://q@db/quotes", "STATEMENT_WINDOW_DAYS": "5"})
    expected = {"STANZA_RESOURCES_DIR": "/models", "STANZA_DOWNLOAD": False, "STANZA_USE_GPU": "false",
                "MODEL_LOADING": "background",
                      "MAX_CONTENT_LENGTH": 2048, "MAX_TEXT_CHARS": 5000, "MAX_BATCH_ARTICLES": 4,
                      "LOG_LEVEL": "DEBUG", "SPEAKER_REGISTRY": "/r.json",
                      "DATABASE_URL": "postgresql+psycopg://q@db/quotes", "STATEMENT_WINDOW_DAYS": 5}
    assert {key: config[key] for key in expected} == expected
    assert set(config) - set(expected) == {"LOG_FORMAT", "REQUEST_DEADLINE", "BODY_TIMEOUT", "MAX_ACTIVE", "MAX_QUEUE",
                                           "RETRY_AFTER", "MAX_QUOTE_MARKS", "MAX_TEXT_TOKENS", "MAX_BATCH_TOKENS",
                                           "EXPOSE_VERSIONS"}
    server = server_config({"WEB_WORKERS": "3", "WEB_THREADS": "4", "WEB_TIMEOUT": "60", "TORCH_THREADS": "2",
                            "WEB_MAX_REQUESTS": "0", "LOG_LEVEL": "WARNING", "HOST": "0.0.0.0", "PORT": "9000"})
    assert server["bind"] == ["0.0.0.0:9000"]
    assert (server["workers"], server["threads"], server["timeout"], server["torch_threads"]) == (3, 4, 60, 2)
    assert server["max_requests"] == 0 and server["loglevel"] == "warning"


def test_bind_wins_over_host_and_port():
    assert server_config({"BIND": "unix:/run/q.sock", "HOST": "0.0.0.0", "PORT": "1"})["bind"] == ["unix:/run/q.sock"]


@pytest.mark.parametrize("env, name", [
    ({"MAX_TEXT_CHARS": "lots"}, "MAX_TEXT_CHARS"),
    ({"MAX_TEXT_CHARS": "0"}, "MAX_TEXT_CHARS"),
    ({"MAX_CONTENT_LENGTH": "1.5"}, "MAX_CONTENT_LENGTH"),
    ({"STANZA_DOWNLOAD": "maybe"}, "STANZA_DOWNLOAD"),
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
    ({"MODEL_LOADING": "lazy"}, "MODEL_LOADING"),
    ({"STANZA_USE_GPU": "cuda"}, "STANZA_USE_GPU"),
])
def test_bad_values_name_the_variable(env, name):
    with pytest.raises(ConfigError, match=name):
        app_config(env)


@pytest.mark.parametrize("env, name", [({"WEB_WORKERS": "-1"}, "WEB_WORKERS"), ({"PORT": "http"}, "PORT"),
                                       ({"TORCH_THREADS": "x"}, "TORCH_THREADS")])
def test_bad_server_values_name_the_variable(env, name):
    with pytest.raises(ConfigError, match=name):
        server_config(env)


def test_factory_config_overrides_the_environment(annotator, monkeypatch):
    from quotes.web import create_app

    monkeypatch.setenv("MAX_TEXT_CHARS", "5")
    monkeypatch.setenv("MAX_BATCH_ARTICLES", "3")
    app = create_app({"MAX_TEXT_CHARS": 7}, annotator=annotator)
    assert app.config["MAX_TEXT_CHARS"] == 7 and app.config["MAX_BATCH_ARTICLES"] == 3

    class Settings:
        MAX_TEXT_CHARS = 9

    assert create_app(Settings, annotator=annotator).config["MAX_TEXT_CHARS"] == 9


def test_speaker_registry_reaches_the_extractor(annotator):
    from quotes.web import create_app

    app = create_app({"SPEAKER_REGISTRY": str(REPO / "registry.example.json")}, annotator=annotator)
    assert app.extensions["quotes.model"].extractor.registry is not None
    assert create_app({}, annotator=annotator).extensions["quotes.model"].extractor.registry is None


def test_operations_settings_and_the_deadline_inside_the_timeout():
    config = app_config({"MAX_QUEUE": "0", "MAX_ACTIVE": "2", "REQUEST_DEADLINE": "30", "LOG_FORMAT": "TEXT"})
    assert (config["MAX_QUEUE"], config["MAX_ACTIVE"], config["REQUEST_DEADLINE"], config["LOG_FORMAT"]) == (0, 2, 30, "text")
    assert app_config({})["REQUEST_DEADLINE"] == 60 and app_config({"WEB_TIMEOUT": "40"})["REQUEST_DEADLINE"] == 20
    assert server_config({})["model_loading"] == "startup"
    with pytest.raises(ConfigError, match="REQUEST_DEADLINE"):
        server_config({"REQUEST_DEADLINE": "120", "WEB_TIMEOUT": "120"})
