"""The Stanza annotator's repairs: line breaks end sentences, runaway sentences and runs are cut,
offsets always index the submitted text."""
import pytest

from quotes.nlp import MAX_RUN_CHARS, break_long_runs, has_english_models
from quotes.nlp.annotator import _ended_without_stop


def test_break_long_runs_keeps_length_and_short_words():
    text = "short words stay " + "x" * (3 * MAX_RUN_CHARS + 5)
    broken = break_long_runs(text)
    assert len(broken) == len(text)
    assert broken[:17] == text[:17]
    assert [i for i, ch in enumerate(broken) if ch != text[i]] == [17 + MAX_RUN_CHARS * k for k in (1, 2, 3)]


def test_text_without_long_runs_is_returned_unchanged():
    text = "An ordinary sentence, with https://example.org/a/b and “quotes”."
    assert break_long_runs(text) is text


def test_model_directory_check(tmp_path):
    assert not has_english_models(tmp_path)


def offsets_index(doc, text):
    return all(text[w.start_char:w.end_char] == w.text for s in doc.sentences for w in s.words)


def test_line_breaks_end_sentences(annotator):
    text = "Close\nNewsletters\nThe minister said the talks would resume."
    doc = annotator(text)
    assert [s.text for s in doc.sentences] == ["Close", "Newsletters", "The minister said the talks would resume."]
    assert offsets_index(doc, text)


@pytest.mark.timeout(300)
def test_runaway_sentence_and_run_are_cut(annotator):
    text = "It began " + "word " * 400 + "and " + "y" * 5000 + " ended."
    doc = annotator(text)
    assert max(len(s.words) for s in doc.sentences) <= annotator.max_sentence_words
    assert offsets_index(doc, text)
    assert all(len(w.text) <= MAX_RUN_CHARS for s in doc.sentences for w in s.words)


def test_closing_marks_alone_join_the_sentence_they_close(annotator):
    # the tokenizer ends "''predatory.''" and "“we won't.”" at the full stop and makes the closing
    # mark a sentence of its own; an opening mark ("“Go.”") stays with what it opens
    text = "Hillary Clinton called it ''predatory.''\n\nBut if he can't, “we won't.” She left. “Go.”"
    doc = annotator(text)
    assert [s.text for s in doc.sentences] == [
        "Hillary Clinton called it ''predatory.''", "But if he can't, “we won't.”", "She left.", "“Go.”"]
    assert offsets_index(doc, text)
    assert all([w.id for w in s.words] == list(range(1, len(s.words) + 1)) for s in doc.sentences)


def tokens_and_words(doc):
    return [[(t.id, t.text, t.start_char, t.end_char, [(w.id, w.text, w.start_char, w.end_char) for w in t.words])
             for t in s.tokens] for s in doc.sentences]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("text", [
    # line breaks inside the tokenizer's sentences, multi-word tokens on both sides of them
    "Minister's statement\nThe minister said he can't wait.\nShe didn't say why, but it's clear.",
    # over the word limit only once "can't" and "don't" are expanded into two words each
    "He said " + "we can't and don't " * 24 + "stop.",
    # closing marks the tokenizer leaves as sentences of their own, after a multi-word token
    "Hillary Clinton called it ''predatory.''\n\nBut if he can't, “we won't.” She left.",
    # quotation marks of two apostrophes glued to a word, next to a multi-word token
    "He called him a ''pathological liar'' and said ''he won't.''",
    # a sentence the tokenizer ends at an abbreviated title, joined to the next
    "FEC records from the 2008 presidential election cycle show he backed both Sen. John McCain. It can't be.",
    "",
])
def test_tokenizer_dicts_split_before_the_document_give_the_general_split(annotator, text):
    """The lean path splits the tokenizer's own sentences at line breaks before building one
    Document (``Annotator._tokenized``); it gives the tokens, words and offsets of the general path
    (the tokenizer's Document, multi-word tokens expanded, then ``resplit_dicts``)."""
    lean_doc = annotator._tokenized(text)
    annotator.lean_tokenize = False
    try:
        general = annotator._tokenized(text)
    finally:
        annotator.lean_tokenize = True
    assert tokens_and_words(lean_doc) == tokens_and_words(general)
    assert max((len(s.words) for s in lean_doc.sentences), default=0) <= annotator.max_sentence_words
    assert offsets_index(lean_doc, text)


def test_the_loaded_models_are_frozen_out_of_the_garbage_collector(annotator):
    import gc

    assert gc.get_freeze_count() > 100_000


