"""Reporting-cue frames over one sentence's words (quotes.cues.find_frames), on CoNLL-U fixtures."""
from __future__ import annotations

import pytest

from fixtures import load
from quotes.extraction.cues import find_frames
from quotes.extraction.marks import find_quoted_spans


def frames(name: str, sentence: int):
    """Frames of one fixture sentence, as (position, cls, lemma, cue, subject, content, that) texts."""
    doc = load(name)
    quoted = [(s.open_mark, s.outer_end) for s in find_quoted_spans(doc.text)]
    words = doc.sentences[sentence].words

    def text(r):
        if r is None:
            return None
        return doc.text[words[r[0]].start_char:words[r[1]].end_char]

    return [(f.position, f.cls, f.lemma, text((f.cue_first, f.cue_last)), text(f.subject),
             [text(c) for c in f.content], f.that) for f in find_frames(sentence, words, quoted)]


def test_pre_frame_with_that():
    assert frames("q_reported_that", 0) == [
        ("pre", "speech", "say", "said", "The health minister", ["the vaccination campaign would start in May"], True)]


def test_pre_frame_without_that():
    assert frames("q_reported_no_that", 0) == [
        ("pre", "speech", "say", "said", "The governor", ["the roads would be cleared by Sunday"], False)]


def test_post_frame_inverted_reported_speech():
    assert frames("q_reported_inverted", 0) == [
        ("post", "speech", "say", "said", "the ministry", ["The new rules will take effect in January"], False)]


def test_post_frame_inverted_verb_before_subject():
    [frame] = frames("q_direct_inverted", 0)
    assert frame[:5] == ("post", "speech", "say", "said", "the spokesman")


def test_told_addressee_is_skipped_with_and_without_that():
    expected = ("pre", "speech", "tell", "told", "The commander", ["the troops would leave the area by Friday"])
    assert [f[:6] for f in frames("q_told_that", 0)] == [expected]
    assert [f[:6] for f in frames("q_told_no_that", 0)] == [expected]
    assert frames("q_told_that", 0)[0][6] is True and frames("q_told_no_that", 0)[0][6] is False


def test_participle_frame_takes_main_clause_subject():
    assert frames("q_participle_saying", 0) == [
        ("pre", "object", "announce", "announced", "The union", ["a strike"], False),  # extraction/complements.py
        ("participle", "speech", "say", "saying", "The union", ["wages had not risen in four years"], True)]
    assert frames("q_participle_warning", 0) == [
        ("participle", "speech", "warn", "warning", "The central bank", ["inflation could remain high"], True)]


@pytest.mark.parametrize("name, content", [
    ("q_according_start", "the economy will shrink by two percent this year"),
    ("q_according_end", "The economy will shrink by two percent this year"),
])
def test_according_to_frame_at_start_and_end(name, content):
    assert frames(name, 0) == [
        ("according", "according", "according to", "According to" if name.endswith("start") else "according to",
         "the World Bank", [content], False)]


def test_according_to_subject_keeps_the_bracketed_acronym():
    [frame] = frames("q_attr_org_who", 0)
    assert frame[4] == "the World Health Organization (WHO)"


def test_noun_frame_subject_of_governing_verb():
    assert frames("q_noun_warning", 0) == [
        ("noun", "noun", "warning", "warning", "The coast guard", ["heavy seas were expected overnight"], True)]


def test_directive_frame_content_is_the_infinitive_clause():
    assert frames("q_directive", 0) == [
        ("pre", "directive", "urge", "urged", "The president", ["residents to stay indoors during the storm"], False)]


def test_apposition_between_subject_and_verb():
    doc = load("q_attr_anon_officials")
    words = doc.sentences[0].words
    [frame] = find_frames(0, words)
    assert frame.subject == (0, 0)
    first, last = frame.apposition
    assert doc.text[words[first].start_char:words[last].end_char] == "speaking anonymously"


def test_colon_intro_frame_content_is_the_quotation():
    [frame] = frames("q_direct_colon", 0)
    assert frame[:5] == ("pre", "speech", "add", "added", "The mayor")
    assert frame[5] == ["“We will rebuild every school that was damaged"]


def test_cue_inside_a_quotation_is_not_a_frame():
    # "told" inside the quotation is what was said; only the farmer's "said" frames the sentence.
    assert [f[:5] for f in frames("q_cue_inside_quote", 0)] == [("post", "speech", "say", "said", "the farmer")]


def test_attributive_said_is_not_a_cue():
    assert frames("q_neg_said_document", 0) == []


