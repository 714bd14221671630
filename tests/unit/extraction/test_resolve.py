"""Speaker resolution (quotes.resolve): canonical speakers, names, titles, affiliations, anonymous
sources and organizations, on CoNLL-U fixtures; same_person and parse_name directly."""
from __future__ import annotations

import pytest

from fixtures import load
from quotes.extraction.detect import find_quotes
from quotes import lexicons
from quotes.extraction import names
from quotes.extraction.names import mention_words, parse_name, same_person
from speaker_helpers import resolved


# --- people --------------------------------------------------------------------------------

def test_name_title_and_affiliation_are_parsed():
    doc, found, speakers, per_quote = resolved("q_attr_keller")
    keller = per_quote[0]
    assert (keller.name, keller.type, keller.affiliation) == ("Anna Keller", "person", "Germany")
    assert "Foreign Minister" in keller.title


def test_surname_pronoun_and_titled_description_join_the_person():
    doc, found, speakers, per_quote = resolved("q_attr_keller")
    assert len(speakers) == 1
    [keller] = speakers
    assert keller.quote_ids == ["q1", "q2", "q3", "q4"]
    assert [q.mention.text for q in found] == [
        "Germany's Foreign Minister Anna Keller", "Keller", "She", "The German foreign minister"]
    assert all(q.speaker_id == keller.id for q in found)
    assert {m.text for m in keller.mentions} >= {"Keller", "She", "The German foreign minister"}


def test_pronoun_skips_a_person_in_a_prepositional_phrase_after_the_verb():
    doc, [q], speakers, [speaker] = resolved("q_attr_pronoun_pp")
    assert q.mention.text == "She"
    assert (speaker.name, speaker.type) == ("Laura Chen", "person")
    assert speaker.title == "Finance Minister"


def test_pronoun_skips_a_person_in_a_fronted_prepositional_phrase():
    doc, [q], speakers, [speaker] = resolved("q_attr_pronoun_pp_front")
    assert q.mention.text == "she"
    assert (speaker.name, speaker.type) == ("Laura Chen", "person")


def test_pronoun_he_skips_the_person_whose_given_name_is_a_womans():
    # "Union leader Marco Rossi rejected the offer on Monday. The company's chief executive, Sarah
    # Lind, declined to comment. Later, he said …": the offer is a noun-phrase content of his, the
    # refusal hers; "Sarah" is a woman's given name (names.given_name_gender), so "he" passes over
    # the subject of the sentence before, who spoke last, to Rossi.
    doc, [rejected, refusal, q], speakers, [his_speaker, her_speaker, speaker] = resolved("q_attr_pronoun_he")
    assert (rejected.cue.text, doc.text[rejected.start:rejected.end], his_speaker.name) == (
        "rejected", "the offer", "Marco Rossi")
    assert (refusal.cue.text, doc.text[refusal.start:refusal.end], her_speaker.name) == (
        "declined", "to comment", "Sarah Lind")
    assert q.mention.text == "he" and speaker is his_speaker


def test_without_given_name_data_pronoun_he_goes_to_the_nearest_speaking_subject(monkeypatch):
    # The same article when the name data is not installed: no gender, so "he" goes to the
    # subject of the sentence before, who spoke last (the fallback of given_name_gender).
    monkeypatch.setattr(lexicons, "given_name_genders", lambda: {})
    doc, [rejected, refusal, q], speakers, [his_speaker, her_speaker, speaker] = resolved("q_attr_pronoun_he")
    assert q.mention.text == "he" and speaker is her_speaker


def test_pronoun_she_goes_to_the_woman_and_an_ambiguous_given_name_marks_no_gender():
    # "Union leader Sarah Lind rejected the offer on Monday. The company's chief executive, Marco
    # Rossi, declined to comment. Later, she said …": she is Lind, not Rossi who spoke last. "Board
    # member Taylor Ellis declined to comment on the talks. She said …": "Taylor" is given to men
    # and women alike, so she is Ellis, the subject of the sentence before.
    doc, found, speakers, per_quote = resolved("q_attr_given_name_gender")
    said = [(q.mention.text, s.name) for q, s in zip(found, per_quote) if q.cue.text == "said"]
    assert said == [("she", "Sarah Lind"), ("She", "Taylor Ellis")]


