"""Quote store benchmark: ingest rate and query latency on a store of synthetic articles.

    python benchmarks/bench_store.py [--articles 10000] [--database-url URL | --postgres]

Synthetic articles are extraction results made here (no model): ten quotes each, from a pool
of 400 people (some named in two spellings), 40 organizations and anonymous sources, over 90
days; two quotes in a hundred repeat a stored statement (its speaker, its words, within a
day), as another outlet would, so linking has work. Then it times GET /v1/quotes and GET /v1/statements through the real Flask app, which
is built without the model (these routes do not use it: an empty model directory, no
download, loading in the background fails at once), and prints the figures.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's package, also from a git worktree

from quotes.testing.results import article  # noqa: E402  (results in the API's shape, made without the model)

GIVEN = ["Imran", "Asad", "Bilal", "Omar", "Hamid", "Tariq", "Faisal", "Nadia", "Sara", "Ayesha", "John", "Maria",
         "Ahmed", "Ali", "Zainab", "Karim", "Yusuf", "Layla", "Peter", "Anna"]
SURNAMES = ["Khan", "Malik", "Qureshi", "Siddiqui", "Rahman", "Hussain", "Smith", "Garcia", "Chaudhry", "Baig",
            "Awan", "Butt", "Sheikh", "Mirza", "Abbasi", "Rana", "Gill", "Shah", "Jones", "Lee"]
TOPICS = ("border trade talks ceasefire water dam river budget election court reform police army refugees "
          "economy inflation fuel prices wheat harvest flood relief schools hospitals taxes exports imports "
          "sanctions treaty envoy summit corridor pipeline power grid drought militants security").split()
# A news-sized vocabulary: the topic words and 3,000 made-up ones (random sentences share few words).
WORDS = TOPICS + [a + b + c for a in ("ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "po")
                  for b in ("ran", "let", "mos", "dix", "bur", "fen", "gal", "hut", "jor", "kel")
                  for c in ("a", "e", "i", "o", "u", "an", "en", "in", "on", "un", "ar", "er", "ir", "or", "ur",
                            "as", "es", "is", "os", "us", "at", "et", "it", "ot", "ut", "al", "el", "il", "ol", "ul")]
OUTLETS = ["Dawn", "Geo", "Reuters", "AFP", "Express", "Nation", "Tribune", "BBC"]


def sentence(rng) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize()


def make_articles(n: int, seed: int = 7):
    rng = random.Random(seed)
    people = [(f"{g} {s}", f"{g} Mohammad {s}") for g in GIVEN for s in SURNAMES]
    orgs = [f"{w.capitalize()} Ministry" for w in TOPICS[:40]]
    start = date(2025, 1, 1)
    said: list[tuple[dict, str, date]] = []  # (speaker, statement, day) for repeats
    for i in range(n):
        day = start + timedelta(days=rng.randrange(90))
        speakers, quotes, parts = [], [], []
        for k in range(10):
            kind = rng.random()
            if kind < 0.6:
                full, middle = rng.choice(people)
                name = middle if rng.random() < 0.2 else full
                spk = {"id": f"s{k + 1}", "name": name, "type": "person"}
            elif kind < 0.85:
                spk = {"id": f"s{k + 1}", "name": rng.choice(orgs), "type": "organization"}
            else:
                spk = {"id": f"s{k + 1}", "name": "sources", "type": "anonymous", "description": "sources"}
            if said and rng.random() < 0.02:
                # Another outlet reports a statement already stored: same speaker, within a day.
                original, text, when = rng.choice(said[-2000:])
                spk = {**original, "id": f"s{k + 1}"}
                stated = (when + timedelta(days=rng.choice((0, 1)))).isoformat()
            else:
                text, stated = sentence(rng), None
                said.append((spk, text, day))
            speakers.append(spk)
            quotes.append({"text": f"{text} {i}-{k}", "speaker": spk["id"], "statement_date": stated})
            parts.append(f'"{text} {i}-{k}," {spk["name"]} said.')
        body = "\n".join(parts)
        yield article(body, quotes, speakers, id=f"syn-{i}", outlet=rng.choice(OUTLETS),
                      published=day.isoformat()), body


def timed(client, path: str, runs: int = 30) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.get_json())
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--database-url")
    parser.add_argument("--postgres", action="store_true", help="start a throwaway PostgreSQL (quotes/testing/postgres.py)")
    args = parser.parse_args()
    server = None
    if args.postgres:
        from quotes.testing.postgres import PostgresServer

        server = PostgresServer().start()
        url = server.url
    else:
        url = args.database_url or f"sqlite:///{tempfile.mkdtemp(prefix='quotes-bench-')}/store.sqlite3"
    from quotes.linking import Linker
    from quotes.store import Store
    from quotes.web import create_app

    store = Store(url, Linker(), window_days=3)
    store.migrate()
    started = time.perf_counter()
    quotes = 0
    for n, (result, text) in enumerate(make_articles(args.articles), 1):
        store.ingest(result, text)
        quotes += len(result["quotes"])
        if n % 1000 == 0:
            print(f"  {n} articles, {n / (time.perf_counter() - started):.0f} articles/s", flush=True)
    elapsed = time.perf_counter() - started
    counts = store.counts()
    print(f"backend: {store.dialect}")
    print(f"ingest: {args.articles} articles ({quotes} quotes) in {elapsed:.1f} s = {args.articles / elapsed:.1f} "
          f"articles/s; store: {counts}")
    app = create_app({"TESTING": True, "DATABASE_URL": url, "MODEL_LOADING": "background", "STANZA_DOWNLOAD": False,
                      "LOG_LEVEL": "CRITICAL",  # (the model is missing on purpose: no traceback)
                      "STANZA_RESOURCES_DIR": tempfile.mkdtemp(prefix="no-models-")}, store=store)
    client = app.test_client()
    speaker = store.speakers(type="person", limit=1)["speakers"][0]["global_id"]
    second = store.quotes(limit=50)["next_cursor"]
    cases = [
        "/v1/quotes",
        f"/v1/quotes?cursor={second}",
        f"/v1/quotes?speaker={speaker}",
        "/v1/quotes?outlet=Dawn&type=direct&since=2025-02-01&until=2025-02-28",
        "/v1/quotes?q=ceasefire%20pipeline",
        "/v1/statements",
        "/v1/statements?min_quotes=2",
        f"/v1/statements?speaker={speaker}&since=2025-01-15&until=2025-03-15",
    ]
    for path in cases:
        p50, p95 = timed(client, path)
        print(f"GET {path}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    store.dispose()
    if server is not None:
        server.stop()


if __name__ == "__main__":
    main()
