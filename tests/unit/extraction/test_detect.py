"""Quote detection (quotes.detect.find_quotes) on CoNLL-U fixtures: one construction per test."""
from __future__ import annotations

from fixtures import load
from quotes.extraction.attribute import attribute_quotes
from quotes.extraction.detect import find_quotes


def quotes(name: str):
    """(type, pieces as text, cue text, cue lemma, mention text) for every quote of a fixture."""
    doc = load(name)
    out = []
    for q in find_quotes(doc):
        assert q.pieces and all(a < b for a, b in q.pieces)
        assert q.start == q.pieces[0][0] and q.end == q.pieces[-1][1]
        if q.cue is not None:
            assert doc.text[q.cue.start:q.cue.end] == q.cue.text
        if q.mention is not None:
            assert doc.text[q.mention.start:q.mention.end] == q.mention.text
        out.append((q.type, [doc.text[a:b] for a, b in q.pieces], q.cue and q.cue.text, q.cue and q.cue.lemma,
                    q.mention and q.mention.text))
    return out


# --- direct ------------------------------------------------------------------------------

def test_direct_with_post_cue():
    assert quotes("q_direct_post") == [("direct", ["We have run out of clean water,"], "said", "say", "she")]


def test_direct_with_inverted_cue():
    assert quotes("q_direct_inverted") == [
        ("direct", ["The port will reopen on Monday,"], "said", "say", "the spokesman")]


def test_direct_after_colon_intro():
    assert quotes("q_direct_colon") == [
        ("direct", ["We will rebuild every school that was damaged."], "added", "add", "The mayor")]


def test_interrupted_quote_is_one_quote_of_two_pieces():
    doc = load("q_direct_interrupted")
    [q] = find_quotes(doc)
    assert q.type == "direct"
    assert [doc.text[a:b] for a, b in q.pieces] == [
        "The bridge is no longer safe,", "It will stay closed until the engineers finish their work."]
    assert (q.cue.text, q.mention.text) == ("said", "a police official")
    assert doc.text[q.start:q.end].startswith("The bridge") and doc.text[q.start:q.end].endswith("work.")


def test_continuation_in_same_paragraph_carries_the_speaker():
    doc = load("q_direct_carried")
    found = find_quotes(doc)
    first, second = found
    assert doc.text[first.start:first.end] == "Prices have doubled since the spring,"
    assert (first.cue.text, first.mention.text, first.evidence) == ("said", "Elena Novak", "subject")
    assert doc.text[second.start:second.end] == "Many families can no longer afford fresh bread."
    assert second.type == "direct" and second.cue is None
    # Detection says which quote it continues; attribution gives it that quote's speaker.
    assert second.continues is first and second.evidence == "carried" and second.mention is None
    attribute_quotes(doc, found)
    assert second.mention.text == "Elena Novak" and second.evidence == "carried"


def test_continuation_in_next_paragraph_carries_the_speaker():
    doc = load("q_direct_next_paragraph")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    first, second = found
    assert doc.text[second.start:second.end] == "Many families can no longer afford fresh bread."
    assert second.cue is None and second.mention.text == "Elena Novak" and second.evidence == "carried"


def test_short_continuation_on_the_next_line():
    doc = load("q_direct_next_line_short")
    found = find_quotes(doc)
    first, second = found
    assert doc.text[second.start:second.end] == "Nobody can afford bread."
    assert second.continues is first
    attribute_quotes(doc, found)
    assert second.mention.text == "Elena Novak" and second.evidence == "carried"


def test_short_continuation_after_a_blank_line():
    doc = load("q_direct_next_paragraph_short")
    found = find_quotes(doc)
    assert [doc.text[q.start:q.end] for q in found] == ["Prices have doubled since the spring,",
                                                         "Nobody can afford bread."]
    attribute_quotes(doc, found)
    assert found[1].mention.text == "Elena Novak" and found[1].evidence == "carried"


def test_quoted_cue_inside_quotation_is_content():
    assert quotes("q_cue_inside_quote") == [
        ("direct", ["They told us the water was safe,"], "said", "say", "the farmer")]


# --- indirect -----------------------------------------------------------------------------

def test_reported_with_that():
    assert quotes("q_reported_that") == [
        ("indirect", ["the vaccination campaign would start in May"], "said", "say", "The health minister")]


def test_reported_without_that():
    assert quotes("q_reported_no_that") == [
        ("indirect", ["the roads would be cleared by Sunday"], "said", "say", "The governor")]


def test_participial_cue_saying_that():
    # "The union announced a strike on Monday, saying that …": the strike is a noun-phrase content
    assert quotes("q_participle_saying") == [
        ("indirect", ["a strike"], "announced", "announce", "The union"),
        ("indirect", ["wages had not risen in four years"], "saying", "say", "The union")]


def test_with_phrase_of_a_figure_speaks_through_its_participle():
    # "with three in 10 saying …": the figure is the speaker; a figure before a participle outside
    # a "with" phrase is none ("The tally reached 10 saying …")
    assert quotes("q_with_figure_saying") == [
        ("indirect", ["the choice"], "shrugged off", "shrug", "Most voters"),
        ("indirect", ["a running mate would have no effect on their vote"], "saying", "say", "three in 10")]


def test_participial_cue_warning_that():
    assert quotes("q_participle_warning") == [
        ("indirect", ["inflation could remain high"], "warning", "warn", "The central bank")]


def test_inverted_reported_speech():
    assert quotes("q_reported_inverted") == [
        ("indirect", ["The new rules will take effect in January"], "said", "say", "the ministry")]


def test_parenthetical_cue():
    doc = load("q_parenthetical")
    [q] = find_quotes(doc)
    assert q.type == "indirect" and q.cue.text == "said" and q.mention.text == "officials"
    assert " ".join(doc.text[a:b] for a, b in q.pieces) == "The talks will resume next week"


def test_according_to_at_start():
    assert quotes("q_according_start") == [
        ("indirect", ["the economy will shrink by two percent this year"], "According to", "according to",
         "the World Bank")]


def test_according_to_at_end():
    assert quotes("q_according_end") == [
        ("indirect", ["The economy will shrink by two percent this year"], "according to", "according to",
         "the World Bank")]


