"""Which sentences get the parse and NER (quotes.nlp.selection), from POS and lemmas alone."""
from types import SimpleNamespace

import pytest

from quotes.nlp.selection import flat_parse, select


def sentence(tagged: str):
    """'word/UPOS/XPOS/lemma ...' as a sentence of word objects."""
    words = []
    for item in tagged.split():
        text, upos, xpos, lemma = item.split("/")
        words.append(SimpleNamespace(text=text, upos=upos, xpos=xpos, lemma=lemma))
    return SimpleNamespace(words=words)


PARSED = [
    # "Officials said the talks would resume." - a reporting verb
    "Officials/NOUN/NNS/official said/VERB/VBD/say the/DET/DT/the talks/NOUN/NNS/talk resume/VERB/VB/resume ./PUNCT/./.",
    # "The minister shoute at them." - a malformed lemma, the form still names the verb
    "The/DET/DT/the minister/NOUN/NN/minister shouted/VERB/VBD/shoute ./PUNCT/./.",
    # "Prices rose, according to the agency." - a cue phrase
    "Prices/NOUN/NNS/price rose/VERB/VBD/rise according/VERB/VBG/accord to/ADP/IN/to the/DET/DT/the agency/NOUN/NN/agency",
    # "He issued a warning that prices would rise." - a reporting noun
    "He/PRON/PRP/he issued/VERB/VBD/issue a/DET/DT/a warning/NOUN/NN/warning that/SCONJ/IN/that",
    # "Says/NOUN: the tagger's slip must not hide the cue" - any POS counts
    "Smith/PROPN/NNP/Smith says/NOUN/NNS/say no/DET/DT/no",
    # "He cited the report." - a verb whose noun-phrase object is the content (not a reporting verb)
    "He/PRON/PRP/he cited/VERB/VBD/cite the/DET/DT/the report/NOUN/NN/report ./PUNCT/./.",
    # "She referred to the need for talks." - the first word of a phrasal entry ("refer to")
    "She/PRON/PRP/she referred/VERB/VBD/refer to/ADP/IN/to the/DET/DT/the need/NOUN/NN/need",
    # "His attacks on the governor drew applause." - a noun of content_nouns.txt ("attack on")
    "His/PRON/PRP$/his attacks/NOUN/NNS/attack on/ADP/IN/on the/DET/DT/the governor/NOUN/NN/governor",
    # "The senator made clear that …" and "She made it clear …" - a phrasal reporting verb ("make clear")
    "The/DET/DT/the senator/NOUN/NN/senator made/VERB/VBD/make clear/ADJ/JJ/clear that/SCONJ/IN/that",
    "She/PRON/PRP/she made/VERB/VBD/make it/PRON/PRP/it clear/ADJ/JJ/clear that/SCONJ/IN/that",
]


@pytest.mark.parametrize("tagged", PARSED)
def test_sentences_with_a_reporting_word_get_parse_and_ner(tagged):
    assert select([sentence(tagged)]) == ({0}, {0})


def test_proper_nouns_get_ner_only():
    # "The talks resumed in Istanbul on Sunday." - a place or person may be named: NER, no parse
    tagged = "The/DET/DT/the talks/NOUN/NNS/talk resumed/VERB/VBD/resume in/ADP/IN/in Istanbul/PROPN/NNP/Istanbul"
    assert select([sentence(tagged)]) == (set(), {0})


def test_the_first_word_of_a_phrasal_reporting_verb_alone_is_no_cue():
    # "They made a clear choice." - "make" without its second word within three words
    tagged = "They/PRON/PRP/they made/VERB/VBD/make a/DET/DT/a good/ADJ/JJ/good choice/NOUN/NN/choice ./PUNCT/./."
    assert select([sentence(tagged)]) == (set(), set())


def test_plain_sentences_get_neither():
    # "It rained all day." - nothing a quote or a speaker can come from
    tagged = "It/PRON/PRP/it rained/VERB/VBD/rain all/DET/DT/all day/NOUN/NN/day ./PUNCT/./."
    assert select([sentence(tagged)]) == (set(), set())


def test_quotation_marks_are_parsed_only_when_asked():
    # '"It is over," a sign read.' - a quotation without a reporting word
    tagged = '"/PUNCT/``/" It/PRON/PRP/it is/AUX/VBZ/be over/ADV/RB/over "/PUNCT/\'\'/" a/DET/DT/a sign/NOUN/NN/sign'
    assert select([sentence(tagged)]) == (set(), set())
    assert select([sentence(tagged)], parse_quoted=True) == ({0}, {0})


def test_flat_parse_is_one_tree_rooted_at_the_first_verb():
    words = [{"id": 1, "upos": "DET"}, {"id": 2, "upos": "NOUN"}, {"id": 3, "upos": "VERB"}, {"id": 4, "upos": "PUNCT"}]
    flat_parse(words)
    assert [(w["head"], w["deprel"]) for w in words] == [(3, "dep"), (3, "dep"), (0, "root"), (3, "dep")]


def test_flat_parse_skips_multiword_token_headers():
    words = [{"id": (1, 2), "text": "don't"}, {"id": 1, "upos": "AUX"}, {"id": 2, "upos": "PART"}]
    flat_parse(words)
    assert "head" not in words[0]
    assert [(w["head"], w["deprel"]) for w in words[1:]] == [(0, "root"), (1, "dep")]
