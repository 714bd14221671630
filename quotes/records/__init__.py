"""The records layer: plain data passed between the layers (stdlib only; see README.md)."""
from .enums import Evidence, MentionKind, QuoteType, SpeakerType
from .published import parse_published
from .records import Article, Channel, Cue, DateRange, Mention, PiecesSpan, Quote, Provenance, Speaker, StatementDate, quote_id

__all__ = ["Article", "Channel", "Cue", "DateRange", "Evidence", "Mention", "MentionKind", "PiecesSpan", "Provenance", "Quote", "QuoteType",
           "Speaker", "SpeakerType", "StatementDate", "parse_published", "quote_id"]