def test_a_mark_of_two_apostrophes_glued_to_a_word_is_a_token_of_its_own(annotator):
    # the tokenizer reads "a ''pathological liar'' for" as liar'' and "said ''no.''" as ''no
    text = "He called him a ''pathological liar'' for it. She said ''no.'' It was '''big''' news."
    doc = annotator(text)
    words = [w.text for s in doc.sentences for w in s.words]
    assert words[:11] == ["He", "called", "him", "a", "''", "pathological", "liar", "''", "for", "it", "."]
    assert words[11:17] == ["She", "said", "''", "no", ".", "''"]
    assert "'''" in words  # three apostrophes (a single mark inside a double one) are left alone
    assert offsets_index(doc, text)
    assert all([w.id for w in s.words] == list(range(1, len(s.words) + 1)) for s in doc.sentences)


def test_a_sentence_ended_at_an_abbreviated_title_joins_the_name_after_it(annotator):
    # the kit's tokenizer ends sentences at "Sen." and "Mrs.", cutting a cue from its content
    # ("show he backed both Sen. | John McCain …"); a line break still ends a sentence
    text = ("FEC records from the 2008 presidential election cycle show he backed both Sen. John McCain and "
            "Rudy Giuliani. Any single poll is but a snapshot, and many other polls show Mrs. Clinton with a narrow "
            "but consistent lead over Mr. Trump. The poll shows Trump at the top, followed by Sens. Marco Rubio and "
            "Ted Cruz.\nMeet the Sen.\nJohn Smith spoke.")
    doc = annotator(text)
    assert [s.text for s in doc.sentences] == [
        "FEC records from the 2008 presidential election cycle show he backed both Sen. John McCain and Rudy Giuliani.",
        "Any single poll is but a snapshot, and many other polls show Mrs. Clinton with a narrow but consistent lead "
        "over Mr. Trump.", "The poll shows Trump at the top, followed by Sens. Marco Rubio and Ted Cruz.",
        "Meet the Sen.", "John Smith spoke."]
    assert offsets_index(doc, text)
    assert all([w.id for w in s.words] == list(range(1, len(s.words) + 1)) for s in doc.sentences)


def test_a_sentence_ended_at_a_word_without_a_stop_joins_the_next_one_on_its_line(annotator):
    # the kit's tokenizer read "May" as a modal opening a sentence: "… Theresa | May said this week
    # that …" cut the speaker from the cue; a heading in capitals before its paragraph stays apart
    text = ("Economic growth slowed across Europe. British Prime Minister Theresa May said this week that the "
            "country would leave the bloc by March. THE BORROWING Back when he wrote his book, he said debt was a "
            "last resort.")
    doc = annotator(text)
    assert [s.text for s in doc.sentences] == [
        "Economic growth slowed across Europe.",
        "British Prime Minister Theresa May said this week that the country would leave the bloc by March.",
        "THE BORROWING", "Back when he wrote his book, he said debt was a last resort."]
    assert offsets_index(doc, text)
    assert all([w.id for w in s.words] == list(range(1, len(s.words) + 1)) for s in doc.sentences)


@pytest.mark.parametrize("last, first, joined", [
    ("Theresa", "May", True), ("Christmas", "Eve", True), ("reminded", "Thor", True), ("without", "the", True),
    ("Killion", ",", True), ("Yellen", "The", False), ("scores", "On", False), ("BORROWING", "Back", False),
    ("said", "May", False), (")", "The", False), ("Europe", "“", False)])
def test_which_word_ends_a_sentence_without_a_stop(last, first, joined):
    # a lowercase word, a comma or a capitalised word that is no function word goes on the sentence;
    # "May" after a lowercase word is the modal
    assert _ended_without_stop(last, first) is joined


def test_a_surname_tagged_as_a_verb_before_a_verb_of_speech_is_a_proper_noun(annotator):
    # the kit tags "Husted" VBN and "Streeting" VBG before "said", which hid the speaker and gave
    # the parser a verb for a subject; "Having said that" keeps its verb
    doc = annotator("In a statement, Husted said the court's decision would stand. Mr Streeting said NHS staff "
                    "had cancelled leave. Having said that, the talks went on.")
    tags = {w.text: (w.upos, w.xpos) for s in doc.sentences for w in s.words}
    assert tags["Husted"] == ("PROPN", "NNP") and tags["Streeting"] == ("PROPN", "NNP")
    assert tags["Having"][0] in {"VERB", "AUX"}
    husted = next(w for w in doc.sentences[0].words if w.text == "Husted")
    assert doc.sentences[0].words[husted.head - 1].text == "said" and husted.deprel.startswith("nsubj")


