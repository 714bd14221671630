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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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
_LONG_WORD = re.compile(r"(?<!\S)\S{%d,}" % (MAX_WORD_CHARS + 1))

# Work is budgeted before it is done. The annotator's time grows with the tokens (words and
# punctuation marks: about 1 ms each on one CPU thread here) and the rules' with the quotation marks
# (n log n: under 1 ms a mark), so both are counted — in linear time — and a text over either
# budget is refused at once (413) instead of outrunning the deadline.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_QUOTE_MARK = re.compile("[\"“”„«»‘‚‹›]")  # not ’ nor ': those are apostrophes as often as marks


def estimate_tokens(text: str) -> int:
    """Words and punctuation marks in ``text``: what the annotator's time grows with."""
    return sum(1 for _ in _TOKEN.finditer(text))


def count_quote_marks(text: str) -> int:
    return sum(1 for _ in _QUOTE_MARK.finditer(text))


def new_request_id() -> str:
    return uuid.uuid4().hex


def decode_text(raw: bytes, charset: str = "utf-8") -> str:
    """Decode a request body; a wrong byte is a 400 naming its offset."""
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        codec = None
    # "rot13", "base64", "zlib" are codecs but not text encodings: decoding with them is no answer.
    if codec is None or not getattr(codec, "_is_text_encoding", True):
        raise Problem(415, "unsupported_charset", f"Unknown charset {charset[:40]!r}; send UTF-8.") from None
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
    except RecursionError:  # "[[[[...": deeper than the parser's stack
        raise Problem(400, "malformed_json", "The body is not usable JSON: it is nested too deeply.") from None
    except ValueError as exc:  # an integer of more than 4,300 digits (sys.set_int_max_str_digits)
        raise Problem(400, "malformed_json", f"The body is not usable JSON: {str(exc)[:120]}.") from None


def require_object(data, message: str):
    """``data`` when it is a JSON object, else a 422 with ``message``."""
    if not isinstance(data, dict):
        raise validation_problem({"_schema": [message]})
    return data


def article_arguments(data, max_text_chars: int, *, max_tokens: int | None = None,
                      max_marks: int | None = None) -> tuple[str, dict]:
    """Validate one article (API body shape); return its text and the engine's keyword arguments.
    ``max_tokens`` and ``max_marks`` budget the work (see ``estimate_tokens``)."""
    require_object(data, 'An article must be a JSON object with a "text" field.')
    try:
        args = _REQUEST.load(data)
    except ValidationError as err:
        raise validation_problem(err.messages) from None
    _refuse_lone_surrogates(args)
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
    if max_marks is not None and (marks := count_quote_marks(clean)) > max_marks:
        raise Problem(413, "text_too_complex",
                      f"The text has {marks:,} quotation marks; at most {max_marks:,} are accepted in one text "
                      "(MAX_QUOTE_MARKS): split it.", details={"text": [f"More than {max_marks} quotation marks."]})
    if max_tokens is not None and (tokens := estimate_tokens(clean)) > max_tokens:
        raise Problem(413, "text_too_complex",
                      f"The text has about {tokens:,} words and punctuation marks; at most {max_tokens:,} are "
                      "accepted in one text (MAX_TEXT_TOKENS): split it.",
                      details={"text": [f"More than {max_tokens} words and punctuation marks."]})
    return text, args


_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(args: dict) -> None:
    """JSON's "\\ud800" escapes give strings no UTF-8 can carry: refused (422), never replaced, so
    offsets always index the text as sent and every answer can be encoded."""
    bad = {}
    for name, value in args.items():
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            bad[name] = [f"A lone surrogate (U+{ord(found.group()):04X}) at offset {found.start()}: "
                         "not a character; send valid Unicode."]
    if bad:
        raise validation_problem(bad)


