"""The Stanza annotator's repairs: line breaks end sentences, runaway sentences and runs are cut,
offsets always index the submitted text."""
import pytest

from quotes.nlp import MAX_RUN_CHARS, break_long_runs, has_english_models


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