def test_report_inside_a_relative_clause_whose_pronoun_is_the_content_subject():
    # "which officials/VBZ said will go …" (the kit's tag slip on the plural noun), "that Carson
    # says led/VBN him …"; the relative clause ends where the main clause's verb comes back; "that
    # aides said nothing about" reports nothing
    assert quotes("q_relative_report") == [
        ("indirect", ["will go into effect next month"], "said", "say", "officials"),
        ("indirect", ["led him to faith"], "says", "say", "Carson"),
        ("indirect", ["was unfair"], "said", "say", "critics")]


def test_coordinated_speakers_are_one_subject():
    # "Trump and his attorneys argued", "…, he and Mr. Allen said" (the report after the clause it
    # follows); "She left the room and Mr. Allen said …": "the room" is an object, not a speaker
    assert quotes("q_coordinated_subjects") == [
        ("indirect", ["the claims were false"], "argued", "argue", "Trump and his attorneys"),
        ("indirect", ["The plan is not only about money"], "said", "say", "he and Mr. Allen"),
        ("indirect", ["the vote was over"], "said", "say", "Mr. Allen")]


def test_catenative_adjectives_carry_the_reporting_verb():
    # "was quick to point out", "are slightly more likely to say" (a poll's finding) report; "is
    # likely to say" predicts and "free to argue" is no catenative adjective
    assert quotes("q_catenative_adjectives") == [
        ("indirect", ["not all supporters shared such views"], "point out", "point", "Sexton"),
        ("indirect", ["the economy is improving"], "say", "say", "Older voters")]


def test_aside_right_after_the_verb_leaves_its_complement_after_it():
    # "It was, he said, one of …": the clause stops at its verb, so the words after the aside
    # complete it; after a whole clause, "and the count went on" is the journalist's
    assert quotes("q_aside_after_the_verb") == [
        ("indirect", ["It was", "one of the worst days of his career"], "said", "say", "he"),
        ("indirect", ["The vote was close"], "said", "say", "she")]


def test_according_to_in_mid_sentence_keeps_the_clause_on_both_sides():
    # the clause goes on after the aside when the words before it have no verb or leave their verb
    # without its object; an apposition on the source ("a body that monitors elections") is not
    # content, and after "because" only the clause after the aside is the source's
    assert quotes("q_according_mid_sentence") == [
        ("indirect", ["In addition", "nearly two million more households will get the subsidy"],
         "according to", "according to", "the ministry"),
        ("indirect", ["At the heart of the dispute", "was a decision to delay the vote"],
         "according to", "according to", "Maria Lopez"),
        ("indirect", ["The company receives", "$40 million in state contracts"], "according to", "according to",
         "one audit"),
        ("indirect", ["Turnout fell sharply in the north"], "according to", "according to", "the commission"),
        ("indirect", ["the ballots had not arrived"], "according to", "according to", "the mayor")]


def test_participle_behind_a_subordinator_after_the_cue_is_a_cue_of_its_own():
    # '“…,” the mayor said, while arguing the city should …': the participle reports for itself
    # (its arc set by hand to the quotation's verb, as the kit parsed such a sentence of PolNeAR
    # train), not a second piece of the quotation's content
    assert quotes("q_subordinate_participle_after_quote") == [
        ("direct", ["We will not back down,"], "said", "say", "the mayor"),
        ("indirect", ["the city should hire more inspectors"], "arguing", "argue", "the mayor")]


def test_apposition_of_names_and_ages_after_an_inverted_cue_is_not_content():
    # '…,” said Ana Ruiz, 24, from Dayton, who …', '…,” said Rep. Dan Cole, a Michigan Democrat
    # who …' (names and a number, no common noun): the speaker's description, not a second piece
    # of what was said; the apposition's name ends before "on Monday"
    assert quotes("q_name_apposition_after_inverted_cue") == [
        ("direct", ["We are not done yet,"], "said", "say", "Ana Ruiz"),
        ("direct", ["Nobody expected this,"], "said", "say", "Rep. Dan Cole"),
        ("direct", ["It was a long night,"], "said", "say", "James Comey")]


def test_relative_clause_on_an_inverted_speakers_apposition_is_not_content():
    # '“…” with the ruling, said Ann Roe, chair of the Tenants Union, a group that has fought …':
    # a relative "that" after a noun ends the speaker's description as "who" does, so its verb
    # does not make the description a second piece of what was said; "The council, said Jo Lee,
    # a lawyer that/who …, will appeal": the description closes at its comma and the clause goes on
    assert quotes("q_mixed_apposition_that_relative") == [
        ("mixed", ["“We are very pleased” with the ruling"], "said", "say", "Ann Roe"),
        ("indirect", ["The council", "will appeal"], "said", "say", "Jo Lee"),
        ("indirect", ["The vote", "was fair"], "said", "say", "Ben Hart")]


def test_who_after_an_age_and_a_place_is_the_person():
    # "Ana Ruiz, 24, from Dayton, who said …": the person speaks, not Dayton (which the kit does
    # not tag as a place here); "Jo Roe, 62, who said …" (not the age); "A lawyer from Lyon, who
    # said …" keeps the whole description
    assert quotes("q_who_after_age_and_place") == [
        ("direct", ["We are not done yet,"], "said", "say", "Ana Ruiz"),
        ("indirect", ["the council should vote again"], "said", "say", "Ana Ruiz"),
        ("indirect", ["she had lived there for decades"], "said", "say", "Jo Roe"),
        ("indirect", ["the law was unclear"], "said", "say", "A lawyer from Lyon"),
        ("indirect", ["to comment"], "declined", "decline", "A lawyer from Lyon")]


def test_question_put_by_the_agent_of_asked_by():
    # "When asked by a reporter whether …, the mayor said …": the reporter's question, then the
    # mayor's answer; "was asked by host John Dickerson whether …"; "asked by many readers for
    # years" opens no question
    assert quotes("q_asked_by") == [
        ("indirect", ["whether the plan differed from the last one"], "asked by", "ask", "a reporter"),
        ("indirect", ["it did not"], "said", "say", "the mayor"),
        ("indirect", ["whether his aim was similar to Kennedy’s"], "asked by", "ask", "host John Dickerson")]


def test_a_finding_subject_the_kit_tags_as_a_verb_still_speaks():
    # "The latest Reuters poll/VBP showed …", "Exit polling/VBG showed that …": the finding noun
    # before the verb ends the subject whatever its tag; "The report published/VBD Tuesday
    # showed that …": a reduced relative with its date, as with a VBN; voters who found something
    # have an experience, no finding
    assert quotes("q_finding_subject_slips") == [
        ("indirect", ["Trump leading the field with 31 percent"], "showed", "show", "The latest Reuters poll"),
        ("indirect", ["Clinton won every group"], "showed", "show", "Exit polling"),
        ("indirect", ["most meetings were with donors"], "showed", "show", "The report")]


