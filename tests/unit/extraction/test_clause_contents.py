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


def test_a_number_after_the_cue_is_content_and_meanwhile_ends_it():
    # "declared 30% tariffs on steel will start …, meanwhile unions joined …": "30" is no date
    assert quotes("q_number_content") == [
        ("indirect", ["30% tariffs on steel will start in August"], "declared", "declare", "The minister")]


def test_could_not_resist_pointing_out_and_a_but_clause_after_a_closing_mark():
    # 'ruled that the claim was “true,” but in its report the court could not resist pointing out
    # that …': "not" tagged PART still carries the chain; the "but" clause stays in the ruling's
    # content (the seeds annotate "He said A, but B" as one report; cutting it cost a seeds quote)
    assert quotes("q_quote_comma_but") == [
        ("mixed", ["the claim was “true,” but in its report the court could not resist pointing out that the "
                   "figures were old"], "ruled", "rule", "The court"),  # (the kit's lemma "ruled", read from the form)
        ("indirect", ["the figures were old"], "pointing out", "point", "the court")]


def test_participle_with_a_quotation_and_the_rest_of_its_clause_is_mixed():
    # 'saying, “We will never cut” funding for schools'
    # ("defended the budget" is a noun-phrase content of a speech-act verb, from recall4's rules)
    assert quotes("q_participle_quotation_mixed") == [
        ("indirect", ["the budget"], "defended", "defend", "The governor"),
        ("mixed", ["“We will never cut” funding for schools"], "saying", "say", "The governor")]


def test_relative_clause_on_the_addressee_before_that():
    # "told Smith, who had left the army two years earlier, that …"
    assert quotes("q_told_addressee_relative") == [
        ("indirect", ["the crime was serious"], "told", "tell", "The judge")]


def test_cue_in_a_fronted_subordinate_clause_reports_up_to_the_main_clause():
    # "While he acknowledged that …, he insisted that …"
    assert quotes("q_fronted_subordinate") == [
        ("indirect", ["the old leaders remain in prison"], "acknowledged", "acknowledge", "he"),
        ("indirect", ["the party was united"], "insisted", "insist", "he")]


def test_possessed_object_after_the_cue_is_no_inverted_speaker():
    # '“…,” repeated her denial of every charge': the denial is what was repeated
    assert quotes("q_neg_inverted_possessed") == [("direct", ["We have no fear of the court,"], None, None, None)]


def test_possessed_person_after_the_cue_is_the_inverted_speaker():
    assert quotes("q_inverted_possessed_person") == [
        ("direct", ["We have no fear of the court,"], "said", "say", "her lawyer")]


def test_second_of_two_coordinated_verbs_introduces_a_quotation():
    # "the senator turned to the governor and said, “…,” according to a guest": the quotation is
    # the senator's and ends before "according to"; the guest's outer attribution stays, as
    # PolNeAR annotates it (dropping it cost three mixed quotes on PolNeAR train)
    assert quotes("q_coordinated_said_quotation") == [
        ("indirect", ["At the dinner, the senator turned to the governor and said, “You must want a recount,”"],
         "according to", "according to", "a guest"),
        ("direct", ["You must want a recount,"], "said", "say", "the senator")]


def test_a_percentage_is_a_speaker():
    # "42% say the government should spend less" (the kit tags "%" SYM and "say" VB)
    assert quotes("q_percent_subject") == [
        ("indirect", ["the government should spend less"], "say", "say", "42%")]


def test_those_surveyed_is_a_speaker():
    # "those surveyed say …" (surveyed/VBN before the verb)
    assert quotes("q_those_surveyed") == [
        ("indirect", ["the schools need more money"], "say", "say", "those surveyed")]


def test_aside_whose_reporting_verb_is_tagged_as_a_noun():
    # "That attitude, many argue, could carry …" (argue/NN)
    assert quotes("q_mistagged_aside") == [
        ("indirect", ["That attitude", "could carry legal risks for the company"], "argue", "argue", "many")]


def test_aside_of_a_fear_is_no_report():
    # "The plan, many fear, could fail." ("fear" is no reporting verb)
    assert quotes("q_neg_aside_noun_list") == []


