"""quotes.nlp.lean's Viterbi gives Stanza's tags and score (random scores, ties included)."""
import numpy as np
from stanza.models.common.crf import viterbi_decode as stanza_viterbi

from quotes.nlp.lean import viterbi_decode


def test_viterbi_matches_stanzas_on_random_scores():
    rng = np.random.default_rng(12)
    for trial in range(300):
        length, tags = int(rng.integers(1, 40)), int(rng.integers(2, 20))
        scores = rng.normal(size=(length, tags)).astype(np.float32)
        transitions = rng.normal(size=(tags, tags)).astype(np.float32)
        if trial % 3 == 0:  # coarse values: ties between paths
            scores, transitions = np.round(scores), np.round(transitions)
        ours, ours_score = viterbi_decode(scores, transitions)
        theirs, theirs_score = stanza_viterbi(scores, transitions)
        assert [int(t) for t in ours] == [int(t) for t in theirs]
        assert ours_score == theirs_score


def _lemmas_both_ways(annotator, text):
    """Lemmas of ``text`` by the lean lemmatizer pass and by Stanza's own, each starting from the
    same lemma dictionary (``lemma_store_results`` adds the seq2seq answers to it)."""
    from stanza.models.common.doc import Document

    from quotes.nlp.annotator import view

    processor = annotator._pipeline.processors["lemma"]
    table = processor._trainer.pos_dict
    saved = {pos: dict(entries) for pos, entries in table.items()}
    results = []
    for lean in (True, False):
        table.clear()
        table.update({pos: dict(entries) for pos, entries in saved.items()})
        doc = annotator._tokenized(text)
        annotator._pipeline.processors["pos"].process(view(doc.sentences))
        lean_process = vars(processor).pop("process")
        try:
            if lean:
                lean_process(view(doc.sentences))
            else:
                processor.process(view(doc.sentences))  # Stanza's LemmaProcessor.process
        finally:
            processor.process = lean_process
        results.append([(w.text, w.upos, w.lemma) for s in doc.sentences for w in s.words])
    table.clear()
    table.update(saved)
    return results


def test_lean_lemmatizer_gives_stanzas_lemmas(annotator):
    assert annotator.lean_lemma
    # invented words the dictionary cannot hold: the seq2seq model lemmatizes them
    lean, stock = _lemmas_both_ways(annotator, "The glorbing ministers were zanfiddling the quexes, Smorvitz said.")
    assert lean == stock
    # dictionary words only: no seq2seq pass at all
    lean, stock = _lemmas_both_ways(annotator, "The ministers said the talks would resume.")
    assert lean == stock