def test_a_gerund_after_a_gerund_taking_speech_verb_is_what_was_said():
    # "reported spending …", "has proposed building …", "denied not paying …"
    # (gerund_report_verbs.txt); a gerund that does not follow the verb ("reported for
    # rehearsal, singing loudly") reports nothing
    assert quotes("q_gerund_report") == [
        ("indirect", ["spending $1.1 million on ads last month"], "reported", "report", "The club"),
        ("indirect", ["building a second bridge"], "proposed", "propose", "The mayor"),
        ("indirect", ["not paying the fee"], "denied", "deny", "She")]


def test_a_gerund_after_a_phrasal_speech_verb_is_its_object():
    # "has talked about embedding troops …", "speaks of breaking the glass ceiling" (as "called
    # for ending the embargo" already was); "went about fixing the roof" is no speech verb
    assert quotes("q_gerund_after_particle") == [
        ("indirect", ["embedding troops with Iraqi soldiers"], "talked about", "talk", "Senator Rubio"),
        ("indirect", ["breaking the glass ceiling"], "speaks of", "speak", "He"),
        ("indirect", ["ending the embargo"], "called for", "call", "The union")]


def test_a_list_of_noun_phrases_after_the_object_is_all_content():
    # "has not commented on the focus, scope or targets of the inquiry": the list runs to the
    # clause's end and closes with "or"; a relative clause after the comma is no list (it stays
    # as the object's content already kept it)
    assert quotes("q_object_noun_list") == [
        ("indirect", ["the focus, scope or targets of the inquiry"], "commented on", "comment", "The agency"),
        ("indirect", ["the plan, which surprised the council"], "announced", "announce", "The mayor")]


def test_a_cue_with_its_own_object_has_no_content_before_its_speaker():
    # "Adopting the findings of a judge …, the commission on Friday rejected both appeals": the
    # object after the verb is what was rejected, not the clause before the speaker; "Several
    # leading candidates, including Jane Roe and Ann Lee, criticized the trade": no speaker
    # after the verb, so no inverted subject ("the trade" does not speak), and names after
    # "including" are examples, not the speaker's name; "said in her 2012 book", "reported late
    # Thursday" are no objects
    assert quotes("q_post_cue_with_its_own_object") == [
        ("indirect", ["both appeals"], "rejected", "reject", "the commission"),
        ("indirect", ["the trade"], "criticized", "criticize", "Several leading candidates"),
        ("indirect", ["The vote was fair"], "said", "say", "she"),
        ("indirect", ["The talks had failed"], "reported", "report", "the Times")]


def test_a_passive_subject_is_what_its_agent_reported_or_backed():
    # "O'Malley's move was first reported by MSNBC", "The plan was sharply criticized by several
    # economists", "Cruz was also endorsed by his former rival": the agent speaks and the passive
    # subject is the content (adverbs may stand after "was"); "was told by aides" names the
    # addressee, "was passed by the Senate" no reporting verb, "was never mentioned" nothing
    # said; "He's also said": "'s" is "has" before a participle, no passive
    assert quotes("q_passive_subject_content") == [
        ("indirect", ["O'Malley's move"], "reported", "report", "MSNBC"),
        ("indirect", ["The plan"], "criticized", "criticize", "several economists"),
        ("indirect", ["Cruz"], "endorsed", "endorse", "his former rival"),
        ("indirect", ["he will run again"], "said", "say", "He")]


def test_a_mistagged_present_after_a_modified_subject_reports():
    # "The Republic of Turkey denies/NNS that …" (an "-ies" present), "Polling of union voters
    # shows/NNS that …" (a gerund subject with its modifier, singular): before "that" the
    # subject's head agrees with the verb; "The number of claims that he won" is a noun phrase
    # ("of" leads to "claims" itself)
    assert quotes("q_mistagged_present_with_modifier") == [
        ("indirect", ["the killings were a crime"], "denies", "deny", "The Republic of Turkey"),
        ("indirect", ["the mayor remains popular"], "shows", "show", "Polling of union voters")]


def test_a_mistagged_present_ending_the_sentence_reports_what_came_before():
    # "…, Portuguese newspaper Correio da Manha reports/NNS." (the kit's tag); "He read the
    # letters, the notes, union reports/NNS.": the last noun phrase of a list, no report
    assert quotes("q_mistagged_post") == [
        ("indirect", ["Silva was a civil engineer with a firm based in Johannesburg"], "reports", "report",
         "Portuguese newspaper Correio da Manha")]
    assert quotes("q_neg_mistagged_post_list") == []


def test_a_poll_in_an_opening_phrase_is_the_source():
    # "In the latest Marist poll, conducted in May, …": the poll is the source of the clause after
    # the phrase (the participle's aside skipped); a report of its own in that clause ("voters
    # said") is the quote; "In the polls she has never trailed" (no comma) and "In the article, …"
    # attribute nothing
    assert quotes("q_in_a_poll") == [
        ("indirect", ["the mayor led her rival 47 percent to 39 percent"], "In", "in", "the latest Marist poll"),
        ("indirect", ["the economy was their top concern"], "said", "say", "voters")]


def test_a_poll_with_a_degree_adverb_or_a_slipped_verb_tag_is_the_source():
    # "In the most recent YouGov/Economist survey, 71 percent … approved/VBN of Obama" (an adverb
    # of the poll's adjective), "… poll released Monday, 50 percent of respondents chose/VB
    # Clinton" (the kit's base form for a past tense after its subject); without a comma ("In the
    # very early polls she trailed badly"), with no verb after it, or in an article, no source
    assert quotes("q_in_a_recent_poll") == [
        ("indirect", ["71 percent of Sanders supporters approved of Obama"], "In", "in",
         "the most recent YouGov/Economist survey"),
        ("indirect", ["50 percent of respondents chose Clinton"], "In", "in",
         "an NBC News/Wall Street Journal poll released Monday")]
    assert quotes("q_neg_in_a_recent_poll") == []


