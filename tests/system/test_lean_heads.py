"""The lean Stanza heads (quotes.nlp.lean) change no annotation the rules read: the seeds, every
sentence parsed and NER-tagged, give the same words, UPOS, XPOS, lemmas, heads, relations and NER
as Stanza's own heads (morphological features predicted, every label scored on every word pair,
NER's loss computed and Stanza's Viterbi)."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stock_annotator():
    from quotes.nlp import Annotator

    return Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False, selective=False,
                     morphology=True, labels_at_heads=False, lean_ner=False)


def annotations(doc):
    return [([(w.text, w.upos, w.xpos, w.lemma, w.head, w.deprel) for w in s.words], [t.ner for t in s.tokens])
            for s in doc.sentences]


@pytest.mark.timeout(900)
def test_lean_heads_give_the_annotations_of_stanzas_own(annotator, stock_annotator, seed_texts):
    from quotes.nlp import lean as lean_module

    assert annotator.labels_at_heads and annotator.lean_ner and not annotator.morphology  # the lean heads are in place
    annotator.selective = False
    try:
        for name, text in seed_texts.items():
            lean = annotator(text)
            with lean_module.stock_heads(stock_annotator._pipeline):  # Stanza's Viterbi (a module-wide swap)
                stock = stock_annotator(text)
            assert annotations(lean) == annotations(stock), name
            assert all(w.feats is None for s in lean.sentences for w in s.words)
            assert any(w.feats for s in stock.sentences for w in s.words)  # the stock model does predict them
    finally:
        annotator.selective = True


@pytest.fixture
def subject_biased_parser(annotator):
    """The session parser with its "nsubj" label pushed up on every arc, so that decoded trees
    put two subjects on one head and Stanza's head-constraint repair has to run (no sentence of
    the seeds, dev or PolNeAR dev needs it with the real weights)."""
    processor = annotator._pipeline.processors["depparse"]
    model = processor._trainer.model
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    nsubj = model.vocab["deprel"].unit2id("nsubj") - VOCAB_PREFIX_SIZE
    bias = model.deprel.scorer.W_bilin.bias
    saved = bias.data.clone()
    repair = processor.config.get("resolve_head_constraints", True)  # as the session's annotator set it
    bias.data[nsubj] += 30.0
    yield processor
    bias.data.copy_(saved)
    processor.config["resolve_head_constraints"] = repair  # later tests share this parser


def parse(annotator, processor, text, *, lean: bool, repair: bool):
    from quotes.nlp.annotator import view

    model = processor._trainer.model
    stored = model.__dict__.pop("predict")  # the lean predict is an instance attribute
    if lean:
        model.predict = stored
    processor.config["resolve_head_constraints"] = repair
    try:
        doc = annotator(text)
        processor.process(view(doc.sentences))
        return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]
    finally:
        model.predict = stored


def test_the_head_constraint_repair_runs_as_stanzas_when_labels_break_it(annotator, subject_biased_parser):
    text = "The minister told reporters that the talks with the rebels would resume on Monday."
    unrepaired = parse(annotator, subject_biased_parser, text, lean=False, repair=False)
    heads_with_two_subjects = [h for s in unrepaired for h in {h for h, r in s if r == "nsubj"}
                               if sum(1 for hh, r in s if hh == h and r == "nsubj") > 1]
    assert heads_with_two_subjects  # the biased labels do break the constraint
    stock = parse(annotator, subject_biased_parser, text, lean=False, repair=True)
    assert stock != unrepaired
    assert parse(annotator, subject_biased_parser, text, lean=True, repair=True) == stock
    assert parse(annotator, subject_biased_parser, text, lean=True, repair=False) == unrepaired


def test_stock_heads_restores_stanzas_heads_for_the_block_only(annotator, seed_texts):
    from quotes.nlp import lean

    text = next(iter(seed_texts.values()))
    lean_doc = annotator(text)
    with lean.stock_heads(annotator._pipeline):
        stock_doc = annotator(text)
        assert "predict" not in vars(annotator._pipeline.processors["depparse"]._trainer.model)
    after = annotator(text)
    assert any(w.feats for s in stock_doc.sentences for w in s.words)
    assert all(w.feats is None for s in after.sentences for w in s.words)
    assert annotations(stock_doc) == annotations(lean_doc) == annotations(after)
