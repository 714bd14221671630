"""Article outlet, publication date, title, dateline and byline: given or detected (pure text)."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dataclasses import asdict

from quotes.extraction import article_meta
from quotes.extraction.article_meta import (detect_byline, detect_dateline, detect_outlet, detect_published,
                                            detect_title, parse_published, url_host)


def build_article(text, **given) -> dict:
    """The article record as the API shows it."""
    return asdict(article_meta.build_article(text, **given))

SEEDS = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"

BODY = ("The talks between the two delegations continued late into the night without agreement, "
        "officials said, and a further round is expected next month in the capital.\n") * 3


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- given values

def test_given_values_pass_through_as_given():
    article = build_article("Some headline here for the day\n" + BODY, id="a1", outlet="Dawn",
                            published="2025-10-30T10:39:00+03:00", url="https://www.dawn.com/x", title="T")
    assert article == {
        "id": "a1", "outlet": "Dawn", "published": "2025-10-30T10:39:00+03:00", "url": "https://www.dawn.com/x",
        "title": "T", "dateline": None, "byline": None,
        "provenance": {"outlet": "given", "published": "given", "title": "given"},
    }


def test_given_date_objects_become_iso_strings():
    assert build_article(BODY, published=date(2025, 10, 28))["published"] == "2025-10-28"
    tz = timezone(timedelta(hours=5))
    assert build_article(BODY, published=datetime(2025, 10, 28, 9, 5, tzinfo=tz))["published"] == \
        "2025-10-28T09:05:00+05:00"


def test_given_wins_over_what_the_text_states():
    text = "A headline about the border talks\n- Oct 28, 2025\n" + BODY + "More From Türkiye Today\n"
    article = build_article(text, outlet="Other", published="2025-10-29")
    assert (article["outlet"], article["published"]) == ("Other", "2025-10-29")
    assert article["provenance"]["outlet"] == article["provenance"]["published"] == "given"


def test_nothing_stated_nothing_detected():
    article = build_article(BODY)
    assert (article["outlet"], article["published"], article["title"]) == (None, None, None)
    assert article["provenance"] == {"outlet": None, "published": None, "title": None}


def test_parse_published_is_exposed_for_the_api():
    assert parse_published("2025-10-28") == date(2025, 10, 28)
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_published("28/10/2025")


# --------------------------------------------------------------------------- publication date

@pytest.mark.parametrize("line, expected", [
    ("- Oct 28, 2025", date(2025, 10, 28)),
    ("October 30, 2025 10:39 AM GMT+03:00", datetime(2025, 10, 30, 10, 39, tzinfo=timezone(timedelta(hours=3)))),
    ("Published: 28 October 2025", date(2025, 10, 28)),
    ("Tue, Oct. 28, 2025 | 4:05 pm", datetime(2025, 10, 28, 16, 5)),
    ("By Web Desk | Oct 28, 2025", date(2025, 10, 28)),
    ("2025-10-28 08:00 UTC", datetime(2025, 10, 28, 8, 0, tzinfo=timezone.utc)),
    ("Posted on September 3rd, 2024", date(2024, 9, 3)),
    ("Oct 28, 2025 12:15 AM +0500", datetime(2025, 10, 28, 0, 15, tzinfo=timezone(timedelta(hours=5)))),
])
def test_standalone_date_lines(line, expected):
    assert detect_published("A headline about the border talks\n" + line + "\n\n" + BODY) == expected


def test_caption_dates_are_not_publication_dates():
    text = ("A headline about the border talks\n"
            "Delegates shake hands in Doha, Qatar, Oct 19, 2025. (AFP Photo)\n" + BODY)
    assert detect_published(text) is None


def test_first_date_line_wins_over_a_later_updated_one():
    text = ("A headline about the border talks\nUpdated: Oct 30, 2025 11:00 AM\n"
            "Published: Oct 29, 2025 9:00 AM\n" + BODY + "Oct 30, 2025 12:00 PM\n")
    assert detect_published(text) == datetime(2025, 10, 29, 9, 0)
    text = "A headline about the border talks\nOct 29, 2025\nOct 30, 2025\n" + BODY
    assert detect_published(text) == date(2025, 10, 29)


def test_updated_line_is_used_when_it_is_the_only_one():
    text = "A headline about the border talks\nLast updated: Oct 30, 2025\n" + BODY
    assert detect_published(text) == date(2025, 10, 30)


def test_date_lines_at_the_foot_of_the_page_are_not_the_publication_date():
    text = "A headline about the border talks\n" + BODY + "Related story headline\nOct 12, 2025\n"
    assert detect_published(text) is None


def test_detected_published_is_iso_with_offset_kept():
    article = build_article("A headline about the border talks\nOctober 30, 2025 10:39 AM GMT+03:00\n" + BODY)
    assert article["published"] == "2025-10-30T10:39:00+03:00"
    assert article["provenance"]["published"] == "detected"


# --------------------------------------------------------------------------- outlet

def test_footer_names_the_outlet():
    assert detect_outlet(BODY + "More From Türkiye Today\n") == "Türkiye Today"
    assert detect_outlet(BODY + "© 2025 The Daily Star. All rights reserved.\n") == "The Daily Star"


def test_section_footer_naming_a_country_is_no_outlet():
    assert detect_outlet(BODY + "More from Pakistan\n") is None


def test_agency_dateline_names_the_outlet():
    assert detect_outlet("ISTANBUL (Reuters) - " + BODY) == "Reuters"


def test_url_host_without_www():
    assert url_host("https://www.aa.com.tr/en/asia-pacific/pakistan/123") == "aa.com.tr"
    assert url_host("http://dawn.com/news/1") == "dawn.com"
    assert url_host("www.geo.tv/latest/1") == "geo.tv"
    assert url_host("") is None and url_host(None) is None
    article = build_article(BODY, url="https://www.aa.com.tr/en/x")
    assert (article["outlet"], article["provenance"]["outlet"]) == ("aa.com.tr", "detected")


def test_text_footer_is_preferred_to_the_url():
    assert detect_outlet(BODY + "More From Türkiye Today\n", "https://www.example.com/a") == "Türkiye Today"


# --------------------------------------------------------------------------- dateline, byline, title

def test_place_dateline():
    assert detect_dateline("Headline of the story here\n\nISTANBUL: " + BODY) == "ISTANBUL"
    assert detect_dateline("Headline of the story here\nKARACHI, Pakistan (AP) — " + BODY) == "KARACHI"
    assert detect_dateline("Headline of the story here\nBREAKING: " + BODY) is None
    assert detect_dateline("Headline of the story here\n" + BODY) is None


def test_byline():
    assert detect_byline("Headline of the story\n- By Web Desk -\n- Oct 28, 2025\n" + BODY) == "Web Desk"
    assert detect_byline("Headline of the story\nBy Jane Doe | Oct 28, 2025\n" + BODY) == "Jane Doe"
    assert detect_byline("Headline of the story\n" + "By the time talks resumed, " + BODY) is None


def test_title_skips_navigation_debris():
    text = "Close\nnewsletters Newsletters\nX Instagram Youtube\n\nTalks to resume in Istanbul, officials say\n" + BODY
    assert detect_title(text) == "Talks to resume in Istanbul, officials say"
    assert detect_title("- Oct 28, 2025\nMenu\n" + BODY) is None  # a sentence is not a headline


# --------------------------------------------------------------------------- the seed articles

def test_seed_000_states_no_date_or_outlet():
    article = build_article(seed("000"))
    assert (article["outlet"], article["published"], article["dateline"], article["byline"]) == (None, None, None, None)
    assert article["title"] == "Pakistan, Afghan Taliban agree to resume talks in Istanbul after brief suspension"


def test_seed_001_place_dateline_only():
    article = build_article(seed("001"))
    assert (article["outlet"], article["published"], article["dateline"]) == (None, None, "ISTANBUL")
    assert article["title"] == "Pakistan, Afghan Taliban reportedly agree to resume talks in Istanbul"


def test_seed_002_date_line_and_byline():
    article = build_article(seed("002"))
    assert (article["published"], article["byline"], article["dateline"]) == ("2025-10-28", "Web Desk", "ISTANBUL")
    assert article["outlet"] is None
    assert article["provenance"] == {"outlet": None, "published": "detected", "title": "detected"}


def test_seed_003_date_time_and_footer_outlet():
    article = build_article(seed("003"))
    assert article["published"] == "2025-10-30T10:39:00+03:00"  # not a caption date, not the later time
    assert article["outlet"] == "Türkiye Today"
    assert article["title"] == "Pakistan-Afghanistan peace talks 'likely' to resume in Istanbul"
    assert article["provenance"] == {"outlet": "detected", "published": "detected", "title": "detected"}


def test_seed_004_states_no_date_or_outlet():
    article = build_article(seed("004"))
    assert (article["outlet"], article["published"], article["dateline"]) == (None, None, None)
