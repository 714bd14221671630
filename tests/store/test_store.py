"""The quote store on SQLite and on a real PostgreSQL: ingest, re-ingest, speakers across
articles, statement links, queries, pagination, filters and migrations."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import inspect

from .factory import article, person
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
