"""Noun-phrase and non-finite contents (issue #9, extraction/complements.py) on CoNLL-U fixtures,
with the negatives: people, organizations, pronouns and times are no content; perception, belief
and physical verbs report nothing; passives and adjectives are no cue."""
from __future__ import annotations

import pytest

from fixtures import load
from quotes.extraction.attribute import NOUN_PHRASE_FACTOR, attribute_quotes
from quotes.extraction.detect import find_quotes
from speaker_helpers import resolved
from test_cues import frames
from test_detect import quotes


# --- noun-phrase contents ------------------------------------------------------------------

def test_denial_of_a_noun_phrase_without_its_channel():
    # "The ministry denied the allegations in a statement": the allegations are what it denied
    assert quotes("q_np_denied") == [("indirect", ["the allegations"], "denied", "deny", "The ministry")]


def test_announcement_keeps_its_time_and_purpose():
    assert quotes("q_np_announced") == [
        ("indirect", ["a nationwide strike on Tuesday in protest against the new tax"], "announced", "announce",
         "The union")]


def test_call_for_a_thing_is_reported():
    assert quotes("q_np_called_for") == [
        ("indirect", ["the release of the detained journalists"], "called for", "call", "The opposition leader")]


def test_coordinated_noun_phrase_content_shares_the_subject():
    # "The mayor said the bridge would reopen … and praised the quick work of the repair crews."
    assert quotes("q_np_coordinated") == [
        ("indirect", ["the bridge would reopen next month"], "said", "say", "The mayor"),
        ("indirect", ["the quick work of the repair crews"], "praised", "praise", "The mayor")]


def test_participle_with_a_noun_phrase_content():
    # "The company issued a statement on Friday, denying the reports of layoffs."
    assert quotes("q_np_participle") == [
        ("indirect", ["the reports of layoffs"], "denying", "deny", "The company")]


def test_linear_fallback_when_the_parse_has_no_object_arc():
    # the fixture's object arc was replaced by hand with a stray one, as the kit often parses
    assert quotes("q_np_no_object_arc") == [
        ("indirect", ["the reports of a rift within the cabinet"], "dismissed", "dismiss", "The spokesman")]


def test_noun_phrase_content_has_a_lower_confidence_than_a_clause():
    doc = load("q_np_coordinated")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    clause, noun_phrase = found
    assert not clause.noun_phrase and noun_phrase.noun_phrase
    assert noun_phrase.confidence == pytest.approx(clause.confidence * NOUN_PHRASE_FACTOR)


@pytest.mark.parametrize("name", [
    "q_neg_np_person",        # "The senator criticized the president.": a person is no content
    "q_neg_np_organization",  # "The minister praised the police."
    "q_neg_np_pronoun",       # "The spokesman denied it."
    "q_neg_np_attack",        # "Gunmen attacked the building before dawn.": no speech act
    "q_neg_np_belief",        # "He believes the allegations.": a mental state
    "q_neg_np_amid",          # "Amid accusations of fraud, the party announced on Tuesday.": no object
    "q_neg_np_adjective",     # "The announced plan was delayed again."
    "q_neg_np_confirm",       # "Ten counties have confirmed measles cases.": not in the lexicon
    "q_neg_passive_coordination",  # "The suspect was arrested and charged with fraud."
])
def test_no_noun_phrase_content(name):
    assert quotes(name) == []


def test_a_passive_agent_speaks_of_its_subject():
    # "The claims were denied by the company.": the agent denied them, and the passive subject is
    # what it denied (PolNeAR annotates such passives; without the agent nobody is named)
    assert quotes("q_np_passive_agent") == [("indirect", ["The claims"], "denied", "deny", "the company")]


def test_referring_to_after_a_quote_is_a_gloss_not_a_statement():
    # '"The north has been forgotten," he said, referring to the situation in the mountains.'
    assert quotes("q_neg_np_referring") == [("direct", ["The north has been forgotten,"], "said", "say", "he")]


# --- non-finite contents -------------------------------------------------------------------

def test_directive_content_ends_before_a_second_participle():
    # "…, urging voters to see the big picture and promising to cut taxes."
    assert quotes("q_directive_and_participle") == [
        ("indirect", ["voters to see the big picture"], "urging", "urge", "She"),
        ("indirect", ["to cut taxes"], "promising", "promise", "She")]


