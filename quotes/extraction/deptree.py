"""Helpers over Stanza's dependency tree and character offsets, shared by the rules.

Words are Stanza ``Word`` objects of one sentence (1-based ``id``, ``head`` 0 for the root);
a word inside a multi-word token has no offsets of its own, so they come from its token.
"""
from __future__ import annotations


def word_start(word) -> int:
    return word.start_char if word.start_char is not None else word.parent.start_char


def word_end(word) -> int:
    return word.end_char if word.end_char is not None else word.parent.end_char


def sentence_span(sentence) -> tuple[int, int]:
    return sentence.tokens[0].start_char, sentence.tokens[-1].end_char


def cue_word(doc, quote):
    """The Stanza word heading the quote's cue (by word id, else by the cue's offsets), or None."""
    cue = quote.cue
    if cue is None or not 0 <= cue.sentence < len(doc.sentences):
        return None
    sentence = doc.sentences[cue.sentence]
    if 0 < cue.word <= len(sentence.words):
        return sentence.words[cue.word - 1]
    inside = [w for w in sentence.words if cue.start <= word_start(w) < cue.end]
    return inside[0] if inside else None


def children(sentence, word) -> list:
    return [w for w in sentence.words if w.head == word.id]


def parent(sentence, word):
    return sentence.words[word.head - 1] if word.head else None


def subtree(words, head: int) -> list[int]:
    """Word indices (0-based, into ``words``) of the subtree under words[head], the head included."""
    out, stack = [head], [head + 1]
    while stack:
        ident = stack.pop()
        for j, w in enumerate(words):
            if w.head == ident:
                out.append(j)
                stack.append(j + 1)
    return out


def anchors(sentence, index: int, cue, mention=None) -> list:
    """The cue word and the reporting verb it shares its statement with.

    In "Pakistan said Wednesday that ..., warning ..." the cue "warning" hangs on "said" (how
    deep depends on the parse); the anchor is the nearest ancestor whose subject is the quote's
    speaker mention. Without such an ancestor, a participle ("warning", "adding", "stating") or a
    subjectless coordinated verb ("... and added") is anchored on its head verb."""
    if mention is not None and mention.head and mention.sentence == index:
        node = cue
        for _ in range(len(sentence.words)):
            if any(c.id == mention.head and c.deprel.startswith("nsubj") for c in children(sentence, node)):
                return [cue] if node is cue else [cue, node]
            if not node.head:
                break
            node = parent(sentence, node)
    head = parent(sentence, cue)
    if head is not None and head.upos in ("VERB", "AUX"):
        participle = cue.deprel in ("advcl", "xcomp", "conj") and (cue.xpos or "").startswith("VBG")
        subjectless = cue.deprel == "conj" and not any(c.deprel.startswith("nsubj") for c in children(sentence, cue))
        if participle or subjectless:
            return [cue, head]
    return [cue]


def overlaps(start: int, end: int, spans) -> bool:
    return any(start < b and a < end for a, b in spans)
