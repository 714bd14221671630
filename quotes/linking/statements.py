"""Do two quotes of one speaker carry the same statement? The evidence and its score.

Two renderings of one statement, from the seed articles:

* ``exact`` — the same words (one may hold the other): "Pakistan will not tolerate any
  terrorist or suicide attacks on its soil, and any adventurism will be met with a harsh and
  bitter response" in one article, and inside a longer quotation in another;
* ``fragment`` — a shared run of four or more words with at least three content words (not
  "If the Taliban regime"): the
  country would not tolerate “terrorist or suicide attacks” on its soil / "... any terrorist
  or suicide attacks on its soil ...";
* ``paraphrase`` — most of the content words of the shorter rendering are in the other
  ("Pakistan did not need to use its full strength “to dismantle the Taliban regime or force
  them to hide in caves”" / "Pakistan did not require deploying its full military arsenal to
  neutralize the Taliban regime and return its leadership "to the caves for hiding""), the
  quotes alone or with the sentence around them (the occasion: "said on X following four days
  of negotiations brokered by Qatar and Türkiye" / "the Istanbul talks ..., mediated by Qatar
  and Türkiye, ended without progress"), which catches an indirect rendering of a direct quote.

Anonymous sources have no identity to anchor the match, so their content must agree more.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from .text import content, words

FRAGMENT_WORDS = 4
FRAGMENT_CONTENT_WORDS = 3
EXACT_RATIO = 95.0  # rapidfuzz ratio of the folded word sequences
PARAPHRASE = {"named": 0.5, "anonymous": 0.6}  # share of the smaller set of content terms
PARAPHRASE_MIN_SHARED = 3
CONTEXT = {"named": 0.6, "anonymous": 0.7}  # the same with the sentences around the quotes
CONTEXT_MIN_SHARED = 5


@dataclass
class Rendering:
    """What linking needs of a quote."""

    text: str
    context: str = ""
    day: date | None = None
    words: list[str] = field(init=False)
    terms: set[str] = field(init=False)
    context_terms: set[str] = field(init=False)

    def __post_init__(self):
        self.words = words(self.text)
        self.terms = set(content(self.words))
        self.context_terms = set(content(self.context)) | self.terms


@dataclass(frozen=True)
class Match:
    evidence: str  # exact | fragment | paraphrase
    score: float


def within_window(a: date | None, b: date | None, days: int) -> bool:
    """Statement (or publication) days no more than ``days`` apart; an undated quote never links."""
    return a is not None and b is not None and abs((a - b).days) <= days


def _contains(long_: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def longest_common_run(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words in both (dynamic programming over the two word lists)."""
    best, best_end = 0, 0
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, best_end = current[j], i
        previous = current
    return a[best_end - best:best_end]


def _overlap(a: set[str], b: set[str]) -> tuple[float, int]:
    shared = len(a & b)
    return (shared / min(len(a), len(b)) if a and b else 0.0), shared


def compare(a: Rendering, b: Rendering, *, anonymous: bool = False) -> Match | None:
    """The evidence that ``a`` and ``b`` render one statement, or None (the speaker and the
    date window are checked by the caller)."""
    if not a.words or not b.words:
        return None
    short, long_ = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    ratio = fuzz.ratio(" ".join(a.words), " ".join(b.words))
    if ratio >= EXACT_RATIO or (len(short) >= FRAGMENT_WORDS and _contains(long_, short)):
        return Match("exact", round(max(ratio, 100.0 if _contains(long_, short) else 0.0) / 100, 3))
    run = longest_common_run(a.words, b.words)
    if len(run) >= FRAGMENT_WORDS and len(content(run)) >= FRAGMENT_CONTENT_WORDS:
        return Match("fragment", round(len(run) / len(short), 3))
    kind = "anonymous" if anonymous else "named"
    score, shared = _overlap(a.terms, b.terms)
    if shared >= PARAPHRASE_MIN_SHARED and score >= PARAPHRASE[kind]:
        return Match("paraphrase", round(score, 3))
    score, shared = _overlap(a.context_terms, b.context_terms)
    if shared >= CONTEXT_MIN_SHARED and score >= CONTEXT[kind]:
        return Match("paraphrase", round(score, 3))
    return None
