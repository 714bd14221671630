"""The speaker registry: file format, errors, and cross-article canonical names."""
import json

import pytest

from quotes.extraction import Extractor
from quotes.extraction.registry import RegistryError
from quotes.service.loader import load_registry
from quotes.records import Speaker


def write(tmp_path, data):
    path = tmp_path / "registry.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


REGISTRY = {"speakers": [
    {"id": "nadia-rahman", "name": "Nadia Rahman", "type": "person", "aliases": ["Nadia Begum Rahman"],
     "title": "Finance Minister", "wikidata": "Q000001"},
    {"id": "who", "name": "World Health Organization", "type": "organization", "aliases": ["WHO"]},
]}


def test_no_path_means_no_registry():
    assert load_registry(None) is None
    assert load_registry("") is None


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('["a"]', '"speakers" list'),
    ('{"speakers": [{"type": "person"}]}', 'entry 1 needs a non-empty "name"'),
    ('{"speakers": [{"name": "X", "type": "robot"}]}', "unknown type 'robot'"),
    ('{"speakers": [{"name": "X", "aliases": "Y"}]}', '"aliases" must be a list'),
])
def test_malformed_registry_names_the_problem(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read speaker registry"):
        load_registry(tmp_path / "absent.json")


def test_lookup_by_variant_spelling_and_omitted_middle_name(tmp_path):
    registry = load_registry(write(tmp_path, REGISTRY))
    assert registry.lookup("Nadia Rahman").id == "nadia-rahman"
    assert registry.lookup("Nadia B. Rahman", "person").id == "nadia-rahman"
    assert registry.lookup("WHO", "organization").name == "World Health Organization"
    assert registry.lookup("WHO", "person") is None
    assert registry.lookup("Rahman") is None  # a bare surname is too weak across articles


def test_apply_sets_identity_and_keeps_article_title(tmp_path):
    registry = load_registry(write(tmp_path, REGISTRY))
    speaker = Speaker(id="s1", name="Nadia Begum Rahman", type="person", title="Minister")
    registry.apply(speaker)
    assert (speaker.name, speaker.registry_id, speaker.wikidata, speaker.title) == \
        ("Nadia Rahman", "nadia-rahman", "Q000001", "Minister")
    anonymous = Speaker(id="s2", name="a senior official", type="anonymous")
    registry.apply(anonymous)
    assert anonymous.registry_id is None


def test_two_articles_spelling_a_name_differently_share_the_registry_name(annotator, tmp_path):
    extractor = Extractor(annotator, registry=load_registry(write(tmp_path, {"speakers": [
        {"id": "m-karimi", "name": "Muhammad Karimi", "type": "person", "aliases": []}]})))
    first = extractor.extract('Iran\'s Trade Minister Mohammad Karimi said on Monday that exports would rise.')
    second = extractor.extract('"We expect growth," Trade Minister Muhammad Ali Karimi told reporters.')
    names = [r["speakers"][0]["name"] for r in (first, second)]
    assert names == ["Muhammad Karimi", "Muhammad Karimi"]
    assert first["speakers"][0]["registry_id"] == "m-karimi"
    assert first["quotes"][0]["speaker"]["name"] == "Muhammad Karimi"
