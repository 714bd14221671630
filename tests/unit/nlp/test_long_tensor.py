"""quotes.nlp.lean.get_long_tensor pads id lists exactly as Stanza's get_long_tensor."""
import numpy as np
import pytest
import torch
from stanza.models.common.data import get_long_tensor as stanza_long_tensor

from quotes.nlp import lean


@pytest.fixture(autouse=True)
def installed():
    lean.install_fast_long_tensor()


def test_same_tensors_as_stanza_on_random_id_lists():
    rng = np.random.default_rng(3)
    for trial in range(300):
        rows = int(rng.integers(1, 30))
        lists = [[int(v) for v in rng.integers(0, 5000, size=int(rng.integers(0 if trial % 2 else 1, 25)))]
                 for _ in range(rows)]
        if not any(lists):
            lists[0] = [1]
        batch = rows + int(rng.integers(0, 3))
        for pad in (None, 0, 3, 127):
            ours = lean.get_long_tensor(lists, batch) if pad is None else lean.get_long_tensor(lists, batch, pad)
            theirs = stanza_long_tensor(lists, batch) if pad is None else stanza_long_tensor(lists, batch, pad)
            assert ours.dtype == theirs.dtype == torch.int64
            assert ours.shape == theirs.shape and torch.equal(ours, theirs)


def test_other_inputs_go_to_stanzas_function():
    assert torch.equal(lean.get_long_tensor([[np.int64(4), np.int64(5)], [6]], 2),
                       stanza_long_tensor([[np.int64(4), np.int64(5)], [6]], 2))
    with pytest.raises(Exception):  # Stanza's own error on all-empty rows
        stanza_long_tensor([[], []], 2)
    with pytest.raises(Exception):
        lean.get_long_tensor([[], []], 2)


def test_installed_in_the_modules_that_pad_and_taken_out_by_stock_long_tensor():
    import importlib

    modules = [importlib.import_module(name) for name in lean._LONG_TENSOR_USERS]
    assert all(m.get_long_tensor is lean.get_long_tensor for m in modules)
    with lean.stock_long_tensor():
        assert all(m.get_long_tensor is stanza_long_tensor for m in modules)
    assert all(m.get_long_tensor is lean.get_long_tensor for m in modules)


def _vocabularies(annotator):
    from stanza.models.common.vocab import BaseVocab

    found = []
    for name in ("pos", "depparse", "ner", "lemma", "mwt", "tokenize"):
        processor = annotator._pipeline.processors[name]
        for holder in (getattr(processor, "vocab", None), getattr(getattr(processor, "_trainer", None), "vocab", None),
                       getattr(getattr(processor, "trainer", None), "vocab", None)):
            items = getattr(holder, "_vocabs", {}).values() if holder is not None and not isinstance(holder, BaseVocab) \
                else [holder]
            found.extend(v for v in items if isinstance(v, BaseVocab))
    return found


def test_vocab_map_gives_stanzas_ids(annotator):
    from stanza.models.common.vocab import BaseVocab

    lean.install_fast_vocab_map()
    vocabularies = _vocabularies(annotator)
    assert len(vocabularies) >= 5
    units = list("The Ünïcode-text, 123 $ \u00a0\t北") + ["said", "Said", "NOUN", "PROPN", "<PAD>", "<UNK>", "Number=Sing", "",
                                                         "xyzzy-unknown"]
    def outcome(vocab):
        try:
            return vocab.map(units)
        except Exception as exc:  # a composite (feature) vocabulary refuses plain words: the same error
            return type(exc)

    fast_path = 0
    for vocab in vocabularies:
        ours = outcome(vocab)
        with lean.stock_vocab_map():
            assert BaseVocab.map is not lean.vocab_map
            theirs = outcome(vocab)
        assert ours == theirs, type(vocab)
        fast_path += type(vocab).unit2id is BaseVocab.unit2id
    assert fast_path  # the character vocabularies take the inlined look-up
    assert BaseVocab.map is lean.vocab_map