def test_a_participles_clause_may_quote_from_its_verb_on():
    # "issued a statement saying Trump’s comments “are based on his opinion …,”": the quotation
    # opens at the clause's verb, after its subject; "a video saying the “real” story of the
    # campaign" has no verb after the quoted word, and no clause is said
    assert quotes("q_participle_clause_quoted_verb") == [
        ("mixed", ["Trump’s comments “are based on his opinion, not actual facts,”"], "saying", "say", "The town")]


def test_a_bare_participle_describing_its_object_as_quoted_words_reports_them():
    # "issued a statement describing their meeting as a “very positive step …”": what the
    # statement calls it; "a video describing the rally in Ohio" says no more than its topic
    assert quotes("q_bare_participle_described_as") == [
        ("mixed", ["their meeting as a “very positive step toward unification.”"], "describing", "describe", "Trump")]


def test_a_subject_past_asides_a_fronted_phrase_and_a_lone_most():
    # "Jones, meanwhile, who sits at zero such endorsements, said …" (an adverb in its own commas
    # before the apposition); "In all, hackers compromised/VBN … , the congressional report said"
    # (the clause's subject after an opening phrase, its past tense tagged a participle); "most/RBS
    # said they were very worried" (the kit's adverb for the pronoun), while in "Republicans most
    # often said" the adverb is skipped as before
    assert quotes("q_subject_asides_and_openers") == [
        ("indirect", ["the fact speaks volumes about the race"], "said", "say", "Jones"),
        ("indirect", ["In all, hackers compromised 12 FDIC workstations and 10 servers"], "said", "say",
         "the congressional report"),
        ("indirect", ["they were very worried"], "said", "say", "most"),
        ("indirect", ["the plan would fail"], "said", "say", "Republicans")]


def test_a_messages_participle_before_a_quotation_is_its_senders():
    # 'she sent an email saying, “done.”': the sender, the clause's subject, says it (not "an
    # email"); 'footage of John Doe asking, “…”': the one shown asks
    assert quotes("q_message_participle_quotation") == [
        ("direct", ["done."], "saying", "say", "she"),
        ("direct", ["Why aren’t we ahead?"], "asking", "ask", "John Doe")]


def test_a_polls_share_before_who_said_speaks():
    # "compared with four in 10 who said they preferred …": the share is the relative's antecedent
    assert quotes("q_poll_share_who_said") == [
        ("indirect", ["they wanted an outsider"], "said", "say", "half"),
        ("indirect", ["they preferred someone with political experience"], "said", "say", "four in 10")]


def test_a_label_of_unnamed_experts_reports_the_statement():
    # "Historians: Clinton and Obama are linked no matter what." (historians, like analysts,
    # are unnamed sources: anonymous_sources.txt)
    assert quotes("q_labelled_group") == [
        ("indirect", ["Clinton and Obama are linked no matter what"], ":", "say", "Historians")]


def test_a_quoted_clause_right_after_a_participle_on_a_noun_is_its_nouns():
    # "the share of Republicans saying “it is more important to protect gun rights” increased":
    # the quotation is said, up to its closing mark; "The sign saying “No Entry”" quotes no clause
    assert quotes("q_participle_quoted_clause") == [
        ("direct", ["it is more important to protect gun rights"], "saying", "say", "Republicans")]


def test_told_outlet_that():
    assert quotes("q_told_that") == [
        ("indirect", ["the troops would leave the area by Friday"], "told", "tell", "The commander")]


def test_told_outlet_without_that():
    assert quotes("q_told_no_that") == [
        ("indirect", ["the troops would leave the area by Friday"], "told", "tell", "The commander")]


def test_reporting_noun_with_content():
    assert quotes("q_noun_warning") == [
        ("indirect", ["heavy seas were expected overnight"], "warning", "warning", "The coast guard")]


def test_reporting_noun_with_a_possessor():
    # "his warning that …" (the tagger's warning/VBG), "the unions' demand that …", "the
    # suggestion by the mayor that …", "her recent evidence-free assertion that …" report; the
    # relative "the message that every candidate should have", the writer's own "my warning",
    # background ("Amid his warning that …") and beliefs ("his belief that …") do not
    assert quotes("q_noun_possessor") == [
        ("indirect", ["the dam would fail within a decade"], "warning", "warning", "his"),
        ("indirect", ["wages should rise by ten percent"], "demand", "demand", "the unions'"),
        ("indirect", ["taxes would fall"], "suggestion", "suggestion", "the mayor"),
        ("indirect", ["the audit cleared her"], "assertion", "assertion", "her")]


def test_clause_only_verbs_report_no_object():
    # "maintained they were not marked …" and "maintained that …" report; "Though Clinton maintained
    # a large lead over Sanders, a narrow victory … would raise questions" is no report
    # (clause_only_verbs.txt)
    assert quotes("q_clause_only_verbs") == [
        ("indirect", ["they were not marked classified at the time"], "maintained", "maintain", "The campaign"),
        ("indirect", ["the budget was balanced"], "maintained", "maintain", "The mayor")]


def test_weak_directives_report_only_with_their_infinitive():
    # "advised residents to stay indoors", "encouraged voters to check …" report a demand; "is
    # advising Pfizer as it works on a merger" (a service) and "directed funding to hospitals" (an
    # act) report nothing (infinitive_directives.txt)
    assert quotes("q_infinitive_directives") == [
        ("indirect", ["residents to stay indoors until the smoke cleared"], "advised", "advise", "Officials"),
        ("indirect", ["voters to check their registration before Friday"], "encouraged", "encourage", "The mayor")]


def test_directive():
    assert quotes("q_directive") == [
        ("indirect", ["residents to stay indoors during the storm"], "urged", "urge", "The president")]


def test_reported_speech_after_that_and_adverb():
    assert quotes("q_attr_army")[1] == (
        "indirect", ["two more engineering units had been sent"], "said", "say", "The Italian army")


# --- mixed --------------------------------------------------------------------------------

def test_mixed_is_reported_once_not_also_as_a_direct_fragment():
    doc = load("q_mixed")
    found = find_quotes(doc)
    # "The senator criticised the proposal on Tuesday.": a noun-phrase content (its date left out)
    assert [(q.type, doc.text[q.start:q.end]) for q in found] == [
        ("indirect", "the proposal"),
        ("mixed", "the plan was “dead on arrival” and would never pass the chamber")]
    assert (found[1].cue.text, found[1].mention.text) == ("said", "He")


# --- negatives ----------------------------------------------------------------------------

def test_headline_scare_quote_is_no_quote():
    assert quotes("q_neg_headline") == []


