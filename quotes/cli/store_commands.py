"""Store commands of the command line, on the same code as the API:

    python -m quotes ingest ARTICLE.txt ... [--outlet O --published D --url U --title T]
    python -m quotes ingest --jsonl articles.jsonl      (one API request body a line)
    python -m quotes speakers [--q NAME] [--type person] [--json]
    python -m quotes statements [--speaker ID] [--since D] [--until D] [--min-quotes 2] [--json]

``ingest`` shows a progress bar (tqdm, on stderr) and ends with a summary: articles (new and
replaced), quotes, new speakers, statements (new, and quotes linked to another article's).
Exit status: 0 all stored, 1 some article rejected, 2 bad arguments or unreadable file, 3
cannot start.
"""
from __future__ import annotations

import json
import sys

from tqdm import tqdm

from ..records.problems import Problem
from ..service import decode_text, new_request_id, parse_json
from ..service.config import app_config, torch_threads
from ..service.startup import fail_plainly
from ..service.store import ingest_article, open_store

METADATA = ("outlet", "published", "url", "title")
COMMANDS = ("ingest", "speakers", "statements")


def add_commands(commands) -> None:
    ingest = commands.add_parser("ingest", help="extract articles and store them (the quote store)")
    ingest.add_argument("files", nargs="*", help="article text files (UTF-8)")
    ingest.add_argument("--jsonl", metavar="FILE", help="one JSON object per line, like the API's request body")
    for name in METADATA:
        ingest.add_argument(f"--{name}", help=f"article {name} of the text files (as in the API)")
    speakers = commands.add_parser("speakers", help="list the stored speakers")
    speakers.add_argument("--q", help="part of a name or alias")
    speakers.add_argument("--type", choices=("person", "organization", "anonymous"))
    speakers.add_argument("--limit", type=int, default=200)
    speakers.add_argument("--json", action="store_true", help="print JSON (as GET /v1/speakers)")
    statements = commands.add_parser("statements", help="list the stored statements")
    statements.add_argument("--speaker", type=int, help="global speaker id")
    statements.add_argument("--since")
    statements.add_argument("--until")
    statements.add_argument("--min-quotes", type=int, default=2, help="default 2: statements found in several quotes")
    statements.add_argument("--limit", type=int, default=200)
    statements.add_argument("--json", action="store_true", help="print JSON (as GET /v1/statements)")


def run(args) -> int:
    if args.command == "ingest":
        return ingest(args)
    with fail_plainly():
        store = open_store(app_config())
    if args.command == "speakers":
        page = store.speakers(q=args.q, type=args.type, limit=args.limit)
        if args.json:
            print(json.dumps(page, ensure_ascii=False, indent=2))
        for s in [] if args.json else page["speakers"]:
            print(f"{s['global_id']:>5}  {s['name']}  ({s['type']}; {s['quote_count']} quotes in "
                  f"{s['article_count']} articles; {s['first_seen']} to {s['last_seen']})")
            extra = [", ".join(s["aliases"]), ", ".join(s["titles"]), ", ".join(s["affiliations"])]
            print(f"       aliases: {extra[0]}" + (f"; titles: {extra[1]}" if extra[1] else "")
                  + (f"; affiliations: {extra[2]}" if extra[2] else ""))
        return 0
    page = store.statements(speaker=args.speaker, since=args.since, until=args.until, min_quotes=args.min_quotes,
                            limit=args.limit)
    if args.json:
        print(json.dumps(page, ensure_ascii=False, indent=2))
        return 0
    for st in page["statements"]:
        first = st["first"]
        print(f"statement {st['id']}: {st['speaker']['name']} ({st['speaker']['type']}), first {st['earliest_date']} "
              f"in article {first['article_id']} ({first['outlet'] or 'outlet unknown'}); "
              f"{st['quote_count']} quotes in {st['article_count']} articles")
        for q in st["quotes"]:
            print(f"    {q['day']}  article {q['article_id']} {q['quote_id']} ({q['outlet'] or '-'}, {q['type']}): "
                  f"{q['text'][:110]}")
        for link in st["links"]:
            a, b = link["quotes"]
            print(f"      link {a['article_id']}/{a['quote_id']} - {b['article_id']}/{b['quote_id']}: "
                  f"{link['evidence']} {link['score']}")
    return 0


def _articles(args):
    """(label, article dict or Problem) for each input article."""
    if args.jsonl:
        with open(args.jsonl, "rb") as source:
            for number, raw in enumerate(source, 1):
                if raw.strip():
                    try:
                        yield f"{args.jsonl}:{number}", parse_json(raw)
                    except Problem as problem:
                        yield f"{args.jsonl}:{number}", problem
    for path in args.files:
        with open(path, "rb") as source:
            raw = source.read()
        try:
            data = {"text": decode_text(raw)}
        except Problem as problem:
            yield path, problem
            continue
        data.update({k: getattr(args, k) for k in METADATA if getattr(args, k) is not None})
        yield path, data


def ingest(args) -> int:
    if not args.files and not args.jsonl:
        print("quotes: ingest needs article files or --jsonl FILE", file=sys.stderr)
        return 2
    for path in [*args.files, *([args.jsonl] if args.jsonl else [])]:
        try:
            open(path, "rb").close()
        except OSError as exc:
            print(f"quotes: cannot read {path}: {exc.strerror}", file=sys.stderr)
            return 2
    with fail_plainly():
        from ..nlp import set_torch_threads
        from ..service.loader import build_extractor

        config = app_config()
        set_torch_threads(torch_threads())
        store = open_store(config)
        extractor = build_extractor(config["STANZA_RESOURCES_DIR"], download=config["STANZA_DOWNLOAD"],
                                    registry_path=config["SPEAKER_REGISTRY"])
    totals = {"articles": 0, "replaced": 0, "rejected": 0, "quotes": 0, "new_speakers": 0, "new_statements": 0,
              "linked_quotes": 0}
    items = list(_articles(args))
    for label, data in tqdm(items, desc="ingest", unit="article", file=sys.stderr):
        try:
            if isinstance(data, Problem):
                raise data
            stored = ingest_article(store, extractor, data, max_text_chars=config["MAX_TEXT_CHARS"],
                                    request_id=new_request_id())
        except Problem as problem:
            totals["rejected"] += 1
            tqdm.write(f"quotes: {label}: {problem.status} {problem.code}: {problem.detail}", file=sys.stderr)
            continue
        summary = stored["store"]
        totals["articles"] += 1
        totals["replaced"] += summary["replaced"]
        for key in ("quotes", "new_speakers", "new_statements", "linked_quotes"):
            totals[key] += summary[key]
    counts = store.counts()
    print(f"articles: {totals['articles']} stored ({totals['replaced']} replaced), {totals['rejected']} rejected")
    print(f"quotes: {totals['quotes']}")
    print(f"new speakers: {totals['new_speakers']}")
    print(f"statements: {totals['new_statements']} new; {totals['linked_quotes']} quotes linked to a stored statement")
    print(f"store: {counts['articles']} articles, {counts['quotes']} quotes, {counts['speakers']} speakers, "
          f"{counts['statements']} statements, {counts['statement_links']} links")
    return 0 if totals["rejected"] == 0 else 1
