"""Selective and batched annotation change nothing: the seeds give the same results with every
sentence parsed, and many texts in one annotation call the same Documents as one at a time."""
from __future__ import annotations

import pytest

from quotes.extraction import Extractor

pytestmark = pytest.mark.slow


def without_timing(result: dict) -> dict:
    return {**result, "meta": {k: v for k, v in result["meta"].items() if k != "processing_ms"}}


@pytest.fixture
def full_annotation(annotator):
    annotator.selective = False
    yield annotator
    annotator.selective = True


@pytest.mark.timeout(600)
def test_seeds_give_the_same_results_with_full_annotation(annotator, seed_texts):
    extractor = Extractor(annotator)
    selective = [without_timing(extractor.extract(text)) for text in seed_texts.values()]
    annotator.selective = False
    try:
        full = [without_timing(extractor.extract(text)) for text in seed_texts.values()]
    finally:
        annotator.selective = True
    assert selective == full


@pytest.mark.timeout(600)
def test_many_texts_in_one_call_are_annotated_as_one_at_a_time(annotator, seed_texts):
    texts = list(seed_texts.values())[:3] + ["Officials said the talks would resume.\n\n\nIt rained."]
    together = annotator.annotate_many(texts)
    for text, doc in zip(texts, together):
        alone = annotator(text)
        assert doc.text == text
        assert doc.to_dict() == alone.to_dict()
        assert [(e.text, e.type, e.start_char) for e in doc.ents] == [(e.text, e.type, e.start_char) for e in alone.ents]
        assert all(text[w.start_char:w.end_char] == w.text for s in doc.sentences for w in s.words)


def test_skipped_sentences_are_marked_and_look_complete(annotator):
    doc = annotator("It rained all day in the valley.\nThe minister said the dams held.")
    rained, said = doc.sentences
    assert (rained.parsed, rained.ner_tagged) == (False, False)
    assert (said.parsed, said.ner_tagged) == (True, True)
    assert all(w.lemma and w.upos and w.deprel for w in rained.words)
    assert [w.head for w in rained.words].count(0) == 1 and all(t.ner == "O" for t in rained.tokens)
    assert any(w.deprel == "nsubj" for w in said.words)


def test_extract_many_matches_extract(annotator, seed_texts):
    extractor = Extractor(annotator)
    texts = list(seed_texts.values())[:2]
    batched = extractor.extract_many([(t, {"outlet": "Dawn", "published": "2025-10-26"}) for t in texts])
    alone = [extractor.extract(t, outlet="Dawn", published="2025-10-26") for t in texts]
    assert [without_timing(r) for r in batched] == [without_timing(r) for r in alone]
    assert all(r["meta"]["processing_ms"] > 0 for r in batched)
