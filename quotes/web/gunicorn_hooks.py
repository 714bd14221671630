"""What ``gunicorn.conf.py`` installs into gunicorn: problem+json error pages and metrics clean-up.

gunicorn answers some malformed requests itself, before the app sees them (a request line over
``limit_request_line``: 414; too many or too long headers: 431; a malformed request line or header:
400), with an HTML page. :func:`install_problem_error_pages` replaces that page with the service's
problem+json envelope (without a request id: no request was parsed).
"""
from __future__ import annotations

import json

from ..records.problems import PROBLEM_MEDIA_TYPE, Problem
from . import metrics

_CODES = {400: "bad_request", 408: "body_timeout", 414: "uri_too_long", 431: "headers_too_large"}


def problem_page(status_int: int, reason: str, mesg: str) -> bytes:
    code = _CODES.get(status_int, "bad_request" if 400 <= status_int < 500 else "internal_error")
    problem = Problem(status_int, code, (mesg or reason)[:300], title=reason)
    body = json.dumps(problem.to_dict(None), ensure_ascii=True).encode("ascii")
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: {PROBLEM_MEDIA_TYPE}\r\n"
            f"X-Content-Type-Options: nosniff\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def install_problem_error_pages() -> None:
    from gunicorn import util

    def write_error(sock, status_int, reason, mesg):
        util.write_nonblock(sock, problem_page(int(status_int), str(reason), str(mesg)))

    util.write_error = write_error


def worker_exited(pid: int) -> None:
    metrics.mark_process_dead(pid)
