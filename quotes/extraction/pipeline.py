"""The extraction pipeline: one article through a tuple of stages over one shared context.

Each stage reads what it ``requires`` from the :class:`ArticleContext` and sets what it
``provides`` (the idea of Stanza's ``REQUIRES_DEFAULT``/``PROVIDES_DEFAULT`` and spaCy's
``requires=``/``assigns=``). :class:`Pipeline` checks once, when it is built, that every
requirement is provided by an earlier stage (or by the request), so a reordered or missing stage
fails at start-up, not on the first article.

=================  =========================================  =================================
stage              requires                                   provides
=================  =========================================  =================================
annotate           text                                       doc
article            text, request                              article
quotations         doc                                        spans
detect             doc, spans                                 quotes (ids, cues, explicit mentions)
attribute          doc, quotes                                quotes.mention, quotes.confidence
resolve            doc, quotes.mention, spans                 speakers, quotes.speaker_id
channels           doc, quotes                                quotes.channel
statement_dates    doc, quotes, article                       quotes.statement_date
=================  =========================================  =================================

The Flask API, the CLI and the store call :meth:`Extractor.extract` (one article) or
:meth:`Extractor.extract_many` (many: one annotation call for all of them, then the other stages
article by article), which return the API's JSON through the one serializer
(:mod:`quotes.records.serialize`).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..nlp.textprep import offset_safe
from ..records import Article, Quote, Speaker
from ..records.serialize import result_json
from .article_meta import build_article
from .attribute import attribute_quotes
from .channels import find_channel
from .dates import statement_date
from .detect import find_quotes
from .marks import QuotedSpan, find_quoted_spans
from .resolve import resolve_speakers


@dataclass
class ArticleContext:
    """Everything known about one article while it goes through the pipeline."""

    text: str  # as submitted: every offset indexes it
    request: dict[str, Any] = field(default_factory=dict)  # id, outlet, published, url, title as given
    doc: Any = None  # the Stanza Document (of the offset-safe text)
    article: Article | None = None
    spans: list[QuotedSpan] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    """One step: ``run(context)`` reads ``requires`` and sets ``provides``."""

    name: str
    run: Callable[[ArticleContext], None]
    requires: frozenset[str]
    provides: frozenset[str]


def stage(name: str, requires: str, provides: str):
    """Declare a function ``(context, **settings) -> None`` as a stage (space-separated names)."""
    def wrap(function):
        function.stage_info = (name, frozenset(requires.split()), frozenset(provides.split()))
        return function
    return wrap


class PipelineError(ValueError):
    """A stage requires something no earlier stage provides."""


class Pipeline:
    """Stages in order, checked once: each requirement is met by the request or an earlier stage."""

    INPUTS = frozenset({"text", "request"})

    def __init__(self, stages: tuple[Stage, ...]):
        available = set(self.INPUTS)
        for item in stages:
            missing = item.requires - available
            if missing:
                raise PipelineError(f"stage {item.name!r} requires {', '.join(sorted(missing))}, "
                                    "which no earlier stage provides")
            available |= item.provides
        self.stages = stages

    def __call__(self, context: ArticleContext, *, skip: frozenset[str] = frozenset()) -> ArticleContext:
        """Run the stages on ``context``; those named in ``skip`` have already been run on it."""
        hook = _STAGE_HOOK.get()
        for item in self.stages:
            if item.name in skip:
                continue
            if hook is not None:
                hook(item.name)  # may raise: a deadline passed, the client left
            item.run(context)
        if hook is not None:
            hook(None)
        return context


# Called with each stage's name before it runs and with None after the last (the service's
# deadline and per-stage timing); set for the current request by :func:`stage_hook`.
_STAGE_HOOK: ContextVar[Callable[[str | None], None] | None] = ContextVar("quotes_stage_hook", default=None)


@contextmanager
def stage_hook(hook: Callable[[str | None], None]):
    """Call ``hook(stage_name)`` between the stages of every article run inside the block."""
    token = _STAGE_HOOK.set(hook)
    try:
        yield
    finally:
        _STAGE_HOOK.reset(token)


# --------------------------------------------------------------------------- the stages

@stage("article", requires="text request", provides="article")
def article_stage(context: ArticleContext) -> None:
    context.article = build_article(context.text, **context.request)


@stage("quotations", requires="doc", provides="spans")
def quotations_stage(context: ArticleContext) -> None:
    context.spans = find_quoted_spans(context.doc.text)


@stage("detect", requires="doc spans", provides="quotes")
def detect_stage(context: ArticleContext) -> None:
    context.quotes = find_quotes(context.doc, context.spans)


@stage("attribute", requires="doc quotes", provides="quotes.mention quotes.confidence")
def attribute_stage(context: ArticleContext) -> None:
    attribute_quotes(context.doc, context.quotes)


def resolve_stage(registry):
    @stage("resolve", requires="doc spans quotes.mention", provides="speakers quotes.speaker_id")
    def run(context: ArticleContext) -> None:
        context.speakers = resolve_speakers(context.doc, context.quotes, registry, context.spans)
    return run


@stage("channels", requires="doc quotes", provides="quotes.channel")
def channels_stage(context: ArticleContext) -> None:
    for quote in context.quotes:
        quote.channel = find_channel(context.doc, quote)


@stage("statement_dates", requires="doc quotes article", provides="quotes.statement_date")
def statement_dates_stage(context: ArticleContext) -> None:
    for quote in context.quotes:
        quote.statement_date = statement_date(context.doc, quote, context.article.published)


def annotate_stage(annotator):
    @stage("annotate", requires="text", provides="doc")
    def run(context: ArticleContext) -> None:
        context.doc = annotator(offset_safe(context.text))
    return run


def as_stage(function) -> Stage:
    name, requires, provides = function.stage_info
    return Stage(name, function, requires, provides)


def default_stages(annotator, registry=None) -> tuple[Stage, ...]:
    """The service's stages, in order."""
    return tuple(as_stage(f) for f in (
        annotate_stage(annotator), article_stage, quotations_stage, detect_stage, attribute_stage,
        resolve_stage(registry), channels_stage, statement_dates_stage))


