"""Problem details (RFC 9457): the one error envelope of the API and the CLI.

A :class:`Problem` is raised wherever a request or an article is rejected; the Flask layer
turns it into an ``application/problem+json`` response and the CLI prints it as a line.
"""
from __future__ import annotations

from http import HTTPStatus

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:quotes:problem:"

# The catalogue: every problem code the service answers with, its status and when. README's
# "Errors" table is checked against it (tests/unit/records/test_problems.py); a Problem with a code
# not listed here is a programming error.
CATALOGUE: dict[str, tuple[int, str]] = {
    "malformed_json": (400, "the body is not JSON (the detail gives the parser's position)"),
    "invalid_encoding": (400, "the body is not valid UTF-8 (or not valid in the declared charset)"),
    "bad_request": (400, "any other malformed request"),
    "invalid_cursor": (400, "a `cursor` the store did not make (use a page's `next_cursor`)"),
    "not_found": (404, "no such route, or no such stored article, speaker or statement"),
    "method_not_allowed": (405, "wrong method (the Allow header lists the right ones)"),
    "body_too_large": (413, "the body is over MAX_CONTENT_LENGTH bytes"),
    "text_too_large": (413, "the text is over MAX_TEXT_CHARS characters"),
    "batch_too_large": (413, "more than MAX_BATCH_ARTICLES articles, or more than MAX_BATCH_TOKENS words and marks in all"),
    "text_too_complex": (413, "more than MAX_QUOTE_MARKS quotation marks or MAX_TEXT_TOKENS words and marks in one text"),
    "article_conflict": (409, "the article's id and url (or text) belong to two different stored articles"),
    "duplicate_key": (409, "bulk jobs: an earlier article of the same input has this article's key (id, else url, else text)"),
    "unsupported_media_type": (415, "not application/json (or text/plain for /v1/extract)"),
    "unsupported_charset": (415, "unknown charset"),
    "validation_error": (422, "schema violations, per field in details"),
    "empty_text": (422, "the text is empty or only white space / control characters"),
    "word_too_long": (422, "a run of more than 2,000 characters without white space"),
    "client_closed": (499, "the client closed the connection before the answer (logged, never seen by it)"),
    "uri_too_long": (414, "the request line is over gunicorn's limit (4,094 bytes)"),
    "headers_too_large": (431, "too many request headers, or one over gunicorn's limit"),
    "body_timeout": (408, "the body did not arrive within BODY_TIMEOUT seconds"),
    "internal_error": (500, "anything unexpected; logged with its traceback and the request id"),
    "model_loading": (503, "the model is not loaded yet"),
    "model_unavailable": (503, "the model failed to load"),
    "overloaded": (503, "the worker's queue is full (MAX_ACTIVE + MAX_QUEUE): retry after Retry-After seconds"),
    "deadline_exceeded": (503, "the request ran past REQUEST_DEADLINE seconds and was stopped"),
    "store_unavailable": (503, "the quote store's database cannot be reached"),
}


class Problem(Exception):
    """An error answer: HTTP ``status``, a stable machine ``code`` and a human ``detail``."""

    def __init__(self, status: int, code: str, detail: str, *, details=None, title: str | None = None,
                 headers: dict | None = None):
        super().__init__(detail)
        if code not in CATALOGUE:
            raise ValueError(f"problem code {code!r} is not in the catalogue (quotes/records/problems.py)")
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
