"""Marshmallow schemas of the quote store's routes (``/v1/articles``, ``/v1/quotes``,
``/v1/speakers``, ``/v1/statements``): query validation and the documented responses."""
from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from .schemas import (QUOTE_TYPES, SPEAKER_TYPES, ArticleSchema, ChannelSchema, CueSchema, MetaSchema, OpenSchema,
                      QuoteSchema, QuoteSpeakerSchema, SpanSchema, SpeakerSchema, StatementDateSchema)

MAX_LIMIT = 200
DEFAULT_LIMIT = 50
MAX_ID = 2**31 - 1  # the store's ids are 32-bit integers (PostgreSQL INTEGER)


def _id(description: str) -> fields.Integer:
    return fields.Integer(required=True, metadata={"description": description})


def _nullable_id(description: str) -> fields.Integer:
    return fields.Integer(required=True, allow_none=True, metadata={"description": description})


# ---------------------------------------------------------------- query strings

class PageQuerySchema(Schema):
    class Meta:
        unknown = RAISE

    limit = fields.Integer(load_default=DEFAULT_LIMIT, validate=validate.Range(min=1, max=MAX_LIMIT),
                           metadata={"description": f"Rows per page (1-{MAX_LIMIT})."})
    cursor = fields.String(validate=validate.Length(min=1, max=512),
                           metadata={"description": "The `next_cursor` of the previous page."})


class DateRangeQueryMixin(Schema):
    since = fields.Date(metadata={"description": "Only from this day on (ISO date), by the day of the statement."})
    until = fields.Date(metadata={"description": "Only up to this day (ISO date, inclusive)."})

    @validates_schema
    def _order(self, data, **kwargs):
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise ValidationError("`since` is after `until`.", "until")


class QuotesQuerySchema(PageQuerySchema, DateRangeQueryMixin):
    speaker = fields.Integer(validate=validate.Range(min=1, max=MAX_ID), metadata={"description": "Global speaker id."})
    outlet = fields.String(validate=validate.Length(min=1, max=2048), metadata={"description": "Outlet (any case)."})
    type = fields.String(validate=validate.OneOf(QUOTE_TYPES))
    q = fields.String(validate=[validate.Length(min=1, max=500),
                                validate.Regexp(r"\w", error="Give at least one word to search for.")],
                      metadata={"description": "Full-text search in the quote text: every word must occur (stemmed).",
                                "example": "suicide attacks"})


class SpeakerQuotesQuerySchema(PageQuerySchema):
    """A page of one speaker's quotes."""


class SpeakersQuerySchema(PageQuerySchema):
    q = fields.String(validate=validate.Length(min=1, max=500),
                      metadata={"description": "Part of a name or alias (spelling variants folded).", "example": "Asif"})
    type = fields.String(validate=validate.OneOf(SPEAKER_TYPES[:3]))


class StatementsQuerySchema(PageQuerySchema, DateRangeQueryMixin):
    speaker = fields.Integer(validate=validate.Range(min=1, max=MAX_ID), metadata={"description": "Global speaker id."})
    min_quotes = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1000), metadata={
        "description": "Only statements carried by at least this many quotes (2: the ones linked)."})


# ---------------------------------------------------------------- responses

class StoredQuoteSpeakerSchema(QuoteSpeakerSchema):
    global_id = _nullable_id("Global speaker id (null for an unknown speaker).")


class StoredQuoteSchema(QuoteSchema):
    speaker = fields.Nested(StoredQuoteSpeakerSchema, required=True)
    statement_id = _nullable_id("The statement this quote carries.")


class StoredSpeakerSchema(SpeakerSchema):
    global_id = _nullable_id("Global speaker id across articles (null for an unknown speaker).")


class StoredArticleSchema(ArticleSchema):
    article_id = _id("The store's id of the article (GET /v1/articles/{article_id}).")


class StoreSummarySchema(Schema):
    article_id = _id("The store's id of the article.")
    replaced = fields.Boolean(required=True, metadata={"description": "The article was stored before and was replaced."})
    quotes = fields.Integer(required=True)
    new_speakers = fields.Integer(required=True)
    new_statements = fields.Integer(required=True)
    linked_quotes = fields.Integer(required=True, metadata={"description": "Quotes linked to a stored statement."})


class StoredArticleResponseSchema(OpenSchema):
    article = fields.Nested(StoredArticleSchema, required=True)
    quotes = fields.List(fields.Nested(StoredQuoteSchema), required=True)
    speakers = fields.List(fields.Nested(StoredSpeakerSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)
    store = fields.Nested(StoreSummarySchema, metadata={"description": "What storing did (POST only)."})


class SpeakerRefSchema(Schema):
    global_id = _nullable_id("Global speaker id.")
    name = fields.String(required=True, allow_none=True)
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))