def test_accusation_content_ends_before_an_apposition():
    # "… accused the committee of sabotaging his campaign, a reference to leaked emails."
    assert quotes("q_accused_apposition") == [
        ("indirect", ["the committee of sabotaging his campaign"], "accused", "accuse", "The candidate")]


def test_directive_content_ends_before_a_time_of_the_cue():
    # "… instructed the agency to stop the payments seven months before the election."
    assert quotes("q_directive_time_before") == [
        ("indirect", ["the agency to stop the payments"], "instructed", "instruct", "The governor")]


def test_accusation_coordinated_after_a_past_tense():
    # "The senator ran on his record and accused the governor of wasting public money." (accused/VBN)
    assert quotes("q_accused_after_and") == [
        ("indirect", ["the governor of wasting public money"], "accused", "accuse", "The senator")]


def test_second_verb_after_a_modal_clause_or_a_perfect_reports_too():
    # "… said she would order a review … and warned/VBN against cuts …": "warned" cannot join
    # "would order", it joins "said"; "has sharply criticized … and called/VBN for …": a perfect's conjunct
    assert quotes("q_conjunct_after_modal_and_perfect") == [
        ("indirect", ["she would order a review of the state's water system"], "said", "say", "The governor"),
        ("indirect", ["cuts to its budget"], "warned against", "warn", "The governor"),
        ("indirect", ["the new bus routes"], "criticized", "criticize", "The mayor"),
        ("indirect", ["steep fines on late operators"], "called for", "call", "The mayor")]


def test_a_participle_before_a_noun_or_a_passive_conjunct_is_no_second_verb():
    # "announced new parking rules and revised/VBN fees …": an adjective; "would be sold and renamed": a passive
    assert quotes("q_neg_conjunct_participle_adjective") == [
        ("indirect", ["new parking rules and revised fees for residents"], "announced", "announce", "The council"),
        ("indirect", ["the company would be sold and renamed next year"], "said", "say", "The minister")]


def test_a_chain_after_a_conjunction_shares_the_subject():
    # "The union has rejected the offer and attempted to make the case to members that …"
    assert quotes("q_shared_subject_through_catenative") == [
        ("indirect", ["the offer"], "rejected", "reject", "The union"),
        ("indirect", ["the deal is unfair"], "make the case", "make", "The union")]


def test_a_conjunct_of_a_relative_clause_has_the_relative_subject_and_a_predicates_conjunct_its_subject():
    # "Nurses from a union that has broken away from other labor groups and endorsed the governor
    # marched": who the union is, not what it said; "Weber, who advises the governor, is no fan of
    # the mayor but backed his choice of adviser": Weber backed it (not "who")
    assert quotes("q_relative_subject_of_a_conjunct") == [
        ("indirect", ["his choice of adviser"], "backed", "back", "Weber")]
    _, _, _, speakers = resolved("q_relative_subject_of_a_conjunct")
    assert [s.name for s in speakers] == ["Weber"]


def test_subject_before_a_parenthesis_in_dashes():
    assert quotes("q_subject_before_dashes") == [
        ("indirect", ["the council of ignoring residents"], "accused", "accuse", "Democrats")]


def test_time_at_the_end_of_a_noun_phrase_content_dates_the_statement():
    # "He announced his candidacy last year."
    assert quotes("q_np_time_last") == [("indirect", ["his candidacy"], "announced", "announce", "He")]


# --- purpose infinitives and quantifiers ----------------------------------------------------

def test_purpose_infinitive_of_an_occasion_verb_reports_for_its_subject():
    # "The mayor used her speech to urge residents to conserve water."
    assert quotes("q_occasion_purpose") == [
        ("indirect", ["residents to conserve water"], "urge", "urge", "The mayor")]


def test_intentions_and_agents_are_no_occasion():
    # "The company has a plan to announce new jobs. The firm hired a lawyer to deny the claims."
    assert quotes("q_neg_occasion_intention") == []


def test_floating_quantifier_between_auxiliary_and_verb():
    # "The two rivals have both urged the governor to resign."
    assert quotes("q_both_urged") == [("indirect", ["the governor to resign"], "urged", "urge", "The two rivals")]


