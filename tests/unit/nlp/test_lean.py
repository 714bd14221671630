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