def test_says_is_always_a_verb_before_the_parse(annotator):
    # the kit tags the second "says" NNS after "operators and", and the second report was lost in
    # the first one's content
    text = "He says the obvious response was to break up fraudulent operators and says he introduced legislation."
    words = annotator(text).sentences[0].words
    second = [w for w in words if w.text == "says"][1]
    assert (second.upos, second.xpos, second.lemma) == ("VERB", "VBZ", "say")
    assert words[[w.text for w in words].index("introduced")].head == second.id  # parsed as its verb


def test_say_after_a_plural_subject_is_its_verb_and_the_noun_say_stays(annotator):
    # the kit tags "say" NN after "Three in 10", "a third" and "the valley/JJ", and each report
    # was lost; "a say in", "the final say" and "their say" are the noun
    doc = annotator("Three in 10 say they would vote for him. Nearly a third say they do not know. Farmers in the "
                    "valley say they have lost their crops. Residents want a say in the plan, and the council will "
                    "have the final say. Voters had their say on Tuesday.")
    says = [(w.upos, w.xpos) for s in doc.sentences for w in s.words if w.text == "say"]
    assert says == [("VERB", "VBP")] * 3 + [("NOUN", "NN")] * 3
    first = doc.sentences[0].words
    assert first[[w.text for w in first].index("would") + 1].head == 4  # "vote" is parsed under "say"


def test_an_adverb_only_form_is_an_adverb_before_the_parse(annotator):
    # the kit tags "sometimes" NNS, and it became the subject (and the speaker) of "dismiss"
    words = annotator("She said supervisors would sometimes dismiss her proposals.").sentences[0].words
    sometimes = next(w for w in words if w.text == "sometimes")
    assert (sometimes.upos, sometimes.xpos) == ("ADV", "RB")
    supervisors = next(w for w in words if w.text == "supervisors")
    assert supervisors.deprel.startswith("nsubj") and words[supervisors.head - 1].text == "dismiss"


def test_a_surname_tagged_a_common_noun_after_a_given_name_is_a_proper_noun(annotator):
    # the kit tags "Fields" NNS in "Michelle Fields accused …" (and the speaker was typed a group
    # of field marshals: "field" is a title word)
    words = annotator("Former reporter Michelle Fields accused the manager of grabbing her.").sentences[0].words
    fields = next(w for w in words if w.text == "Fields")
    assert (fields.upos, fields.xpos) == ("PROPN", "NNP")


def test_verb_only_forms_are_verbs_and_nouns_stay(annotator):
    # the kit tags "writes" and "argues" NNS after a quotation or a name (the cue was lost);
    # "notes" and "claims" are nouns too and keep the tagger's reading
    doc = annotator("“The plan will fail,” writes Goldberg. If this fails, Mr. Castaneda argues, there are other "
                    "tools. The notes were lost, and the claims were false.")
    tags = {w.text: (w.upos, w.xpos, w.lemma) for s in doc.sentences for w in s.words}
    assert tags["writes"] == ("VERB", "VBZ", "write") and tags["argues"] == ("VERB", "VBZ", "argue")
    assert tags["notes"][0] == "NOUN" and tags["claims"][0] == "NOUN"


def test_more_verb_only_forms_after_an_apposition_are_verbs(annotator):
    # "Jorge Castañeda, a former foreign minister who is a harsh critic of Mr. Peña Nieto,
    # suggests/NNS that …": the kit's noun hid the cue
    doc = annotator("Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto, "
                    "suggests that Mexico's best argument is its stability. The spot concludes with footage of the "
                    "rally.")
    tags = {w.text: (w.upos, w.xpos, w.lemma) for s in doc.sentences for w in s.words}
    assert tags["suggests"] == ("VERB", "VBZ", "suggest") and tags["concludes"] == ("VERB", "VBZ", "conclude")


