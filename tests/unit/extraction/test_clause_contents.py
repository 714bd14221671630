"""Clause contents the rules missed on unseen news (issue #9, part B): scraped paragraphs that
lost their last full stop, tokenizer and tagger slips, on CoNLL-U fixtures with negatives."""
from __future__ import annotations

from test_detect import quotes


def test_paragraph_that_lost_its_last_full_stop_is_not_a_headline():
    # "She said … to keep the plan “realistic”" ends a paragraph whose full stop the scrape dropped
    assert quotes("q_lost_stop_paragraph") == [
        ("indirect", ["the budget would be balanced by spring"], "told", "tell", "The mayor"),
        ("mixed", ["her new team had worked with the council to keep the plan “realistic”"], "said", "say", "She")]


def test_headline_with_an_abbreviation_stays_a_headline():
    # "Senator Says Talks With U.S. Officials Will Resume Next Week": the dot of "U.S." ends no sentence
    assert quotes("q_neg_headline_abbreviation") == []


def test_possessive_its_split_by_the_tokenizer_is_part_of_the_speaker():
    # "…, its fisheries minister said": the kit expands "its" as "it 's"
    assert quotes("q_split_its") == [
        ("indirect", ["Norway will keep the fishing quota unchanged next year"], "said", "say", "its fisheries minister")]


def test_past_tense_tagged_as_participle_after_a_number_subject():
    # "The two discussed the next steps …, the agency reported." (discussed/VBN)
    assert quotes("q_number_subject_vbn") == [
        ("indirect", ["The two discussed the next steps in the talks on Monday"], "reported", "report", "the agency")]


def test_participle_opening_the_sentence_with_its_that_clause():
    # "Noting that turnout had fallen …, the mayor said …": the main clause's subject speaks both
    assert quotes("q_fronted_participle") == [
        ("indirect", ["turnout had fallen in every district"], "Noting", "note", "the mayor"),
        ("indirect", ["the city would fund more polling stations"], "said", "say", "the mayor")]


def test_fronted_participle_without_a_that_clause_reports_nothing():
    # "Hearing the news, the mayor left the hall": no reporting verb, no content
    assert quotes("q_neg_fronted_participle") == []


def test_participle_without_a_comma_before_its_that_clause():
    # "sent a series of messages on Friday saying that …"
    assert quotes("q_bare_participle_that") == [
        ("indirect", ["the bill would fail"], "saying", "say", "The senator")]


def test_participle_without_comma_and_without_that_is_no_cue():
    # "She spent the weekend telling stories to her grandchildren."
    assert quotes("q_neg_bare_participle") == []
