"""Reporting frames behind the kit's tagger and parser slips (issue #9, frames): cues the lexicons
know whose frame the rules missed. On CoNLL-U fixtures written by the kit (its slips kept: they
are what the rules read), each with its negatives."""
from __future__ import annotations

from fixtures import load
from test_detect import quotes
from speaker_helpers import resolved

from quotes.extraction.marks import find_quoted_spans
from quotes.extraction.words import is_quote_mark, tag_possessive_apostrophes


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


def test_say_whose_object_is_a_clause_the_tagger_broke():
    # "said smugglers dig/NN tunnels", "said rural turnout depends/NNS on …", "say taxing fuel
    # encourages/NNS thrift", "says 2,500 workers living nearby cast/JJ ballots", "said families of
    # workers killed by the fire file/NN claims", "told us smugglers dig/NN tunnels" (the addressee
    # skipped): the "object" runs to the clause's end with a word that can be its verb
    assert quotes("q_broken_say_clause") == [
        ("indirect", ["smugglers dig tunnels under the old border fence"], "said", "say", "Mr. Hale"),
        ("indirect", ["rural turnout depends on the weather"], "said", "say", "Analysts"),
        ("indirect", ["taxing fuel encourages thrift"], "say", "say", "Local economists"),
        ("indirect", ["2,500 workers living nearby cast ballots by mail"], "says", "say", "The union"),
        ("indirect", ["families of workers killed by the fire file claims"], "said", "say", "Officials"),
        ("indirect", ["smugglers dig tunnels under the fence"], "told", "tell", "The governor")]


def test_true_objects_of_say_and_tell_stay_objects():
    # a headline; "said a prayer for …", "told a joke about …", "said nothing about …", "told a
    # crowd of farmers at the rally" (the addressee), "said goodbye to …", "said it to …", "told the
    # truth under oath", a mental state ("He believes smugglers dig/NN tunnels …") and "says a few
    # words/NNS before every game" (speech_object_nouns.txt: "few words" reads like "success depends")
    assert quotes("q_neg_broken_say_clause") == []


def test_subject_before_a_long_apposition_with_commas_marks_or_clauses():
    # the name that opens the sentence speaks, whatever its apposition holds: a quoted title and a
    # relative clause, a second apposition, a long relative clause. Not when a comma in it leads
    # into the main clause's verb ("Mr. Roe, who was elected in May, is a lawyer, said his aide"),
    # nor with a mental state ("…, believes the plan will fail")
    assert quotes("q_long_apposition_subject") == [
        ("indirect", ["his boss was kind"], "said", "say", "Sam Roe"),
        ("indirect", ["she did not condone violence"], "said", "say", "Ms. Lane"),
        ("mixed", ['the program is a "critical part of our strategy."'], "said", "say", "Ann Cole"),
        ("indirect", ["Mr. Roe, who was elected in May, is a lawyer"], "said", "say", "his aide")]


def test_that_clause_after_an_aside_between_dashes_or_a_relative_clause_on_the_place():
    # "said — on television, as it happens — that …", "said on CNN, where she is a paid
    # contributor, that …"; without "that" nothing is reported, and "spoke" reports nothing
    assert quotes("q_aside_before_that") == [
        ("indirect", ["the bill would pass"], "said", "say", "The senator"),
        ("indirect", ["the mayor should resign"], "said", "say", "Jane Roe")]


def test_inverted_speaker_after_a_fronted_clause_or_inside_the_content():
    # "…, it is highly unusual for …, said Matt Roe, a strategist who …": the words between the
    # commas before the cue are a clause, no apposition of a subject on the left; "said Roe and
    # others"; "said Ann Roe, who remains friendly with him, does not forgive": the relative clause
    # on the speaker closes at its comma; "whose company, Data Inc., uses …, said": the relative's
    # own verb after a comma. Not "…, proposed/VBN federal legislation that would …" (a participle
    # before a noun that cannot speak)
    assert quotes("q_inverted_long_subject") == [
        ("indirect", ["In a city of this size, it is highly unusual for a mayor to lose a primary"], "said", "say",
         "Matt Roe"),
        ("indirect", ["The contrast with the mayor", "would be clear"], "said", "say", "Roe and others"),
        ("indirect", ["And the mayor", "does not forgive or forget"], "said", "say", "Ann Roe"),
        ("indirect", ["the mayor was a kind of start-up"], "said", "say", "Mr. Ash")]


