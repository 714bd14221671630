"""Request ids and logging: one JSON object per line, the request id on every line of a request.

The id is taken from ``X-Request-ID`` when it is sane, else generated; it is echoed back and put on
every log record (``request_id``; "-" outside a request). A line is logged when a request starts
(so a worker killed mid-request can still be tied to it) and when it ends (status, duration).
Article text is never logged, except at ``LOG_LEVEL=DEBUG`` (the first 200 characters).
Responses also carry ``X-Worker-PID`` and ``X-Content-Type-Options: nosniff``.
"""
from __future__ import annotations

import logging
import os
import re
import time

from flask import Flask, g, has_request_context, request
from pythonjsonlogger.json import JsonFormatter

from ..service import new_request_id

HEADER = "X-Request-ID"
_SANE = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
TEXT_FORMAT = "%(asctime)s %(levelname)s [pid %(process)d] %(name)s request_id=%(request_id)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(process)d %(request_id)s %(message)s"

log = logging.getLogger("quotes.web.requests")


def assign_request_id() -> None:
    incoming = request.headers.get(HEADER, "")
    g.request_id = incoming if _SANE.fullmatch(incoming) else new_request_id()
    g.request_started = time.perf_counter()
    log.info("request started", extra={"method": request.method, "path": request.path,
                                       "content_length": request.content_length})


def echo_headers(response):
    response.headers[HEADER] = g.get("request_id") or ""
    response.headers["X-Worker-PID"] = str(os.getpid())
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


class RequestIdFilter(logging.Filter):
    """Puts the current request id (or '-') on every log record as ``request_id``."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def json_formatter() -> logging.Formatter:
    """One JSON object per line: time, level, logger, pid, request id, message and any extras."""
    return JsonFormatter(JSON_FIELDS, rename_fields={"levelname": "level", "asctime": "time", "name": "logger",
                                                     "process": "pid"})


def formatter(kind: str) -> logging.Formatter:
    return json_formatter() if kind == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(level: str, kind: str = "json") -> None:
    """Log to stderr with request ids, unless logging is configured already (by gunicorn's
    ``logconfig_dict`` in gunicorn.conf.py, or by pytest)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(formatter(kind))
        root.addHandler(handler)
    logging.getLogger("quotes").setLevel(level)


def logging_dict(level: str, kind: str = "json") -> dict:
    """gunicorn's ``logconfig_dict``: its own error log and the service's records, one format."""
    handler = {"class": "logging.StreamHandler", "formatter": kind, "stream": "ext://sys.stderr",
               "filters": ["request_id"]}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "quotes.web.requestid.RequestIdFilter"}},
        "formatters": {"json": {"()": "quotes.web.requestid.json_formatter"},
                       "text": {"format": TEXT_FORMAT}},
        "handlers": {"console": handler},
        "root": {"level": level, "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": ["console"], "propagate": False, "qualname": "gunicorn.error"},
            # gunicorn's access log is replaced by the service's own "request finished" line
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False, "qualname": "gunicorn.access"},
        },
    }


def log_text(text: str) -> None:
    """Article text only at DEBUG (the first 200 characters); never at INFO and above."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug("article text", extra={"text_head": text[:200], "characters": len(text)})


def init_request_ids(app: Flask) -> None:
    app.before_request(assign_request_id)
    app.after_request(echo_headers)
