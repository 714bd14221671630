"""Reporting frames behind the kit's tagger and parser slips (issue #9, frames): cues the lexicons
know whose frame the rules missed. On CoNLL-U fixtures written by the kit (its slips kept: they
are what the rules read), each with its negatives."""
from __future__ import annotations

from test_detect import quotes


def test_according_to_a_source_whose_noun_phrase_the_tagger_breaks():
    # "the Associated/VBN Press", "the most/RBS recent figures available from …", "complete but
    # unofficial returns": the source runs to the comma or the sentence's end
    assert quotes("q_according_broken_source") == [
        ("indirect", ["Voter turnout has fallen in every district"], "according to", "according to",
         "the Associated Press"),
        ("indirect", ["unemployment has risen sharply in March"], "According to", "according to",
         "the most recent figures available from the agency"),
        ("indirect", ["The mayor won the second round"], "according to", "according to",
         "complete but unofficial returns")]


def test_present_tense_reporting_verb_tagged_as_a_noun():
    # "shows/NNS", "say/NN" right after their subject and before a clause
    assert quotes("q_mistagged_present") == [
        ("indirect", ["turnout will fall in the spring"], "shows", "show", "The latest state survey"),
        ("indirect", ["he needs more votes in the suburbs"], "shows", "show", "Simple math"),
        ("indirect", ["they buy local goods"], "say", "say", "A mere 9 percent"),
        # the prepositional phrase belongs to the subject
        ("indirect", ["they will vote early"], "say", "say", "Most retirees over the age of 70")]


def test_nouns_that_are_verb_forms_stay_nouns():
    # "three reasons/NNS the plan should …" (a plural number, a third-person form), "the fifth
    # state/NN that …", a headline ("Most Voters Say They Will Stay Home"), a mental state
    # ("Many voters believe …") and a caption ("Supporters say goodbye … (Photo: …)")
    assert quotes("q_neg_mistagged_present") == []


def test_finding_with_a_finite_clause_and_no_that():
    # "Early analysis shows the polls may have missed …", "The returns show where …" report a
    # clause; "Polls show the mayor ahead" (a small clause) and "showed a lack of political will/MD
    # to act" (a noun, not a clause with "will") report their object (complements.finding_frame)
    assert quotes("q_finding_clause") == [
        ("indirect", ["the polls may have missed the late swing"], "shows", "show", "Early analysis"),
        ("indirect", ["where her support came from in the north"], "show", "show", "The returns"),
        ("indirect", ["the mayor ahead in the suburbs"], "show", "show", "Polls"),
        ("indirect", ["a lack of political will to act"], "showed", "show", "The report")]


def test_participle_after_a_noun_phrase_before_a_clause():
    # "issued a statement saying it took …"; "With 47 percent of voters saying they will back her,
    # the race is close": the with-phrase's noun phrase speaks, up to the main clause. Not "The man
    # saying grace is my uncle" (the subject of the sentence) nor "telling stories to …"
    assert quotes("q_bare_participle_clause") == [
        ("indirect", ["it took the action because of safety concerns"], "saying", "say", "The group"),
        ("indirect", ["they will back her"], "saying", "say", "47 percent of voters")]


def test_progressive_catenative_chains_report_but_a_future_does_not():
    # "is trying to tell voters that …", "is continuing to insist …"; "is going to say that …" is
    # an intention
    assert quotes("q_catenative_progressive") == [
        ("indirect", ["the budget is balanced"], "tell", "tell", "The governor"),
        ("indirect", ["she will release the letters"], "insist", "insist", "The senator")]


def test_among_those_who_say():
    # "Jane Roe, a teacher from Ohio, is among those who say …": she speaks; "among those who
    # believe that …" is a mental state
    assert quotes("q_among_those_who") == [("indirect", ["they will not vote"], "say", "say", "Jane Roe")]


def test_then_says_shares_the_subject():
    # "The mayor offered the man a job on Monday, then says he will …"
    assert quotes("q_then_says") == [
        ("indirect", ["he will welcome advice from anyone"], "says", "say", "The mayor")]


def test_interrupting_cues_with_a_mistagged_verb_or_an_inverted_subject_and_apposition():
    # "What is less certain, the survey/JJ shows/NNS, is whether …"; "Part of the problem, say
    # experts like Jane Roe, a geologist, is the ground itself": the apposition closes at its comma.
    # Not "the people of Ohio, our largest state/NN, that she will not debate me" (no agreement)
    assert quotes("q_paren_present_slips") == [
        ("indirect", ["What is less certain", "is whether they will vote in November"], "shows", "show", "the survey"),
        ("indirect", ["Part of the problem", "is the ground itself"], "say", "say", "experts like Jane Roe")]


def test_subject_after_a_party_label_and_comma_and_a_relative_speaker_before_none_of():
    # "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that …" (a stray comma after the
    # label); "Jane Roe, who said none/PRON of the emails originated/VBN with her"; "who believes
    # none of …" is a mental state
    assert quotes("q_subject_slips") == [
        ("indirect", ["he would support the bill"], "said", "say", "Sen. Jack Reed (D-R.I.)"),
        ("indirect", ["none of the emails originated with her"], "said", "say", "Jane Roe")]
