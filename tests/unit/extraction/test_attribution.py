"""Attribution (quotes.attribute.attribute_quotes): speaker mentions, evidence and confidence, on
CoNLL-U fixtures."""
from __future__ import annotations

from fixtures import load
from quotes.extraction.attribute import attribute_quotes, confidence
from quotes.extraction.detect import find_quotes
from quotes.records import Mention, Quote


def attributed(name: str):
    doc = load(name)
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    return doc, found


def test_named_subject_with_title_and_affiliation_is_the_mention():
    doc, found = attributed("q_attr_keller")
    q = found[0]
    assert doc.text[q.start:q.end] == "the embassy in the capital would reopen within weeks"
    assert (q.mention.text, q.mention.kind, q.evidence) == ("Germany's Foreign Minister Anna Keller", "name", "subject")


def test_mention_kinds_in_one_article():
    doc, found = attributed("q_attr_keller")
    assert [(q.mention.text, q.mention.kind, q.evidence) for q in found] == [
        ("Germany's Foreign Minister Anna Keller", "name", "subject"),
        ("Keller", "name", "subject"),
        ("She", "pronoun", "pronoun"),
        ("The German foreign minister", "description", "subject"),
    ]


def test_anonymous_mentions():
    assert [(q.mention.text, q.mention.kind) for q in attributed("q_attr_anon_source")[1]] == [
        ("A senior security source", "anonymous"), ("the source", "anonymous")]
    assert [(q.mention.text, q.mention.kind) for q in attributed("q_attr_anon_officials")[1]] == [
        ("Officials", "anonymous")]
    assert [(q.mention.text, q.mention.kind) for q in attributed("q_attr_anon_familiar")[1]] == [
        ("Sources familiar with the talks", "anonymous")]


def test_organization_mentions():
    assert [(q.mention.text, q.mention.kind) for q in attributed("q_attr_org_reuters")[1]] == [
        ("Reuters", "organization")]
    assert [(q.mention.text, q.mention.kind) for q in attributed("q_attr_army")[1]] == [
        ("Italy's army", "organization"), ("The Italian army", "organization")]
    # "The union announced a strike on Monday, saying that …": the strike is a noun-phrase content
    # (extraction/complements.py) with the same speaker, and the participle's clause another
    doc, [announced, q] = attributed("q_participle_saying")
    assert (announced.mention.text, announced.evidence, announced.noun_phrase) == ("The union", "subject", True)
    assert (q.mention.text, q.mention.kind, q.evidence) == ("The union", "organization", "participle")


def test_according_to_evidence():
    doc, [q] = attributed("q_according_end")
    assert (q.mention.text, q.evidence) == ("the World Bank", "according_to")


def test_carried_speaker_for_a_continuation():
    doc, found = attributed("q_direct_next_paragraph")
    assert [(q.mention.text, q.evidence) for q in found] == [("Elena Novak", "subject"), ("Elena Novak", "carried")]


def test_confidence_named_subject_over_pronoun_over_carried():
    doc, found = attributed("q_confidence")
    assert [doc.text[q.start:q.end] for q in found] == [
        "The new line will open in March,", "We have tested every train twice,", "Passengers will notice the difference."]
    assert [q.evidence for q in found] == ["subject", "pronoun", "carried"]
    assert [q.mention.text for q in found] == ["Transport Minister Karl Weber", "he", "he"]
    named, pronoun, carried = (q.confidence for q in found)
    assert 1.0 >= named > pronoun > carried > 0.0


def test_confidence_of_a_quote_without_speaker_is_lowest():
    q = Quote(pieces=[(0, 10)], type="direct")
    alone = confidence(q)
    q.mention, q.evidence = Mention("she", 12, 15, 0, 3, "pronoun"), "pronoun"
    assert alone < confidence(q)
    q.evidence = "subject"
    q.mention = Mention("Anna Keller", 12, 23, 0, 3, "name")
    assert confidence(q) > confidence(Quote(pieces=[(0, 10)], type="direct", mention=q.mention, evidence="carried"))


