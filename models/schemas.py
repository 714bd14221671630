"""Marshmallow schemas of the HTTP API: request validation and the documented responses.

Request schemas validate what callers send (unknown fields are rejected, so a misspelt
``publised`` is an error rather than silently ignored). Response schemas document what the
engine returns; they tolerate extra keys (``unknown = INCLUDE`` becomes
``additionalProperties: true``) because the NLP components may add fields. The OpenAPI
document served at ``/openapi.json`` is generated from these classes.
"""
from __future__ import annotations

from marshmallow import INCLUDE, Schema, fields, utils, validate

from quotes.records import Evidence, QuoteType, SpeakerType, parse_published

QUOTE_TYPES = tuple(t.value for t in QuoteType)
SPEAKER_TYPES = tuple(t.value for t in SpeakerType)
EVIDENCE = tuple(e.value for e in Evidence)
METADATA_MAX = 2048


class IsoDateOrDateTime(fields.String):
    """An ISO 8601 date (``2025-10-25``) or date-time (``2025-10-25T14:30:00+05:00``).

    Loads to the string exactly as sent, so the engine sees the caller's timezone.
    """

    default_error_messages = {
        "invalid_iso": "Not a valid ISO 8601 date or date-time "
                       "(expected e.g. 2025-10-25 or 2025-10-25T14:30:00+05:00).",
    }

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parse_published(text)  # the one validator: what passes here, the date rules can use
        except ValueError as exc:
            raise self.make_error("invalid_iso") from exc
        return text


class ArticleList(fields.List):
    """A list of article objects, documented as a list of ``ExtractRequest``.

    Loading only checks that it is a list: each article is validated on its own later, so that
    one bad article gets its own error entry and the others are still processed.
    """

    def _deserialize(self, value, attr, data, **kwargs):
        if not utils.is_collection(value):
            raise self.make_error("invalid")
        return list(value)


def _meta_string(description: str, example: str) -> fields.String:
    return fields.String(allow_none=True, validate=validate.Length(max=METADATA_MAX),
                         metadata={"description": description, "example": example})


# ---------------------------------------------------------------- requests

class ArticleMetaSchema(Schema):
    """Optional metadata of an article (also the query parameters of a text/plain request)."""

    id = _meta_string("Caller's identifier of the article, echoed in the result.", "a-1")
    outlet = _meta_string("Publishing outlet; detected from the text when absent.", "Dawn")
    published = IsoDateOrDateTime(
        allow_none=True,
        metadata={"description": "Publication date, ISO 8601 date or date-time (timezone kept).",
                  "example": "2025-10-25"},
    )
    url = _meta_string("Address of the article.", "https://example.com/news/talks")
    title = _meta_string("Headline; detected from the text when absent.", "Talks resume in Istanbul")


class ExtractRequestSchema(ArticleMetaSchema):
    """One article to extract quotes from."""

    text = fields.String(required=True, metadata={
        "description": "The article text (plain text; offsets in the result index it exactly).",
        "example": 'The minister said the talks would resume. "We want peace," he told reporters.',
    })


class BatchRequestSchema(Schema):
    """Several articles, processed in order."""

    articles = ArticleList(fields.Nested(ExtractRequestSchema), required=True,
                           validate=validate.Length(min=1, error="Send at least one article."),
                           metadata={"description": "The articles (at most MAX_BATCH_ARTICLES)."})


# ---------------------------------------------------------------- responses

class OpenSchema(Schema):
    """A response object that may carry more keys than documented."""

    class Meta:
        unknown = INCLUDE


def _str(**kwargs) -> fields.String:
    return fields.String(allow_none=True, **kwargs)


class SpanSchema(OpenSchema):
    text = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "Start offset into the submitted text."})
    end = fields.Integer(required=True, metadata={"description": "End offset (exclusive)."})


class CueSchema(SpanSchema):
    lemma = fields.String(required=True)


class QuoteSpeakerSchema(OpenSchema):
    id = _str(required=True, metadata={"description": "Id of the speaker in `speakers`, or null."})
    name = _str(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))
    mention = fields.Nested(SpanSchema, allow_none=True, required=True)


class DateRangeSchema(OpenSchema):
    start = _str()
    end = _str()


