"""Every error as one JSON envelope: RFC 9457 problem details with a request id.

Handles our own :class:`~quotes.records.problems.Problem`, marshmallow validation errors, every
werkzeug ``HTTPException`` (404, 405, 413, ... and flask-smorest's, whose own JSON error
format is replaced here) and any unexpected exception (500, logged with its traceback and
request id, never shown to the caller).
"""
from __future__ import annotations

import json
import logging

from flask import Flask, Response, g, request
from flask_smorest import Api
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from models.schemas import ProblemSchema

from ..records.problems import PROBLEM_MEDIA_TYPE, Problem, validation_problem
from ..service import internal_problem

log = logging.getLogger(__name__)

HTTP_CODES = {  # werkzeug's own errors, as catalogue codes
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    408: "body_timeout",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "validation_error",
    431: "headers_too_large",
}


def problem_response(problem: Problem) -> Response:
    # ASCII with escapes, as the 200 path (Flask's JSON provider): a lone surrogate named in an
    # error ("\ud800" as a field name) is escaped, not a UnicodeEncodeError and a 500.
    body = json.dumps(problem.to_dict(g.get("request_id")), ensure_ascii=True)
    return Response(body, status=problem.status, mimetype=PROBLEM_MEDIA_TYPE, headers=problem.headers)


def http_problem(error: HTTPException) -> Problem:
    """The problem for a werkzeug/flask-smorest HTTP exception."""
    status = error.code or 500
    code = HTTP_CODES.get(status, "bad_request" if 400 <= status < 500 else "internal_error")
    headers = {k: v for k, v in error.get_headers() if k.lower() in ("allow", "retry-after")}
    data = getattr(error, "data", None) or {}
    if status == 422 and "messages" in data:  # webargs/flask-smorest argument validation
        return validation_problem(data["messages"])
    if status == 404:
        detail = f"No such resource: {request.path}. See /openapi.json for the routes."
    elif status == 405:
        allowed = headers.get("Allow", "")
        detail = f"{request.method} is not allowed on {request.path}; allowed: {allowed}."
    elif status == 413:
        limit = request.max_content_length
        detail = (f"The request body is larger than the limit of {limit:,} bytes (MAX_CONTENT_LENGTH)."
                  if limit else error.description)
    else:
        detail = error.description or error.name
    return Problem(status, code, detail, headers=headers)


class ProblemApi(Api):
    """flask-smorest's Api with errors documented and answered as problem details."""

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = None  # each route documents its problem+json answers

    def handle_http_exception(self, error):
        return problem_response(http_problem(error))


def handle_problem(problem: Problem):
    return problem_response(problem)


def handle_validation_error(error: ValidationError):
    return problem_response(validation_problem(error.messages))


def handle_unexpected(error: Exception):
    log.exception("unhandled %s on %s %s (request_id=%s)", type(error).__name__, request.method,
                  request.path, g.get("request_id"))
    return problem_response(internal_problem())


def register_error_handlers(app: Flask) -> None:
    """Register the handlers (the HTTPException one is registered by :class:`ProblemApi`)."""
    app.register_error_handler(Problem, handle_problem)
    app.register_error_handler(ValidationError, handle_validation_error)
    app.register_error_handler(Exception, handle_unexpected)
