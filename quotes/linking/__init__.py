"""Cross-article linking: one speaker across articles, the same statement across outlets.

Pure functions over names, descriptions and quote texts, with no database. The store
(:mod:`quotes.store`, a sibling layer that may not import this one) is handed a
:class:`Linker` by the service layer and calls it while it ingests. See README.md.
"""
from __future__ import annotations

from functools import lru_cache

from . import anonymous, names, statements, text


@lru_cache(maxsize=50_000)
def _rendering(quote_text: str, context: str) -> statements.Rendering:
    """A quote's words and content terms, computed once per process (candidates recur)."""
    return statements.Rendering(quote_text, context)


class Linker:
    """The decisions the store asks for, in one object (built by :mod:`quotes.service.store`)."""

    def name_key(self, name: str) -> str:
        return names.name_key(name)

    def surname_key(self, name: str) -> str | None:
        return names.surname_key(name)

    def best_match(self, candidates: list[dict], name: str, type_: str, affiliation: str | None) -> int | None:
        """The id of the stored speaker (``{"id", "type", "names", "affiliations"}``) this one is, or None."""
        found = names.best_match([names.Candidate(c["id"], c["type"], c["names"], c["affiliations"])
                                  for c in candidates], name, type_, affiliation)
        return found.id if found else None

    def could_be(self, forms: list[str], name: str, type_: str) -> bool:
        """Could a stored speaker with these name forms be ``name`` (names alone, before affiliations)?"""
        return names.matches(names.Candidate(0, type_, forms, []), name, type_, None)

    def canonical_name(self, forms: list[str]) -> str:
        return names.canonical_name(forms)

    def source_kind(self, description: str | None) -> str | None:
        """The kind of an anonymous source ("sourc" for "diplomatic sources"), for the index."""
        return anonymous.head_key(description)

    def compatible_sources(self, a: str | None, b: str | None) -> bool:
        return anonymous.compatible(a, b)

    def context(self, article_text: str, start: int, end: int, masked: list[tuple[int, int]]) -> str:
        return text.context_of(article_text, start, end, masked)

    def bands(self, quote_text: str, namespace: str) -> list[int]:
        return text.minhash_bands(text.content(quote_text), namespace)

    def compare(self, a_text: str, a_context: str, b_text: str, b_context: str, *,
                anonymous_source: bool = False) -> tuple[str, float] | None:
        """(evidence, score) when the two quotes render one statement, else None."""
        match = statements.compare(_rendering(a_text, a_context), _rendering(b_text, b_context),
                                   anonymous=anonymous_source)
        return (match.evidence, match.score) if match else None


__all__ = ["Linker"]