def test_single_word_scare_quote_is_no_quote():
    assert quotes("q_neg_scare") == []


def test_caption_and_page_debris_are_no_quotes():
    assert quotes("q_neg_debris") == []


def test_title_of_a_work_is_no_quote():
    assert quotes("q_neg_title") == []


def test_attribution_after_a_clause_comes_before_the_cues_inside_it():
    # "…, sources said": the sources report the whole clause, whose own cue ("called for") made
    # the old quote of the protocol (with ", sources said" in its content); "as we reported" is the
    # outlet's aside and leaves the company its statement
    assert quotes("q_outer_attribution_first") == [
        ("indirect", ["Secret Service protocol called for the nominee to be taken to a trauma center"],
         "said", "say", "sources"),
        ("indirect", ["the data had been stolen in 2014, as we reported"], "said", "say", "The company")]


def test_quotation_after_a_nested_cue_and_colon_is_the_nested_speakers():
    # 'The newspaper reported that the president told close aides …: “…”': the president's words,
    # introduced by his own cue (the outer cue reports only that he spoke); without a nested cue
    # ("He said the plan was simple: “…”") the quotation stays in the speaker's mixed quote
    assert quotes("q_nested_cue_before_colon") == [
        ("direct", ["The government is going to fall."], "told", "tell", "the president"),
        ("direct", ["We will see."], "responded", "respond", "he"),
        ("mixed", ["the plan was simple: “We build, and we win.”"], "said", "say", "He")]


def test_unclosed_quotation_ends_before_its_own_attribution():
    # the scrape lost the closing mark: '“We have to …, energy minister Ana Ruiz said on
    # Wednesday.' is her quote with its cue, not quoted words of the speaker before; in '“We will
    # rebuild the bridge, and we said so …' the words after the comma are quoted too
    assert quotes("q_unclosed_own_attribution") == [
        ("direct", ["We have to ensure supply for the long run,"], "said", "say", "energy minister Ana Ruiz"),
        ("indirect", ["prices would fall by the spring"], "said", "say", "She"),
        ("direct", ["We will rebuild the bridge, and we said so from the start."], None, None, None)]


def test_words_after_a_cue_that_follows_its_quotation_are_the_journalists():
    # '“…,” she said and quickly hung up', '“…,” Ana Ruiz said after the mayor spoke. “…”': the
    # quotation before the speaker is what was said (one quote of two pieces in the second), not
    # "and quickly hung up" or "after the mayor spoke"; after "told", the addressee and the
    # occasion ("told a crowd in Dayton on Tuesday night, after …") are no content either
    assert quotes("q_adjunct_after_post_cue") == [
        ("direct", ["I am supporting the governor,"], "said", "say", "she"),
        ("direct", ["I am satisfied with his answer,", "My concern is the budget."], "said", "say", "Ana Ruiz"),
        ("direct", ["We are not done,"], "told", "tell", "the mayor")]


def test_titles_of_works_in_a_sentence_are_no_quotes():
    # 'on NBC’s “Meet the Press.”' names a show: the quotation after it carries on the mayor's
    # quote (one quote of two pieces); 'hosts “The Late Hour …”' and 'a memo titled “…”' name a
    # show and a document; the headline's title-case quotation stays a quote (of the label before
    # its colon: test_a_line_of_a_label_a_colon_and_a_statement_reports_the_statement), and so
    # does a chant, with its chanters ("chant" is a cue)
    assert quotes("q_titles_of_works") == [
        ("mixed", ["The Bridge ‘Will Be Finished Before The First Snow.’"], ":", "say", "Mayor Ana Ruiz"),
        ("direct", ["We will finish the bridge by spring,", "Nobody should doubt it."], "said", "say", "the mayor"),
        ("direct", ["Finish The Bridge Now, Mayor Ruiz!"], "chanting", "chant", "the crowd")]


def test_the_last_title_of_a_list_is_no_quote():
    # 'on "The View" and "The Late Show With Stephen Colbert,"': the title after "and" names a show
    # as the one before it does; after a quotation that is no title ("keep going"), "and" leads
    # on to a quotation that stands as a quote of its own
    assert quotes("q_title_last_of_a_list") == [
        ("direct", ["We Will Win This Fight In Every Town."], None, None, None)]


def test_continue_reports_only_a_quotation_or_a_that_clause():
    # the clause before "the senator continued to say" is no content of "continue"; "say" reports;
    # "her momentum" is no content; "continued to insist that" and '“…,” he continued' report
    assert quotes("q_continue_needs_marks") == [
        ("indirect", ["he had done nothing wrong"], "say", "say", "the senator"),
        ("indirect", ["the vote was fair"], "continued", "continue", "She"),
        ("direct", ["We are not done,"], "continued", "continue", "he")]


def test_attributive_said_is_no_cue():
    assert quotes("q_neg_said_document") == []


def test_unbalanced_mark_does_not_stop_later_paragraphs():
    doc = load("q_unbalanced")
    found = find_quotes(doc)
    assert [(q.type, doc.text[q.start:q.end], q.mention.text) for q in found] == [
        ("indirect", "the cost had tripled", "Council members"),
        ("direct", "We will finish it by summer,", "the mayor"),
    ]


def test_short_sentence_quotes_continue_a_colon_quote():
    doc = load("q_short_continuation")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    assert [doc.text[q.start:q.end] for q in found] == ["Yes.", "No.", "Maybe later, when the rains stop."]
    assert [q.evidence for q in found] == ["subject", "carried", "carried"]
    assert {q.mention.text for q in found} == {"Mr. Okafor"}


def test_quotation_marks_around_nothing_are_not_content():
    assert find_quotes(load("q_neg_empty_quotes")) == []


def test_quote_interrupted_by_its_cue_inside_one_sentence_is_one_quote():
    doc = load("q_direct_interrupted_same_sentence")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    direct = [q for q in found if q.type == "direct"]
    assert len(direct) == 1
    assert [doc.text[a:b] for a, b in direct[0].pieces] == ["We are ready to talk,", "but not under pressure."]
    assert direct[0].cue.text == "told" and direct[0].mention.text == "he"


def test_named_apposition_is_the_speaker_of_a_role_description():
    doc = load("q_direct_interrupted_same_sentence")
    reported = find_quotes(doc)[0]
    assert reported.mention.text == "Pedro Alvarez"
    assert reported.mention.apposition == "The rebels' chief negotiator"


