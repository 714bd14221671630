"""The lean Stanza heads (quotes.nlp.lean) change no annotation the rules read: the seeds, every
sentence parsed and NER-tagged, give the same words, UPOS, XPOS, lemmas, heads, relations and NER
as Stanza's own heads (morphological features predicted, every label scored on every word pair)."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stock_annotator():
    from quotes.nlp import Annotator

    return Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False, selective=False,
                     morphology=True, labels_at_heads=False)


def annotations(doc):
    return [([(w.text, w.upos, w.xpos, w.lemma, w.head, w.deprel) for w in s.words], [t.ner for t in s.tokens])
            for s in doc.sentences]


@pytest.mark.timeout(900)
def test_lean_heads_give_the_annotations_of_stanzas_own(annotator, stock_annotator, seed_texts):
    assert annotator.labels_at_heads and not annotator.morphology  # the lean heads are in place
    annotator.selective = False
    try:
        for name, text in seed_texts.items():
            lean, stock = annotator(text), stock_annotator(text)
            assert annotations(lean) == annotations(stock), name
            assert all(w.feats is None for s in lean.sentences for w in s.words)
            assert any(w.feats for s in stock.sentences for w in s.words)  # the stock model does predict them
    finally:
        annotator.selective = True