def test_direct_named_quote_more_confident_than_indirect_same_speaker():
    doc, found = attributed("q_attr_keller")
    indirect_named, direct_surname = found[0], found[1]
    assert direct_surname.type == "direct" and indirect_named.type == "indirect"
    assert direct_surname.confidence >= indirect_named.confidence


def test_no_speaker_no_quotes_in_negative_fixtures():
    for name in ("q_neg_headline", "q_neg_scare", "q_neg_debris", "q_neg_title"):
        assert attributed(name)[1] == []


def test_standalone_quotation_takes_the_subject_of_the_sentence_before():
    doc = load("q_attr_nearby")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    [q] = found
    assert (q.type, q.cue, q.evidence, q.mention.text) == ("direct", None, "nearby", "Governor Rosa Ibarra")
    assert q.confidence < 0.6  # weaker evidence than any explicit cue


def test_a_verb_of_manner_after_a_quotation_opening_its_sentence_attributes_it():
    # '"…," Smith beamed.' (the kit: beamed/VBN), '"…," the senator barked at the reporter.'
    doc, found = attributed("q_manner_of_speaking")
    assert [(doc.text[q.start:q.end], q.cue.text, q.mention.text) for q in found] == [
        ("That was the best game of my life,", "beamed", "Smith"),
        ("We are not going to give up on this city now,", "barked", "the senator"),
    ]


def test_a_passive_an_object_or_a_quotation_inside_its_sentence_is_no_manner_of_speaking():
    # '"…," the statement was issued on Monday.' / '"…," the coach kicked the bench.' /
    # 'He read the line "We shall overcome," and the crowd cheered.'
    doc, found = attributed("q_neg_manner_of_speaking")
    assert [doc.text[q.start:q.end] for q in found[:2]] == ["We will never back down from this fight,", "Not again, not like this,"]
    assert [q.cue for q in found[:2]] == [None, None]
    assert not any(q.cue is not None and q.cue.text in {"issued", "kicked", "cheered"} for q in found)


def test_a_one_clause_colon_introduction_gives_its_subject_and_verb():
    # "In a Fox interview later that day, Trump went even further: “…”", "Ann Lee then addressed
    # the supporters again: “…”": the clause before the colon names who speaks (before, the
    # speaker of an earlier sentence was carried over)
    doc, found = attributed("q_attr_colon_introduction")
    assert [(q.cue.text, q.mention.text, q.evidence) for q in found] == [
        ("went", "Trump", "subject"), ("addressed", "Ann Lee", "subject")]


def test_colon_introductions_without_a_named_subject_or_with_two_clauses_give_none():
    # "The rules at the hall are simple: “…”" (no name, no verb but "are"); "Then John Roe packed
    # his bags and left the city early: “…”" (two verbs: not one short clause)
    doc, found = attributed("q_attr_neg_colon_introduction")
    assert [q.cue for q in found] == [None, None]
    assert all(q.evidence != "subject" for q in found)


def test_a_quotation_in_a_new_paragraph_after_an_introduction_of_its_own_is_not_the_last_one_continued():
    # '“…,” said Beau Correll.\n\nAnn Lee then addressed the supporters again: “…”': the colon
    # after the line break closes Ann Lee's clause, not Correll's attribution (before, the two
    # quotations were one quote of his); "She said:\n“…”" still introduces the line below
    doc, found = attributed("q_direct_new_paragraph_introduction")
    assert [(doc.text[q.start:q.end], q.cue.text, q.mention.text) for q in found] == [
        ("This is a scripted television show,", "said", "Beau Correll"),
        ("Here is what I regret about the whole campaign.", "addressed", "Ann Lee"),
        ("We will be back next week for the rest of the show.", "said", "She")]
