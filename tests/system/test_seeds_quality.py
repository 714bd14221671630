"""Quality on real text through the real model kit (session ``annotator``): the seed articles scored
with the evaluation script's own functions, and a short hand-written article checked quote by quote."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import SEEDS
from quotes.extraction import Extractor

ARTICLE = (
    "Flood defences to be rebuilt after storm\n"
    "The Netherlands will spend 2 billion euros on new river dikes, Infrastructure Minister Pieter de Vries "
    "said on Thursday.\n"
    "“We cannot wait for the next flood to show us where the weak points are,” de Vries told reporters in "
    "The Hague.\n"
    "He said the first contracts would be signed “before the end of the year” and that work would start in "
    "the spring.\n"
    "A senior water board official, speaking on condition of anonymity, said several dikes in the south had "
    "been close to failing.\n"
    "“The water was only a few centimetres from the top,” the official said.\n"
    "Farmers in the region welcomed the plan but warned that compensation for lost land was still unclear.\n"
)


def _load_scorer():
    spec = importlib.util.spec_from_file_location("seed_score", SEEDS.parent / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extractor(annotator):
    return Extractor(annotator)


@pytest.fixture(scope="module")
def seed_run(extractor):
    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    preds = [extractor.extract(d["text"], id=d["id"], outlet=d.get("outlet"), published=d.get("published"))
             for d in gold]
    result, errors = _load_scorer().score(gold, preds)
    return gold, preds, result, errors


@pytest.fixture(scope="module")
def article(extractor):
    return extractor.extract(ARTICLE)


# --- seed articles ---------------------------------------------------------------------------

def test_seed_articles_present(seed_run):
    gold, preds, result, errors = seed_run
    assert len(gold) >= 5 and len(preds) == len(gold)


@pytest.mark.parametrize("metric, floor", [
    ("quote_precision", 0.90),
    ("quote_recall", 0.90),
    ("speaker_acc_relaxed", 0.90),
    ("end_to_end_f1", 0.85),
])
def test_seed_scores(seed_run, metric, floor):
    gold, preds, result, errors = seed_run
    assert result[metric] >= floor, (metric, result[metric], errors)


def test_seed_quote_offsets_index_the_input(seed_run):
    gold, preds, result, errors = seed_run
    for doc, pred in zip(gold, preds):
        text = doc["text"]
        for q in pred["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert q["pieces"][0][0] == q["start"] and q["pieces"][-1][1] == q["end"]
            mention = q["speaker"]["mention"]
            if mention is not None:
                assert text[mention["start"]:mention["end"]] == mention["text"]


# --- a hand-written article ------------------------------------------------------------------

def test_article_quotes_and_types(article):
    assert [(q["type"], q["text"]) for q in article["quotes"]] == [
        ("indirect", "The Netherlands will spend 2 billion euros on new river dikes"),
        ("direct", "We cannot wait for the next flood to show us where the weak points are,"),
        ("mixed", "the first contracts would be signed “before the end of the year” and that work would start "
                  "in the spring"),
        ("indirect", "several dikes in the south had been close to failing"),
        ("direct", "The water was only a few centimetres from the top,"),
        ("indirect", "compensation for lost land was still unclear"),
    ]


def test_article_cues_and_mentions(article):
    assert [(q["cue"]["text"], q["speaker"]["mention"]["text"]) for q in article["quotes"]] == [
        ("said", "Infrastructure Minister Pieter de Vries"),
        ("told", "de Vries"),
        ("said", "He"),
        ("said", "A senior water board official"),
        ("said", "the official"),
        ("warned", "Farmers in the region"),
    ]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_article_offsets_index_the_input(extractor, line_end):
    text = ARTICLE.replace("\n", line_end)
    result = extractor.extract(text)
    assert len(result["quotes"]) == 6
    for q in result["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        for start, end in q["pieces"]:
            assert q["start"] <= start < end <= q["end"]
        cue = q["cue"]
        assert text[cue["start"]:cue["end"]] == cue["text"]
        mention = q["speaker"]["mention"]
        assert text[mention["start"]:mention["end"]] == mention["text"]


def test_article_named_speaker_has_title(article):
    first = article["quotes"][0]["speaker"]
    assert (first["name"], first["type"]) == ("Pieter de Vries", "person")
    speaker = next(s for s in article["speakers"] if s["id"] == first["id"])
    assert speaker["title"] == "Infrastructure Minister"


def test_article_confidence_named_over_pronoun(article):
    named, surname, pronoun = article["quotes"][:3]
    assert named["evidence"] == surname["evidence"] == "subject" and pronoun["evidence"] == "pronoun"
    assert surname["confidence"] > pronoun["confidence"]


def test_article_surname_and_pronoun_join_the_named_minister(article):
    ids = {q["speaker"]["id"] for q in article["quotes"][:3]}
    assert len(ids) == 1
    assert {q["speaker"]["name"] for q in article["quotes"][:3]} == {"Pieter de Vries"}


def test_article_anonymous_official_is_one_anonymous_speaker(article):
    official, again = article["quotes"][3], article["quotes"][4]
    assert official["speaker"]["type"] == again["speaker"]["type"] == "anonymous"
    assert official["speaker"]["id"] == again["speaker"]["id"]


def test_article_generic_plural_subject_is_not_a_named_person(article):
    farmers = article["quotes"][5]["speaker"]
    assert farmers["mention"]["text"] == "Farmers in the region"
    assert farmers["type"] != "person"
