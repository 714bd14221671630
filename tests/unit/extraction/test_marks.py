"""Quotation marks at the character level (quotes.marks.find_quoted_spans): pure text, no model."""
from __future__ import annotations

import pytest

from quotes.extraction.marks import find_quoted_spans


def quoted(text: str) -> list[list[str]]:
    """The content pieces of every span, as text (offsets checked against ``text``)."""
    out = []
    for span in find_quoted_spans(text):
        assert span.pieces, span
        for start, end in span.pieces:
            assert 0 <= start <= end <= len(text)
        out.append([text[a:b] for a, b in span.pieces])
    return out


def test_straight_double_quotes():
    text = 'The coach said "we were simply too slow" after the match.'
    [span] = find_quoted_spans(text)
    assert text[span.start:span.end] == "we were simply too slow"
    assert span.open_mark == text.index('"') and span.close_mark == text.rindex('"')
    assert span.closed and span.double
    assert text[span.open_mark:span.outer_end] == '"we were simply too slow"'


def test_curly_double_quotes():
    text = "“The roads are open again,” the police said."
    [span] = find_quoted_spans(text)
    assert (span.start, span.end) == (1, 26)
    assert text[span.start:span.end] == "The roads are open again,"
    assert span.close_mark == 26 and span.outer_end == 27


def test_curly_single_quotes_are_a_quotation():
    text = "The minister called the report ‘deeply flawed’ on Sunday."
    [span] = find_quoted_spans(text)
    assert text[span.start:span.end] == "deeply flawed"
    assert not span.double


@pytest.mark.parametrize("text", [
    "Pakistan’s envoy said the neighbors’ border was closed and they don’t expect change.",
    "Pakistan's envoy said the neighbors' border was closed and they don't expect change.",
])
def test_apostrophes_are_not_quotation_marks(text):
    assert find_quoted_spans(text) == []


@pytest.mark.parametrize("text", [
    "Pakistan’s envoy said the neighbors’ border was ‘sealed for good’ on Sunday.",
    "Pakistan's envoy said the neighbors' border was 'sealed for good' on Sunday.",
])
def test_single_quotation_among_apostrophes(text):
    assert quoted(text) == [["sealed for good"]]


def test_apostrophes_inside_quotations():
    text = "“We don’t want war,” she said. ‘They can’t win,’ he said."
    assert quoted(text) == [["We don’t want war,"], ["They can’t win,"]]


def test_french_guillemets():
    text = "The mayor wrote «nous restons ici» in a letter."
    assert quoted(text) == [["nous restons ici"]]


def test_french_guillemets_with_inner_spaces():
    text = "The mayor wrote « nous restons ici » in a letter."
    assert quoted(text) == [["nous restons ici"]]


def test_german_low_high_quotes():
    text = "The chancellor said „wir schaffen das“ in Berlin."
    [span] = find_quoted_spans(text)
    assert text[span.start:span.end] == "wir schaffen das"
    assert text[span.close_mark] == "“"


def test_multi_sentence_quotation_is_one_span():
    text = "“We will stay. We will rebuild. We will not leave,” the farmer said."
    assert quoted(text) == [["We will stay. We will rebuild. We will not leave,"]]


def test_quotation_continued_into_next_paragraph():
    text = ("“The first shipment arrived on Monday and more are on the way.\n\n"
            "“We expect the shelves to be full by Friday,” the manager said.")
    [span] = find_quoted_spans(text)
    assert [text[a:b] for a, b in span.pieces] == [
        "The first shipment arrived on Monday and more are on the way.",
        "We expect the shelves to be full by Friday,",
    ]
    assert span.open_mark == 0
    assert span.closed and text[span.close_mark] == "”"


def test_quotation_continued_with_crlf_line_ends():
    text = "“The first shipment arrived on Monday.\r\n“More are on the way,” the manager said."
    [span] = find_quoted_spans(text)
    assert [text[a:b] for a, b in span.pieces] == ["The first shipment arrived on Monday.", "More are on the way,"]


def test_nested_single_inside_double_is_one_outer_span():
    text = "“He told me ‘never again’ and walked out,” she said."
    [span] = find_quoted_spans(text)
    assert span.double
    assert text[span.start:span.end] == "He told me ‘never again’ and walked out,"


def test_nested_straight_single_inside_straight_double():
    text = "\"They shouted 'go home' at us,\" a resident said."
    assert quoted(text) == [["They shouted 'go home' at us,"]]


def test_unbalanced_mark_does_not_swallow_next_paragraph():
    text = ("The mayor called the project “a gift to the city.\n"
            "The council met on Monday.\n"
            "It later said “all is well” in a statement.")
    spans = find_quoted_spans(text)
    assert [[text[a:b] for a, b in s.pieces] for s in spans] == [["a gift to the city."], ["all is well"]]
    assert not spans[0].closed and spans[1].closed
    assert spans[0].end <= text.index("\n")


def test_unbalanced_mark_at_end_of_text():
    text = "He called it “a disaster.\n\nThe council met on Monday."
    [span] = find_quoted_spans(text)
    assert text[span.start:span.end] == "a disaster."
    assert not span.closed
    assert span.outer_end == span.end


def test_two_quotations_in_one_sentence():
    text = 'She said "it works" and "it is cheap".'
    assert quoted(text) == [["it works"], ["it is cheap"]]


def test_offsets_exact_with_emoji_combining_marks_and_crlf():
    text = "“Rain 🌧️ again,” said Zoe\u0301.\r\n“Cafe\u0301 closed for good,” she said."
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["Rain 🌧️ again,", "Cafe\u0301 closed for good,"]
    assert [s.open_mark for s in spans] == [0, text.index("“Cafe")]
    assert all(text[s.close_mark] == "”" for s in spans)


def test_text_without_marks():
    assert find_quoted_spans("No one said anything at all.") == []
    assert find_quoted_spans("") == []


def test_a_curly_opening_mark_opens_right_after_a_comma():
    # 'Ryan said,“Look, …”' (no space after the comma); a closing mark there closes as before
    assert quoted("Ryan said,“Look, they have no place here.” He left.") == [["Look, they have no place here."]]
    assert quoted("“We are ready,” he said,” and left.") == [["We are ready,"]]


def test_a_double_mark_set_off_by_a_space_after_a_closing_single_one_closes_the_quotation():
    # the typography of '… the term 'African American outreach,' " he told the group': the space
    # between the two closing marks hid the double one, and the quotation ran to the paragraph's end
    text = ("\"I've always been insulted with the term 'African American outreach,' \" he told the group. "
            "\"It's the 'Title Sponsor,' \" she wrote. “Call it a ‘flight to quality’ ” he said.")
    assert quoted(text) == [["I've always been insulted with the term 'African American outreach,'"],
                            ["It's the 'Title Sponsor,'"], ["Call it a ‘flight to quality’"]]
    # (a straight mark with spaces on both sides and no single mark before it still closes nothing)
    assert quoted('He said "the plan " is fine and " left.') == [['the plan " is fine and " left.']]


def test_a_closing_mark_glued_between_a_comma_and_a_letter_opens_a_quotation():
    # scraped typography: '… Murray told the crowd,cradling his trophy,”but also I understand …”'
    text = "“I wanted this,” he told the crowd,cradling his trophy,”but also I understand it.” Then he left."
    assert quoted(text) == [["I wanted this,"], ["but also I understand it."]]
    # (inside an open quotation such a mark still closes it: '“Yes,”said Murray')
    assert quoted("“Yes,”said Murray.") == [["Yes,"]]
