"""SQLAlchemy 2 tables of the quote store (the Alembic migrations in ``quotes/store/migrations`` create them).

One article row per article (its identity: the caller's ``id``, else its ``url``, else the hash
of its text); its quotes and its speakers as found in it (``mentions``: one row per speaker of
the extraction result) are replaced whenever the article is posted again. ``speakers`` are the
global speakers across articles (one Khawaja Asif whatever the article calls him), with their
name forms in ``aliases``. ``statements`` group the quotes that carry the same statement;
``statement_links`` keep the evidence of each pair found to match, and ``quote_bands`` is the
MinHash index that finds anonymous sources' candidate quotes without comparing every pair.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (JSON, BigInteger, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Large enough for every metadata field the API accepts (models.schemas.METADATA_MAX).
META = 2048
DAY = 10  # an ISO date, YYYY-MM-DD


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(META))  # the caller's "id"
    external_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # its sha256 (indexable)
    url: Mapped[str | None] = mapped_column(String(META))
    url_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the url
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the text as sent
    outlet: Mapped[str | None] = mapped_column(String(META))
    published: Mapped[str | None] = mapped_column(String(64))  # as given or detected (timezone kept)
    published_day: Mapped[str | None] = mapped_column(String(DAY), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[dict | None] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict | None] = mapped_column(JSON)  # the extraction's meta (versions, processing_ms)
    data: Mapped[dict] = mapped_column(JSON)  # the extraction's "article" as it gave it, every field
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Speaker(Base):
    """A speaker across articles. ``key`` is unique per type: the normalised canonical name (with
    ``#2``, ``#3`` for different people of the same name) or, for an anonymous source, its
    article and local id (anonymous sources are never merged across articles)."""

    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("type", "key", name="uq_speakers_type_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(META))
    key: Mapped[str] = mapped_column(String(META))
    surname: Mapped[str | None] = mapped_column(String(255), index=True)  # normalised, people only
    registry_id: Mapped[str | None] = mapped_column(String(META), unique=True)
    wikidata: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Alias(Base):
    """A name form a speaker was given in some article (as written, and normalised in ``key``)."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "key", name="uq_aliases_speaker_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(META))
    key: Mapped[str] = mapped_column(String(META), index=True)


class Mention(Base):
    """One speaker of one article's extraction result, tied to its global speaker."""

    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("article_id", "local_id", name="uq_mentions_article_local"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    local_id: Mapped[str] = mapped_column(String(32))  # "s1"
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    name: Mapped[str | None] = mapped_column(String(META))
    type: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(String(META))
    affiliation: Mapped[str | None] = mapped_column(String(META))
    description: Mapped[str | None] = mapped_column(String(META))
    registry_id: Mapped[str | None] = mapped_column(String(META))
    wikidata: Mapped[str | None] = mapped_column(String(64))
    spans: Mapped[list] = mapped_column(JSON)  # the mentions [{text, start, end}]
    quote_ids: Mapped[list] = mapped_column(JSON)
    data: Mapped[dict] = mapped_column(JSON)  # the speaker as the extraction gave it, every field


class Statement(Base):
    """What one speaker said once, carried by one or more quotes (in one or more articles)."""

    __tablename__ = "statements"
    __table_args__ = (Index("ix_statements_order", "first_day", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    # Kept up to date on every ingest: the earliest day of its quotes, how many carry it, the first one.
    first_day: Mapped[str] = mapped_column(String(DAY), default="")
    quote_count: Mapped[int] = mapped_column(Integer, default=0)
    first_quote_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "local_id", name="uq_quotes_article_local"),
        Index("ix_quotes_order", "sort_day", "id"),
        Index("ix_quotes_speaker_day", "speaker_id", "day"),
        Index("ix_quotes_type_day", "speaker_type", "day"),
        Index("ix_quotes_outlet_order", "outlet_key", "sort_day", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(32))  # "q1"
    position: Mapped[int] = mapped_column(Integer)  # order in the article
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id", ondelete="SET NULL"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    speaker_type: Mapped[str] = mapped_column(String(16))
    speaker_name: Mapped[str | None] = mapped_column(String(META))  # as the article names it
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("statements.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[list] = mapped_column(JSON)
    type: Mapped[str] = mapped_column(String(16))
    cue: Mapped[dict | None] = mapped_column(JSON)
    speaker_mention: Mapped[dict | None] = mapped_column(JSON)
    outlet: Mapped[str | None] = mapped_column(String(META))
    outlet_key: Mapped[str | None] = mapped_column(String(255))  # lowercase, for the outlet filter
    date: Mapped[str | None] = mapped_column(String(64))  # the article's publication date, as in the API
    statement_date: Mapped[dict | None] = mapped_column(JSON)
    channel: Mapped[dict | None] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(String(32))
    # The day the statement was made: its statement date, else the publication day (or null).
    day: Mapped[str | None] = mapped_column(String(DAY))
    sort_day: Mapped[str] = mapped_column(String(DAY))  # day or "" (undated quotes sort last)
    context: Mapped[str] = mapped_column(Text)  # the sentence around the quote, for linking
    data: Mapped[dict] = mapped_column(JSON)  # the quote as the extraction gave it, every field


class StatementLink(Base):
    """Evidence that two quotes carry the same statement (``quote_a`` < ``quote_b``)."""

    __tablename__ = "statement_links"
    __table_args__ = (UniqueConstraint("quote_a", "quote_b", name="uq_links_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_a: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    quote_b: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    evidence: Mapped[str] = mapped_column(String(16))  # exact | fragment | paraphrase
    score: Mapped[float] = mapped_column(Float)


class QuoteBand(Base):
    """One MinHash LSH band of an anonymous source's quote: quotes sharing a band are candidates."""

    __tablename__ = "quote_bands"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    band: Mapped[int] = mapped_column(BigInteger, index=True)


class IngestLock(Base):
    """One row that every ingest locks first (PostgreSQL: ``SELECT ... FOR UPDATE``), so that two
    workers never match speakers or link statements against each other's uncommitted rows."""

    __tablename__ = "ingest_lock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