# --- evaluative cues with a quotation ------------------------------------------------------

def test_evaluative_quotation_closed_after_the_sentences_stop():
    # 'The senator called it “the least bad option under the circumstances.”' (the mark after the stop)
    assert quotes("q_evaluative_final_mark") == [
        ("mixed", ["it “the least bad option under the circumstances.”"], "called", "call", "The senator")]


def test_evaluative_long_object_is_the_journalists_description():
    # 'He characterized the statements of several senior officials as “treachery.”'
    assert quotes("q_evaluative_long_object") == [
        ("mixed", ["treachery."], "characterized", "characterize", "He")]


def test_evaluative_without_quotation_marks_described_as():
    # "The minister described the plan as unworkable."
    assert quotes("q_described_as") == [
        ("indirect", ["the plan as unworkable"], "described", "describe", "The minister")]


def test_as_opening_a_clause_is_no_description():
    # "He described the scene as he arrived.": "as" says when
    assert quotes("q_neg_described_as_when") == []


def test_noun_phrase_content_of_a_purpose_infinitive():
    # "The president used his speech to call for the resignation of the prime minister."
    assert quotes("q_occasion_np") == [
        ("indirect", ["the resignation of the prime minister"], "call for", "call", "The president")]


def test_claim_about_oneself_with_a_to_infinitive():
    # "The businessman claimed to have met the president twice."
    assert quotes("q_commissive_claim") == [
        ("indirect", ["to have met the president twice"], "claimed", "claim", "The businessman")]


# --- noun cues with a prepositional content (content_nouns.txt) ----------------------------

def test_possessor_calls_for_a_thing():
    # "… Mr. Obama's calls for tighter gun control": the possessor speaks, the noun phrase is the content
    assert quotes("q_nn_calls_for") == [
        ("indirect", ["tighter rules on lobbying"], "calls for", "call", "the senator")]


def test_possessive_pronoun_attacks_on():
    # "… will be merciless in his attacks on Clinton"
    assert quotes("q_nn_attacks_on") == [("indirect", ["the governor"], "attacks on", "attack", "his")]


def test_noun_phrase_content_stops_before_its_own_verb():
    # "Trump’s strikingly personal attacks on Curiel are highly unusual": "are highly unusual" is not said
    assert quotes("q_nn_attacks_subject") == [("indirect", ["the judge"], "attacks on", "attack", "The mayor")]


def test_calls_without_a_possessor_report_nothing():
    # "amid calls for an inquiry": background, nobody named speaks
    assert quotes("q_nn_amid_calls") == []


def test_a_speech_act_noun_that_a_light_verb_makes_reports_its_complement():
    # "Cruz made an unprompted call for an end to sugar subsidies", "Trump made no mention of Jeb
    # Bush", "The ministry issued a statement on the subject": the light verb's subject speaks.
    # "Trump's comments about the judge" (a topic more than a statement), a relative ("A senator
    # who made a plea for calm") and a future ("will make an appeal") report nothing
    assert quotes("q_light_verb_content_noun") == [
        ("indirect", ["an end to sugar subsidies"], "made an unprompted call for", "call", "Cruz"),
        ("indirect", ["Jeb Bush"], "made no mention of", "mention", "Trump"),
        ("indirect", ["the subject"], "issued a statement on", "statement", "The ministry")]


def test_endorsement_is_a_stance_not_a_content_noun():
    assert quotes("q_nn_endorsement") == []


def test_noun_phrase_content_leaves_out_a_time_of_the_statement():
    # "Her attack on Sanders in last Sunday's debate": the debate dates the attack, it is not said
    assert quotes("q_nn_attack_time") == [("indirect", ["the governor"], "attack on", "attack", "Her")]


def test_possessor_is_the_name_not_the_phrase_it_ends():
    # "… her own respect for the Second Amendment with Mr. Obama's calls for tighter gun control"
    assert quotes("q_nn_possessor_after_with") == [
        ("indirect", ["higher taxes"], "calls for", "call", "the president")]


# --- stance verbs whose person object is the content (stance_object_verbs.tsv) -------------