def test_inverted_cue_tagged_as_a_participle_before_a_name():
    # "…, noted/VBN NBC’s Jane Roe": a name can speak
    assert quotes("q_inverted_participle_cue") == [
        ("indirect", ["Debates alone are not likely to alter the race"], "noted", "note", "NBC’s Jane Roe"),
        ("indirect", ["The turnout was low"], "reported", "report", "the local paper")]


def test_subject_before_an_aside_between_spaced_hyphens_or_a_participle_with_a_quotation():
    # "Jane Roe - his partner on the radio show - told the paper that …" (spaced hyphens for dashes);
    # "Mr. Ash, citing ''the magic of the brand,'' said …" (the comma inside the closing mark); not
    # with a mental state ("…, believes the store could reopen")
    assert quotes("q_subject_hyphen_dash_participle") == [
        ("indirect", ["the station had closed in May"], "told", "tell", "Jane Roe"),
        ("indirect", ["the store could reopen in the fall"], "said", "say", "Mr. Ash")]


def test_past_tense_tagged_as_a_participle_after_a_more_than_subject():
    # "said more than 1,300 city invoices contained/VBN hidden errors": the quantified noun phrase
    # and its verb; not "more than 300 letters written/VBN by aides" (an agent: a noun phrase)
    assert quotes("q_more_than_subject") == [
        ("indirect", ["more than 1,300 city invoices contained hidden errors"], "said", "say", "Auditors")]


def test_horizontal_bars_set_off_an_aside_like_dashes():
    # "Ann Roe and Tom Lee ― two former governors ― have also said …" (U+2015, tagged NN and -RRB-
    # by the kit): the subject stands before the aside
    assert quotes("q_horizontal_bar_aside") == [
        ("indirect", ["they are backing the mayor"], "said", "say", "Ann Roe and Tom Lee")]


def test_present_tense_tagged_as_a_noun_after_a_relative_clause_on_its_subject():
    # "But many young farmers who came to the capital to protest the new tax say/NN they will …"
    # ("say" set to NOUN/NN by hand: the kit's slip on such a news sentence): the noun phrase before
    # "who" speaks; "say/NN nothing about it" reports no clause
    assert quotes("q_relative_subject_mistagged_present") == [
        ("indirect", ["they will vote for the other party"], "say", "say", "many young farmers")]


def test_that_tagged_as_a_determiner_before_a_gerund_opens_a_clause():
    # "While critics argue that/DT trading prisoners encourages/NNS others to …, the president …":
    # no determiner stands before a gerund; "argued that trading floor" is too short to be a clause
    assert quotes("q_that_before_gerund") == [
        ("indirect", ["trading prisoners encourages others to take hostages"], "argue", "argue", "critics"),
        ("indirect", ["the deal"], "defended", "defend", "the president")]


def test_light_verb_with_a_speech_noun_reports_its_that_clause():
    # "made the case that …", "made her case to the delegates that …", "made the point that …"
    # (reporting_verbs.tsv: "make case", "make point", the noun after an article or a possessive);
    # "issued a warning/VBG that …": the kit's participle after an article is the noun
    assert quotes("q_light_verb_noun") == [
        ("indirect", ["the tax cut would pay for itself"], "made the case", "make", "The senator"),
        ("indirect", ["the plan was sound"], "made her case", "make", "She"),
        ("indirect", ["the budget was balanced"], "made the point", "make", "The mayor"),
        ("indirect", ["the dam could fail"], "warning", "warning", "The minister")]


def test_light_verb_nouns_without_a_reported_clause_report_nothing():
    # "made a point of visiting" (an act), "made the case a priority" (a court case), "made his
    # point and sat down" (no content), "The warning lights came on" (no clause)
    assert quotes("q_neg_light_verb_noun") == []