class Extractor:
    """Holds the loaded annotator (and registry) and extracts quotes from articles."""

    def __init__(self, annotator, registry=None):
        self.annotator = annotator
        self.registry = registry
        self.pipeline = Pipeline(default_stages(annotator, registry))

    def run(self, text: str, **request) -> ArticleContext:
        """The filled context of one article (records, not JSON)."""
        return self.pipeline(ArticleContext(text=text, request=request))

    def extract_many(self, articles: list[tuple[str, dict]]) -> list[dict]:
        """Extract several articles ``[(text, {id, outlet, published, url, title}), ...]`` at once,
        results in the same order. (The batching entry point: the API's batch, the CLI's
        ``--jsonl`` and the bulk jobs call it through :func:`quotes.service.extract_stream`.)

        The texts go through the annotator in one call (``Annotator.annotate_many``: one pass of
        each Stanza processor over all their sentences), then each article through the other
        stages. An article's ``processing_ms`` is its share of the annotation (by characters)
        plus its own stages."""
        if len(articles) <= 1 or not hasattr(self.annotator, "annotate_many"):
            return [self.extract(text, **request) for text, request in articles]
        started = time.perf_counter()
        contexts = [ArticleContext(text=text, request=_request(**request)) for text, request in articles]
        hook = _STAGE_HOOK.get()
        if hook is not None:
            hook("annotate")  # the deadline before the batch's one annotation pass (timed until the next stage)
        docs = self.annotator.annotate_many([offset_safe(c.text) for c in contexts])
        annotate_ms = (time.perf_counter() - started) * 1000
        total_chars = sum(len(c.text) for c in contexts) or 1
        results = []
        for context, doc in zip(contexts, docs):
            started = time.perf_counter()
            context.doc = doc
            self.pipeline(context, skip=frozenset({"annotate"}))
            own_ms = (time.perf_counter() - started) * 1000
            results.append(self._json(context, own_ms + annotate_ms * len(context.text) / total_chars))
        return results

    def extract(self, text: str, *, id=None, outlet=None, published=None, url=None, title=None) -> dict:
        """Extract quotes from ``text`` as the API's JSON. ``published`` is an ISO 8601 string,
        date, datetime or None."""
        started = time.perf_counter()
        context = self.run(text, **_request(id=id, outlet=outlet, published=published, url=url, title=title))
        return self._json(context, (time.perf_counter() - started) * 1000)

    def _json(self, context: ArticleContext, processing_ms: float) -> dict:
        meta = {
            "service_version": __version__,
            "model_package": getattr(self.annotator, "package", "unknown"),
            "processing_ms": round(processing_ms, 1),
        }
        return result_json(context.text, context.article, context.quotes, context.speakers, meta)


def _request(*, id=None, outlet=None, published=None, url=None, title=None) -> dict:
    """The request fields of one article (an unknown field is a TypeError, as for ``extract``)."""
    return {"id": id, "outlet": outlet, "published": published, "url": url, "title": title}