def test_participle_tagged_past_tense_after_a_year_phrase():
    # "A campaign ad in 2008 questioned whether …" (questioned/VBN after "in 2008")
    assert quotes("q_vbn_after_year") == [
        ("indirect", ["whether the senator was ready to lead"], "questioned", "question", "A campaign ad in 2008")]


def test_participle_without_comma_before_an_embedded_question():
    # "gave a speech on Friday questioning why …"
    assert quotes("q_bare_participle_wh") == [
        ("indirect", ["why the state had not been warned"], "questioning", "question", "The governor")]


def test_naming_quotation_whose_closing_mark_the_tokenizer_moved_to_the_next_sentence():
    # 'called the festival “a celebration of … its people.' + '” Thousands attended.'
    assert quotes("q_evaluative_split_quote") == [
        ("mixed", ["the festival “a celebration of the whole city and its people.”"], "called", "call", "The mayor")]


def test_reduced_relative_with_a_date_between_the_speaker_and_the_cue():
    # "A court document released Thursday says that …"
    assert quotes("q_reduced_relative_date") == [
        ("indirect", ["the charges will be dropped"], "says", "say", "A court document")]


def test_the_people_a_poll_asked_are_the_speaker():
    # "Some 56 percent of voters polled said …" (the kit lemmatizes "polled" as "polle")
    assert quotes("q_polled_subject") == [
        ("indirect", ["they would stay home"], "said", "say", "Some 56 percent of voters polled")]


def test_short_aside_between_the_cue_and_that():
    # "said, among other things, that …"
    assert quotes("q_said_aside_that") == [
        ("indirect", ["the new airport would open in May"], "said", "say", "The minister")]


def test_clause_after_a_short_aside_without_that():
    # a condition is part of what is said; an occasion ("in an interview") is the journalist's
    assert quotes("q_said_aside_clause") == [
        ("indirect", ["if elected, he would cut taxes"], "said", "say", "Rubio"),
        ("indirect", ["win or lose, she is staying in the race"], "says", "say", "The mayor"),
        ("indirect", ["the plan was dead"], "said", "say", "She"),
    ]


def test_second_report_after_an_aside_is_no_content_of_the_first():
    # "…, KING-TV reported, while in Chicago …, the Sun-Times reported": two sources, each with
    # its own part; '“…,” he said, when asked …, adding that …': the participle reports
    assert quotes("q_neg_said_aside_second_report") == [
        ("indirect", ["The parade in Seattle began with roses"], "reported", "report", "KING-TV"),
        ("indirect", ["in Chicago the march began with a moment of silence"], "reported", "report", "the Sun-Times"),
        ("direct", ["We will win,"], "said", "say", "he"),
        ("indirect", ["turnout mattered"], "adding", "add", "he"),
    ]


def test_aside_with_a_clause_of_its_own_and_no_that_reports_nothing():
    # "said, as he left the hall, nothing at all."
    assert quotes("q_neg_said_aside_clause") == []


def test_reports_the_kits_tag_slips_would_hide():
    # "Local activists have/VERB long called for his resignation" (the auxiliary tagged a verb,
    # set by hand in the fixture), "The mayor called Wednesday for the police chief to resign" (a
    # time between the verb and its particle; a person with the infinitive demanded), "The clerk
    # said the office never shut/VB its doors", "The union said the governor stood/NN by his
    # offer", and a second participle of the speaker ("…, stating it would help farmers and
    # urging colleagues to pass it": the senator urges, not "it")
    assert quotes("q_kit_tag_slips") == [
        ("indirect", ["his resignation"], "called for", "call", "Local activists"),
        ("indirect", ["the police chief to resign"], "called Wednesday for", "call", "The mayor"),
        ("indirect", ["the office never shut its doors"], "said", "say", "The clerk"),
        ("indirect", ["the governor stood by his offer"], "said", "say", "The union"),
        ("indirect", ["the bill"], "praised", "praise", "The senator"),
        ("indirect", ["it would help farmers"], "stating", "state", "The senator"),
        ("indirect", ["colleagues to pass it"], "urging", "urge", "The senator")]


