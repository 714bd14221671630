"""Interrupted reported clauses (issue #9, part B): an aside "as X put it" / "as described by X" /
"as X told reporters" names who reported the clause around it; beliefs and findings stay out."""
from __future__ import annotations

from speaker_helpers import resolved
from test_detect import quotes


def test_as_described_by_interrupts_the_clause_it_reports():
    # "The plan, as described by officials, rests on …" ("rests" is tagged as a noun)
    assert quotes("q_as_described_by") == [
        ("indirect", ["The plan", "rests on new taxes for large companies"], "described", "describe", "officials")]


def test_as_x_put_it_gives_the_wording_after_the_aside():
    # 'The reform was, as the minister put it, “a new start for the country.”'
    assert quotes("q_as_put_it") == [("direct", ["a new start for the country."], "put", "put it", "the minister")]


def test_as_x_told_reporters_opening_the_sentence():
    assert quotes("q_as_told_reporters") == [
        ("indirect", ["the talks will resume next week"], "told", "tell", "she")]


def test_as_many_believe_is_a_belief_not_a_report():
    # "…, as many voters believe the party expected."
    assert quotes("q_neg_as_belief") == []


def test_as_we_learned_is_no_report():
    assert quotes("q_neg_as_learned") == []


def test_as_x_put_it_after_a_closing_mark_with_the_comma_inside():
    # 'The primary requirement … is a "lawful source of investment income," as a Homeland Security
    # memo put it.': the comma sits inside the closing mark; "as many voters believe" reports nothing
    assert quotes("q_as_put_it_after_closing_mark") == [
        ("mixed", ['The primary requirement for the program is a "lawful source of investment income,"'], "put",
         "put it", "a Homeland Security memo")]


def test_an_aside_after_an_addressee_or_a_conjunction_and_not_an_act():
    # "The solution, the partner told them, was simple": the addressee closes the aside, the clause
    # goes on; "But as Clyburn noted, …": a conjunction before "as" still opens the aside; "as Mr.
    # Kerry continues to pursue diplomacy" is an act, no report
    assert quotes("q_aside_addressee_and_conjunction") == [
        ("indirect", ["The solution", "was simple"], "told", "tell", "the partner"),
        ("indirect", ["those voters will give him a second look"], "noted", "note", "Clyburn")]


def test_a_source_close_to_a_pronoun_and_a_verb_tagged_a_noun_after_an_aside():
    # "…, a source close to him said": the pronoun ends the source's phrase, not the phrase;
    # "The nickname, she explained, exists/NNS thanks to …": the kit's plural noun is the verb of
    # the clause whose subject stands before the aside
    assert quotes("q_close_source_and_noun_verb") == [
        ("indirect", ["Cruz will be re-evaluating how he approaches his colleagues"], "said", "say",
         "a source close to him"),
        ("indirect", ["The nickname", "exists thanks to a former governor"], "explained", "explain", "she")]


def test_a_clause_after_the_cues_comma_an_as_aside_with_a_quantifier_and_a_participle_tagged_past():
    # "Leahy previously reported, the foundation refused …": with nothing quoted, a clause of its
    # own after the cue's comma is what was reported; "as some have speculated": a lone quantifier
    # is the aside's subject; "…, they concluded, never happened/VBN": the kit's participle goes on
    # the clause; "After the union objected, the case was moved" reports nothing, and "In his
    # state, Christie said, offenders are …" stays an interrupted report
    assert quotes("q_comma_clause_and_open_subject") == [
        ("indirect", ["the foundation refused to release the names"], "reported", "report", "Michael Leahy"),
        ("indirect", ["His defeat won't necessarily derail his campaign"], "speculated", "speculate", "some"),
        ("indirect", ["The presumed adjustment", "never happened"], "concluded", "conclude", "they"),
        ("indirect", ["In his state", "offenders are sent to treatment"], "said", "say", "Christie")]


def test_asides_with_a_date_a_gerund_a_comparison_and_subjects_with_relative_clauses():
    # "he told me on Friday, is …": the addressee and a date close the aside; "he said, replacing
    # Clinton would be …": a gerund subject goes on the clause (not "she said, smiling as …", the
    # speaker's participle); "cautioned, as did the campaign itself, that …" and a 12-word aside
    # before "that"; "many of whom say …" and "All the experts I interviewed said …" are the
    # speakers; "has charged the campaign $3.7 million" lays no charge
    assert quotes("q_asides_contact_clauses") == [
        ("indirect", ["The difference now", "is that he anchors a news program"], "told", "tell", "he"),
        ("indirect", ["Though that transition was seamless", "replacing Clinton would be much more acrimonious"],
         "said", "say", "he"),
        ("indirect", ["her proposals might evolve"], "cautioned", "caution", "Several experts"),
        ("indirect", ["he wants to release his taxes"], "insist", "insist", "The nominee"),
        ("indirect", ["the claims are unfounded"], "say", "say", "many of whom"),
        ("indirect", ["her proposals were more detailed"], "said", "say", "All the experts"),
        ("indirect", ["his candidacy"], "announced", "announce", "he"),
        ("indirect", ["The plan is dead"], "said", "say", "she")]
    per_quote = resolved("q_asides_contact_clauses")[3]
    assert [s.type for s in per_quote[4:6]] == ["anonymous", "anonymous"]