def test_passive_cue_speaks_through_its_agent():
    assert quotes("q_passive_agent") == [
        ("mixed", ["as a “last chance” for peace"], "described", "describe", "diplomats")]


def test_according_to_keeps_a_subject_with_a_relative_clause_and_skips_an_apposition():
    found = quotes("q_according_asides")
    assert [(kind, pieces, mention) for kind, pieces, _, _, mention in found] == [
        ("indirect", ["the mayor, who had planned to resign, will stay in office"], "the officials"),
        ("indirect", ["inflation fell to 4 percent"], "the Central Bank"),
    ]


def test_colon_at_the_end_of_a_line_introduces_the_quotation_below():
    assert quotes("q_direct_colon_own_line") == [
        ("direct", ["We will not raise taxes this year, whatever the deficit says."], "told", "tell",
         "The finance minister")]


def test_emoji_between_quotation_and_cue():
    assert quotes("q_direct_emoji_gap") == [
        ("direct", ["We won the final against all odds,"], "said", "say", "coach Maria Silva"),
        ("direct", ["This team never gives up,"], "added", "add", "she"),
    ]


def test_quoted_term_inside_the_journalists_sentence_does_not_continue_a_quote():
    assert quotes("q_neg_quoted_term_after_quote") == [
        ("direct", ["We will win this vote,"], "said", "say", "the senator")]


# --- boundaries of found quotes (#9, round 2) ---------------------------------------------

def test_attribution_standing_alone_after_a_question_joins_the_quotation_after_it():
    # the tokenizer ends the quotation's sentence at "?”"; "Clinton said." stands alone
    assert quotes("q_direct_bare_attribution") == [
        ("direct", ["How many times must we see this?", "It is unbearable."], "said", "say", "Clinton"),
        ("direct", ["Is this fair?", "It is not."], "said", "say", "Rep. Jane Doe"),
    ]


def test_inverted_speaker_with_a_relative_clause_apposition_is_not_content():
    assert quotes("q_direct_apposition_relative") == [
        ("direct", ["The deal was a disaster,"], "said", "say", "Ann Roe")]


def test_scene_setting_before_the_speaker_is_not_part_of_the_quotation():
    assert quotes("q_direct_scene_setting") == [
        ("direct", ["We will rebuild the bridge."], "stated", "state", "the mayor"),
        ("direct", ["The market is closed."], "said", "say", "the announcer"),
    ]


def test_the_journalists_own_clause_after_the_cue_is_not_content():
    assert quotes("q_direct_journalist_goes_on") == [("direct", ["We won the match,"], "said", "say", "Maria")]


def test_phrases_after_the_cue_report_nothing():
    # "said of the election, in which …", "…, a writer, said on Twitter": the comma closes an apposition
    assert quotes("q_direct_said_of") == [
        ("direct", ["It is over,"], "said", "say", "she"),
        ("direct", ["Hate this framing,"], "said", "say", "Ann Roe"),
    ]


def test_addressee_between_cue_and_second_piece():
    assert quotes("q_direct_told_host") == [
        ("direct", ["Now that I am retired,", "I can speak freely."], "told", "tell", "he")]


def test_contrast_with_its_own_subject_ends_the_content():
    assert quotes("q_contrast_ends_content") == [("indirect", ["wages were too low"], "said", "say", "The union")]


def test_reduced_relative_after_a_statement_noun_is_no_cue():
    assert quotes("q_reduced_relative") == [("direct", ["We reject the verdict."], "said", "say", "the leader")]


def test_emoji_after_the_final_stop_keeps_the_quote():
    # regression: "… told reporters. 🕊" was read as a headline and lost its quote
    assert quotes("q_direct_emoji_after_stop") == [
        ("direct", ["We want peace,"], "told", "tell", "Khawaja Asif")]
    assert quotes("q_neg_headline_emoji") == []  # no final stop: a headline, emoji or not


def test_line_ending_in_a_bracketed_sentence_is_no_headline():
    assert quotes("q_direct_bracket_line") == [("direct", ["It was a good deal,"], "said", "say", "John Roe")]


def test_continued_is_a_cue():
    assert quotes("q_direct_continued") == [("direct", ["We must do better,"], "continued", "continue", "she")]


def test_this_after_the_cue_is_a_time_only_before_one():
    # "calls this a false narrative", "said this was a fatal miscalculation": "this" opens the
    # content; "said this week that …" dates the statement
    assert quotes("q_this_opens_content") == [
        ("indirect", ["this a false narrative"], "calls", "call", "The campaign"),
        ("indirect", ["this was a fatal miscalculation"], "said", "say", "Aides"),
        ("indirect", ["he would run"], "said", "say", "He")]


def test_a_naming_participle_after_its_speaker_without_a_comma():
    # "with former Gov. Martin O'Malley calling Trump a fascist": the noun phrase names what its
    # object is called; "The man calling the shots" and "aides calling reporters on Sunday" call
    # nothing anything
    assert quotes("q_bare_naming_participle") == [
        ("indirect", ["Trump a fascist"], "calling", "call", "former Gov. Martin O'Malley")]


def test_quoted_infinitive_and_a_report_after_before():
    # 'pledged to “bring/VBG …”' (the kit's tag after the mark: still the infinitive); "before
    # insisting he would not resign" reports a clause, "before agreeing to extensive tests" an act
    assert quotes("q_quoted_infinitive_and_before") == [
        ("mixed", ["to “bring our political revolution” to the convention"], "pledged", "pledge", "Sanders"),
        ("indirect", ["he would not resign"], "insisting", "insist", "The senator")]


def test_a_self_description_is_what_the_person_calls_themselves():
    # "Sen. Bernie Sanders, I-Vt., a self-described democratic socialist" (past the party label),
    # "He is a self-proclaimed outsider", "self-styled reformer Jane Roe"; "self-made",
    # "self-funded" describe no one's words
    assert quotes("q_self_description") == [
        ("indirect", ["democratic socialist"], "self-described", "describe", "Sen. Bernie Sanders"),
        ("indirect", ["outsider"], "self-proclaimed", "describe", "He"),
        ("indirect", ["reformer"], "self-styled", "describe", "Jane Roe")]


def test_an_embedded_question_after_the_addressee_may_have_only_be_for_verb():
    # "asked the students if they were always so serious" (no main verb but "be"), "asked our
    # followers who their favorite speaker was" (a subject after "who": a question); "asked a
    # nurse who was on duty": "who" and its verb, a relative clause on the addressee
    assert quotes("q_asked_question_copula") == [
        ("indirect", ["if they were always so serious"], "asked", "ask", "Mr. Rubin"),
        ("indirect", ["who their favorite speaker was"], "asked", "ask", "We")]


