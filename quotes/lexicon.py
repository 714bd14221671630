"""The reviewed word lists in ``quotes/lexicons/``, loaded once and exposed as sets and maps.

Every linguistic rule looks words up here instead of carrying its own string literals.
Matching is on lowercase lemmas; :func:`verb_class` also tries the surface form with common
inflections stripped, because a lemmatizer without pretrained vectors garbles rare verbs.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


def _lines(name: str) -> list[str]:
    out = []
    for raw in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return out


def _rows(name: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, str]:
    """lemma (or "lemma particle") -> class: speech | directive | accusation | evaluative | belief."""
    return {row[0].lower(): row[1] for row in _rows("reporting_verbs.tsv")}


@lru_cache(maxsize=None)
def reporting_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("reporting_nouns.txt"))


@lru_cache(maxsize=None)
def cue_phrases() -> tuple[tuple[str, ...], ...]:
    """Multiword cue phrases ("according to", "quoted as saying") as word tuples."""
    return tuple(tuple(line.lower().split()) for line in _lines("cue_phrases.txt"))


@lru_cache(maxsize=None)
def titles() -> dict[tuple[str, ...], set[str]]:
    """Title word tuples -> kinds ({"role"}, {"honorific"} or both)."""
    out: dict[tuple[str, ...], set[str]] = {}
    for row in _rows("titles.txt"):
        out.setdefault(tuple(row[0].lower().split()), set()).add(row[1] if len(row) > 1 else "role")
    return out


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every word that occurs in a title ("minister", "defence", "prime", "mr")."""
    return frozenset(w.rstrip(".") for key in titles() for w in key) - FUNCTION_WORDS


FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "de", "to", "in", "on"})


@lru_cache(maxsize=None)
def anonymous_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("anonymous_sources.txt"))


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("person_nouns.txt"))


@lru_cache(maxsize=None)
def gendered_words() -> dict[str, str]:
    """word -> "m" or "f" (honorifics, gendered titles and person nouns)."""
    return {row[0].lower(): row[1] for row in _rows("gendered_words.tsv")}


@lru_cache(maxsize=None)
def anonymity_phrases() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in _lines("anonymity_phrases.txt"))


@lru_cache(maxsize=None)
def organization_nouns() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("organization_nouns.txt"))


@lru_cache(maxsize=None)
def media_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows("media_nouns.txt") if len(row) == 1)


@lru_cache(maxsize=None)
def news_agencies() -> dict[str, str]:
    """Known agency names and acronyms (lowercase) -> acronym as written ("afp" -> "AFP")."""
    out = {}
    for row in _rows("media_nouns.txt"):
        if len(row) >= 2:
            out[row[0].lower()] = row[1]
            out[row[1].lower()] = row[1]
    return out


@lru_cache(maxsize=None)
def pronouns() -> dict[str, dict[str, str]]:
    """pronoun -> {gender, number, kind}."""
    return {row[0].lower(): {"gender": row[1], "number": row[2], "kind": row[3]} for row in _rows("pronouns.tsv")}


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Any country name, alternative name or demonym (lowercase) -> the country's name."""
    out = {}
    for row in _rows("demonyms.tsv"):
        country = row[0]
        names = [country, *(row[1:2])] + (row[2].split("|") if len(row) > 2 and row[2] else [])
        for name in names:
            out[name.lower()] = country
    return out


@lru_cache(maxsize=None)
def country_demonym() -> dict[str, str]:
    """Country name (lowercase, any alternative) -> demonym ("pakistan" -> "Pakistani")."""
    out = {}
    for row in _rows("demonyms.tsv"):
        if len(row) > 1:
            for name in [row[0]] + (row[2].split("|") if len(row) > 2 and row[2] else []):
                out[name.lower()] = row[1]
    return out


@lru_cache(maxsize=None)
def name_variants() -> dict[str, str]:
    """Name spelling variant (lowercase) -> canonical spelling ("mohammad" -> "Muhammad")."""
    out = {}
    for row in _rows("name_variants.tsv"):
        out[row[0].lower()] = row[0]
        for variant in row[1].split("|") if len(row) > 1 else []:
            out[variant.lower()] = row[0]
    return out


_SUFFIXES = ("ing", "ed", "es", "s", "d")


def verb_class(lemma: str, form: str) -> str | None:
    """Reporting-verb class of a word from its lemma, or from its form minus an inflection."""
    verbs = reporting_verbs()
    lemma = (lemma or "").lower()
    if lemma in verbs:
        return verbs[lemma]
    form = (form or "").lower()
    for suffix in _SUFFIXES:
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
                if candidate in verbs:
                    return verbs[candidate]
    return None