def test_endorsement_of_a_person_reports_the_person():
    # "The teachers' union endorsed the governor on Monday.": whom it endorsed is what it said
    assert quotes("q_stance_endorsed") == [("indirect", ["the governor"], "endorsed", "endorse", "The teachers' union")]


def test_criticism_of_a_person_with_what_for():
    assert quotes("q_stance_criticized_for") == [
        ("indirect", ["the mayor for the delays at the port"], "criticized", "criticize", "The senator")]


def test_thanks_to_a_pronoun_with_what_for():
    assert quotes("q_stance_thanked_them") == [("indirect", ["them for their patience"], "thanked", "thank", "The coach")]


def test_person_object_described_as():
    assert quotes("q_stance_blasted_as") == [("indirect", ["the senator as a coward"], "blasted", "blast", "The candidate")]


def test_stance_verb_with_a_thing_object():
    assert quotes("q_stance_slammed_thing") == [("indirect", ["the ruling"], "slammed", "slam", "She")]


def test_three_word_phrasal_stance_verb():
    assert quotes("q_stance_lashed_out_at") == [
        ("indirect", ["the government's handling of the floods"], "lashed out at", "lash", "The opposition leader")]


def test_thing_object_described_as():
    # "played down the meeting as a blip …": the "as" phrase is what was said of it, not a time
    assert quotes("q_np_played_down_as") == [
        ("indirect", ["the meeting as a blip in a long friendship"], "played down", "play", "Another guest")]


def test_noun_phrase_content_ends_before_a_reporting_participle():
    # "The mayor defended the tax by claiming that …": two statements, each with its own content
    assert quotes("q_np_defended_by_claiming") == [
        ("indirect", ["the tax"], "defended", "defend", "The mayor"),
        ("indirect", ["it would pay for new schools"], "claiming", "claim", "The mayor")]


@pytest.mark.parametrize("name", [
    "q_neg_stance_relative",       # "A donor who backed the senator gave money again.": who the donor is
    "q_neg_stance_person_alone",   # "The mayor criticized the governor.": whom, not what
    "q_neg_stance_no_object",      # "He criticized, and then he left."
    "q_neg_stance_object_before",  # "The ruling that she slammed was upheld."
    "q_neg_stance_particle",       # "The new figures backed up the report.": another verb
    "q_neg_stance_pronoun_alone",  # "The union endorsed him."
    "q_neg_stance_support",        # "Most voters support the plan.": a stance, not a statement
    "q_neg_stance_attack_problem",  # "She attacked the problem with energy.": attack is not in the lexicon
    "q_neg_stance_headline",       # "Union endorses governor" (a headline line)
])
def test_no_stance_content(name):
    assert quotes(name) == []


def test_a_modal_before_a_stance_verb_names_no_act():
    # "will endorse", "could criticize": no stand was taken yet; a negation alone states a policy
    assert quotes("q_neg_stance_modal") == [("indirect", ["candidates"], "endorse", "endorse", "The group")]


# --- findings with a noun-phrase or small-clause content (complements.finding_frame) ---------

def test_a_finding_of_a_poll_record_or_study_reports_its_object_and_predicate():
    # "The poll shows the governor up by ten points …", "A new survey/JJ shows/NNS Smith with …"
    # (the kit's slip: the verb read as a noun after an adjective), "Public records show no gifts
    # …", "The study found no evidence …", "Polls show working-class voters could decide …"
    # (a clause the kit's tags hide: "working" VBG)
    assert quotes("q_finding_object") == [
        ("indirect", ["the governor up by ten points in the state"], "shows", "show", "The poll"),
        ("indirect", ["Smith with an eight-point lead"], "shows", "show", "A new survey"),
        ("indirect", ["no gifts from the company since 2008"], "show", "show", "Public records"),
        ("indirect", ["no evidence of fraud in the election"], "found", "find", "The study"),
        ("indirect", ["working-class voters could decide the race"], "show", "show", "Polls")]


def test_a_finding_speaks_for_the_document_with_a_noun_phrase_confidence():
    doc, found, speakers, per_quote = resolved("q_finding_object")
    assert [(s.name, s.type) for s in per_quote][2:4] == [("Public records", "anonymous"), ("The study", "anonymous")]
    assert all(q.noun_phrase for q in found)