@pytest.mark.parametrize("name, gender", [
    (("Sarah", "Lind"), "f"), (("Marco", "Rossi"), "m"), (("José", "Ortega"), "m"),
    (("Taylor", "Ellis"), None),  # given to men and women alike
    (("Christie",), None),  # a surname alone names no given name
    (("J.", "Smith"), None),  # an initial
    (("Zqxv", "Lind"), None),  # unknown
])
def test_given_name_gender_only_for_a_confident_given_name(name, gender):
    assert names.given_name_gender(name) == gender


def test_age_description_goes_to_the_previous_person():
    doc, [q], speakers, [speaker] = resolved("q_attr_age")
    assert q.mention.text == "The 52-year-old"
    assert (speaker.name, speaker.type) == ("Omar Haddad", "person")
    assert doc.text[q.start:q.end] == "he had lost the trust of the city council"


def test_spelling_variant_and_omitted_middle_name_are_one_speaker():
    doc, found, speakers, per_quote = resolved("q_attr_variants")
    assert [q.mention.text for q in found] == ["Mohammad Reza Karimi", "Muhammad Karimi"]
    [karimi] = speakers
    # The canonical name is the most complete form common to both full forms (as the seed gold
    # names "Khawaja Asif" for "Khawaja Muhammad Asif" … "Khawaja Asif"), spelled as in the text.
    assert (karimi.name, karimi.type) == ("Muhammad Karimi", "person")
    assert {m.text for m in karimi.mentions} >= {"Mohammad Reza Karimi", "Muhammad Karimi"}
    assert karimi.quote_ids == ["q1", "q2"]


@pytest.mark.parametrize("a, b", [
    (("Muhammad", "Karimi"), ("Mohammad", "Karimi")),
    (("Mohammad", "Reza", "Karimi"), ("Muhammad", "Karimi")),
    (("Mohammed", "Reza", "Karimi"), ("Karimi",)),
    (("Anna", "Keller"), ("Keller",)),
    (("Anna", "Keller"), ("anna", "keller")),
    (("Yousuf", "Ali", "Khan"), ("Yusuf", "Khan")),
    (("Zoë", "Martin"), ("Zoe", "Martin")),
])
def test_same_person(a, b):
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize("a, b", [
    (("Anna", "Keller"), ("Paul", "Keller")),
    (("Anna", "Keller"), ("Anna", "Schmidt")),
    (("Keller",), ("Anna",)),
    ((), ("Keller",)),
])
def test_not_same_person(a, b):
    assert not same_person(a, b)


def test_parse_name_splits_affiliation_title_name():
    doc = load("q_attr_keller")
    [q] = [q for q in find_quotes(doc) if q.mention.text.startswith("Germany")]
    parsed = parse_name(mention_words(doc, q.mention))
    assert parsed.name == ("Anna", "Keller")
    assert parsed.affiliation == "Germany"
    assert "Foreign Minister" in parsed.title


# --- anonymous sources ---------------------------------------------------------------------

def test_indefinite_source_then_the_source_is_one_anonymous_speaker():
    doc, found, speakers, per_quote = resolved("q_attr_anon_source")
    [source] = speakers
    assert source.type == "anonymous"
    assert source.quote_ids == ["q1", "q2"]
    assert [m.text for m in source.mentions] == ["A senior security source", "the source"]


@pytest.mark.parametrize("name, mention", [
    ("q_attr_anon_officials", "Officials"),
    ("q_attr_anon_familiar", "Sources familiar with the talks"),
    ("q_direct_interrupted", "a police official"),
])
def test_anonymous_sources(name, mention):
    doc, [q], speakers, [speaker] = resolved(name)
    assert q.mention.text == mention
    assert speaker.type == "anonymous"