def test_embedded_question_after_the_addressee_is_the_content():
    # "asked the mayor whether …", "asked the students if …", "asked Smith pointedly why …": the
    # addressee is skipped (addressee_verbs.txt); "asked the minister to resign" stays a directive
    # with its object
    assert quotes("q_asked_addressee_question") == [
        ("indirect", ["whether the plan would work"], "asked", "ask", "Jones"),
        ("indirect", ["if they had read the book"], "asked", "ask", "The teacher"),
        ("indirect", ["why he had changed his mind"], "asked", "ask", "The host"),
        ("indirect", ["the minister to resign"], "asked", "ask", "The senator")]


def test_a_relative_clause_on_the_object_is_no_embedded_question():
    # "told the story of a nurse who …": "who" opens the noun's relative clause, so the content
    # keeps its object; "asked the question twice" and "asked residents for patience" report nothing
    assert quotes("q_neg_asked_addressee_question") == [
        ("indirect", ["the story of a nurse who saved hundreds of lives"], "told", "tell", "She")]


def test_possessive_apostrophe_the_kit_tags_as_punctuation_is_no_quotation_mark():
    # '“…,” Jeff Weaver, Sanders’/PUNCT campaign manager, said': the apostrophe after an -s word is
    # the possessive (words.tag_possessive_apostrophes), so the apposition holds no quotation mark
    # and the cue after it keeps its speaker
    assert quotes("q_possessive_apostrophe") == [
        ("direct", ["We will win this,"], "said", "say", "Jeff Weaver"),
        ("direct", ["The people are with us,"], "said", "say", "Ann Lee")]


def test_an_apostrophe_that_closes_a_quotation_stays_a_quotation_mark():
    # "called the plan 'a mess of lies' and left": the mark after "lies" closes the quotation
    # opened before it, whatever the word it follows ends with
    doc = load("q_neg_possessive_apostrophe")
    spans = find_quoted_spans(doc.text)
    tag_possessive_apostrophes(doc.sentences, {s.close_mark for s in spans if s.closed})
    closing = next(w for w in doc.sentences[0].words if w.start_char == spans[0].close_mark)
    assert [doc.text[a:b] for a, b in spans[0].pieces] == ["a mess of lies"]
    assert closing.xpos == "''" and is_quote_mark(closing)
    possessives = load("q_possessive_apostrophe")
    tag_possessive_apostrophes(possessives.sentences, set())
    assert [w.xpos for s in possessives.sentences for w in s.words if w.text in {"’", "'"}] == ["POS", "POS"]


def test_quoted_noun_phrase_object_of_a_phrasal_speech_verb():
    # 'talked up her “50-state strategy.”': the parse's object after the particle is the number
    # the quotation mark cut off its compound; the noun phrase's noun heads the content, and its
    # possessive outside the marks makes it a mixed quote
    assert quotes("q_object_quoted_noun_phrase") == [
        ("mixed", ["her “50-state strategy.”"], "talked up", "talk", "Clinton"),
        ("mixed", ["his “jobs first” plan"], "talked up", "talk", "The senator")]


def test_second_infinitive_of_a_chain_shares_its_catenative_or_occasion_verb():
    # "went on to praise the staff and say that …", "used the speech to attack the governor and
    # claim that …": the subject of "went"/"used" speaks
    assert quotes("q_coordinated_infinitive") == [
        ("indirect", ["he had bought the building"], "say", "say", "He"),
        ("indirect", ["the budget was a sham"], "claim", "claim", "She")]


def test_coordinated_infinitives_that_report_nothing():
    # "tries to form a government and find a way around a rule that bars her": a search, not a
    # finding (finding verbs are left out of the chain); "decided to stay home and watch the news"
    assert quotes("q_neg_coordinated_infinitive") == []


def test_participle_after_a_possessor_noun_cue_takes_the_clause_subject():
    # "The mayor answered the governor’s claim that …, saying the figures were wrong": the mayor
    # says it (before: the participle took a noun inside the content before it, "the budget")
    assert quotes("spk_participle_after_possessor")[-1] == (
        "indirect", ["the figures were wrong"], "saying", "say", "The mayor")