@pytest.mark.parametrize("sentence", [
    0,  # "He found the area welcoming.": a person's experience
    1,  # "I find his message chilling.": an opinion
    2,  # "A Google search shows no reports of the meeting.": the journalist's look, no document
    3,  # "The report found its way into the hands of reporters."
    4,  # "The auditors showed up late on Monday.": a particle, another verb
    5,  # "The group established a scholarship fund.": not a verb of finding_object_verbs.txt
])
def test_no_finding_of_a_person_a_search_a_way_or_a_made_thing(sentence):
    assert frames("q_finding_object_neg", sentence) == []


def test_a_findings_participle_reports_up_to_the_main_clause():
    # "Despite polls showing her well behind, Clinton campaigned …": the polls speak, and what
    # they show ends at the comma before the main clause; "…, with recent polls showing …"
    assert quotes("q_finding_participle") == [
        ("indirect", ["her well behind"], "showing", "show", "polls"),
        ("indirect", ["a tightening of the race"], "showing", "show", "recent polls")]


def test_a_findings_participle_inside_a_phrase_ends_before_the_main_verb():
    # "Priebus, in the wake of a new poll showing …, told Fox News …": the poll (not "the wake of
    # a new poll") shows what runs to the comma before the main clause's verb, which reports too
    assert quotes("q_finding_participle_in_phrase") == [
        ("indirect", ["Trump’s overall standing with Latinos down to 14 percent"], "showing", "show", "a new poll"),
        ("indirect", ["Trump would win"], "told", "tell", "Priebus")]


def test_a_findings_subject_may_be_coordinated_in_the_parse():
    # "The latest Reuters/NNS/nsubj Ipsos poll/conj showed …": the poll speaks; people who show
    # someone something state nothing ("The senator and his aides showed reporters the new ads")
    assert quotes("q_finding_coordinated_subject") == [
        ("indirect", ["Trump leading the field with support of 31 percent of Republican voters"], "showed", "show",
         "Ipsos poll")]


def test_no_findings_participle_after_a_person_or_before_a_particle():
    # "Tour guides showing visitors the old town …", "The records showing up late …"
    assert quotes("q_neg_finding_participle") == []


def test_a_finding_inside_another_report_is_that_report():
    # "Both surveys showed the senator above 50 percent, the group said.": the group's statement
    assert frames("q_finding_object_neg", 6) == [
        ("post", "speech", "say", "said", "the group", ["Both surveys showed the senator above 50 percent"], False)]


def test_finding_frames_the_kits_tags_and_dates_would_hide():
    # "… respectively show/VBP a 56% …" (no subject arc needed), "shows both/CC Smith and Jones …",
    # "…, fundraising/VBG documents show." (after its content), "A … poll out this week shows …",
    # "a … article published/VBD Friday found …" (a dated subject; the time is the parse's nsubj)
    assert quotes("q_finding_object_frames") == [
        ("indirect", ["a 56% and 54% approval rating"], "show", "show", "Other recent polls from Monmouth and Marist"),
        ("indirect", ["both Smith and Jones beating the governor 45 to 40 percent"], "shows", "show", "The poll"),
        ("indirect", ["That is why the mayor had to lend his campaign money last month"], "show", "show",
         "fundraising documents"),
        ("indirect", ["Smith with an 8-point lead over Jones"], "shows", "show", "A University of Ohio poll"),
        ("indirect", ["no record of the meeting"], "found", "find", "a Chicago Tribune article")]


def test_a_finding_in_a_relative_clause_ends_before_the_main_verb():
    # "The polls that show Smith at or above 10 percent have the governor's lead growing."
    assert quotes("q_finding_object_relative") == [
        ("indirect", ["Smith at or above 10 percent"], "show", "show", "The polls")]


def test_no_finding_of_a_search_or_of_an_object_left_of_the_verb():
    # "The league could not find a new sponsor …": an ability, a search
    assert frames("q_finding_object_neg_frames", 0) == []
    # "… other countries that have received similar letters have usually found …", with the kit's
    # parse of the dev set by hand (no subject arc on "found"): the letters are an object
    assert [f[2] for f in frames("q_finding_object_neg_frames", 1)] == ["say"]


# --- refusals to speak (complements.refusal_frame) -----------------------------------------

