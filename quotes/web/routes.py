"""The HTTP routes: /v1/extract, /v1/extract/batch, /health, /ready, /version and /metrics.

Thin: read the body, hand it to :mod:`quotes.service`, return its dict. Errors are raised as
:class:`~quotes.records.problems.Problem` and answered by :mod:`quotes.web.errors`.
"""
from __future__ import annotations

import logging
import os
import platform

import time

from flask import current_app, g, request
from flask_smorest import Blueprint
from werkzeug.exceptions import ClientDisconnected, RequestEntityTooLarge

from models import examples
from models.schemas import (ArticleMetaSchema, BatchRequestSchema, BatchResponseSchema,
                            ExtractRequestSchema, ExtractResponseSchema, HealthSchema, ProblemSchema,
                            ReadySchema, VersionSchema)

from .. import __version__
from ..nlp import library_versions
from ..extraction.pipeline import stage_hook
from ..records.problems import PROBLEM_MEDIA_TYPE, Problem, validation_problem
from ..service import decode_text, extract_article, extract_batch, parse_json, require_object
from . import metrics
from .admission import RequestClock
from .requestid import log_text

log = logging.getLogger(__name__)

API_VERSION = "v1"
JSON_TYPES = ("application/json",)

v1 = Blueprint("extraction", __name__, url_prefix=f"/{API_VERSION}",
               description="Quote extraction from news articles.")
ops = Blueprint("operations", __name__, description="Liveness, readiness and version.")

_BATCH = BatchRequestSchema()


def documented_problems(*statuses: int):
    """Document problem+json answers for ``statuses`` (and any other error) on a view."""
    def decorator(func):
        for status in (*statuses, "default"):
            func = v1.alt_response(status, schema=ProblemSchema, content_type=PROBLEM_MEDIA_TYPE,
                                   description="Any other error." if status == "default" else None,
                                   example=examples.PROBLEM_422 if status == 422 else None)(func)
        return func
    return decorator


def model_slot():
    return current_app.extensions["quotes.model"]


def is_json(mimetype: str) -> bool:
    return mimetype in JSON_TYPES or mimetype.endswith("+json")


def unsupported_media_type(accepted: str) -> Problem:
    got = request.content_type or "no Content-Type"
    return Problem(415, "unsupported_media_type", f"Send {accepted} (got {got}).")


def read_body() -> bytes:
    """The request body, within ``MAX_CONTENT_LENGTH`` (a chunked body over it is a 413, not cut
    short) and ``BODY_TIMEOUT`` (a client that announces a body and stalls gets a 408)."""
    limit = request.max_content_length
    sock = request.environ.get("gunicorn.socket")
    if sock is not None:
        sock.settimeout(current_app.config["BODY_TIMEOUT"])
    try:
        if request.content_length is None and limit is not None and request.environ.get("wsgi.input_terminated"):
            data = request.environ["wsgi.input"].read(limit + 1)
            if len(data) > limit:
                raise RequestEntityTooLarge()
        else:
            data = request.get_data(cache=False)
    except (ClientDisconnected, TimeoutError) as exc:
        # The socket keeps its timeout: gunicorn's attempt to drain the rest fails fast and it
        # closes the connection instead of waiting on the stalled client again.
        raise Problem(408, "body_timeout", f"The request body did not arrive within "
                      f"{current_app.config['BODY_TIMEOUT']} s (BODY_TIMEOUT).") from exc
    if sock is not None:
        try:
            sock.settimeout(None)
        except OSError:
            pass
    return data


def refuse_query_parameters() -> None:
    """A JSON request carries its metadata in the body; a query parameter would be silently lost."""
    if request.args:
        names = sorted(request.args)
        raise validation_problem({name: ["Query parameters are only read with a text/plain body; put it in the "
                                         "JSON body."] for name in names})


def read_article() -> dict:
    """The article of a /v1/extract request: a JSON body, or a text/plain body plus query metadata."""
    if request.mimetype == "text/plain":
        data = dict(request.args.items())
        if "text" in data:
            raise validation_problem({"text": ["Send the text as the body, not as a query parameter."]})
        charset = request.mimetype_params.get("charset", "utf-8")
        decode_text(b"", charset)  # an unusable charset is a 415 before the body is read
        data["text"] = decode_text(read_body(), charset)
        return data
    if is_json(request.mimetype):
        refuse_query_parameters()
        return parse_json(read_body())
    raise unsupported_media_type("application/json or text/plain")


def budget() -> dict:
    config = current_app.config
    return {"max_tokens": config["MAX_TEXT_TOKENS"], "max_marks": config["MAX_QUOTE_MARKS"]}


def observe(result: dict, text) -> None:
    metrics.QUOTES.observe(len(result.get("quotes") or ()))
    if isinstance(text, str):
        metrics.CHARACTERS.observe(len(text))


def run_extraction(work):
    """``work()`` admitted by the worker's :class:`~quotes.web.admission.Admission`, under the
    request's deadline, with the stage hook set."""
    clock = RequestClock.for_request(current_app.config)
    with current_app.extensions["quotes.admission"].admit(clock, current_app.config["RETRY_AFTER"]):
        with stage_hook(clock):
            return work()