def test_subject_before_a_relative_clause_with_no_commas():
    # "economists who favor consumption taxes agree that …": the relative clause's object is not
    # the subject; '“…,” Nate Silver, the polling guru who founded the site tweeted': the name
    # before the apposition; "an anomaly for Tim Kaine, who criticized …": "who" is the person
    assert quotes("spk_relative_clause_subject") == [
        ("indirect", ["the change will be slow"], "agree", "agree", "economists"),
        ("direct", ["We need a plan,"], "tweeted", "tweet", "Nate Silver"),
        ("indirect", ["fellow Democrats in 2011 for seeking a higher tax rate on millionaires"], "criticized",
         "criticize", "Tim Kaine")]


def test_object_relatives_and_places_keep_their_subject():
    # "a gap that homeland/VBP security experts say …": "that" opens an object relative, the
    # experts speak; "a graduate of Harvard Law School, who said": no person's name after "of"
    assert quotes("spk_neg_relative_clause_subject") == [
        ("indirect", ["renders talk of a wall moot"], "say", "say", "homeland security experts"),
        ("indirect", ["the school had changed"], "said", "say", "a graduate of Harvard Law School")]


def test_a_participle_on_the_inverted_speaker_is_not_more_of_the_quotation():
    # '“…,” said Beau Correll, angered/VBD that party leaders ignored the petition.': how the
    # speaker was, not a second piece of what he said
    assert quotes("q_post_participle_on_speaker") == [
        ("direct", ["This is just a scripted television show and we are all props,"], "said", "say", "Beau Correll")]


def test_quotation_after_a_channel_phrase_and_a_colon_or_right_after_a_comma():
    # "said in a statement: “…”": the colon after the channel introduces the quotation, which is
    # all that was said (before: a mixed quote that began "in a statement:"); "Ryan said,“Look, …”":
    # a curly opening mark opens right after a comma too
    assert quotes("q_direct_after_phrase_and_colon") == [
        ("direct", ["We won the vote."], "said", "say", "The mayor"),
        ("direct", ["This one is for you."], "says", "say", "She"),
        ("direct", ["Look, they have no place here."], "said", "say", "Ryan")]


def test_a_causative_verbs_object_speaks_the_report_after_its_to():
    # "a strong win led her to declare that …", "prompted the mayor to say …"
    # (causative_verbs.txt): the object speaks, not the win or the report; nothing is reported
    # by "led him to resign", nor by a permission ("allowed him to say": he may not have)
    assert quotes("q_caused_report") == [
        ("indirect", ["the nomination was in sight"], "declare", "declare", "her"),
        ("indirect", ["Democrats were protecting a candidate"], "say", "say", "Republicans"),
        ("indirect", ["the city would act"], "say", "say", "the mayor")]


def test_an_accusation_may_name_its_charge_with_a_noun():
    # "accused Bondi of hypocrisy", "accused him of murder" (a charge without a verb was no
    # content); "of" inside the object after its comma is no charge
    assert quotes("q_accused_of_charge") == [
        ("indirect", ["Bondi of hypocrisy on air"], "accused", "accuse", "Cooper"),
        ("indirect", ["him of murder"], "accused", "accuse", "The police")]


def test_take_with_a_catenative_object_carries_the_report_after_it():
    # "are taking pains to say …", "took a moment to point out that …" (catenative_objects.txt):
    # the subject of "take" speaks, and a subject may run on past "including"; "takes time to
    # build trust" reports nothing, and "took the bus to tell" is a purpose, reported as before
    assert quotes("q_take_pains_to_say") == [
        ("indirect", ["they are not endorsing any candidate"], "say", "say", "Companies including Coca-Cola"),
        ("indirect", ["the plan had failed"], "point out", "point", "She"),
        ("indirect", ["he had won"], "tell", "tell", "He")]


def test_a_source_phrase_after_according_to_runs_to_its_comma():
    # "According to an analysis by the research center based on census data from 2014, …": the
    # speaker was "2014" (the year after "data from"); the analysis's author speaks, without the
    # participle; "According to State Department records at the time that were later published,
    # …" took "at the time that …" for the content
    assert quotes("q_according_source_phrase") == [
        ("indirect", ["younger voters lean left in the state"], "According to", "according to", "the research center"),
        ("indirect", ["the scene in the film is untrue"], "According to", "according to", "the officers"),
        ("indirect", ["the rate fell"], "According to", "according to", "the ministry"),
        ("indirect", ["the envoy met both leaders in secret"], "According to", "according to", "State Department records")]


