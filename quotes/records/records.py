"""Plain data records passed between the layers (no Stanza, no Flask): stdlib only."""
from __future__ import annotations

from dataclasses import dataclass, field

from .enums import Evidence, MentionKind, QuoteType, SpeakerType


@dataclass
class Cue:
    """The reporting expression of a quote: "said", "told", "according to", "warning"."""

    text: str
    lemma: str
    start: int
    end: int
    sentence: int  # index into doc.sentences
    word: int  # Stanza word id (1-based) of the cue's head word in that sentence; 0 if none


@dataclass
class Mention:
    """A span of text naming (or pointing to) a speaker."""

    text: str
    start: int
    end: int
    sentence: int  # index into doc.sentences
    head: int  # Stanza word id of the mention's head word; 0 if none
    kind: MentionKind
    apposition: str | None = None  # ", a vehicle spare parts trader in Chaman," said of the speaker


@dataclass
class Channel:
    """How the statement was made: "said on X" (social_media, X), "told reporters" (interview)."""

    kind: str  # social_media | interview | press_conference | statement | broadcast | media_report
    name: str | None
    text: str
    start: int
    end: int


@dataclass
class DateRange:
    start: str  # ISO date
    end: str


@dataclass
class StatementDate:
    """The time expression dating a statement ("said on Thursday") and its resolved date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO date, or None for a vague span ("earlier this week") or no publication date
    range: DateRange | None = None


class PiecesSpan:
    """Mixin for records with ``pieces`` ([start, end] character spans, in order)."""

    pieces: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Quote(PiecesSpan):
    """One quote: content pieces (character spans), type, cue and speaker mention.

    ``id`` is given once, at detection ("q1", "q2", ... in text order). ``continues`` is the
    earlier quote that a cue-less quotation carries on (its speaker is that quote's speaker)."""

    pieces: list[tuple[int, int]]
    type: QuoteType
    cue: Cue | None = None
    mention: Mention | None = None
    sentence: int = 0  # sentence holding the cue (or the first piece when there is no cue)
    confidence: float = 0.0
    evidence: Evidence = Evidence.NONE  # how the speaker was found
    speaker_id: str | None = None
    channel: Channel | None = None
    statement_date: StatementDate | None = None
    id: str = ""
    noun_phrase: bool = False  # the content is a noun phrase ("denied the allegations"), not a clause
    continues: Quote | None = field(default=None, repr=False, compare=False)


@dataclass
class Speaker:
    """A canonical speaker of the article, with every mention that refers to it."""

    id: str
    name: str | None
    type: SpeakerType
    title: str | None = None
    affiliation: str | None = None
    description: str | None = None
    registry_id: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)  # every distinct name form seen, in text order
    mentions: list[Mention] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)


@dataclass
class Provenance:
    """Where each article field came from: "given" (in the request), "detected" (in the text) or None."""

    outlet: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass
class Article:
    """The article's own metadata, given with the request or detected in its text."""

    id: str | None
    outlet: str | None
    published: str | None  # ISO 8601 as given (timezone kept) or as detected
    url: str | None
    title: str | None
    dateline: str | None  # "ISTANBUL", "KABUL (Reuters)"
    byline: str | None  # "Web Desk"
    provenance: Provenance = field(default_factory=Provenance)


def quote_id(number: int) -> str:
    """Public id of the ``number``-th quote of an article (1-based)."""
    return f"q{number}"