class RowSpeakerSchema(SpeakerRefSchema):
    name_in_article = fields.String(required=True, allow_none=True)
    mention = fields.Nested(SpanSchema, required=True, allow_none=True)


class QuoteRowSchema(Schema):
    article_id = _id("Store id of the article.")
    quote_id = fields.String(required=True, metadata={"description": "The quote's id in its article.", "example": "q3"})
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    pieces = fields.List(fields.List(fields.Integer()), required=True)
    type = fields.String(required=True, validate=validate.OneOf(QUOTE_TYPES))
    cue = fields.Nested(CueSchema, required=True, allow_none=True)
    speaker = fields.Nested(RowSpeakerSchema, required=True)
    outlet = fields.String(required=True, allow_none=True)
    date = fields.String(required=True, allow_none=True)
    statement_date = fields.Nested(StatementDateSchema, required=True, allow_none=True)
    channel = fields.Nested(ChannelSchema, required=True, allow_none=True)
    confidence = fields.Float(required=True)
    evidence = fields.String(required=True)
    day = fields.String(required=True, allow_none=True, metadata={"description": "Day of the statement (or publication)."})
    statement_id = _nullable_id("The statement this quote carries.")


class QuotePageSchema(Schema):
    quotes = fields.List(fields.Nested(QuoteRowSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True, metadata={"description": "Null on the last page."})


class SpeakerDetailsSchema(Schema):
    global_id = _id("Global speaker id.")
    name = fields.String(required=True, metadata={"description": "Canonical name across articles."})
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))
    aliases = fields.List(fields.String(), required=True)
    titles = fields.List(fields.String(), required=True)
    affiliations = fields.List(fields.String(), required=True)
    registry_id = fields.String(required=True, allow_none=True)
    wikidata = fields.String(required=True, allow_none=True)
    quote_count = fields.Integer(required=True)
    article_count = fields.Integer(required=True)
    outlets = fields.List(fields.String(), required=True)
    first_seen = fields.String(required=True, allow_none=True)
    last_seen = fields.String(required=True, allow_none=True)


class SpeakerPageSchema(Schema):
    speakers = fields.List(fields.Nested(SpeakerDetailsSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)


class SpeakerWithQuotesSchema(SpeakerDetailsSchema):
    quotes = fields.List(fields.Nested(QuoteRowSchema), required=True, metadata={"description": "Newest first."})
    next_cursor = fields.String(required=True, allow_none=True, metadata={"description": "Cursor of the next quotes."})


class StatementQuoteSchema(Schema):
    article_id = _id("Store id of the article.")
    quote_id = fields.String(required=True)
    outlet = fields.String(required=True, allow_none=True)
    published = fields.String(required=True, allow_none=True)
    title = fields.String(required=True, allow_none=True)
    day = fields.String(required=True, allow_none=True)
    type = fields.String(required=True, validate=validate.OneOf(QUOTE_TYPES))
    text = fields.String(required=True)
    speaker_name = fields.String(required=True, allow_none=True, metadata={"description": "As the article names it."})


class QuoteRefSchema(Schema):
    article_id = fields.Integer(required=True)
    quote_id = fields.String(required=True)


class StatementLinkSchema(Schema):
    quotes = fields.List(fields.Nested(QuoteRefSchema), required=True, validate=validate.Length(equal=2))
    evidence = fields.String(required=True, validate=validate.OneOf(("exact", "fragment", "paraphrase")))
    score = fields.Float(required=True)


class FirstSchema(Schema):
    article_id = fields.Integer(required=True)
    quote_id = fields.String(required=True)
    outlet = fields.String(required=True, allow_none=True)
    published = fields.String(required=True, allow_none=True)


class StatementSchema(Schema):
    id = _id("Statement id.")
    speaker = fields.Nested(SpeakerRefSchema, required=True)
    earliest_date = fields.String(required=True, allow_none=True)
    first = fields.Nested(FirstSchema, required=True, allow_none=True,
                          metadata={"description": "The quote that carried it first (oldest day, then publication)."})
    quote_count = fields.Integer(required=True)
    article_count = fields.Integer(required=True)
    outlets = fields.List(fields.String(), required=True)
    quotes = fields.List(fields.Nested(StatementQuoteSchema), required=True, metadata={"description": "Oldest first."})
    links = fields.List(fields.Nested(StatementLinkSchema), required=True)


class StatementPageSchema(Schema):
    statements = fields.List(fields.Nested(StatementSchema), required=True)
    next_cursor = fields.String(required=True, allow_none=True)