def test_a_stray_comma_between_the_subject_and_its_cue_leaves_the_subject():
    # "But the editor of the daily paper Jane Roe, wrote on X that …" (a scrape's or an editor's
    # comma): the comma was read as closing an apposition and the frame was dropped; the inverted
    # aside ", said Doyle and others," keeps its reading
    assert quotes("q_stray_comma_after_subject") == [
        ("mixed", ["the paper “stands by its report.”"], "wrote", "write", "the editor of the daily paper Jane Roe"),
        ("indirect", ["The contrast with the mayor", "would be clear"], "said", "say", "Doyle and others")]


def test_a_poll_average_is_a_finding_that_gives_a_standing():
    # "The average shows Smith likewise ahead by …": "average" is a finding noun (a figure computed
    # from polls, never a person: the content's Smith was the speaker); a scene is no finding ("The
    # video shows him with his hands in the air")
    assert quotes("q_poll_standing") == [
        ("indirect", ["Smith with a lead in the low single digits"], "show", "show", "averages"),
        ("indirect", ["Smith likewise ahead by 3.7 percentage points"], "shows", "show", "The average"),
        ("indirect", ["him with a big lead"], "show", "show", "Polls"),
        ("indirect", ["Smith ahead"], "show", "show", "New polls")]
    per_quote = resolved("q_poll_standing")[3]
    assert (per_quote[1].name, per_quote[1].type) != ("Smith", "person")


def test_according_to_a_source_with_only_an_adverb_reports_nothing():
    # "According to MSNBC, basically.": the adverb was the content
    assert quotes("q_according_to_an_adverb") == [
        ("indirect", ["the race is tight"], "According to", "according to", "the network")]


def test_a_participle_after_a_noun_reports_for_that_noun():
    # "graphics showing that …": a finding's participle after a common noun, its source; "The
    # share of primary voters saying they want a ban is …": the group speaks, and what it says ends
    # where the sentence's verb begins; "his proposed budget cuts" is an adjective after a
    # possessive, no cue; "The man saying grace" and "figures showing a decline" report no clause
    assert quotes("q_noun_participle_reports") == [
        ("indirect", ["his proposed budget cuts would not yield much money"], "showing", "show", "full-screen graphics"),
        ("indirect", ["they want a ban"], "saying", "say", "The share of primary voters")]


def test_a_participle_after_a_preposition_of_its_subject_reports():
    # "In addition to stating that …, Clinton has vowed …", "aside from stating that …": the
    # participle's subject is its clause's, and the fronted phrase ends at the comma before the
    # main clause; "since announcing her decision in New York, Fiorina had waged …" reports no
    # clause; "refrained from saying" and "keen on telling" are no statements
    assert quotes("q_preposition_before_participle") == [
        ("indirect", ["babies have no rights"], "stating", "state", "Clinton"),
        ("indirect", ["to repeal the amendment"], "vowed", "vow", "Clinton"),
        ("indirect", ["the government should not profit from loans"], "stating", "state", "Trump")]


def test_a_participle_tagged_cue_after_a_dash_or_a_closing_mark_is_finite():
    # "Trump - who previously said … - said/VBN at a Saturday rally …": a spaced hyphen closes the
    # aside; '“…,” recalled/VBN James B. Cunningham. “…”': the closing mark after its comma, so
    # the second quotation is his too; "but has since said/VBN": "since" is the adverb between the
    # auxiliary and its participle (a tag repair)
    assert quotes("q_finite_after_dash_and_mark") == [
        ("indirect", ["the United States should close its borders"], "said", "say", "Trump"),
        ("direct", ["My advice was not to do it,", "It did not seem right."], "recalled", "recall", "James B. Cunningham"),
        ("indirect", ["he now believes the system needs to be reformed"], "said", "say", "Cruz")]
