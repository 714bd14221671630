"""Scraped, broken and hostile text: the engine never crashes and every offset it returns
indexes the submitted text (a seeded random mix of quotation marks, cues, emoji, combining
marks, CRLF, NUL and fragments of the seed articles)."""
import random

import pytest

from quotes.extraction import Extractor

PIECES = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", ":", ",", ".", "\n", "\n\n", " said ", " told ",
          "according to ", "He ", "the source ", "😀", "é", "\u0301", "\r\n", "\t", "\x00", "(", ")", "-",
          " that ", "Mr. ", "X", " saying ", " 40-year-old ", "Asif", "Pakistan's ", "word ", "The minister "]


def cases(seed_texts, count=40):
    rng = random.Random(20251030)
    seeds = list(seed_texts.values())
    for n in range(count):
        if n % 3 == 0:  # a real article with a burst of junk spliced in
            base = rng.choice(seeds)
            cuts = sorted(rng.randrange(len(base)) for _ in range(2))
            yield base[:cuts[0]] + "".join(rng.choice(PIECES) for _ in range(20)) + base[cuts[1]:]
        else:
            yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 120)))


@pytest.mark.timeout(600)
def test_random_broken_text_never_crashes_and_offsets_hold(annotator, seed_texts):
    extractor = Extractor(annotator)
    checked = 0
    for text in cases(seed_texts):
        result = extractor.extract(text)
        for quote in result["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            assert all(0 <= a < b <= len(text) for a, b in quote["pieces"])
            for part in (quote["cue"], quote["speaker"]["mention"], quote["channel"], quote["statement_date"]):
                if part is not None:
                    assert text[part["start"]:part["end"]] == part["text"]
            checked += 1
        for speaker in result["speakers"]:
            assert all(text[m["start"]:m["end"]] == m["text"] for m in speaker["mentions"])
    assert checked > 0  # the spliced seed articles keep most of their quotes
