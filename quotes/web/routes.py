"""The HTTP routes: /v1/extract, /v1/extract/batch, /health, /ready and /version.

Thin: read the body, hand it to :mod:`quotes.service`, return its dict. Errors are raised as
:class:`~quotes.records.problems.Problem` and answered by :mod:`quotes.web.errors`.
"""
from __future__ import annotations

import os
import platform

from flask import current_app, g, request
from flask_smorest import Blueprint

from models import examples
from models.schemas import (ArticleMetaSchema, BatchRequestSchema, BatchResponseSchema,
                            ExtractRequestSchema, ExtractResponseSchema, HealthSchema, ProblemSchema,
                            ReadySchema, VersionSchema)

from .. import __version__
from ..nlp import library_versions
from ..records.problems import PROBLEM_MEDIA_TYPE, Problem, validation_problem
from ..service import decode_text, extract_article, extract_batch, parse_json, require_object

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


def read_article() -> dict:
    """The article of a /v1/extract request: a JSON body, or a text/plain body plus query metadata."""
    if request.mimetype == "text/plain":
        data = dict(request.args.items())
        if "text" in data:
            raise validation_problem({"text": ["Send the text as the body, not as a query parameter."]})
        data["text"] = decode_text(request.get_data(cache=False),
                                   request.mimetype_params.get("charset", "utf-8"))
        return data
    if is_json(request.mimetype):
        return parse_json(request.get_data(cache=False))
    raise unsupported_media_type("application/json or text/plain")


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
    return extract_article(extractor, read_article(), max_text_chars=current_app.config["MAX_TEXT_CHARS"],
                           request_id=g.request_id)


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
    articles = _BATCH.load(require_object(parse_json(request.get_data(cache=False)),
                                           'The body must be a JSON object with an "articles" list.'))["articles"]
    limit = current_app.config["MAX_BATCH_ARTICLES"]
    if len(articles) > limit:
        raise Problem(413, "batch_too_large",
                      f"The batch has {len(articles)} articles; the limit is {limit} (MAX_BATCH_ARTICLES).",
                      details={"articles": [f"At most {limit} articles."]})
    return extract_batch(extractor, articles, max_text_chars=current_app.config["MAX_TEXT_CHARS"],
                         request_id=g.request_id)


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
    return {
        "service_version": __version__,
        "api_version": API_VERSION,
        "model_package": getattr(getattr(extractor, "annotator", None), "package", None),
        "stanza_use_gpu": current_app.config.get("STANZA_USE_GPU", "auto"),
        "device": getattr(getattr(extractor, "annotator", None), "device", None),
        **library_versions(),
        "python": platform.python_version(),
    }