def test_no_report_of_a_person_pushed_for_a_duration_or_a_plain_have():
    # "The donors pushed hard for Smith." (whom, not what), "He called Monday for an hour." (a
    # duration), "The pair have long worked together." (no cue); "…, and aides were urging
    # colleagues …" has its own subject
    assert quotes("q_neg_kit_tag_slips") == [
        ("indirect", ["the bill"], "praised", "praise", "The senator"),
        ("indirect", ["colleagues to pass it"], "urging", "urge", "aides")]


def test_participle_after_an_adverb_or_subordinator():
    # "…, eventually saying …", "After initially saying …": adverbs between do not make a bare
    # participle; set off between the subject and its verb, the participle reports up to the
    # comma before that verb ("The senator, after saying …, bought ads")
    assert quotes("q_participle_after_adverb") == [
        ("indirect", ["he would not advertise on television"], "saying", "say", "The senator"),
        ("indirect", ["he would not run"], "saying", "say", "the governor"),
        ("indirect", ["he would be a disaster"], "saying", "say", "Cruz"),
    ]


def test_interrupting_participle_that_names_a_place_or_person_reports_nothing():
    # "The columnist, writing in The New York Times, noticed …", "Biden, echoing Erdogan, called on …"
    assert quotes("q_neg_participle_interruption") == [
        ("indirect", ["Kurds to stay east of the river"], "called on", "call", "Biden")]


def test_a_gerund_after_for_reports_what_follows_that():
    # "She was criticized for saying that the plan would fail" reports; "apologized for saying
    # so" and "known for telling jokes" do not
    assert quotes("q_for_saying_that") == [("indirect", ["the plan would fail"], "saying", "say", "She")]


def test_a_past_participle_tag_after_a_copulas_past_is_a_second_past_tense():
    # "… that Machado was “disgusting” and encouraged/VBN Americans to “check out” …": coordinated
    # with the speaker's clause, not "was arrested and charged/VBN with assault" (a passive)
    assert quotes("q_coordinated_after_copula_past") == [
        ("mixed", ["Machado was “disgusting”"], "tweeted", "tweet", "Trump"),
        ("mixed", ["Americans to “check out” her sex tape"], "encouraged", "encourage", "Trump")]


def test_a_nominative_pronoun_after_say_opens_a_clause_whatever_the_tag_of_its_verb():
    # "He said he and Trump differ/NN on Israel": no object of "say" is nominative; "said it to
    # his face" has an object and reports nothing
    assert quotes("q_nominative_pronoun_opens_clause") == [
        ("indirect", ["he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising "
                      "over a choice for the Supreme Court"], "said", "say", "He")]


def test_the_subjects_phrases_may_stand_before_a_verb_tagged_a_participle():
    # "said about half of the adjustment in its deficit projections reflected/VBN revenue losses":
    # an approximation and the subject's phrases stand before its verb (a phrase that may open a
    # clause does not: "denied the claims as the talks stalled", q_as_noun_with_relative)
    assert quotes("q_subject_phrases_before_participle_verb") == [
        ("indirect", ["about half of the higher adjustment in its deficit projections reflected revenue losses "
                      "from the compromise tax cuts"], "said", "say", "The budget office")]


def test_that_before_a_gerund_subject_opens_the_clause():
    # "showed that being an instrument of change … are also important qualities": the gerund's
    # auxiliary is no tensed verb after a subject "that" (as in "said that was not her view")
    assert quotes("q_that_before_gerund_subject") == [
        ("indirect", ["being an instrument of change and electability in November are also important qualities"],
         "showed", "show", "A poll conducted by voters in Saturday’s primary"),
        ("indirect", ["that was not her view"], "said", "say", "Ivana Trump's brief")]


def test_a_gerund_subject_with_a_phrase_then_a_verb_read_as_a_noun_is_a_clause():
    # "said having Trump at the top of the GOP ticket puts/NNS even such senior Republicans …":
    # the gerund's object has a phrase of its own, then the clause's verb; "said grace at the
    # start of the dinner" says a prayer
    assert quotes("q_gerund_object_phrase_then_noun_verb") == [
        ("indirect", ["having Trump at the top of the GOP ticket puts even such senior Republicans as McCain at "
                      "risk of losing their seats"], "said", "say", "Tester")]
