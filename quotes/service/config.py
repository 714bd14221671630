"""Configuration from environment variables, for the Flask app, gunicorn and the CLI.

Every setting has a default that works on a developer machine; ``README.md`` documents them.
A malformed value (``MAX_TEXT_CHARS=lots``) raises :class:`ConfigError` naming the variable,
so the service refuses to start instead of running with a surprise.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

# 100,000 characters of unpunctuated text take 20-30 s on one CPU thread: well inside
# the default WEB_TIMEOUT of 120 s (see README, "Limits").
DEFAULT_MAX_TEXT_CHARS = 100_000
DEFAULT_MAX_CONTENT_LENGTH = 1024 * 1024
DEFAULT_MAX_BATCH_ARTICLES = 16
DEFAULT_PORT = 8000
MODEL_LOADING_MODES = ("startup", "background")
GPU_SETTINGS = ("auto", "true", "false")
LOG_FORMATS = ("json", "text")
# Each worker computes one article at a time (the annotator holds a lock); a few more requests may
# wait for it, the rest are shed at once with 503 + Retry-After (see README, "Overload").
DEFAULT_MAX_ACTIVE = 1
DEFAULT_MAX_QUEUE = 2
DEFAULT_WEB_TIMEOUT = 120

# Work budgets (measured, see README "Limits"): about 1 ms of annotation per token (word or
# punctuation mark) on one CPU thread; the rules after it are n log n in the quotation marks
# (benchmarks/bench_detection.py: under 1 ms a mark, 6.4 s at 8,000 marks), so the marks budget
# is a backstop far above any article, and the token budget is what bounds a text's time.
DEFAULT_MAX_TEXT_TOKENS = 30_000
DEFAULT_MAX_QUOTE_MARKS = 10_000
DEFAULT_MAX_BATCH_TOKENS = 40_000
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if raw.upper() in choices:
        return raw.upper()
    if raw.lower() in choices:
        return raw.lower()
    raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {raw!r}")


def request_deadline(env: Mapping[str, str]) -> int:
    """``REQUEST_DEADLINE`` seconds, by default half of ``WEB_TIMEOUT`` (60 s)."""
    timeout = _int(env, "WEB_TIMEOUT", DEFAULT_WEB_TIMEOUT)
    return _int(env, "REQUEST_DEADLINE", max(timeout // 2, 1))


def default_resources_dir(env: Mapping[str, str]) -> str:
    """``STANZA_RESOURCES_DIR``, else Stanza's own default (``~/stanza_resources``)."""
    return env.get("STANZA_RESOURCES_DIR", "").strip() or str(Path.home() / "stanza_resources")