def test_a_refusal_to_speak_reports_the_infinitive_against_its_source():
    # "declined to comment (on …)", "declined comment", "refused to discuss", "declined to identify",
    # "…, declining/VBG to comment" (lemmatized "declining" by the kit), a question after "or"
    # ("or whether it would pass") kept, a clause after "and" ("and aides later said …") not
    assert quotes("q_refusal") == [
        ("indirect", ["to comment"], "declined", "decline", "A spokeswoman"),
        ("indirect", ["to comment on the investigation"], "declined", "decline", "He"),
        ("indirect", ["comment"], "declined", "decline", "The campaign"),
        ("indirect", ["to discuss the case"], "refused", "refuse", "She"),
        ("indirect", ["to identify the donors"], "declined", "decline", "He"),
        ("indirect", ["to comment"], "declining", "decline", "The mayor"),
        ("indirect", ["to elaborate on the plan or whether it would pass"], "declined", "decline", "The aide"),
        ("indirect", ["to comment"], "declined", "decline", "The agency"),
        ("indirect", ["the report was wrong"], "said", "say", "aides")]


@pytest.mark.parametrize("sentence", [
    0,  # "He refused to fight in the war.": no speech
    1,  # "Prosecutors declined to proceed with the case."
    2,  # "The court refused requests to stop the law.": a thing refused
    3,  # "The senator refused to release the prisoners."
    4,  # "The witness declined to be named.": a passive, no statement withheld
    5,  # "His position will be strongest if he refuses to discuss his plans.": a supposed refusal
])
def test_no_refusal_of_an_act_a_request_or_a_supposition(sentence):
    assert frames("q_refusal_neg", sentence) == []


def test_a_refusal_with_a_modal_reports_what_is_withheld():
    # "would not comment on …", "wouldn't identify …", "won't/wo n't reveal …", "would not rule out …";
    # a bare "Patrick wouldn't comment." withholds nothing named, "could not answer the phone" is
    # no refusal
    assert quotes("q_refusal_modal") == [
        ("indirect", ["the order signed by the governor"], "would not comment on", "comment", "Smith"),
        ("indirect", ["any single issue that could sway her"], "wouldn't identify", "identify", "She"),
        ("indirect", ["the terms of the settlement"], "won't reveal", "reveal", "He"),
        ("indirect", ["a second run"], "would not rule out", "rule", "The senator")]


def test_a_refusals_content_keeps_its_question_and_second_clause_not_a_time_clause():
    # "declined to say if she would run again", "refused to admit that … and that …", "declined
    # to speculate on a deal if the talks collapse"; but "… as she left the building" says when
    assert quotes("q_refusal_bounds") == [
        ("indirect", ["to say if she would run again"], "declined", "decline", "The governor"),
        ("indirect", ["to admit that the plan had failed and that the costs were rising"], "refused", "refuse", "He"),
        ("indirect", ["to speculate on a deal if the talks collapse"], "declined", "decline", "The senator"),
        ("indirect", ["to speak to reporters"], "refused", "refuse", "She")]


def test_a_finding_subject_after_an_apposition_or_with_a_phrase_and_a_date():
    # "The survey, conducted by …, finds/NNS Clinton with …" (the kit's slip after the apposition),
    # "A survey by the organization in March found …" (the parse's subject is the finding noun)
    assert quotes("q_finding_object_subjects") == [
        ("indirect", ["Clinton with only a small lead over Sanders"], "finds", "find", "The survey"),
        ("indirect", ["Mrs. Clinton with a lead of 48 percent to 41 percent"], "found", "find", "A survey")]


def test_a_with_phrase_speaks_for_its_speech_act_participle():
    # "…, with the senator calling for a ban …", "With the mayor denying the reports, …"; not a stance
    # verb ("with most voters backing the mayor": a poll's figure)
    assert quotes("q_with_phrase_object") == [
        ("indirect", ["a ban on new visas"], "calling for", "call", "the senator"),
        ("indirect", ["the reports"], "denying", "deny", "the mayor")]


# --- cue words the lexicons did not know, and the kit's lemma slips (issue #9) -------------

