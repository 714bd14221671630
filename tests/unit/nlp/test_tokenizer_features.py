"""quotes.nlp.lean's tokenizer features: the same paragraphs, unit ids, labels and feature arrays
(values, dtypes, shapes) as Stanza's TokenizationDataset, and so the same tokens."""
import numpy as np
import pytest
from stanza.models.tokenization.data import TokenizationDataset

from quotes.nlp import lean

TRICKY = [
    "",
    "   \n\n  \t ",
    "One.  Two\t\tthree\n\nFour\u0085five \u00a0six\n \u0097 \nseven.",
    "Call (713) 571-9571 or 713-654-0365, x365. On 28/10/2004 and November 5, 1999 it cost $62,500.00.",
    "Name: John Smith\nSubject Line: Budget\n\n\n\nDigits \u0663\u0664 1,000.5 3.. 12,,3 \u01c5a \u00c9cole ÉTÉ",
    "Emoji \U0001F600 and CJK 北京 and a lone surrogate \ud800 here.",
    "“Quoted,” she said. ‘Single’ — dash… ellipsis",
    "x" * 1500 + " tail",
]


def _stock(processor, text):
    dataset = TokenizationDataset(processor.config, input_text=text, vocab=processor.vocab, evaluation=True,
                                  dictionary=processor.trainer.dictionary)
    return ["".join(c for c, _ in para) for para in dataset.data], [dataset.para_to_sentences(p) for p in dataset.data]


def _random_texts(count=200):
    rng = np.random.default_rng(7)
    alphabet = list("aAbZ09 .,:;$/()-x\n\t\u00a0\u0085É٣ǅ“”'") + [" ", " ", "e", "e", "\n\n"]
    return ["".join(rng.choice(alphabet, size=int(rng.integers(1, 120)))) for _ in range(count)]


@pytest.mark.parametrize("group", ["tricky", "random"])
def test_fast_features_are_stanzas(annotator, group):
    processor = annotator._pipeline.processors["tokenize"]
    assert lean.fast_features_supported(processor.config)
    for text in TRICKY if group == "tricky" else _random_texts():
        paragraphs, stock = _stock(processor, text)
        fast = lean.fast_dataset(processor.config, text, processor.vocab)
        assert fast.data == paragraphs, repr(text)
        ours = [fast.para_to_sentences(p) for p in fast.data]
        assert len(ours) == len(stock)
        for theirs, mine in zip(stock, ours):
            assert len(theirs) == len(mine) == 1
            for a, b in zip(theirs[0][:3], mine[0][:3]):
                assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), repr(text)
            assert theirs[0][3] == mine[0][3]


def test_fast_features_give_stanzas_tokens(annotator):
    processor = annotator._pipeline.processors["tokenize"]
    for text in TRICKY[2:]:
        assert lean.tokenize_dicts(processor, text, True) == lean.tokenize_dicts(processor, text, False), repr(text)


def test_unsupported_configurations_use_stanzas_dataset():
    assert not lean.fast_features_supported({"feat_funcs": ["space_before"], "use_dictionary": True})
    assert not lean.fast_features_supported({"feat_funcs": ["space_before"], "skip_newline": True})
    assert not lean.fast_features_supported({"feat_funcs": ["a_new_feature"]})
    assert lean.fast_features_supported({"feat_funcs": ["space_before", "capitalized", "numeric", "end_of_para"]})