def app_config(environ: Mapping[str, str] | None = None) -> dict:
    """The Flask configuration keys this service reads, from ``environ`` (default os.environ)."""
    env = os.environ if environ is None else environ
    return {
        "STANZA_RESOURCES_DIR": default_resources_dir(env),
        "STANZA_DOWNLOAD": _bool(env, "STANZA_DOWNLOAD", True),
        "STANZA_USE_GPU": _choice(env, "STANZA_USE_GPU", "auto", GPU_SETTINGS),
        "MODEL_LOADING": _choice(env, "MODEL_LOADING", "startup", MODEL_LOADING_MODES),
        "MAX_CONTENT_LENGTH": _int(env, "MAX_CONTENT_LENGTH", DEFAULT_MAX_CONTENT_LENGTH),
        "MAX_TEXT_CHARS": _int(env, "MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS),
        "MAX_BATCH_ARTICLES": _int(env, "MAX_BATCH_ARTICLES", DEFAULT_MAX_BATCH_ARTICLES),
        "LOG_LEVEL": _choice(env, "LOG_LEVEL", "INFO", LOG_LEVELS),
        "SPEAKER_REGISTRY": env.get("SPEAKER_REGISTRY", "").strip() or None,
        "LOG_FORMAT": _choice(env, "LOG_FORMAT", "json", LOG_FORMATS),
        "REQUEST_DEADLINE": request_deadline(env),
        "BODY_TIMEOUT": _int(env, "BODY_TIMEOUT", 10),
        "MAX_ACTIVE": _int(env, "MAX_ACTIVE", DEFAULT_MAX_ACTIVE),
        "MAX_QUEUE": _int(env, "MAX_QUEUE", DEFAULT_MAX_QUEUE, minimum=0),
        "RETRY_AFTER": _int(env, "RETRY_AFTER", 2),
        "MAX_QUOTE_MARKS": _int(env, "MAX_QUOTE_MARKS", DEFAULT_MAX_QUOTE_MARKS),
        "MAX_TEXT_TOKENS": _int(env, "MAX_TEXT_TOKENS", DEFAULT_MAX_TEXT_TOKENS),
        "MAX_BATCH_TOKENS": _int(env, "MAX_BATCH_TOKENS", DEFAULT_MAX_BATCH_TOKENS),
        "EXPOSE_VERSIONS": _bool(env, "EXPOSE_VERSIONS", False),
        **store_config(env),
    }


# The quote store (README, "Quote store"): an SQLite file under ./data/ unless DATABASE_URL says otherwise.
DEFAULT_DATABASE_URL = "sqlite:///data/quotes.sqlite3"
DEFAULT_STATEMENT_WINDOW_DAYS = 3


def store_config(environ: Mapping[str, str] | None = None) -> dict:
    """``DATABASE_URL`` (checked: SQLite or PostgreSQL) and ``STATEMENT_WINDOW_DAYS``."""
    env = os.environ if environ is None else environ
    from ..store import StoreConfigError, check_url

    url = env.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL
    try:
        check_url(url)
    except StoreConfigError as exc:
        raise ConfigError(str(exc)) from None
    return {"DATABASE_URL": url,
            "STATEMENT_WINDOW_DAYS": _int(env, "STATEMENT_WINDOW_DAYS", DEFAULT_STATEMENT_WINDOW_DAYS, minimum=0)}


def bind_address(env: Mapping[str, str]) -> str:
    """``BIND`` (host:port, or unix:path), else ``HOST``:``PORT`` (default 127.0.0.1:8000)."""
    bind = env.get("BIND", "").strip()
    if bind:
        return bind
    host = env.get("HOST", "").strip() or "127.0.0.1"
    return f"{host}:{_int(env, 'PORT', DEFAULT_PORT)}"


def torch_threads(environ: Mapping[str, str] | None = None) -> int:
    """``TORCH_THREADS``: torch intra-op threads per process (default 1; see README, gunicorn and torch)."""
    return _int(os.environ if environ is None else environ, "TORCH_THREADS", 1)


def server_config(environ: Mapping[str, str] | None = None) -> dict:
    """The gunicorn settings (names as in gunicorn) plus ``torch_threads``, from ``environ``."""
    env = os.environ if environ is None else environ
    timeout = _int(env, "WEB_TIMEOUT", DEFAULT_WEB_TIMEOUT)
    deadline = request_deadline(env)
    if deadline >= timeout:
        raise ConfigError(f"REQUEST_DEADLINE ({deadline}) must be less than WEB_TIMEOUT ({timeout}): the service "
                          "answers an over-time request itself, before gunicorn kills the worker")
    return {
        "bind": [bind_address(env)],
        "workers": _int(env, "WEB_WORKERS", 2),
        # gthread workers: a slow client holds a thread, not the worker and its model.
        "threads": _int(env, "WEB_THREADS", 4),
        "timeout": timeout,
        "graceful_timeout": _int(env, "WEB_GRACEFUL_TIMEOUT", 30),
        "max_requests": _int(env, "WEB_MAX_REQUESTS", 1000, minimum=0),
        "max_requests_jitter": _int(env, "WEB_MAX_REQUESTS_JITTER", 100, minimum=0),
        "loglevel": _choice(env, "LOG_LEVEL", "INFO", LOG_LEVELS).lower(),
        "torch_threads": torch_threads(env),
        "model_loading": _choice(env, "MODEL_LOADING", "startup", MODEL_LOADING_MODES),
    }