def test_a_speech_verb_is_found_despite_the_kits_lemma_slip():
    # "decried/decried", "railed/raile against", "implied/implied": the verb is read from its form
    assert quotes("q_slip_decried") == [
        ("indirect", ["the lack of details about the new budget"], "decried", "decry", "Opposition lawmakers")]
    assert quotes("q_slip_railed_against") == [
        ("indirect", ["the closure of the two factories"], "railed against", "rail", "The union leader")]
    assert quotes("q_slip_implied") == [
        ("indirect", ["the new tax would be repealed next year"], "implied", "imply", "The governor")]


def test_an_adjective_from_a_slipped_verb_is_no_cue():
    # "The implied threat worried the voters.": no statement; "They denied the report." is one
    assert quotes("q_neg_slip_implied_adjective") == [("indirect", ["the report"], "denied", "deny", "They")]


def test_what_a_speaker_spoke_about_or_weighed_in_on():
    # "The senator spoke about the need for …"; "She spoke to reporters after the vote." names whom
    assert quotes("q_np_spoke_about") == [
        ("indirect", ["the need for tighter border controls"], "spoke about", "speak", "The senator")]
    assert quotes("q_np_weighed_in_on") == [
        ("indirect", ["the dispute over the school budget"], "weighed in on", "weigh", "The former president")]


def test_a_headline_weighs_in_on_nothing():
    assert quotes("q_neg_weighs_in_headline") == []  # "Former President Weighs In On Budget Dispute"


def test_knocked_for_and_framed_as_report_what_was_said_of_the_object():
    # "knocked her rival for his votes on trade"; "The storm knocked down power lines." is another verb
    assert quotes("q_stance_knocked_for") == [
        ("indirect", ["her rival for his votes on trade"], "knocked", "knock", "The candidate")]
    # "framed the vote as a test of …"; "He framed the photo and hung it on the wall." says nothing
    assert quotes("q_framed_as") == [
        ("indirect", ["the vote as a test of the city's values"], "framed", "frame", "The mayor")]


def test_vented_that_reports_its_clause_not_an_object():
    # "The coach vented that the referees …"; "The engineers vented the gas from the tank." is no speech
    assert quotes("q_vented_that") == [
        ("indirect", ["the referees had ignored every foul"], "vented", "vent", "The coach")]


def test_a_possessors_defense_or_rejection_of_a_thing_and_a_conclusion_that():
    assert quotes("q_noun_defense_of") == [
        ("indirect", ["the trade deal"], "defense of", "defense", "The senator"),
        ("indirect", ["the offer"], "rejection of", "rejection", "His")]
    # "The inspectors reached the conclusion that …": the subject of the governing verb concludes
    assert quotes("q_noun_conclusion_that") == [
        ("indirect", ["the old bridge was no longer safe"], "conclusion", "conclusion", "The inspectors")]


def test_a_background_conclusion_or_a_belief_reports_nothing():
    # "Despite the conclusion that the bridge was safe, …"; "She believes the bridge is safe."
    assert quotes("q_neg_conclusion_background") == []


def test_a_phrasal_cue_split_by_an_adverb_or_a_phrase_and_an_embedded_question():
    # "The coach talked openly on the radio about his plans …", "She spoke briefly about how the
    # team had changed". Negatives: "spoke with reporters on the steps of city hall" (a channel
    # and a place: "of" belongs to the steps) and "talked about what to eat" (no clause).
    assert quotes("q_np_talked_gapped") == [
        ("indirect", ["his plans for the season"], "talked openly on the radio about", "talk", "The coach"),
        ("indirect", ["how the team had changed"], "spoke briefly about", "speak", "She")]


def test_an_object_content_ends_where_the_occasion_of_the_statement_begins():
    # "defended his endorsement this week on his radio show", "endorsed Clinton during a conference
    # call", "stressed those worries on Sunday at a forum": when and where it was said is no part of
    # it; a date inside a compound ("a 25-year-old court file") or inside the clause of a gerund
    # ("for suggesting during the campaign that …") stays
    assert quotes("q_object_content_ends_at_occasion") == [
        ("indirect", ["his endorsement"], "defended", "defend", "Christie"),
        ("indirect", ["Clinton"], "endorsed", "endorse", "The union"),
        ("indirect", ["those worries"], "stressed", "stress", "He"),
        ("indirect", ["a request to unseal a 25-year-old court file"], "rejected", "reject", "The judge"),
        ("indirect", ["the mayor for suggesting during the campaign that the tax would fall"], "scolded", "scold", "She")]