# --- organizations -------------------------------------------------------------------------

def test_ministry_is_an_organization():
    doc, [q], speakers, [speaker] = resolved("q_attr_org_ministry")
    assert q.mention.text == "The Interior Ministry"
    assert (speaker.name, speaker.type) == ("Interior Ministry", "organization")


def test_news_agency_reported():
    doc, [q], speakers, [speaker] = resolved("q_attr_org_reuters")
    assert (q.cue.text, q.mention.text) == ("reported", "Reuters")
    assert (speaker.name, speaker.type) == ("Reuters", "organization")


@pytest.mark.parametrize("name", ["q_attr_org_who", "q_attr_org_who_start"])
def test_according_to_organization_with_acronym(name):
    doc, [q], speakers, [speaker] = resolved(name)
    assert q.mention.text == "the World Health Organization (WHO)"
    assert (speaker.name, speaker.type) == ("World Health Organization", "organization")


def test_according_to_organization_without_acronym():
    doc, [q], speakers, [speaker] = resolved("q_according_start")
    assert (speaker.name, speaker.type) == ("World Bank", "organization")


def test_possessive_country_and_demonym_forms_are_one_organization():
    doc, found, speakers, per_quote = resolved("q_attr_army")
    [army] = speakers
    assert (army.name, army.type) == ("Italian army", "organization")
    assert army.quote_ids == ["q1", "q2"]


def test_bare_organization_noun_in_inverted_cue():
    doc, [q], speakers, [speaker] = resolved("q_reported_inverted")
    assert q.mention.text == "the ministry"
    assert speaker.type == "organization"


# --- every quote gets a speaker id that exists ---------------------------------------------

@pytest.mark.parametrize("name", ["q_attr_keller", "q_confidence", "q_direct_carried", "q_unbalanced"])
def test_speaker_ids_and_quote_ids_agree(name):
    doc, found, speakers, per_quote = resolved(name)
    for number, (q, speaker) in enumerate(zip(found, per_quote), 1):
        assert speaker is not None
        assert f"q{number}" in speaker.quote_ids
    assert [s.id for s in speakers] == [f"s{i}" for i in range(1, len(speakers) + 1)]


def test_carried_and_pronoun_quotes_share_the_named_speaker():
    doc, found, speakers, per_quote = resolved("q_confidence")
    [weber] = speakers
    assert (weber.name, weber.type, weber.title) == ("Karl Weber", "person", "Transport Minister")
    assert weber.quote_ids == ["q1", "q2", "q3"]


def test_roles_without_names_and_definite_institutions():
    doc, found, speakers, per_quote = resolved("q_attr_roles")
    assert [(q.mention.text, s.type) for q, s in zip(found, per_quote)] == [
        ("The Treasury", "organization"),  # a name with "the" is no person
        ("Opposition MPs", "anonymous"),  # a group of office holders, unnamed
        ("One MP", "anonymous"),  # an indefinite office holder who asked not to be named
        ("Tomas Berg", "person"),
    ]
    assert per_quote[0].name == "Treasury"
    assert per_quote[3].description == "58, a retired teacher from Malmo"  # apposition after an inverted subject


def test_parse_name_reads_organizations_titles_and_descriptions_before_a_name():
    doc = load("q_attr_titles")
    parsed = [parse_name(mention_words(doc, q.mention)) for q in find_quotes(doc)]
    assert [(p.name, p.title, p.affiliation, p.description) for p in parsed] == [
        (("Zabihullah", "Mujahid"), "spokesman", "Taliban government", None),
        (("Ana", "Souza"), "Foreign Office spokesperson", "Brazil", None),
        (("Rafael", "Lima"), None, None, "Shopkeeper"),
    ]


