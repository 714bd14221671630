"""The indexes that keep detection n log n give exactly the answers of the scans they replace.

Each index is checked against the brute-force scan it stands for: on random spans
(hypothesis), and on the real fixtures (every quotation and offset of every fixture)."""
from __future__ import annotations

from fixtures import FIXTURES, load
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import attribute, detect
from quotes.extraction.cues import find_frames
from quotes.extraction.intervals import IntervalIndex, KeyIndex, SortedIntervals
from quotes.extraction.marks import find_quoted_spans
from quotes.extraction.names import NameIndex, same_person

SIZE = 200
intervals = st.lists(st.tuples(st.integers(0, SIZE - 1), st.integers(-5, SIZE + 5)), max_size=60)
queries = st.lists(st.tuples(st.integers(-10, SIZE + 10), st.integers(-10, SIZE + 10)), min_size=1, max_size=20)


@settings(max_examples=300, deadline=None)
@given(intervals, queries)
def test_interval_index_finds_what_a_scan_finds_in_the_same_order(items, ranges):
    index = IntervalIndex(SIZE)
    added = []
    for number, (start, end) in enumerate(items):
        index.add(start, end, number)
        added.append((start, end, number))
        if number % 7 == 0:  # queries between the adds too (the found quotes grow as they are queried)
            a, b = ranges[number % len(ranges)]
            assert index.overlapping(a, b) == [n for s, e, n in sorted(added, key=lambda t: (t[0], t[2]))
                                               if s < b and e > a]
    in_order = sorted(added, key=lambda t: (t[0], t[2]))
    for a, b in ranges:
        assert index.overlapping(a, b) == [n for s, e, n in in_order if s < b and e > a]
        assert index.covering(a) == [n for s, e, n in in_order if s <= a < e]
        assert index.find(b, a, since=a - 3) == [n for s, e, n in in_order if a - 3 <= s < b and e > a]
    assert len(index) == len(items)


@settings(max_examples=300, deadline=None)
@given(intervals, queries)
def test_sorted_intervals_find_what_a_scan_finds_in_the_same_order(items, ranges):
    index = SortedIntervals((s, e, n) for n, (s, e) in enumerate(items))
    in_order = sorted(((s, e, n) for n, (s, e) in enumerate(items)), key=lambda t: (t[0], t[2]))
    for a, b in ranges:
        assert index.overlapping(a, b) == [n for s, e, n in in_order if s < b and e > a]
        assert index.covering(a) == [n for s, e, n in in_order if s <= a < e]
    assert len(index) == len(items)


def test_interval_index_refuses_a_start_outside_it():
    index = IntervalIndex(10)
    for start in (-1, 16):
        try:
            index.add(start, start + 1, None)
        except ValueError:
            continue
        raise AssertionError(f"start {start} accepted")


def test_interval_index_work_follows_the_answers_not_the_intervals():
    # 4,096 disjoint spans: a point query looks at a few dozen nodes, not at every span
    index = IntervalIndex(4096 * 10)
    for i in range(4096):
        index.add(10 * i, 10 * i + 5, i)
    before = index.visited
    assert index.covering(20_002) == [2000]
    assert index.covering(20_007) == []
    assert index.visited - before < 2 * 4 * 16  # two queries, ~4 nodes per level of 16


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-20, 20), max_size=40), st.integers(-25, 25), st.integers(0, 10))
def test_key_index_between_is_a_filter_in_key_order(keys, low, width):
    index = KeyIndex((k, i) for i, k in enumerate(keys))
    expected = [i for k, i in sorted((k, i) for i, k in enumerate(keys)) if low <= k <= low + width]
    assert index.between(low, low + width) == expected


WORDS = ["Khan", "Imran", "Ali", "Muhammad", "Mohammad", "Mohammed", "bin", "Salman", "Abdulaziz", "Inam",
         "Inamullah", "de", "Vries", "Pieter", "QC", "Jr", "Asif", "Khawaja", "Roe", "Jane", "ibn"]
forms = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(tuple)


@settings(max_examples=300, deadline=None)
@given(st.lists(forms, max_size=25), st.lists(forms, min_size=1, max_size=10))
def test_name_index_candidates_hold_every_same_person_form(stored, asked):
    index = NameIndex()
    for form in stored:
        index.add(form, form)
    for form in asked:
        candidates = index.candidates(form)
        for other in stored:
            if same_person(form, other):
                assert any(c is other for c in candidates), (form, other)
        # in the order first added
        positions = [next(i for i, s in enumerate(stored) if s is c) for c in candidates]
        assert positions == sorted(positions)


def _docs():
    for path in sorted(FIXTURES.glob("*.conllu")):
        yield path.stem, load(path.stem)


def _brute_sentence_at(doc, offset):
    for i, sentence in enumerate(doc.sentences):
        if sentence.tokens[0].start_char <= offset < sentence.tokens[-1].end_char + 1:
            return i
    return max(0, min(range(len(doc.sentences)), key=lambda i: abs(doc.sentences[i].tokens[0].start_char - offset)))