def extract_article(extractor, data, *, max_text_chars: int, request_id: str, **budget) -> dict:
    """Validate ``data`` and extract its quotes; raises Problem for a rejected article.
    ``budget``: ``max_tokens``, ``max_marks`` of :func:`article_arguments`."""
    text, args = article_arguments(data, max_text_chars, **budget)
    result = extractor.extract(text, **args)
    result["meta"]["request_id"] = request_id
    return result


@dataclass
class Outcome:
    """One article's outcome in a stream: its result, or the problem that rejected it."""

    index: int
    result: dict | None = None
    problem: Problem | None = None

    @property
    def status(self) -> int:
        return self.problem.status if self.problem else 200


def extract_stream(extractor, articles: Iterable, *, max_text_chars: int, request_id: str | None = None,
                   batch_size: int = 16, **budget) -> Iterator[Outcome]:
    """The one entry point for many articles (API batch, CLI ``--jsonl``, bulk jobs): validate
    each (an item may also be a :class:`Problem` already), extract the valid ones ``batch_size``
    at a time through ``extractor.extract_many``, and yield an :class:`Outcome` per article in
    input order. A rejected article is a problem of its
    own; an unexpected failure of a batch is retried article by article, so one bad article costs
    only itself."""
    pending: list[tuple[int, str, dict]] = []
    done: dict[int, Outcome] = {}
    next_index = 0

    def flush():
        nonlocal next_index
        if pending:
            for outcome in _extract_pending(extractor, pending, request_id):
                done[outcome.index] = outcome
            pending.clear()
        while next_index in done:
            yield done.pop(next_index)
            next_index += 1

    for index, data in enumerate(articles):
        try:
            if isinstance(data, Problem):
                raise data  # rejected before it got here (a JSONL line that is not JSON)
            text, args = article_arguments(data, max_text_chars, **budget)
        except Problem as problem:
            done[index] = Outcome(index, problem=problem)
        else:
            pending.append((index, text, args))
        if len(pending) >= batch_size:
            yield from flush()
        elif not pending:
            yield from flush()
    yield from flush()


def _extract_pending(extractor, pending, request_id) -> list[Outcome]:
    try:
        results = extractor.extract_many([(text, args) for _, text, args in pending])
        outcomes = [Outcome(index, result=result) for (index, _, _), result in zip(pending, results)]
    except Problem:
        raise  # the request's own end (its deadline passed): not one article's failure
    except Exception:
        if len(pending) == 1:
            log.exception("unexpected error on article %d (request_id=%s)", pending[0][0], request_id)
            return [Outcome(pending[0][0], problem=internal_problem())]
        return [outcome for item in pending for outcome in _extract_pending(extractor, [item], request_id)]
    for outcome in outcomes:
        outcome.result["meta"]["request_id"] = request_id
    return outcomes


def check_batch_budget(articles: list, max_batch_tokens: int) -> None:
    """A 413 when the batch's texts hold more than ``max_batch_tokens`` words and marks in all:
    the whole batch must fit one request's deadline."""
    total = 0
    for article in articles:
        text = article.get("text") if isinstance(article, dict) else None
        if isinstance(text, str):
            total += estimate_tokens(text)
    if total > max_batch_tokens:
        raise Problem(413, "batch_too_large",
                      f"The batch holds about {total:,} words and punctuation marks; the limit is "
                      f"{max_batch_tokens:,} in one batch (MAX_BATCH_TOKENS): send fewer or shorter articles.",
                      details={"articles": [f"More than {max_batch_tokens} words and punctuation marks in all."]})


def extract_batch(extractor, articles: list, *, max_text_chars: int, request_id: str,
                  max_batch_tokens: int | None = None, **budget) -> dict:
    """Extract every article in order; a rejected or failing article gets its own error entry."""
    started = time.perf_counter()
    if max_batch_tokens is not None:
        check_batch_budget(articles, max_batch_tokens)
    results = [{"index": o.index, "status": o.status, "result": o.result,
                "error": o.problem.to_dict(request_id) if o.problem else None}
               for o in extract_stream(extractor, articles, max_text_chars=max_text_chars, request_id=request_id,
                                       **budget)]
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