def test_a_question_asked_in_a_participle_after_its_speaker():
    # "with Maddow asking Clinton pointedly whether …"; "Voters asking questions" ask nothing
    # the text reports
    assert quotes("q_bare_asking_participle") == [
        ("indirect", ["whether she would pick a woman"], "asking", "ask", "Maddow")]


def test_an_attitude_expressed_with_its_that_clause():
    # "expressed hope that", "have raised concerns that", "with officials voicing fears that"
    # (the with-phrase speaks); "amid concerns that" is background; "expressed disappointment
    # at the result" has no clause but a topic (test_an_attitude_expressed_about_a_topic)
    assert quotes("q_expressed_attitude") == [
        ("indirect", ["further talks would bear fruit"], "expressed hope", "express", "Mediators"),
        ("indirect", ["the exchange would collapse"], "raised concerns", "raise", "Some banks"),
        ("indirect", ["a deal could not be reached"], "voicing fears", "voice", "officials"),
        ("indirect", ["the result"], "expressed disappointment at", "express", "She")]


def test_an_attitude_expressed_about_a_topic():
    # "expressed outrage over North Korea's latest gambit", "voiced support for Donald Trump" (a
    # person is a topic too), "raised questions about whether Lewandowski had grabbed her"; a
    # noun-phrase topic ends before its clause's verb ("reporters who raise questions about his
    # statements are racists"); a statement after "in" is no topic, and what a thing raises is
    # no one's statement ("Carson's struggles in debates have raised questions about his readiness")
    assert quotes("q_attitude_topic") == [
        ("indirect", ["the latest nuclear test"], "expressed outrage over", "express", "World leaders"),
        ("indirect", ["Donald Trump"], "voiced support for", "voice", "Marine Le Pen"),
        ("indirect", ["whether the mayor had lied"], "raised questions about", "raise", "The newspaper"),
        ("indirect", ["Reporters who raise questions about his statements are biased"], "said", "say", "he"),
        ("indirect", ["his statements"], "raise questions about", "raise", "Reporters")]


def test_alarm_anger_and_surprise_are_attitudes_expressed_with_a_that_clause():
    # "expressed alarm that …", "voiced anger that …", "expressed surprise that …"
    assert quotes("q_expressed_alarm_and_anger") == [
        ("indirect", ["the deficit would grow"], "expressed alarm", "express", "The senator"),
        ("indirect", ["the plant would close"], "voiced anger", "voice", "Residents"),
        ("indirect", ["the vote had failed"], "expressed surprise", "express", "Aides")]


def test_that_after_an_accusation_and_an_addressee_tagged_as_a_verb_stay_out_of_the_content():
    # "charged that …" (the accusation's "that" opens the clause, as a speech verb's does);
    # "told reporters/VBZ the race was over" (the kit's tag: a person noun is the addressee)
    assert quotes("q_that_after_accusation_and_mistagged_addressee") == [
        ("indirect", ["the agency had ignored warnings"], "charged", "charge", "The senator"),
        ("indirect", ["the company rehire the workers"], "demanded", "demand", "The union"),
        ("indirect", ["the race was over"], "told", "tell", "Corey Lewandowski")]


def test_a_speaker_described_by_a_to_phrase_keeps_it():
    # "Aides to the senator said", "Sources close/VBP to the talks said" (the kit's tag), "The plan,
    # advisers to the governor said, would fail": the subject is the group, not the one after "to"
    assert quotes("q_speaker_with_to_phrase") == [
        ("indirect", ["the bill would pass"], "said", "say", "Aides to the senator"),
        ("indirect", ["a deal was near"], "said", "say", "Sources close to the talks"),
        ("indirect", ["The plan", "would fail"], "said", "say", "advisers to the governor")]


def test_a_report_in_a_relative_clause_on_the_subject_ends_before_the_sentences_verb():
    # "Voters who said the economy was weak backed/VBN Trump", "Officials who said the plan
    # would fail were ignored", "People who say they are undecided will decide the race"
    assert quotes("q_relative_report_on_subject") == [
        ("indirect", ["the economy was weak"], "said", "say", "Voters"),
        ("indirect", ["the plan would fail"], "said", "say", "Officials"),
        ("indirect", ["they are undecided"], "say", "say", "People")]


def test_a_quotation_split_by_its_cue_and_going_on_with_and_is_one_direct_quote():
    # '“We will win,” Smith said, “and the people are with us.”': each part of the frame's content
    # is a quotation (not a mixed quote of the two with their marks cut)
    assert quotes("q_direct_split_and_continuation") == [
        ("direct", ["We will win,", "and the people are with us."], "said", "say", "Smith")]


def test_a_quotation_after_its_subject_is_a_mixed_quote_of_both():
    # 'Kasich says Obama “knows full well …”', 'Clinton "is the only candidate …," the group said':
    # the quoted predicate's subject stands outside the marks (the content lost it and was typed
    # direct); "But “we will not go,” she said" is direct
    assert quotes("q_mixed_subject_before_quotation") == [
        ("mixed", ["Obama “knows full well that the law is clear.”"], "says", "say", "Kasich"),
        ("mixed", ['Clinton "is the only candidate with the experience to keep America safe,"'], "said", "say",
         "the group"),
        ("direct", ["we will not go,"], "said", "say", "she")]


def test_a_quotation_split_by_its_cue_and_but_is_one_direct_quote():
    # '"You know, I love Larry," he said, but "when it comes to energy issues, …"': the second part
    # was lost; '“We won,” Melanie said, and soon the balloons were dropping': the journalist goes on
    assert quotes("q_direct_split_but_continuation") == [
        ("direct", ["You know, I love Larry,",
                    "when it comes to energy issues, Larry has a history of representing fossil fuel industries."],
         "said", "say", "he"),
        ("direct", ["We won,"], "said", "say", "Melanie")]


def test_a_quotation_split_by_its_cue_and_a_phrase_of_the_cue_is_one_direct_quote():
    # '“It is dead,” Smith said of the deal, “and everyone knows it.”': the phrase after the cue
    # is the cue's, and the first part was lost; so with an addressee and a date ("told reporters
    # on Monday")
    assert quotes("q_direct_split_with_cue_phrase") == [
        ("direct", ["It is dead,", "and everyone knows it."], "said", "say", "Smith"),
        ("direct", ["We lost,", "and we know why."], "told", "tell", "Jones")]