def _brute_word_after(doc, offset, skip):
    for s, sentence in enumerate(doc.sentences):
        for i, word in enumerate(sentence.words):
            if word.start_char >= offset and not skip(word):
                return s, i
    return None


def _brute_word_before(doc, offset, skip):
    found = None
    for s, sentence in enumerate(doc.sentences):
        for i, word in enumerate(sentence.words):
            if word.end_char > offset:
                return found
            if not skip(word):
                found = (s, i)
    return found


def _brute_sentence_of(doc, offset):
    return next((i for i, s in enumerate(doc.sentences)
                 if s.words and s.words[0].start_char <= offset <= s.words[-1].end_char), None)


def test_offset_lookups_match_the_scans_on_every_fixture():
    checked = 0
    for name, doc in _docs():
        sentence_at = detect._Sentences(doc)
        for offset in range(len(doc.text) + 2):
            assert sentence_at(offset) == _brute_sentence_at(doc, offset), (name, offset)
            assert attribute._sentence_of(doc, offset) == _brute_sentence_of(doc, offset), (name, offset)
            for skip in (lambda w: False, detect.is_quote_mark, lambda w: not any(c.isalnum() for c in w.text)):
                assert attribute._word_after(doc, offset, skip) == _brute_word_after(doc, offset, skip), (name, offset)
                assert attribute._word_before(doc, offset, skip) == _brute_word_before(doc, offset, skip), (name, offset)
            checked += 1
    assert checked > 5000


def test_frames_next_to_each_quotation_are_the_ones_a_scan_finds_on_every_fixture():
    checked = 0
    for name, doc in _docs():
        spans = find_quoted_spans(doc.text)
        quoted = [(s.open_mark, s.outer_end) for s in spans]
        frames = [f for i, sentence in enumerate(doc.sentences) for f in find_frames(i, sentence.words, quoted)]
        near = detect._AdjacentFrames(doc, frames)
        for span in spans:
            assert detect._adjacent_frame(doc, span, frames, near) is detect._adjacent_frame(doc, span, frames), name
            checked += detect._adjacent_frame(doc, span, frames) is not None
    assert checked > 40  # fixtures where a frame stands next to a quotation


def test_latest_mentioned_is_the_last_quote_with_a_speaker_in_the_window():
    from quotes.records import Quote

    quotes = [Quote(pieces=[(i, i + 1)], type="direct", sentence=s) for i, s in enumerate([0, 3, 1, 5, 2, 2, 7, 4, 6])]
    latest = attribute._LatestMentioned(quotes)
    for index, quote in enumerate(quotes):
        for first in range(-1, 9):
            expected = next((q for q in reversed(quotes[:index]) if q.sentence >= first and q.mention == "x"), None)
            assert latest.before(first) is expected, (index, first)
        if index % 3 != 1:  # some quotes get no speaker
            quote.mention = "x"
            latest.add(index)


def test_line_and_sentence_openings_match_the_copies_they_replace_on_every_fixture():
    from quotes.extraction.marks import QuotedSpan

    checked = 0
    for name, doc in _docs():
        text = doc.text + " \t \n  x"  # a line of spaces, and a line that starts with spaces
        for offset in range(len(text) + 1):
            assert detect._opens_line(text, offset) == (text[text.rfind("\n", 0, offset) + 1:offset].strip() == "")
            span = QuotedSpan(pieces=[(offset, offset)], open_mark=offset)
            before = text[:offset].rstrip(" \t\u00a0")  # a no-break space before a mark is white space too
            brute = not before or before[-1] in "\n.!?:;\"”’»" or offset < len(text) and text[offset].isupper()
            assert detect._opens_sentence(text, span) == brute, (name, offset)
            checked += 1
    assert checked > 10000


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\u00a0\n.!?:;,”\"’')]( xA🕊\u200d\ufe0f\u0301", max_size=30),
       st.sampled_from(["”\"’')]", "”\"’' )]"]))
def test_line_tail_is_the_last_character_of_the_stripped_line(line, trailing):
    from quotes.extraction.words import line_tail, strip_symbols

    text = "ab\n" + line + "\ncd"
    stripped = strip_symbols(line).strip().rstrip(trailing)
    assert line_tail(text, 3, 3 + len(line), trailing) == stripped[-1:]


def test_a_sentence_after_a_closing_mark_is_seen_without_copying_the_text_before():
    from quotes.extraction import cues

    for name, doc in _docs():
        for sentence in doc.sentences:
            words = sentence.words
            before = doc.text[:words[0].start_char].rstrip(" \t\u00a0")
            brute = len(before) >= 2 and before[-1] in "”\"’'»" and before[-2] in ".!?,…"
            assert cues._follows_quotation(words) == brute, name
