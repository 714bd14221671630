"""The tokenizer's features a paragraph at a time (lean.FastTokenizationDataset) and the padded id
tensors in one numpy fill (lean.get_long_tensor) and the inlined vocabulary look-ups (lean.vocab_map)
change no annotation: the seeds, every sentence
parsed and NER-tagged, give the same tokens, offsets, words, UPOS, XPOS, lemmas, heads, relations
and NER as with Stanza's own dataset, get_long_tensor and BaseVocab.map."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def annotations(doc):
    return [([(t.text, t.start_char, t.end_char, t.ner) for t in s.tokens],
             [(w.text, w.upos, w.xpos, w.lemma, w.head, w.deprel) for w in s.words])
            for s in doc.sentences]


@pytest.mark.timeout(900)
def test_fast_featurization_gives_stanzas_annotations(annotator, seed_texts):
    from quotes.nlp import lean

    assert annotator.fast_features and annotator.fast_tensors
    annotator.selective = False
    try:
        for name, text in seed_texts.items():
            fast = annotations(annotator(text))
            annotator.fast_features = False
            try:
                with lean.stock_long_tensor(), lean.stock_vocab_map():
                    stock = annotations(annotator(text))
            finally:
                annotator.fast_features = True
            assert fast == stock, name
    finally:
        annotator.selective = True
