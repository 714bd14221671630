"""The quote store's routes: POST /v1/articles (extract and store), GET /v1/articles/{id},
/v1/quotes, /v1/speakers, /v1/speakers/{id}, /v1/statements, /v1/statements/{id}.

Thin, like :mod:`.routes`: the work is in :mod:`quotes.service.store`; errors are problems.
"""
from __future__ import annotations

from flask import current_app, g
from flask_smorest import Blueprint
from marshmallow import RAISE

from models import examples
from models.schemas import ArticleMetaSchema, ExtractRequestSchema, ProblemSchema
from models.store_schemas import (MAX_ID, QuotePageSchema, QuotesQuerySchema, SpeakerPageSchema, SpeakerQuotesQuerySchema,
                                  SpeakersQuerySchema, SpeakerWithQuotesSchema, StatementPageSchema, StatementSchema,
                                  StatementsQuerySchema, StoredArticleResponseSchema)

from ..records.problems import PROBLEM_MEDIA_TYPE, Problem
from ..service.store import ingest_article, read
from .routes import API_VERSION, model_slot, read_article

store_api = Blueprint("store", __name__, url_prefix=f"/{API_VERSION}",
                      description="The quote store: articles, quotes, speakers across articles, statements "
                                  "linked across outlets.")


def problems(*statuses: int):
    def decorator(func):
        for status in (*statuses, "default"):
            func = store_api.alt_response(status, schema=ProblemSchema, content_type=PROBLEM_MEDIA_TYPE,
                                          description="Any other error." if status == "default" else None)(func)
        return func
    return decorator


def store():
    return current_app.extensions["quotes.store"]


def not_found(kind: str, ident: int) -> Problem:
    return Problem(404, "not_found", f"No {kind} with id {ident} in the store.")


def existing_id(kind: str, ident: int) -> int:
    """``ident`` when it can be a stored id (1 to 2**31 - 1), else a 404 at once."""
    if not 1 <= ident <= MAX_ID:
        raise not_found(kind, ident)
    return ident


def _days(args: dict) -> dict:
    return {k: (v.isoformat() if k in ("since", "until") else v) for k, v in args.items()}


@store_api.route("/articles", methods=["POST"])
@store_api.doc(
    summary="Extract the quotes of one article and store them",
    description=("The same request as `POST /v1/extract` (JSON, or `text/plain` with query metadata). The article "
                 "is stored with its quotes; posting it again (same `id`, else same `url`, else the same text) "
                 "replaces them. The answer is the extraction plus `speaker.global_id` and `statement_id` on "
                 "each quote, `global_id` on each speaker, `article.article_id` and a `store` summary."),
    requestBody={"required": True, "content": {
        "application/json": {"schema": ExtractRequestSchema, "example": examples.EXTRACT_REQUEST},
        "text/plain": {"schema": {"type": "string"}, "example": examples.TEXT_PLAIN_REQUEST},
    }},
    parameters=[{"in": "query", "schema": ArticleMetaSchema, "description": "Metadata, for text/plain requests."}],
)
@store_api.alt_response(200, schema=StoredArticleResponseSchema, success=True,
                        description="The stored extraction with its global ids.")
@problems(400, 409, 413, 415, 422, 503)
def post_article():
    extractor = model_slot().require()
    return ingest_article(store(), extractor, read_article(), max_text_chars=current_app.config["MAX_TEXT_CHARS"],
                          request_id=g.request_id)


@store_api.route("/articles/<int:article_id>", methods=["GET"])
@store_api.doc(summary="A stored article: its extraction with the global ids")
@store_api.alt_response(200, schema=StoredArticleResponseSchema, success=True, description="The stored article.")
@problems(404, 503)
def get_article(article_id: int):
    found = read(store().article, existing_id("article", article_id))
    if found is None:
        raise not_found("article", article_id)
    found["meta"] = {**found["meta"], "request_id": g.request_id}
    return found


@store_api.route("/quotes", methods=["GET"])
@store_api.arguments(QuotesQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@store_api.response(200, QuotePageSchema)
@store_api.doc(summary="Stored quotes, newest first, filtered, a page at a time",
               description="Newest first by the day of the statement (its statement date, else the publication "
                           "day), then by store order. Follow `next_cursor` for the next page.")
@problems(400, 422, 503)
def list_quotes(**args):
    return read(store().quotes, **_days(args))


@store_api.route("/speakers", methods=["GET"])
@store_api.arguments(SpeakersQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@store_api.response(200, SpeakerPageSchema)
@store_api.doc(summary="Speakers across articles: names, aliases, titles, affiliations, counts, outlets, dates")
@problems(400, 422, 503)
def list_speakers(**args):
    return read(store().speakers, **args)


@store_api.route("/speakers/<int:speaker_id>", methods=["GET"])
@store_api.arguments(SpeakerQuotesQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@store_api.response(200, SpeakerWithQuotesSchema)
@store_api.doc(summary="One speaker, with its quotes (newest first, a page at a time)")
@problems(400, 404, 422, 503)
def get_speaker(speaker_id: int, **page):
    found = read(store().speaker, existing_id("speaker", speaker_id), **page)
    if found is None:
        raise not_found("speaker", speaker_id)
    return found


@store_api.route("/statements", methods=["GET"])
@store_api.arguments(StatementsQuerySchema, location="query", unknown=RAISE, as_kwargs=True)
@store_api.response(200, StatementPageSchema)
@store_api.doc(summary="Statements: each with its speaker, earliest date, first outlet and every quote carrying it",
               description="Newest first by earliest date. `min_quotes=2` lists the statements found in more than "
                           "one quote. Each statement's quotes are oldest first; `links` give the evidence "
                           "(`exact`, `fragment`, `paraphrase`) and score of each matched pair.")
@problems(400, 422, 503)
def list_statements(**args):
    return read(store().statements, **_days(args))


@store_api.route("/statements/<int:statement_id>", methods=["GET"])
@store_api.response(200, StatementSchema)
@store_api.doc(summary="One statement and every quote that carries it, oldest first")
@problems(404, 503)
def get_statement(statement_id: int):
    found = read(store().statement, existing_id("statement", statement_id))
    if found is None:
        raise not_found("statement", statement_id)
    return found
