"""Request ids: taken from ``X-Request-ID`` when it is sane, else generated; echoed back and logged.

Responses also carry ``X-Worker-PID`` (which gunicorn worker answered).
"""
from __future__ import annotations

import logging
import os
import re

from flask import Flask, g, has_request_context, request

from ..service import new_request_id

HEADER = "X-Request-ID"
_SANE = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
LOG_FORMAT = "%(asctime)s %(levelname)s [pid %(process)d] %(name)s request_id=%(request_id)s: %(message)s"


def assign_request_id() -> None:
    incoming = request.headers.get(HEADER, "")
    g.request_id = incoming if _SANE.fullmatch(incoming) else new_request_id()


def echo_headers(response):
    response.headers[HEADER] = g.get("request_id") or ""
    response.headers["X-Worker-PID"] = str(os.getpid())
    return response


class RequestIdFilter(logging.Filter):
    """Puts the current request id (or '-') on every log record as ``request_id``."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def configure_logging(level: str) -> None:
    """Log to stderr with request ids, unless logging is configured already (e.g. by pytest)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    logging.getLogger("quotes").setLevel(level)


def init_request_ids(app: Flask) -> None:
    app.before_request(assign_request_id)
    app.after_request(echo_headers)
