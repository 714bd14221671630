"""Where a content ends and where it goes on (issue #9, branch bounds) on CoNLL-U fixtures: a
second piece after a no-break space, a cue in a fronted subordinate clause, a second report after
"and", an interrupted clause going on after its aside, noun-phrase contents with "as" and
"including"; with the negatives."""
from __future__ import annotations

from test_detect import quotes


# --- quotation marks ---------------------------------------------------------------------

def test_a_quotation_after_a_no_break_space_is_the_second_piece():
    # '“…,” she said.\u00a0“…”': the mark after the no-break space opens
    assert quotes("q_nbsp_second_piece") == [
        ("direct", ["We will win this race,", "Our plan is working and the voters know it."], "said", "say", "she")]


def test_scare_quotes_after_a_no_break_space_stay_out():
    assert quotes("q_neg_nbsp_scare_quotes") == []


# --- a cue in a subordinate clause that opens the sentence ---------------------------------

def test_fronted_clause_after_a_few_words_gives_its_object_not_the_main_clause():
    # "Ever since she announced her bid last year, the senator has visited …"
    assert quotes("q_fronted_since_object") == [("indirect", ["her bid"], "announced", "announce", "she")]


def test_fronted_participle_reports_up_to_the_main_clause_whose_subject_speaks():
    assert quotes("q_fronted_after_participle") == [
        ("indirect", ["he was tired"], "saying", "say", "the mayor")]


def test_main_clause_opening_with_an_adjunct_ends_the_fronted_content():
    # "Although in May she said …, at the rally this week she said …": two reports
    assert quotes("q_fronted_adjunct_main_clause") == [
        ("indirect", ["the plan was a mistake"], "said", "say", "she"),
        ("indirect", ["it would work"], "said", "say", "she")]


def test_a_prepositional_phrase_opening_the_sentence_cuts_nothing():
    # "After the vote he said the plan, which passed easily, was dead": the relative clause is no main clause
    assert quotes("q_neg_fronted_phrase_relative") == [
        ("indirect", ["the plan, which passed easily, was dead"], "said", "say", "he")]


def test_a_fronted_mental_state_is_no_quote():
    assert quotes("q_neg_fronted_mental_state") == []


# --- a second report after "and" -----------------------------------------------------------

def test_and_with_a_new_subject_and_reporting_verb_ends_the_content():
    assert quotes("q_and_second_report") == [
        ("indirect", ["the economy was improving"], "said", "say", "Most voters"),
        ("indirect", ["it was already strong"], "said", "say", "one in four")]  # the share in full


def test_and_joining_the_subjects_of_the_reported_clause_does_not_end_it():
    # "He said the mayor and the governor had agreed to the deal": one report (the kit reads
    # "the mayor" as the object of "said": no clause before "and", so no second report)
    assert quotes("q_neg_and_joins_subjects") == [
        ("indirect", ["the mayor and the governor had agreed to the deal"], "said", "say", "He")]


def test_a_headline_with_two_reports_stays_out():
    assert quotes("q_neg_headline_two_reports") == []


# --- an interrupted clause goes on after its aside ------------------------------------------

def test_interrupted_clause_goes_on_with_an_infinitive():
    assert quotes("q_aside_infinitive_tail") == [
        ("indirect", ["The mayor has no plans", "to resign before the election"], "say", "say", "aides")]


def test_interrupted_clause_goes_on_with_a_that_clause():
    assert quotes("q_aside_that_tail") == [
        ("indirect", ["It is a warning", "that the money is running out"], "said", "say", "she")]


def test_a_relative_clause_after_the_attribution_is_the_journalists():
    # '“We are ready,” he said, which surprised nobody.'
    assert quotes("q_neg_aside_which_tail") == [("direct", ["We are ready,"], "said", "say", "he")]