def test_according_to_a_source_with_a_relative_clause_reports_both():
    # "…, according to the health ministry, which said most victims were women": the relative
    # clause is the ministry's second statement, not the tail of the first (which was lost)
    assert quotes("q_according_with_relative_source") == [
        ("indirect", ["The death toll rose to 30"], "according to", "according to", "the health ministry"),
        ("indirect", ["most victims were women"], "said", "say", "the health ministry")]


def test_a_mistagged_present_before_a_gerund_it_reports():
    # "The mayor suggests/NNS raising taxes on hotels" (the kit's slip, set by hand in the
    # fixture): a verb of gerund_report_verbs.txt reports the gerund; "His suggestions drew
    # scorn" is a noun
    assert quotes("q_mistagged_present_gerund") == [
        ("indirect", ["raising taxes on hotels"], "suggests", "suggest", "The mayor")]


def test_a_report_in_a_purpose_infinitive_after_the_clauses_object():
    # "stood at a Bush event here to say he was leaning …": the clause's subject speaks; "a
    # chance to say that …" completes the noun, and "too early to say whether …" says nothing
    assert quotes("q_purpose_report") == [
        ("indirect", ["he was leaning toward Mr. Trump"], "say", "say", "Tom Emanuel")]


def test_a_negated_say_with_a_bare_question_word_reports_the_question_left_open():
    # "but Cook did not say when.": the unanswered question is what is reported; "She said when
    # she left" dates a statement that reports nothing
    assert quotes("q_negated_say_wh") == [
        ("indirect", ["Carter stopped the practice"], "said", "say", "Cook"),
        ("indirect", ["when"], "say", "say", "Cook")]


def test_a_label_or_pictograph_before_a_quotation_leaves_it_direct():
    # 'Update: “We want peace,” Khawaja Asif told reporters': the word before the marks is not the
    # quotation's subject (it depends on nothing inside them); a pictograph the kit took for a noun
    # subject is not a word of the content either
    assert quotes("q_label_before_quotation") == [
        ("direct", ["We want peace,"], "told", "tell", "Khawaja Asif"),
        ("direct", ["The talks will resume,"], "said", "say", "the minister")]


def test_a_naming_inside_another_reports_content_keeps_its_quotation():
    # 'Rubio said he has begun to unmask Trump, whom he called a “con artist.”': the quotation is
    # in both contents; the naming was typed indirect and cut before its closing mark
    assert quotes("q_naming_inside_report") == [
        ("mixed", ["he has begun to unmask Trump, whom he called a “con artist.”"], "said", "say", "Rubio"),
        ("mixed", ["a “con artist.”"], "called", "call", "he")]


def test_the_words_after_telling_a_quotation_are_its_addressee():
    # '"…," Trump told a caucus meeting in West Des Moines', '"…," Fiorina told "Fox and
    # Friends."': the addressee (a show's name in marks too) is no second content of "told"; the
    # quotation that goes on after it is ('"…," she told reporters, "and we will govern."')
    assert quotes("q_told_addressee_after_quotation") == [
        ("direct", ["Everything we are doing is wrong,"], "told", "tell", "Trump"),
        ("direct", ["He is a former president,"], "told", "tell", "Fiorina"),
        ("direct", ["We will win,", "and we will govern."], "told", "tell", "she")]


def test_a_quotation_that_goes_on_after_told_its_addressee_and_a_scene_is_one_quote():
    # '“…,” Ruiz told the crowd, holding up the trophy, “but …”': the addressee and the
    # journalist's scene, then the quotation goes on (it was a mixed quote of the addressee, the
    # scene and the quotation); also in the scraped typography ',smiling at his coach,”and …”',
    # where a closing mark glued between a comma and a letter opens the quotation
    assert quotes("q_told_scene_then_quotation") == [
        ("direct", ["I wanted to win this for myself,", "but I know how much you wanted it too."], "told", "tell", "Ruiz"),
        ("direct", ["It was a hard game,", "and I am very tired."], "told", "tell", "Ruiz"),
        ("direct", ["We are not done,"], "told", "tell", "the mayor")]


def test_a_quotation_goes_on_after_the_speakers_apposition():
    # '“The risk,” said Edward Leamer, an economist at the university, “is that …”': the apposition
    # closes at its comma before the quotation's second part (the apposition was read as content,
    # and the quote was mixed)
    assert quotes("q_apposition_then_quotation") == [
        ("direct", ["The risk,", "is that we are going to lose jobs."], "said", "say", "Edward Leamer")]


def test_a_line_of_a_label_a_colon_and_a_statement_reports_the_statement():
    # the headline's way: "Lynch: No outside influence on FBI probe into Clinton emails.", "Poll:
    # Clinton and Trump in dead heat …" (a poll speaks), "Rush Limbaugh: … Trump ‘Reeks of
    # Fear.’" (mixed); "Update:" names no speaker, "Pakistan:" is a place and "The rules are
    # simple:" is a clause; "Kasich: Now or never." titles a section and "Ted Cruz: Conservative or
    # …?" asks about him
    assert quotes("q_labelled_statement") == [
        ("indirect", ["No outside influence on FBI probe into Clinton emails"], ":", "say", "Lynch"),
        ("mixed", ["Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’"], ":", "say", "Rush Limbaugh"),
        ("indirect", ["Clinton and Trump in dead heat heading into first debate"], ":", "say", "Poll")]
    # after the speaker's name, "on", "to" or "at" opens the topic, audience or occasion: "Obama on
    # Climate Change: The Trends Are 'Terrifying.'", "Clinton to Planned Parenthood: …"; "Focus on
    # security:" names no one (a capitalised word the article does not write as a name elsewhere)
    # and "Note to Carson:" is a note
    assert quotes("q_labelled_topic") == [
        ("mixed", ["The Trends Are 'Terrifying.'"], ":", "say", "Obama"),
        ("indirect", ["Trump will reverse Roe v. Wade"], ":", "say", "Clinton")]
    # a date after the label is no statement, even where the label is a name elsewhere
    # ("Correction Appended." tags it a proper noun): "Correction: October 2, 2016, Sunday."
    assert [q for q in quotes("q_neg_labelled_date") if q[2] == ":"] == []