@v1.route("/extract", methods=["POST"])
@v1.doc(
    summary="Extract the quotes of one article",
    description=("Send JSON (`ExtractRequest`), or the article as `text/plain` with its metadata as "
                 "query parameters. Offsets in the result index the submitted text (Python string "
                 "indices, i.e. Unicode code points)."),
    requestBody={"required": True, "content": {
        "application/json": {"schema": ExtractRequestSchema, "example": examples.EXTRACT_REQUEST},
        "text/plain": {"schema": {"type": "string"}, "example": examples.TEXT_PLAIN_REQUEST},
    }},
    parameters=[{"in": "query", "schema": ArticleMetaSchema,
                 "description": "Article metadata, for text/plain requests only."}],
)
@v1.alt_response(200, schema=ExtractResponseSchema, example=examples.EXTRACT_RESPONSE, success=True,
                 description="The article's quotes and speakers.")
@documented_problems(400, 413, 415, 422, 503)
def extract():
    extractor = model_slot().require()
    data = read_article()
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        log_text(data["text"])
    result = run_extraction(lambda: extract_article(
        extractor, data, max_text_chars=current_app.config["MAX_TEXT_CHARS"], request_id=g.request_id, **budget()))
    observe(result, data.get("text"))
    return result


@v1.route("/extract/batch", methods=["POST"])
@v1.doc(
    summary="Extract the quotes of several articles",
    description=("Articles are processed in order. A rejected article gets its own problem entry (with "
                 "the status it would have had alone) and the others are still processed. More than "
                 "MAX_BATCH_ARTICLES articles: 413."),
    requestBody={"required": True, "content": {
        "application/json": {"schema": BatchRequestSchema, "example": examples.BATCH_REQUEST}}},
)
@v1.alt_response(200, schema=BatchResponseSchema, example=examples.BATCH_RESPONSE, success=True,
                 description="One entry per article, in order.")
@documented_problems(400, 413, 415, 422, 503)
def extract_many():
    extractor = model_slot().require()
    if not is_json(request.mimetype):
        raise unsupported_media_type("application/json")
    refuse_query_parameters()
    articles = _BATCH.load(require_object(parse_json(read_body()),
                                           'The body must be a JSON object with an "articles" list.'))["articles"]
    limit = current_app.config["MAX_BATCH_ARTICLES"]
    if len(articles) > limit:
        raise Problem(413, "batch_too_large",
                      f"The batch has {len(articles)} articles; the limit is {limit} (MAX_BATCH_ARTICLES).",
                      details={"articles": [f"At most {limit} articles."]})
    body = run_extraction(lambda: extract_batch(
        extractor, articles, max_text_chars=current_app.config["MAX_TEXT_CHARS"], request_id=g.request_id,
        max_batch_tokens=current_app.config["MAX_BATCH_TOKENS"], **budget()))
    for entry, article in zip(body["results"], articles):
        if entry["result"] is not None:
            observe(entry["result"], article.get("text") if isinstance(article, dict) else None)
    return body


@ops.route("/health", methods=["GET"])
@ops.response(200, HealthSchema)
@ops.doc(summary="Liveness: the process answers (cheap; does not touch the model)")
def health():
    return {"status": "ok", "pid": os.getpid()}


@ops.route("/ready", methods=["GET"])
@ops.response(200, ReadySchema)
@ops.alt_response(503, schema=ProblemSchema, content_type=PROBLEM_MEDIA_TYPE,
                  description="The model is still loading, or failed to load.")
@ops.doc(summary="Readiness: 200 once the model is loaded, 503 before")
def ready():
    extractor = model_slot().require()
    return {"status": "ready", "model_package": getattr(extractor.annotator, "package", None)}


@ops.route("/version", methods=["GET"])
@ops.response(200, VersionSchema)
@ops.doc(summary="Service, API, model and library versions")
def version():
    extractor = model_slot().extractor
    body = {
        "service_version": __version__,
        "api_version": API_VERSION,
        "model_package": getattr(getattr(extractor, "annotator", None), "package", None),
        "stanza_use_gpu": current_app.config.get("STANZA_USE_GPU", "auto"),
        "device": getattr(getattr(extractor, "annotator", None), "device", None),
    }
    if current_app.config["EXPOSE_VERSIONS"]:  # library versions tell an attacker which CVEs to try
        body.update(library_versions(), python=platform.python_version())
    return body


@ops.route("/metrics", methods=["GET"])
@ops.doc(summary="Prometheus metrics (all workers)", responses={200: {
    "description": "Prometheus text exposition format.",
    "content": {"text/plain": {"schema": {"type": "string"}}}}})
def prometheus_metrics():
    return metrics.metrics_response()


def record_request(response):
    """After every request: the metrics by route and status, and the "request finished" log line."""
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"
    seconds = time.perf_counter() - g.get("request_started", time.perf_counter())
    metrics.REQUESTS.labels(route, request.method, str(response.status_code)).inc()
    metrics.LATENCY.labels(route).observe(seconds)
    log.info("request finished", extra={"method": request.method, "route": route, "status": response.status_code,
                                        "duration_ms": round(seconds * 1000, 1)})
    return response


def document_limits(spec, config) -> None:
    """Write the configured limits into the OpenAPI document (they are settings, not schema constants)."""
    schemas = spec.components.schemas
    request_schema = schemas.get("ExtractRequest", {}).get("properties", {})
    if "text" in request_schema:
        request_schema["text"]["maxLength"] = config["MAX_TEXT_CHARS"]
    if "published" in request_schema:
        request_schema["published"].update({"type": ["string", "null"], "anyOf": [
            {"type": "string", "format": "date"}, {"type": "string", "format": "date-time"},
            {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$",
             "description": "a date-time without an offset (local time as written)"},
            {"type": "null"}]})
    batch = schemas.get("BatchRequest", {}).get("properties", {})
    if "articles" in batch:
        batch["articles"]["maxItems"] = config["MAX_BATCH_ARTICLES"]