def test_the_statement_speaks_for_the_organization_that_issued_it():
    doc, found, speakers, per_quote = resolved("q_attr_statement")
    assert [q.mention.text for q in found] == ["The foreign ministry", "the statement"]
    assert len(speakers) == 1 and speakers[0].type == "organization" and speakers[0].name == "foreign ministry"


def test_pronoun_skips_a_person_the_text_marks_as_the_other_gender():
    # "… Ms Sarah Lind, declined to comment. Later, he said …": her refusal is hers, "he" is Rossi
    doc, found, speakers, per_quote = resolved("q_attr_gender_marked")
    assert [q.mention.text for q in found][-1] == "he"
    assert (found[-2].cue.text, doc.text[found[-2].start:found[-2].end], per_quote[-2].name) == (
        "declined", "to comment", "Sarah Lind")
    assert per_quote[-1].name == "Marco Rossi"


def test_a_surname_shared_by_two_people_goes_to_the_one_mentioned_last():
    doc, found, speakers, per_quote = resolved("q_attr_shared_surname")
    assert [s.name for s in per_quote] == ["Imran Khan", "Shafqat Ali Khan", "Shafqat Ali Khan"]


def test_coordinated_countries_speak_together():
    doc, found, speakers, per_quote = resolved("q_attr_coordinated")
    assert found[0].mention.text == "Peru and Chile"
    assert (per_quote[0].name, per_quote[0].type) == ("Peru and Chile", "organization")


def test_an_unnamed_description_said_again_is_one_speaker():
    # "The mayor denied … and insisted …" (one mention, two verbs), "The mayor also said …" (the
    # definite description again); "A man said … A man said …" may be two men
    doc, found, speakers, per_quote = resolved("q_unnamed_description_again")
    assert [(doc.text[q.start:q.end], s.description) for q, s in zip(found, per_quote)] == [
        ("the report", "The mayor"), ("the budget was balanced", "The mayor"), ("taxes would fall", "The mayor"),
        ("the road was closed", "A man"), ("it would reopen", "A man")]
    assert [s.quote_ids for s in speakers] == [["q1", "q2", "q3"], ["q4"], ["q5"]]
    assert [m.text for m in speakers[0].mentions] == ["The mayor", "The mayor"]


def test_a_description_is_the_person_named_at_its_end_not_the_one_it_relates_to():
    # "the political editor of The Parisian Marion Mourgue wrote …" is Mourgue, not the person in
    # focus; "The wife of Donald Trump said …" is not Trump but someone unnamed; a title with "of"
    # holds its name ("The secretary of state John Kerry")
    doc, found, speakers, per_quote = resolved("s_described_by_a_name_in_the_phrase")
    assert [(s.name, s.type) for s in per_quote] == [
        ("Emmanuel Macron", "person"), ("Marion Mourgue", "person"),
        ("The wife of Donald Trump", "anonymous"), ("John Kerry", "person")]


def test_a_given_name_glued_to_the_word_before_and_a_role_for_a_person_are_resolved():
    # "the political editor of The ParisianMarion Mourgue, wrote …": the scrape lost the space
    # before the given name, and the speaker is Mourgue; "The campaign manager for Donald Trump
    # said …" is someone working for Trump, not Trump
    doc, found, speakers, per_quote = resolved("s_glued_given_name")
    assert [(s.name, s.type) for s in per_quote] == [
        ("Emmanuel Macron", "person"), ("Marion Mourgue", "person"),
        ("The campaign manager for Donald Trump", "anonymous")]


def test_a_name_before_a_title_that_no_name_follows_is_the_titles_organization():
    # "The former DNC chairman said …": DNC is whom the chairman served, not a person called DNC
    # (the speaker is the title's holder, unresolved in this text: no name); "A Trump adviser said" is
    # an unnamed adviser
    doc, found, speakers, per_quote = resolved("s_organization_before_a_title")
    assert [(s.name, s.type) for s in per_quote] == [
        (None, "unknown"), ("A Trump adviser", "anonymous")]
    assert per_quote[0].description == "The former DNC chairman"