def test_clause_interrupted_by_according_to_goes_on_with_its_verb():
    assert quotes("q_according_aside_verb") == [
        ("indirect", ["Turnout", "has risen sharply since May"], "according to", "according to", "the commission")]


# --- noun-phrase contents ----------------------------------------------------------------------

def test_noun_phrase_content_keeps_as_and_including():
    # "defended the remarks as fair comment", "cited several factors, including the weather"
    assert quotes("q_object_as_and_including") == [
        ("indirect", ["the remarks as fair comment"], "defended", "defend", "The governor"),
        ("indirect", ["several factors, including the weather"], "cited", "cite", "The report")]


def test_what_the_object_is_called_may_hold_its_nouns_relative_clause():
    # "cited the audit as the reason he is not releasing his records", "mocked the senator as a
    # novice who memorized talking points": the relative clause's verb made "as" read as a
    # subordinator, and the content stopped at the object; "as the talks stalled" still does
    assert quotes("q_as_noun_with_relative") == [
        ("indirect", ["the audit as the reason he is not releasing his records"], "cited", "cite", "The mayor"),
        ("indirect", ["the senator as a novice who memorized talking points"], "mocked", "mock", "She"),
        ("indirect", ["the claims"], "denied", "deny", "He")]


def test_as_opening_a_clause_ends_the_noun_phrase_content():
    # "defended the plan as talks stalled in the capital": when, not what
    assert quotes("q_neg_object_as_clause") == [("indirect", ["the plan"], "defended", "defend", "The minister")]


def test_a_dash_before_an_indefinite_article_ends_the_content():
    # "… by the plan — a modest boost for the mayor since …": the journalist describes what was
    # said; a pair of dashes sets off an aside inside the content ("the plan — a costly one — would fail")
    assert quotes("q_dash_description_after_content") == [
        ("indirect", ["he was encouraged by the plan"], "said", "say", "The senator"),
        ("indirect", ["she would cut the tax rate to 6 percent"], "said", "say", "She"),
        ("indirect", ["the plan — a costly one — would fail"], "said", "say", "He")]


def test_a_subordinate_cue_after_and_or_but_reports_up_to_its_main_clause():
    # "…, and while he said he would hold a hearing, it is unlikely to …", "…, but although the
    # party says it will reach its goal, few companies have given": the content ends at the comma
    # before the main clause; a subordinate clause inside the content stays ("she said that while
    # the plan is costly, it will pass")
    assert quotes("q_inner_subordinate_cue") == [
        ("indirect", ["he would hold a hearing"], "said", "say", "he"),
        ("indirect", ["it will reach its goal"], "says", "say", "the party"),
        ("indirect", ["while the plan is costly, it will pass"], "said", "say", "she")]


def test_but_with_a_phrase_then_a_clause_of_its_own_leaves_the_content():
    # "…, but for her rivals, it is a sign of a cover-up": the journalist's contrast; "…, but beyond
    # that, he does not want to be involved": the speaker goes on (a person pronoun)
    assert quotes("q_but_phrase_contrast") == [
        ("indirect", ["the emails were personal"], "says", "say", "She"),
        ("indirect", ["he will back the nominee, but beyond that, he does not want to be involved"], "said", "say",
         "He")]  # ("will back the nominee" is no act of backing: complements._unrealised)


def test_what_an_object_is_described_as_may_follow_its_phrases():
    # "described a day at home with her family in Burlington, Vermont, as the perfect day off",
    # "described the most engaged rally-goers as seeming almost shocked": the object runs on past
    # its noun phrase (phrases, a place set off by commas, a participle) to "as", and nothing was
    # found; "described the scene as Smith arrived" still reports nothing
    assert quotes("q_described_long_object_as") == [
        ("indirect", ["a day at home with her family in Burlington, Vermont, as the perfect day off"],
         "described", "describe", "The senator"),
        ("indirect", ["the most engaged rally-goers as seeming almost shocked"], "described", "describe", "Sexton")]
