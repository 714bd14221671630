"""Direct quotes in formats other than "…," she said (issue #9, part B): pull quotes signed with a
dash and a name, interview transcripts with speaker labels; with negatives."""
from __future__ import annotations

from fixtures import load
from quotes.extraction.attribute import attribute_quotes
from quotes.extraction.detect import find_quotes


def attributed(name: str):
    """(type, pieces as text, mention text) of every quote of a fixture, after attribution."""
    doc = load(name)
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    return [(q.type, [doc.text[a:b] for a, b in q.pieces], q.mention and q.mention.text) for q in found]


def test_quotation_signed_with_a_dash_and_a_name():
    # '“…” ― Maria Lopez' at the end of its line: a vox pop, not a headline
    assert attributed("q_dash_signature") == [
        ("direct", ["The new bridge has changed how we get to work. We save an hour every day."], "Maria Lopez"),
        ("direct", ["I wish the council had asked us first about the tolls on the bridge."], "Tom Baker")]


def test_quoted_title_with_a_dash_and_a_name_is_no_quote():
    # '“The Long Road Home To The Valley Of Our Fathers” ― Jane Roe': a title, no final stop
    assert attributed("q_neg_dash_title") == []


def test_transcript_turns_are_direct_quotes_of_their_labels():
    # '"HOST: What will you do …?' / '"SMITH: We will …': the label speaks, without the label or the mark
    assert attributed("q_transcript") == [
        ("direct", ["What will you do about the tariffs next year?"], "HOST"),
        ("direct", ["We will lower them for every farmer in the state."], "SMITH"),
        ("direct", ["And the budget?"], "HOST"),
        ("direct", ["The budget will be balanced by the end of my first term."], "SMITH")]


def test_datelines_in_capitals_are_no_transcript():
    # 'KABUL: The talks will resume …' / 'LONDON: The markets fell …', each place twice: places, not speakers
    assert attributed("q_neg_dateline_caps") == []