class StatementDateSchema(OpenSchema):
    text = _str()
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    value = _str(metadata={"description": "ISO date of the statement, or null."})
    range = fields.Nested(DateRangeSchema, allow_none=True)


class ChannelSchema(OpenSchema):
    kind = _str(metadata={"example": "interview"})
    name = _str()
    text = _str()
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)


class QuoteSchema(OpenSchema):
    id = fields.String(required=True, metadata={"example": "q1"})
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    pieces = fields.List(fields.List(fields.Integer()), required=True,
                         metadata={"description": "Content parts as [start, end] pairs."})
    type = fields.String(required=True, validate=validate.OneOf(QUOTE_TYPES))
    cue = fields.Nested(CueSchema, allow_none=True, required=True)
    speaker = fields.Nested(QuoteSpeakerSchema, required=True)
    outlet = _str(required=True)
    date = _str(required=True, metadata={"description": "Publication date of the article."})
    statement_date = fields.Nested(StatementDateSchema, allow_none=True, required=True)
    channel = fields.Nested(ChannelSchema, allow_none=True, required=True)
    confidence = fields.Float(required=True)
    evidence = fields.String(required=True, validate=validate.OneOf(EVIDENCE))


class SpeakerSchema(OpenSchema):
    id = fields.String(required=True)
    name = _str(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SPEAKER_TYPES))
    title = _str(required=True)
    affiliation = _str(required=True)
    description = _str(required=True)
    registry_id = _str(required=True)
    wikidata = _str(required=True)
    aliases = fields.List(fields.String(), required=True, metadata={
        "description": "every distinct surface form of the speaker's name in the article, in text order"})
    mentions = fields.List(fields.Nested(SpanSchema), required=True)
    quote_ids = fields.List(fields.String(), required=True)


class ProvenanceSchema(OpenSchema):
    outlet = _str(metadata={"description": "given | detected | null"})
    published = _str()
    title = _str()


class ArticleSchema(OpenSchema):
    id = _str(required=True)
    outlet = _str(required=True)
    published = _str(required=True)
    url = _str(required=True)
    title = _str(required=True)
    dateline = _str()
    byline = _str()
    provenance = fields.Nested(ProvenanceSchema, required=True)


class MetaSchema(OpenSchema):
    service_version = fields.String(required=True)
    model_package = fields.String(required=True)
    processing_ms = fields.Float(required=True)
    request_id = fields.String(required=True)


class ExtractResponseSchema(OpenSchema):
    article = fields.Nested(ArticleSchema, required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details, the body of every error (``application/problem+json``)."""

    type = fields.String(required=True, metadata={"example": "urn:quotes:problem:validation_error"})
    title = fields.String(required=True, metadata={"example": "Unprocessable Entity"})
    status = fields.Integer(required=True, metadata={"example": 422})
    detail = fields.String(required=True)
    code = fields.String(required=True, metadata={"example": "validation_error"})
    details = fields.Raw(allow_none=True, required=True,
                         metadata={"description": "Per-field messages for validation errors, else null."})
    request_id = _str(required=True)


class BatchItemSchema(Schema):
    index = fields.Integer(required=True, metadata={"description": "Position in `articles`."})
    status = fields.Integer(required=True, metadata={"description": "HTTP status this article alone would get."})
    result = fields.Nested(ExtractResponseSchema, allow_none=True, required=True)
    error = fields.Nested(ProblemSchema, allow_none=True, required=True)


class BatchMetaSchema(Schema):
    request_id = fields.String(required=True)
    service_version = fields.String(required=True)
    articles = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    processing_ms = fields.Float(required=True)


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True)
    meta = fields.Nested(BatchMetaSchema, required=True)


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
    pid = fields.Integer(required=True)


class ReadySchema(Schema):
    status = fields.String(required=True, metadata={"example": "ready"})
    model_package = _str(required=True)


class VersionSchema(Schema):
    service_version = fields.String(required=True)
    api_version = fields.String(required=True)
    model_package = _str(required=True)
    stanza_use_gpu = fields.String(required=True, metadata={"description": "STANZA_USE_GPU: auto, true or false"})
    device = _str(required=True, metadata={"description": "where Stanza runs: cpu, cuda, cuda:0"})
    # Library versions only with EXPOSE_VERSIONS=true (they tell an attacker which CVEs to try).
    stanza = fields.String()
    torch = fields.String()
    python = fields.String()