def test_a_plural_role_noun_tagged_a_present_verb_before_a_verb_is_a_noun(annotator):
    # the kit tags "critics" and "economists" VBZ after a relative or wh-pronoun, and the cues
    # "called" and "call" had no subject; "who heads a project" and "chairs the committee" are verbs
    doc = annotator("It was a bill that critics called anti-gay. He favors taxing consumption, what economists "
                    "call spending. Smith, who heads a project on secrecy, chairs the committee.")
    tags = {w.text: (w.upos, w.xpos) for s in doc.sentences for w in s.words}
    assert tags["critics"] == ("NOUN", "NNS") and tags["economists"] == ("NOUN", "NNS")
    assert tags["heads"][0] == "VERB" and tags["chairs"][0] == "VERB"
    critics = next(w for w in doc.sentences[0].words if w.text == "critics")
    assert critics.deprel.startswith("nsubj") and doc.sentences[0].words[critics.head - 1].text == "called"


def test_the_clitic_after_a_pronoun_is_a_verb(annotator):
    # the kit tags "’s" POS after "it" and "that", and the reported clause had no verb; a
    # possessive stays one ("everyone’s guns", "one’s soul"), and so does "it’s own"
    doc = annotator("Ebeling said it’s sometimes hard for her to watch. They believe that’s part of their job. "
                    "He wants to take away everyone’s guns. It is easy to lose one’s soul. The firm kept it’s own books.")
    clitics = [(s.words[k - 1].text, w.upos, w.xpos) for s in doc.sentences for k, w in enumerate(s.words)
               if w.text == "’s"]
    assert clitics[0] == ("it", "AUX", "VBZ") and clitics[1] == ("that", "AUX", "VBZ")
    assert [c[2] for c in clitics[2:]] == ["POS", "POS", "POS"]
    hard = next(w for w in doc.sentences[0].words if w.text == "hard")
    assert doc.sentences[0].words[hard.head - 1].text == "said"


def test_a_surname_tagged_a_noun_inside_a_persons_name_is_a_proper_noun_all_through_the_article(annotator):
    # the kit tags "Sanders" NNS (in "Bernie Sanders", which NER holds as one person, and alone),
    # and "Sanders said" became an unnamed group; a person noun inside the name stays a noun
    doc = annotator("Bernie Sanders spoke on Monday in Iowa. Sanders also said the deal would hold. "
                    "Farmers rallied.")
    tags = [(w.text, w.upos) for s in doc.sentences for w in s.words if w.text in {"Sanders", "Farmers"}]
    assert tags == [("Sanders", "PROPN"), ("Sanders", "PROPN"), ("Farmers", "NOUN")]


def test_half_before_a_finite_verb_is_a_noun(annotator):
    # the kit tags "half" RB (lemma "halfway") before "said", and the poll's share was skipped as
    # an adverb: the cue had no subject; "half empty" keeps the adverb
    doc = annotator("Nearly half said they prefer someone with experience. The hall was half empty.")
    halves = [(w.upos, w.lemma) for s in doc.sentences for w in s.words if w.text == "half"]
    assert halves[0] == ("NOUN", "half") and halves[1][0] != "NOUN"


def test_a_title_case_headline_is_tagged_with_its_function_words_and_verbs_in_lowercase(annotator):
    # as cased, "Carly Fiorina Endorses/NNPS Ted Cruz" is one name and "… Former White House
    # Doctor Says/NNPS" has no verb; the text stays the article's, names and "May" keep their case
    doc = annotator("Carly Fiorina Endorses Ted Cruz\n\nClinton Hid Health Problems From Public, "
                    "Former White House Doctor Says\n\nTheresa May Says Brexit Is Final")
    first, second, third = (s.words for s in doc.sentences)
    endorses = next(w for w in first if w.text == "Endorses")
    assert (endorses.upos, endorses.lemma) == ("VERB", "endorse")
    cruz = next(w for w in first if w.text == "Cruz")
    assert (cruz.head, cruz.deprel) == (endorses.id, "obj")
    says = next(w for w in second if w.text == "Says")
    assert says.upos == "VERB" and [w.text for w in second if w.text == "From"] == ["From"]
    assert [w.text for w in third][:3] == ["Theresa", "May", "Says"] and third[2].upos == "VERB"
    assert [e.text for e in doc.ents if e.type in {"PER", "PERSON"}][:1] == ["Carly Fiorina"]


def test_only_a_title_case_line_is_recased():
    # a sentence with a lowercase word of four letters or more is no headline; capitals alone are
    from types import SimpleNamespace as W
    from quotes.nlp.annotator import _title_case
    words = lambda text: [W(text=t) for t in text.split()]  # noqa: E731
    assert _title_case(words("Carly Fiorina Endorses Ted Cruz"))
    assert not _title_case(words("Carly Fiorina endorsed Ted Cruz on Monday"))
    assert not _title_case(words("RULES FOR RADICALS"))
    assert not _title_case(words("Fiorina Endorses"))


