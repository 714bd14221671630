"""One article (or a batch) through validation and the engine: what the API and the CLI share.

Input is the API's request body shape (``{"text": ..., "outlet": ..., ...}``); output is the
engine's result with ``meta.request_id`` added, or a :class:`~quotes.records.problems.Problem`.
"""
from __future__ import annotations

import codecs
import json
import logging
import re
import time
import uuid

from marshmallow import ValidationError

from models.schemas import ExtractRequestSchema

from .. import __version__
from ..records.problems import Problem, validation_problem
from ..nlp.textprep import offset_safe

log = logging.getLogger(__name__)
_REQUEST = ExtractRequestSchema()

# A run of more than this many characters without white space is not prose (base64, a pasted
# binary); it is refused with a clear 422. (The annotator itself also breaks long runs, since
# Stanza's tokenizer is quadratic in their length.) URLs stay far below this.
MAX_WORD_CHARS = 2000
_LONG_WORD = re.compile(r"\S{%d,}" % (MAX_WORD_CHARS + 1))


def new_request_id() -> str:
    return uuid.uuid4().hex


def decode_text(raw: bytes, charset: str = "utf-8") -> str:
    """Decode a request body; a wrong byte is a 400 naming its offset."""
    try:
        codecs.lookup(charset)
    except LookupError:
        raise Problem(415, "unsupported_charset", f"Unknown charset {charset!r}; send UTF-8.") from None
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as exc:
        raise Problem(400, "invalid_encoding",
                      f"The body is not valid {charset.upper()}: byte {exc.start} "
                      f"({raw[exc.start:exc.start + 1]!r}) cannot be decoded. Send UTF-8 text.") from None


def parse_json(raw: bytes):
    """Parse a JSON body (RFC 8259: UTF-8); malformed JSON is a 400 with the parser's position."""
    text = decode_text(raw)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Problem(400, "malformed_json", f"The body is not valid JSON: {exc}.") from None


def require_object(data, message: str):
    """``data`` when it is a JSON object, else a 422 with ``message``."""
    if not isinstance(data, dict):
        raise validation_problem({"_schema": [message]})
    return data


def article_arguments(data, max_text_chars: int) -> tuple[str, dict]:
    """Validate one article (API body shape); return its text and the engine's keyword arguments."""
    require_object(data, 'An article must be a JSON object with a "text" field.')
    try:
        args = _REQUEST.load(data)
    except ValidationError as err:
        raise validation_problem(err.messages) from None
    text = args.pop("text")
    if len(text) > max_text_chars:
        raise Problem(413, "text_too_large",
                      f"The text has {len(text):,} characters; the limit is {max_text_chars:,} (MAX_TEXT_CHARS).",
                      details={"text": [f"Longer than {max_text_chars} characters."]})
    clean = offset_safe(text)  # control characters count as white space, as the engine sees them
    if not clean.strip():
        raise Problem(422, "empty_text", "The text is empty or holds only white space and control characters.",
                      details={"text": ["Must contain some text."]})
    long_word = _LONG_WORD.search(clean)
    if long_word:
        raise Problem(422, "word_too_long",
                      f"The text has {long_word.end() - long_word.start():,} characters without white space "
                      f"at offset {long_word.start()}; at most {MAX_WORD_CHARS:,} are accepted (is it prose?).",
                      details={"text": [f"A run of more than {MAX_WORD_CHARS} characters without white space."]})
    return text, args


def extract_article(extractor, data, *, max_text_chars: int, request_id: str) -> dict:
    """Validate ``data`` and extract its quotes; raises Problem for a rejected article."""
    text, args = article_arguments(data, max_text_chars)
    result = extractor.extract(text, **args)
    result["meta"]["request_id"] = request_id
    return result


def extract_batch(extractor, articles: list, *, max_text_chars: int, request_id: str) -> dict:
    """Extract every article in order; a rejected or failing article gets its own error entry."""
    started = time.perf_counter()
    results = []
    for index, data in enumerate(articles):
        try:
            item = {"status": 200, "result": extract_article(
                extractor, data, max_text_chars=max_text_chars, request_id=request_id), "error": None}
        except Problem as problem:
            item = {"status": problem.status, "result": None, "error": problem.to_dict(request_id)}
        except Exception:
            log.exception("unexpected error on batch article %d (request_id=%s)", index, request_id)
            problem = internal_problem()
            item = {"status": problem.status, "result": None, "error": problem.to_dict(request_id)}
        results.append({"index": index, **item})
    return {
        "results": results,
        "meta": {
            "request_id": request_id,
            "service_version": __version__,
            "articles": len(results),
            "failed": sum(1 for r in results if r["error"] is not None),
            "processing_ms": round((time.perf_counter() - started) * 1000, 1),
        },
    }


def internal_problem() -> Problem:
    return Problem(500, "internal_error",
                   "An unexpected error occurred. It has been logged; quote the request id when reporting it.")
