"""Problem details (RFC 9457): the one error envelope of the API and the CLI.

A :class:`Problem` is raised wherever a request or an article is rejected; the Flask layer
turns it into an ``application/problem+json`` response and the CLI prints it as a line.
"""
from __future__ import annotations

from http import HTTPStatus

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:quotes:problem:"


class Problem(Exception):
    """An error answer: HTTP ``status``, a stable machine ``code`` and a human ``detail``."""

    def __init__(self, status: int, code: str, detail: str, *, details=None, title: str | None = None,
                 headers: dict | None = None):
        super().__init__(detail)
        self.status = int(status)
        self.code = code
        self.detail = detail
        self.details = details
        self.title = title or HTTPStatus(self.status).phrase
        self.headers = headers or {}

    def to_dict(self, request_id: str | None = None) -> dict:
        return {
            "type": TYPE_PREFIX + self.code,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "code": self.code,
            "details": self.details,
            "request_id": request_id,
        }


def validation_problem(messages, detail: str = "The request does not match the schema.") -> Problem:
    """A 422 for marshmallow/webargs messages ({field: [message, ...]})."""
    return Problem(422, "validation_error", detail, details=messages)
