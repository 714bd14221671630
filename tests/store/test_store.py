"""The quote store on SQLite and on a real PostgreSQL: ingest, re-ingest, speakers across
articles, statement links, queries, pagination, filters and migrations."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import inspect

from quotes.testing.results import article, person
from quotes.store import InvalidCursor, Store
from quotes.store.migrate import current, downgrade, head, upgrade

WARNING = "Pakistan will not tolerate any terrorist or suicide attacks on its soil, and any adventurism will be met"


def asif_article(ident, name="Khawaja Asif", published="2025-10-30", outlet="Dawn", extra=""):
    text = f'"{WARNING}," {name} said on X. {extra}'
    return article(text, [{"text": WARNING, "speaker": "s1"}],
                   [person("s1", name, title="Defence Minister", affiliation="Pakistan")],
                   id=ident, published=published, outlet=outlet), text


def test_migrations_go_up_and_down(database_url):
    from quotes.store.engine import make_engine

    engine = make_engine(database_url)
    upgrade(engine)
    assert current(engine) == head()
    assert {"articles", "quotes", "speakers", "aliases", "mentions", "statements", "statement_links"} <= set(
        inspect(engine).get_table_names())
    downgrade(engine, "base")
    assert current(engine) is None
    assert not {"articles", "quotes", "speakers"} & set(inspect(engine).get_table_names())
    upgrade(engine)
    assert current(engine) == head()
    engine.dispose()


def test_reposting_an_article_replaces_its_quotes(store):
    result, text = asif_article("a-1")
    first, _ = store.ingest(result, text)
    again, stored = store.ingest(result, text)
    assert again.replaced and again.article_id == first.article_id and again.new_speakers == 0
    assert store.counts()["articles"] == 1 and store.counts()["quotes"] == 1
    assert store.counts()["speakers"] == 1
    # Same url, no id: the same article; same text, no id and no url: the same article.
    result2, _ = asif_article(None)
    assert store.ingest(result2, text)[0].article_id == first.article_id
    assert store.counts()["quotes"] == 1
    assert stored["quotes"][0]["speaker"]["global_id"] == stored["speakers"][0]["global_id"]
    assert stored["quotes"][0]["statement_id"] is not None


def test_one_speaker_across_articles_and_the_same_statement_linked(store):
    store.ingest(*asif_article("a-1", "Khawaja Asif", outlet="Dawn"))
    store.ingest(*asif_article("a-2", "Khawaja Mohammad Asif", published="2025-10-31", outlet="Reuters"))
    speakers = store.speakers(type="person")["speakers"]
    assert [s["name"] for s in speakers] == ["Khawaja Asif"]
    assert speakers[0]["article_count"] == 2 and speakers[0]["outlets"] == ["Dawn", "Reuters"]
    assert set(speakers[0]["aliases"]) == {"Khawaja Asif", "Khawaja Mohammad Asif"}
    statements = store.statements(min_quotes=2)["statements"]
    assert len(statements) == 1
    statement = statements[0]
    assert statement["first"]["outlet"] == "Dawn" and statement["earliest_date"] == "2025-10-30"
    assert [q["outlet"] for q in statement["quotes"]] == ["Dawn", "Reuters"]
    assert statement["links"][0]["evidence"] == "exact"


def test_outside_the_window_the_statement_is_not_linked(store):
    store.ingest(*asif_article("a-1", published="2025-10-01"))
    store.ingest(*asif_article("a-2", published="2025-10-20"))
    assert store.statements(min_quotes=2)["statements"] == []


def test_two_people_who_share_a_surname_stay_apart(store):
    text = '"We will build the dam this year," Imran Khan said. "The budget is ready," said Asad Khan.'
    store.ingest(article(text, [{"text": "We will build the dam this year,", "speaker": "s1"},
                                {"text": "The budget is ready,", "speaker": "s2"}],
                         [person("s1", "Imran Khan"), person("s2", "Asad Khan")], id="k1", published="2025-10-30"), text)
    text2 = '"We will build the dam this year," Imran Khan said again.'
    store.ingest(article(text2, [{"text": "We will build the dam this year,", "speaker": "s1"}],
                         [person("s1", "Imran Khan")], id="k2", published="2025-10-30"), text2)
    names = sorted(s["name"] for s in store.speakers(type="person")["speakers"])
    assert names == ["Asad Khan", "Imran Khan"]
    imran = store.speakers(q="Imran")["speakers"][0]
    assert imran["quote_count"] == 2 and imran["article_count"] == 2


def test_conflicting_affiliations_keep_namesakes_apart_and_short_forms_join(store):
    text = '"The border stays open," said Muhammad Khan.'
    quote = [{"text": "The border stays open,", "speaker": "s1"}]
    store.ingest(article(text, quote, [person("s1", "Muhammad Khan", affiliation="Pakistan")], id="m1",
                         published="2025-10-30"), text)
    text2 = '"The border stays open," said Mohammad Khan in Kabul.'
    store.ingest(article(text2, quote, [person("s1", "Mohammad Khan", affiliation="Afghanistan")], id="m2",
                         published="2025-10-30"), text2)
    assert len(store.speakers(q="Khan")["speakers"]) == 2
    text3 = '"Trade will resume soon," Inam Wazir said.'
    store.ingest(article(text3, [{"text": "Trade will resume soon,", "speaker": "s1"}], [person("s1", "Inam Wazir")],
                         id="i1", published="2025-10-30"), text3)
    text4 = 'Inamullah Wazir said: "Trade will resume soon."'
    store.ingest(article(text4, [{"text": "Trade will resume soon.", "speaker": "s1"}],
                         [person("s1", "Inamullah Wazir")], id="i2", published="2025-10-30"), text4)
    wazir = store.speakers(q="Wazir")["speakers"]
    assert len(wazir) == 1 and wazir[0]["article_count"] == 2


def test_anonymous_sources_are_never_merged_but_their_statements_link(store):
    said = "Pakistan and the Afghan Taliban have agreed to resume stalled talks in Istanbul following a request"
    text = f"{said}, diplomatic sources said."
    store.ingest(article(text, [{"text": said, "speaker": "s1", "type": "indirect"}],
                         [{"id": "s1", "name": "diplomatic sources", "type": "anonymous",
                           "description": "diplomatic sources"}], id="n1", published="2025-10-30"), text)
    text2 = f"{said}, sources said on Thursday."
    store.ingest(article(text2, [{"text": said, "speaker": "s1", "type": "indirect"}],
                         [{"id": "s1", "name": "sources", "type": "anonymous", "description": "sources"}],
                         id="n2", published="2025-10-30"), text2)
    text3 = f"{said}, a security source said."
    store.ingest(article(text3, [{"text": said, "speaker": "s1", "type": "indirect"}],
                         [{"id": "s1", "name": "a security source", "type": "anonymous",
                           "description": "a security source"}], id="n3", published="2025-10-30"), text3)
    assert len(store.speakers(type="anonymous")["speakers"]) == 3
    statements = store.statements(min_quotes=2)["statements"]
    # "sources" is compatible with both, but "diplomatic" and "security" conflict: one chain, not three apart.
    assert len(statements) == 1 and statements[0]["quote_count"] >= 2


def test_quotes_filters_full_text_and_stable_cursor_pagination(store):
    for n in range(7):
        text = f'"Statement number {n} about the dams and rivers," Imran Khan said.'
        store.ingest(article(text, [{"text": f"Statement number {n} about the dams and rivers,", "speaker": "s1"}],
                             [person("s1", "Imran Khan")], id=f"p{n}", outlet="Dawn" if n % 2 else "Geo",
                             published=f"2025-10-{10 + n:02d}"), text)
    seen, cursor = [], None
    while True:
        page = store.quotes(limit=3, cursor=cursor)
        seen += [q["day"] for q in page["quotes"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        # An article added while paging does not shift the pages.
        if len(seen) == 3:
            text = '"A late statement," Imran Khan said.'
            store.ingest(article(text, [{"text": "A late statement,", "speaker": "s1"}], [person("s1", "Imran Khan")],
                                 id="late", published="2025-10-30"), text)
    assert seen == sorted(seen, reverse=True) and len(seen) == 7
    assert {q["outlet"] for q in store.quotes(outlet="dawn")["quotes"]} == {"Dawn"}
    assert [q["day"] for q in store.quotes(since="2025-10-12", until="2025-10-13")["quotes"]] == [
        "2025-10-13", "2025-10-12"]
    assert len(store.quotes(q="river")["quotes"]) == 7  # stemmed: "rivers"
    assert store.quotes(q="number 3")["quotes"][0]["text"].startswith("Statement number 3")
    assert store.quotes(type="indirect")["quotes"] == []
    with pytest.raises(InvalidCursor):
        store.quotes(cursor="not-a-cursor")


def test_concurrent_ingests_create_one_speaker(database_url):
    from quotes.linking import Linker

    Store(database_url, Linker()).migrate()
    errors = []

    def work(n):
        local = Store(database_url, Linker())
        try:
            for k in range(3):
                result, text = asif_article(f"c-{n}-{k}", "Khawaja Asif" if n % 2 else "Khawaja Muhammad Asif",
                                            extra=f"Worker {n} item {k}.")
                local.ingest(result, text)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            local.dispose()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    check = Store(database_url, Linker())
    people = check.speakers(type="person")["speakers"]
    assert len(people) == 1 and people[0]["quote_count"] == 12
    assert len(check.statements(min_quotes=2)["statements"]) == 1
    check.dispose()


def test_a_reposted_article_that_joined_two_groups_splits_them(store):
    first = "The river dam will be finished by spring next year"
    second = "farmers in the valley will get water for their wheat crops"
    for ident, quote in (("s-a", first), ("s-c", second.capitalize())):
        text = f'"{quote}," Imran Khan said.'
        store.ingest(article(text, [{"text": quote, "speaker": "s1"}], [person("s1", "Imran Khan")], id=ident,
                             published="2025-10-30"), text)
    both = f"{first} and {second}"
    text = f'"{both}," Imran Khan told reporters.'
    store.ingest(article(text, [{"text": both, "speaker": "s1"}], [person("s1", "Imran Khan")], id="s-b",
                         published="2025-10-30"), text)
    assert [s["quote_count"] for s in store.statements(min_quotes=2)["statements"]] == [3]
    text = '"Something else entirely about the budget," Imran Khan told reporters.'
    store.ingest(article(text, [{"text": "Something else entirely about the budget,", "speaker": "s1"}],
                         [person("s1", "Imran Khan")], id="s-b", published="2025-10-30"), text)
    assert store.statements(min_quotes=2)["statements"] == []
    assert sorted(s["quote_count"] for s in store.statements()["statements"]) == [1, 1, 1]


def test_the_registry_seeds_speakers_and_its_name_overrides(store):
    from quotes.extraction.registry import registry_from_json

    registry = registry_from_json({"speakers": [{"id": "asif", "name": "Khawaja Muhammad Asif",
                                                 "aliases": ["Khawaja Asif"], "wikidata": "Q6403098"}]}, "test")
    assert store.seed_registry(registry) == 1 and store.seed_registry(registry) == 0
    result, text = asif_article("r-1", "Khawaja Muhammad Asif")
    result["speakers"][0]["registry_id"] = "asif"
    store.ingest(result, text)
    store.ingest(*asif_article("r-2", "Khawaja Asif", published="2025-10-31"))
    people = store.speakers(type="person")["speakers"]
    assert len(people) == 1
    assert people[0]["name"] == "Khawaja Muhammad Asif" and people[0]["registry_id"] == "asif"
    assert people[0]["quote_count"] == 2


def test_an_unknown_speaker_has_no_global_id_and_is_never_linked(store):
    text = f'"{WARNING}."'
    result = article(text, [{"text": WARNING, "speaker": None}], [], id="u1", published="2025-10-30")
    _, stored = store.ingest(result, text)
    assert stored["quotes"][0]["speaker"]["global_id"] is None
    store.ingest(article(text + " ", [{"text": WARNING, "speaker": None}], [], id="u2", published="2025-10-30"),
                 text + " ")
    assert store.statements(min_quotes=2)["statements"] == []
    assert store.quotes()["quotes"][0]["speaker"]["type"] == "unknown"


def test_an_id_and_a_url_of_two_different_articles_conflict(store):
    from quotes.store import ArticleConflict

    one, text_one = asif_article("x-1")
    one["article"]["url"] = "https://example.com/one"
    store.ingest(one, text_one)
    two, text_two = asif_article("x-2", extra="Another article.")
    two["article"]["url"] = "https://example.com/two"
    store.ingest(two, text_two)
    both, text = asif_article("x-1", extra="A third text.")
    both["article"]["url"] = "https://example.com/two"
    with pytest.raises(ArticleConflict):
        store.ingest(both, text)
    assert store.counts()["articles"] == 2 and store.counts()["quotes"] == 2


def test_full_text_search_takes_words_not_syntax(store):
    store.ingest(*asif_article("f-1"))
    # Operators are words here: "near" is in no quote, so nothing matches (and nothing breaks).
    assert store.quotes(q='suicide AND "attacks" OR NEAR(soil)')["quotes"] == []
    assert len(store.quotes(q='"suicide" attacks)')["quotes"]) == 1
    assert len(store.quotes(q="suicide attacks")["quotes"]) == 1
    assert store.quotes(q="tolerated")["quotes"]  # stemmed
    assert store.quotes(q="drones")["quotes"] == []


def test_every_extraction_field_survives_the_store(store):
    result, text = asif_article("e-1")
    result["quotes"][0]["a_later_field"] = {"kept": True}
    result["speakers"][0]["aliases"] = ["Khawaja Asif", "Asif"]
    result["article"]["language"] = "en"
    report, _ = store.ingest(result, text)
    stored = store.article(report.article_id)
    assert stored["quotes"][0]["a_later_field"] == {"kept": True}
    assert stored["speakers"][0]["aliases"] == ["Khawaja Asif", "Asif"]
    assert stored["article"]["language"] == "en" and stored["article"]["article_id"] == report.article_id
    expected = {k: v for k, v in result["quotes"][0].items()}
    got = {k: v for k, v in stored["quotes"][0].items() if k != "statement_id"}
    assert got == {**expected, "speaker": {**expected["speaker"], "global_id": stored["speakers"][0]["global_id"]}}
