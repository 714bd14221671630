"""The faster tree decoder gives Stanza's trees (quotes.nlp.mst against chuliu_edmonds_one_root)."""
import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from quotes.nlp.mst import max_arborescence, one_root_tree


def log_probs(rng, n, sharpness):
    scores = rng.normal(size=(n, n)) * sharpness
    return (scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))).astype(np.float32)


@pytest.mark.parametrize("sharpness", [0.5, 3.0, 10.0])
def test_same_trees_as_stanza_on_random_scores(sharpness):
    rng = np.random.default_rng(12)
    compared = 0
    for _ in range(300):
        scores = log_probs(rng, int(rng.integers(2, 50)), sharpness)
        try:
            expected = chuliu_edmonds_one_root(scores.copy())
        except AssertionError:  # Stanza's own reweighting failed on this matrix: nothing to compare
            continue
        assert one_root_tree(scores.copy()).tolist() == expected.tolist()
        compared += 1
    assert compared > 250


def test_two_root_children_fall_back_to_one_root():
    # scores[d, h]: both words prefer the root, the second slightly less than the first
    scores = np.log(np.array([[1.0, 0.0, 0.0], [0.9, 0.0, 0.1], [0.8, 0.2, 0.0]]) + 1e-9).astype(np.float32)
    assert max_arborescence(scores)[1:].tolist() == [0, 0]  # unconstrained: two roots
    tree = one_root_tree(scores)
    assert tree[1:].tolist() == [0, 1] == chuliu_edmonds_one_root(scores.copy())[1:].tolist()


def test_cycle_is_broken_where_it_costs_least():
    # 1 and 2 head each other; 2 would rather hang on the root than 1 would
    scores = np.log(np.array([[1, 0, 0], [0.2, 0, 0.8], [0.4, 0.6, 0]]) + 1e-9).astype(np.float32)
    assert one_root_tree(scores)[1:].tolist() == [2, 0] == chuliu_edmonds_one_root(scores.copy())[1:].tolist()
