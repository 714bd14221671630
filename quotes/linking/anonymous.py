"""Anonymous sources across articles: compatible descriptions.

Anonymous sources are never merged into one speaker (two articles' "sources" may be different
people), but their statements can be linked when the descriptions are compatible: the same
kind of source ("sources", "diplomatic sources", "one source" are all *source*) and no
conflicting modifiers ("diplomatic sources" and "a Pakistani security source" are not).
"""
from __future__ import annotations

from .text import stem, words

# Determiners and numbers do not describe the source: "one source", "the sources", "two officials".
QUANTIFIERS = frozenset({"a", "an", "the", "one", "two", "three", "some", "several", "many", "other", "both",
                         "these", "those", "this", "that", "all", "various", "multiple", "few", "more"})
# After these the description goes on about something else: "officials in both nations",
# "sources familiar with the talks", "officials, speaking anonymously".
TAIL_WORDS = frozenset({"in", "at", "from", "of", "with", "familiar", "close", "who", "speaking", "on", "for",
                        "within", "near", "inside", "aware", "briefed", "involved", "knowledgeable", "said"})


def description_parts(description: str | None) -> tuple[str | None, frozenset[str]]:
    """(head stem, modifier stems) of an anonymous description: "diplomatic sources" → (sourc, {diplomat})."""
    ws = [w for w in words(description or "") if w not in QUANTIFIERS]
    for i, word in enumerate(ws):
        if word in TAIL_WORDS:
            ws = ws[:i]
            break
    if not ws:
        return None, frozenset()
    return stem(ws[-1]), frozenset(stem(w) for w in ws[:-1])


def head_key(description: str | None) -> str | None:
    """The kind of source, for the index: ``sourc``, ``offici``."""
    return description_parts(description)[0]


def compatible(a: str | None, b: str | None) -> bool:
    """Can the two descriptions be the same source? Same head, one's modifiers within the other's."""
    head_a, mods_a = description_parts(a)
    head_b, mods_b = description_parts(b)
    return head_a is not None and head_a == head_b and (mods_a <= mods_b or mods_b <= mods_a)