def test_what_the_addressee_is_told_not_to_do_is_reported():
    # "warned the Fed not to act this year", "told reporters not to expect a deal": a negated
    # infinitive after the addressee; "told the story not to scare anyone" tells a story
    assert quotes("q_addressee_not_to") == [
        ("indirect", ["the Fed not to act this year"], "warned", "warn", "Officials"),
        ("indirect", ["reporters not to expect a deal"], "told", "tell", "She")]


def test_as_before_a_quoted_name_keeps_the_name_in_the_objects_content():
    # "cited Trump’s past references to Machado as “Miss Piggy” and …", "referred to Mexican
    # immigrants as “criminals” and “rapists.”": what they were called is said too (the content
    # stopped at "as"; "denied the claims as the talks stalled" still stops, q_as_noun_with_relative)
    assert quotes("q_as_before_quoted_name") == [
        ("mixed", ["Trump’s past references to Machado as “Miss Piggy” and “Miss Housekeeping” as examples of "
                   "his comments about women"], "cited", "cite", "Clinton"),
        ("mixed", ["Mexican immigrants as “criminals” and “rapists.”"], "referred to", "refer", "Trump")]


def test_a_finding_subject_with_coordinated_issuers_is_the_finding():
    # "A Marist College poll/nsubj for NBC News and The Wall Street Journal/nsubj actually showed
    # Trump with zero percent support …": the parse's last subject is a newspaper, the finding is the poll's
    assert quotes("q_finding_subject_with_coordinated_issuers") == [
        ("indirect", ["the mayor with zero percent support among young voters"], "showed", "show",
         "A Marist College poll for NBC News and The Wall Street Journal"),
        ("indirect", ["31 cases of fraud out of a million ballots"], "found", "find", "A review of court records")]
    _, _, _, speakers = resolved("q_finding_subject_with_coordinated_issuers")
    assert [s.name for s in speakers][:1] == ["Marist College"]


def test_a_pronoun_object_with_what_it_is_cited_as_is_the_content():
    # "Clinton cited it as an example of his disrespect toward women", "cited them as evidence of
    # her close relationships to the financial sector"; "cited it in his speech" says nothing
    assert quotes("q_cited_it_as") == [
        ("indirect", ["it as an example of the council's neglect"], "cited", "cite", "The mayor"),
        ("indirect", ["them as evidence of a cover-up"], "cited", "cite", "She")]


def test_what_a_speaker_points_to_is_the_evidence_cited():
    # "As proof, she pointed to attacks on her campaign funded by two hedge fund billionaires",
    # "…,” he said, pointing to the polls" (the participle's speaker is the quote's); a person
    # pointed to is no content
    assert quotes("q_pointed_to") == [
        ("indirect", ["attacks on her campaign funded by two hedge fund billionaires"], "pointed to", "point", "she"),
        ("direct", ["We can win,"], "said", "say", "he"),
        ("indirect", ["the polls"], "pointing to", "point", "he")]


def test_what_a_speaker_discusses_is_the_content_and_a_person_is_not():
    # "Bolton also discussed the vast differences between …"; "discussed Clinton at length" names
    # whom, not what; "declined to discuss the case" stays the refusal's
    assert quotes("q_discussed") == [
        ("indirect", ["the vast differences between the two candidates"], "discussed", "discuss", "The former ambassador"),
        ("indirect", ["to discuss the case"], "declined", "decline", "They")]


def test_a_gerund_after_a_preposition_is_done_by_the_clause_subject():
    # "launched his campaign by talking about Mexican rapists and the wall"; a fronted "After
    # criticizing the ruling," is the main clause subject's; "praised him for criticizing the
    # plan" is what he is praised for, not a report of the board's
    assert quotes("q_gerund_after_preposition") == [
        ("indirect", ["immigration and the wall"], "talking about", "talk", "Trump"),
        ("indirect", ["the ruling"], "criticizing", "criticize", "the governor"),
        ("indirect", ["him for criticizing the plan"], "praised", "praise", "The board")]