@pytest.mark.parametrize("name, sentence", [
    ("q_neg_headline", 0), ("q_neg_scare", 0), ("q_neg_title", 0), ("q_neg_debris", 1), ("q_neg_debris", 2),
    ("q_neg_debris", 3),
])
def test_no_frames_without_a_reporting_cue(name, sentence):
    assert frames(name, sentence) == []


def test_parenthetical_frame_splits_the_content():
    [frame] = frames("q_parenthetical", 0)
    assert frame[:5] == ("paren", "speech", "say", "said", "officials")
    assert " ".join(frame[5]) == "The talks will resume next week"


# --- issue 9: constructions of unseen news -------------------------------------------------

def test_progressive_cue_reports_like_a_finite_verb():
    # "The mayor is telling residents that …": the auxiliary carries the tense
    assert frames("q_progressive", 0) == [
        ("pre", "speech", "tell", "telling", "The mayor", ["the water is safe to drink"], True)]


def test_future_going_to_say_is_an_intention_not_a_statement():
    assert frames("q_progressive_neg_going", 0) == []


@pytest.mark.parametrize("sentence, expected", [
    (0, ("pre", "speech", "say", "say", "The senator", ["the bill would fail in the House"], True)),
    (1, ("pre", "accusation", "accuse", "accuse", "She", ["the council of ignoring residents"], False)),
    (2, ("pre", "speech", "point", "pointing out", "The auditors", ["every account had been closed"], True)),
])
def test_catenative_chain_gives_its_subject_to_the_reporting_verb(sentence, expected):
    # "went on to say", "took to Twitter to accuse", "could not resist pointing out"
    assert frames("q_catenative", sentence) == [expected]


def test_a_wish_to_speak_is_no_statement():
    assert frames("q_catenative_neg_refusal", 1) == []  # "wants to say that …"


def test_a_refusal_to_say_is_the_refusal_not_what_was_not_said():
    # "The minister declined to say whether the talks would resume": the non-answer is reported
    # (complements.refusal_frame), never a "say" frame whose content would be the question
    assert frames("q_catenative_neg_refusal", 0) == [
        ("pre", "object", "decline", "declined", "The minister", ["to say whether the talks would resume"], False)]


def test_finding_verb_with_that_clause_reports_the_document():
    # the kit tags "that" WDT and "back" RB here: the that-clause still opens the content
    assert frames("q_finding", 0) == [
        ("pre", "finding", "show", "shows", "A new poll", ["most voters back the plan"], True)]


def test_finding_verb_without_that_reports_its_object_and_predicate():
    # "Polls show the governor ahead in three states": the polls' finding (complements.finding_frame)
    assert frames("q_finding", 1) == [
        ("pre", "object", "show", "show", "Polls", ["the governor ahead in three states"], False)]


def test_relative_pronoun_speaker_is_its_antecedent():
    assert frames("q_relative_speaker", 0) == [
        ("pre", "speech", "say", "said", "an envoy", ["the deal was close"], False)]


def test_relative_clause_content_ends_at_its_comma():
    # "Turkey, which maintains close ties with both sides, is hosting …": ties are not content
    assert frames("q_relative_speaker", 1) == []


def test_subject_keeps_a_bracketed_affiliation():
    assert frames("q_subject_bracket", 0) == [
        ("pre", "speech", "say", "said", "Rep. Jane Doe (D-Ohio)", ["the law does not require a public hearing"], False)]


def test_that_followed_by_an_aside():
    assert frames("q_that_aside", 0) == [
        ("pre", "speech", "say", "said", "He", ["if elected, he would cut taxes for small firms"], True)]


def test_adverbial_clause_after_the_cue_is_not_content():
    # '"We will win this," the coach said as he entered the stadium.'
    assert frames("q_adverbial_after_cue", 0) == [
        ("post", "speech", "say", "said", "the coach", ['"We will win this'], False)]


def test_time_phrase_between_cue_and_content_is_skipped():
    # "She said after the talks both sides were entrenched …"
    assert frames("q_adverbial_after_cue", 1) == [
        ("pre", "speech", "say", "said", "She", ["both sides were entrenched in their positions"], False)]


def test_mental_state_is_not_a_reporting_frame():
    assert frames("q_neg_belief", 0) == []


def test_a_word_between_auxiliary_and_verb_tagged_a_pronoun_is_no_subject():
    # "Smith has nevertheless/PRON called his vote an irresponsible one": the kit's slip; Smith speaks
    assert frames("q_adverb_tagged_pronoun", 0)[1][:5] == ("pre", "evaluative", "call", "called", "Smith")
    # "Has he said the plan is dead?": a personal pronoun after the auxiliary is the subject
    assert frames("q_adverb_tagged_pronoun", 1)[0][4] == "he"
