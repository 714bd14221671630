"""One speaker across articles: is the speaker of a new article one already stored?

The name test is the extraction layer's own (:func:`quotes.extraction.names.same_person`: spelling
variants such as Muhammad/Mohammad from ``lexicons/name_variants.tsv``, a dropped middle name),
with one addition across articles, where one outlet shortens a given name another spells out
("Inam" / "Inamullah", ``lexicons/name_short_forms.txt``). A bare surname never matches across
articles: "Khan" in one article says nothing about "Khan" in another. Two people who share a
surname stay apart when their given names differ ("Imran Khan" / "Asad Khan") or when both
articles give affiliations that conflict ("Pakistan's ... Muhammad Khan" / "Afghanistan's ...
Muhammad Khan").

The canonical name of the merged speaker is the most complete form common to all its names,
as within one article (:class:`quotes.extraction.resolve.Entity`): "Khawaja Asif" from "Khawaja Asif" and
"Khawaja Mohammad Asif".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .. import lexicons
from ..extraction.names import normalise, same_person
from ..extraction.resolve import Entity
from .text import words

KEY_CHARS = 512  # keys are indexed (PostgreSQL's btree limit is ~2,700 bytes)


def form(name: str) -> tuple[str, ...]:
    return tuple(name.split())


def name_key(name: str) -> str:
    """The normalised name: variants to one spelling, accents and case folded."""
    return " ".join(normalise(t) for t in name.split())[:KEY_CHARS]


def surname_key(name: str) -> str | None:
    parts = name.split()
    return normalise(parts[-1])[:255] if parts else None


def _given_short_form(a: str, b: str) -> bool:
    """Is one given name the other plus a name element ("inam" + "ullah")?"""
    short, long_ = sorted((normalise(a), normalise(b)), key=len)
    if short == long_:
        return True
    rest = long_[len(short):] if long_.startswith(short) else None
    return bool(rest) and len(short) >= 3 and rest.lstrip("-") in {e.lstrip("-") for e in lexicons.name_short_forms()}


def same_person_across(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full name forms (two words or more) of one person, across articles."""
    if len(a) < 2 or len(b) < 2:
        return False
    if same_person(a, b):
        return True
    # "Inam Khan" / "Inamullah Khan": the same surname, the first given names a short and a long form.
    return normalise(a[-1]) == normalise(b[-1]) and _given_short_form(a[0], b[0])


def _tokens(value: str | None) -> set[str]:
    return set(words(value)) if value else set()


def affiliations_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both sides give affiliations and none of one side is compatible with any of the other
    ("Pakistan" and "Pakistan Muslim League" agree: one holds the other's words)."""
    a, b = [_tokens(x) for x in a if x], [_tokens(x) for x in b if x]
    if not a or not b:
        return False
    return not any(x <= y or y <= x for x in a for y in b)


@dataclass
class Candidate:
    """A stored speaker as the matcher sees it."""

    id: int
    type: str
    names: list[str]
    affiliations: list[str]
    registry_id: str | None = None


def matches(candidate: Candidate, name: str, type_: str, affiliation: str | None) -> bool:
    """Is the article's speaker (``name``, ``type_``, ``affiliation``) the stored ``candidate``?"""
    if candidate.type != type_ or type_ not in ("person", "organization"):
        return False  # anonymous sources and unknown speakers are never merged across articles
    if type_ == "organization":
        return name_key(name) in {name_key(n) for n in candidate.names}
    if len(form(name)) < 2:
        # A single name ("Ehsanullah") joins only the same single name with the same affiliation.
        return (name_key(name) in {name_key(n) for n in candidate.names} and affiliation is not None
                and bool(candidate.affiliations) and not affiliations_conflict([affiliation], candidate.affiliations))
    if not any(same_person_across(form(name), form(n)) for n in candidate.names):
        return False
    return not affiliations_conflict([affiliation] if affiliation else [], candidate.affiliations)


def best_match(candidates: list[Candidate], name: str, type_: str, affiliation: str | None) -> Candidate | None:
    """The stored speaker this one is: an exact (normalised) name first, then the one with the most names."""
    found = [c for c in candidates if matches(c, name, type_, affiliation)]
    if not found:
        return None
    key = name_key(name)
    return max(found, key=lambda c: (key in {name_key(n) for n in c.names}, len(c.names), -c.id))


def canonical_name(names: list[str]) -> str:
    """The most complete form common to all the names of a person (see the module docstring)."""
    return Entity("person", names=[form(n) for n in names if n.strip()]).name or names[0]
