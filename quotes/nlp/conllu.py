"""CoNLL-U documents: Stanza Documents for rule tests, with no model loaded.

A fixture file is CoNLL-U as Stanza writes it (``"{:C}".format(doc)``), with the character
offsets and NER tags in MISC, plus a first comment line ``# doc_text = <JSON string>`` holding
the exact article text the offsets index. ``tools/make_fixture.py`` writes them from the model kit;
each one is read and, where the kit parsed wrongly, corrected by hand like any test data.
"""
from __future__ import annotations

import json
from pathlib import Path

from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL

TEXT_COMMENT = "# doc_text = "


def document_from_conllu(conllu: str) -> Document:
    """Build a Document (text, offsets, parse, entities) from fixture CoNLL-U."""
    first, _, rest = conllu.partition("\n")
    if not first.startswith(TEXT_COMMENT):
        raise ValueError("fixture must start with '# doc_text = <JSON string>'")
    doc = CoNLL.conll2doc(input_str=rest)
    doc.text = json.loads(first[len(TEXT_COMMENT):])
    for sentence in doc.sentences:
        for token in sentence.tokens:
            if token.start_char is not None and doc.text[token.start_char:token.end_char] != token.text:
                raise ValueError(f"offsets of {token.text!r} do not index doc_text")
    doc.build_ents()
    return doc


def read_conllu(path: str | Path) -> Document:
    """The Document of the CoNLL-U file at ``path``."""
    return document_from_conllu(Path(path).read_text(encoding="utf-8"))


def to_conllu(doc: Document) -> str:
    """Serialise an annotated Document as fixture CoNLL-U."""
    return TEXT_COMMENT + json.dumps(doc.text, ensure_ascii=False) + "\n" + "{:C}".format(doc) + "\n"
