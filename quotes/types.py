"""Plain data records passed between the extraction components (no Stanza, no Flask)."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    kind: str  # name | pronoun | description | anonymous | organization
    apposition: str | None = None  # ", a vehicle spare parts trader in Chaman," said of the speaker


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
    """One quote: content pieces (character spans), type, cue and speaker mention."""

    pieces: list[tuple[int, int]]
    type: str  # direct | indirect | mixed
    cue: Cue | None = None
    mention: Mention | None = None
    sentence: int = 0  # sentence holding the cue (or the first piece when there is no cue)
    confidence: float = 0.0
    evidence: str = "none"  # how the speaker was found: subject, inverted, according_to, ...
    speaker_id: str | None = None
    channel: dict | None = None
    statement_date: dict | None = None


@dataclass
class Speaker:
    """A canonical speaker of the article, with every mention that refers to it."""

    id: str
    name: str | None
    type: str  # person | organization | anonymous | unknown
    title: str | None = None
    affiliation: str | None = None
    description: str | None = None
    registry_id: str | None = None
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)


def quote_id(number: int) -> str:
    """Public id of the ``number``-th quote of an article (1-based)."""
    return f"q{number}"