def test_curly_single_marks_glued_to_words_are_tokens_of_their_own(annotator):
    # the tokenizer reads a headline's "calls Obamacare ‘crazy system’ during" as ‘crazy and
    # system’ (and the tagger reads ‘crazy as a name); an elision and a possessive stay words
    text = ("Bill Clinton calls Obamacare ‘crazy system’ during campaign stop. He said ‘no’ and left. "
            "Give ‘em hell, he said of the voters’ choice. “He told me ‘this is the end.’” She left.")
    doc = annotator(text)
    words = [[w.text for w in s.words] for s in doc.sentences]
    assert words[0] == ["Bill", "Clinton", "calls", "Obamacare", "‘", "crazy", "system", "’", "during",
                        "campaign", "stop", "."]
    assert words[1] == ["He", "said", "‘", "no", "’", "and", "left", "."]
    assert "‘em" in words[2] and "‘" not in words[2]  # no mark opens: the possessive stays (or is the tokenizer's)
    assert words[3] == ["“", "He", "told", "me", "‘", "this", "is", "the", "end", ".", "’", "”"]
    assert offsets_index(doc, text)
    assert all([w.id for w in s.words] == list(range(1, len(s.words) + 1)) for s in doc.sentences)


def test_a_name_tagged_a_noun_before_a_lines_colon_is_a_proper_noun(annotator):
    # the kit tags a label's name a noun at the head of its line ("Pence/NN: …"); the article
    # writes it as a name elsewhere, or NER knows it; "Update:" stays a noun
    text = ("Pence: Gennifer Flowers won't be at the debate.\nUpdate: The senator will speak at noon.\n"
            "Mike Pence said on Sunday that the campaign was mocking Clinton.")
    doc = annotator(text)
    label, update = doc.sentences[0].words[0], doc.sentences[1].words[0]
    assert (label.text, label.upos, label.xpos) == ("Pence", "PROPN", "NNP")
    assert (update.text, update.upos) == ("Update", "NOUN")


def test_a_reports_s_form_tagged_a_plural_noun_in_a_verbless_sentence_is_its_verb(annotator):
    # the sentence-case headline: "Former DNC chairman calls/NNS for …", "Federal court rules/NNS
    # against …"; a compound noun after a noun stays ("his tax claims", "security fears at")
    doc = annotator("Former DNC chairman calls for Clinton contingency plan.\n"
                    "Federal court rules against Ohio's purges of voter rolls.\n"
                    "Trump not walking the walk on his tax claims.\n"
                    "Terrorist attacks in Paris suddenly placed security fears at center stage.")
    tags = [(w.text, w.upos) for s in doc.sentences for w in s.words
            if w.text in {"calls", "rules", "claims", "fears"}]
    assert tags == [("calls", "VERB"), ("rules", "VERB"), ("claims", "NOUN"), ("fears", "NOUN")]


def test_a_speech_participle_tagged_a_noun_after_a_noun_is_a_participle(annotator):
    # the kit reads "a statement saying" as a compound noun: "released a statement saying/NN, …";
    # after an article or an adjective the noun stays ("an old saying", "the asking price")
    doc = annotator("She released a statement saying, “We are proud of the work.”\n"
                    "That is an old saying in Texas. The house sold far below the asking price.")
    tags = [(w.text, w.upos) for s in doc.sentences for w in s.words if w.text in {"saying", "asking"}]
    assert tags == [("saying", "VERB"), ("saying", "NOUN"), ("asking", "NOUN")]


def test_a_finding_verb_tagged_a_noun_after_a_findings_phrase_is_its_verb(annotator):
    # "Data from the 2014 American Community Survey show/NN that …", "The average of polls taken
    # over the past two weeks shows/NNS Clinton leading …"; "The new show that premiered" and a
    # phrase with no finding ("the evening news show that aired") keep their noun
    doc = annotator("Data from the 2014 American Community Survey show that women represented 41 percent.\n"
                    "The average of polls taken over the past two weeks shows Clinton leading Trump.\n"
                    "The new show that premiered on Fox drew record ratings.\n"
                    "Ratings for the network's evening news show that aired Monday fell.")
    tags = [(w.text, w.upos) for s in doc.sentences for w in s.words if w.text in {"show", "shows"}]
    assert tags == [("show", "VERB"), ("shows", "VERB"), ("show", "NOUN"), ("show", "NOUN")]
