"""Command line: the API's extraction on files, with the same JSON out.

    python -m quotes extract ARTICLE.txt --outlet Dawn --published 2025-10-25
    python -m quotes extract - < article.txt
    python -m quotes extract --jsonl articles.jsonl > results.jsonl
    python -m quotes bulk ARCHIVE.jsonl|ARCHIVE.parquet --out DIR [--engine local|ray] [--workers N] [--ingest]
    python -m quotes bulk-ingest DIR [--store-url URL]

``--jsonl`` reads one JSON object per line (the API's request body) and writes one line per
article: the API's response, or its problem details with a ``line`` member. Blank lines are
skipped. Exit status: 0 all extracted, 1 some article rejected, 3 the service cannot start
(no models, bad configuration), 2 bad arguments.

``bulk`` runs a bulk job (:mod:`quotes.jobs`): Parquet quotes and JSONL errors in DIR, a
progress bar on a terminal, a one-line summary at the end. Exit status: 0 the job finished (its
rejected articles are error rows, not a failure), 2 bad arguments, unreadable input or DIR in
use, 3 cannot start, 4 the job broke off (a worker died: run it again, it resumes).
With ``--ingest`` (or ``bulk-ingest DIR``) the extracted articles then go into the quote store
(:mod:`quotes.jobs.ingest`); 1 some article was refused by the store (its id and url name two
stored articles), 3 the store cannot be opened (checked before the extraction), 5 the store
failed part-way (the extraction and the committed batches stay: run again).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys

from ..service.config import app_config, torch_threads
from ..service.loader import build_extractor
from ..nlp import set_torch_threads
from ..records.problems import Problem
from ..service import decode_text, extract_article, extract_stream, internal_problem, new_request_id, parse_json
from ..service.startup import fail_plainly
from . import store_commands

log = logging.getLogger("quotes.cli")
METADATA = ("id", "outlet", "published", "url", "title")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m quotes", description="Quote extraction from news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract the quotes of an article (or of many with --jsonl)")
    extract.add_argument("file", help="article text file (UTF-8), or - for standard input")
    extract.add_argument("--jsonl", action="store_true",
                         help="FILE holds one JSON object per line, like the API's request body")
    for name in METADATA:
        extract.add_argument(f"--{name}", help=f"article {name} (as in the API)")
    extract.add_argument("--indent", type=int, default=2, help="JSON indent of a single result (default 2)")
    bulk = commands.add_parser("bulk", help="extract the quotes of an archive (JSONL or Parquet) into Parquet")
    bulk.add_argument("input", help="JSONL file (one article per line) or Parquet file or directory")
    bulk.add_argument("--out", required=True, help="output directory (created; a rerun skips what is done there)")
    bulk.add_argument("--engine", choices=("local", "ray"), default="local",
                      help="local: a process pool on this machine (default); ray: Ray Data (RAY_ADDRESS for a cluster)")
    bulk.add_argument("--workers", type=_count, default=None,
                      help="worker processes or Ray actors, each with its own model (default: one per CPU; "
                           "Ray: one per GPU when the cluster has GPUs)")
    bulk.add_argument("--batch-size", type=_count, default=16, help="articles per batch (default 16)")
    bulk.add_argument("--ingest", action="store_true",
                      help="then load every extracted article in DIR not yet in the quote store into it")
    _store_arguments(bulk)
    bulk_ingest = commands.add_parser("bulk-ingest", help="load what bulk jobs extracted into DIR into the quote store")
    bulk_ingest.add_argument("out", metavar="DIR", help="the --out directory of `bulk`")
    _store_arguments(bulk_ingest)
    store_commands.add_commands(commands)
    return parser.parse_args(argv)


def _store_arguments(parser) -> None:
    parser.add_argument("--store-url", metavar="URL",
                        help="the quote store's database (default: DATABASE_URL, as the service)")
    parser.add_argument("--ingest-batch", type=_count, metavar="N",
                        help="articles per store transaction (default 100: quotes.jobs.ingest.BATCH_ARTICLES)")


def _count(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _open(path: str):
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def _parsed(raw: bytes):
    """A JSONL line's article, or the problem that rejects it (not UTF-8, not JSON)."""
    try:
        return parse_json(raw)
    except Problem as problem:
        return problem


def _run_one(extractor, data: dict, max_text_chars: int) -> tuple[dict, bool]:
    """(JSON to print, ok) for one article."""
    request_id = new_request_id()
    try:
        return extract_article(extractor, data, max_text_chars=max_text_chars, request_id=request_id), True
    except Problem as problem:
        out = problem.to_dict(request_id)
    except Exception:
        log.exception("unexpected error (request_id=%s)", request_id)
        out = internal_problem().to_dict(request_id)
    return out, False


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "bulk":
        return run_bulk_command(args)
    if args.command == "bulk-ingest":
        return run_bulk_ingest_command(args)
    if args.command in store_commands.COMMANDS:
        return store_commands.run(args)
    try:
        source = _open(args.file)
    except OSError as exc:
        print(f"quotes: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    with fail_plainly():
        config = app_config()
        set_torch_threads(torch_threads())  # as in the service's workers
        extractor = build_extractor(config["STANZA_RESOURCES_DIR"], download=config["STANZA_DOWNLOAD"],
                                    registry_path=config["SPEAKER_REGISTRY"], use_gpu=config["STANZA_USE_GPU"])
    limit = config["MAX_TEXT_CHARS"]
    all_ok = True
    with source:
        if args.jsonl:
            request_id = new_request_id()
            lines = [(number, raw) for number, raw in enumerate(source, 1) if raw.strip()]
            for outcome in extract_stream(extractor, (_parsed(raw) for _, raw in lines), max_text_chars=limit,
                                          request_id=request_id):
                if outcome.problem is None:
                    out = outcome.result
                else:
                    out = {**outcome.problem.to_dict(request_id), "line": lines[outcome.index][0]}
                    all_ok = False
                print(json.dumps(out, ensure_ascii=False), flush=True)
        else:
            try:
                data = {"text": decode_text(source.read())}
            except Problem as problem:
                out, ok = problem.to_dict(), False
            else:
                data.update({k: getattr(args, k) for k in METADATA if getattr(args, k) is not None})
                out, ok = _run_one(extractor, data, limit)
            all_ok = ok
            print(json.dumps(out, ensure_ascii=False, indent=args.indent or None))
    return 0 if all_ok else 1


def run_bulk_command(args) -> int:
    """``python -m quotes bulk``: the job, a progress bar (tqdm, on a terminal) and the summary."""
    from concurrent.futures.process import BrokenProcessPool

    from tqdm import tqdm

    from ..jobs import IngestError, IngestSummary, JobError, run_bulk

    if (args.store_url or args.ingest_batch) and not args.ingest:
        print("quotes bulk: --store-url and --ingest-batch go with --ingest", file=sys.stderr)
        return 2
    with fail_plainly():
        config = app_config()
        store = _open_store(args) if args.ingest else None  # before hours of extraction, not after
    bar = tqdm(desc="articles", unit=" articles", disable=None, file=sys.stderr)
    counts = {"quotes": 0, "errors": 0, "skipped": 0}

    def progress(read, skipped, quotes, errors):
        counts["quotes"] += quotes
        counts["errors"] += errors
        counts["skipped"] += skipped
        bar.update(read)
        bar.set_postfix(counts, refresh=False)

    ingest_bar, ingest_progress = _ingest_bar()
    try:
        with fail_plainly():
            summary = run_bulk(args.input, args.out, config=config, engine=args.engine, workers=args.workers,
                               batch_size=args.batch_size, progress=progress, store=store,
                               ingest_batch=args.ingest_batch, ingest_progress=_first_closing(bar, ingest_progress))
    except JobError as exc:
        print(f"quotes bulk: {exc}", file=sys.stderr)
        return 2
    except BrokenProcessPool as exc:
        print(f"quotes bulk: a worker died ({exc}); the parts written are kept: run the same command again "
              "to resume", file=sys.stderr)
        return 4
    except IngestError as exc:
        print(f"quotes bulk: the extraction finished, the ingest did not: {exc}", file=sys.stderr)
        return EXIT_STORE_FAILED
    finally:
        bar.close()
        ingest_bar.close()
        if store is not None:
            store.dispose()
    print(summary.line())
    if summary.ingest is not None:
        ingested = IngestSummary(**{k: v for k, v in summary.ingest.items() if k in IngestSummary.__dataclass_fields__})
        print(ingested.line())
        return 1 if ingested.refused else 0
    return 0


EXIT_STORE_FAILED = 5


def _open_store(args):
    """The quote store of ``--store-url`` (else DATABASE_URL), migrated; ConfigError names the setting."""
    import os

    from ..service.config import ConfigError
    from ..service.store import open_store

    environ = dict(os.environ)
    if args.store_url:
        environ["DATABASE_URL"] = args.store_url
    try:
        return open_store(app_config(environ))
    except ConfigError as exc:
        raise ConfigError(f"--store-url: {exc}" if args.store_url else str(exc)) from None


def _ingest_bar():
    from tqdm import tqdm

    bar = tqdm(desc="ingest", unit=" articles", disable=None, file=sys.stderr, delay=0.5)
    counts = {"quotes": 0}

    def progress(articles, quotes):
        counts["quotes"] += quotes
        bar.update(articles)
        bar.set_postfix(counts, refresh=False)

    return bar, progress


def _first_closing(bar, progress):
    """``progress``, closing ``bar`` (the extraction's) at its first call."""
    def call(*counts):
        bar.close()  # (closing twice is harmless)
        progress(*counts)
    return call


def run_bulk_ingest_command(args) -> int:
    """``python -m quotes bulk-ingest DIR``: what bulk jobs extracted into DIR, into the quote store.
    Exit status: 0 all stored (or already there), 1 some article not stored (conflicting keys, or no
    stored result: extracted by an older version), 2 no job output in DIR or DIR in use, 3 the store
    cannot be opened, 5 the store failed part-way (what was committed stays: run again)."""
    from ..jobs import IngestError, JobError, run_ingest

    with fail_plainly():
        store = _open_store(args)
    bar, progress = _ingest_bar()
    try:
        summary = run_ingest(args.out, store, batch=args.ingest_batch, progress=progress)
        counts = store.counts()
    except JobError as exc:
        print(f"quotes bulk-ingest: {exc}", file=sys.stderr)
        return 2
    except IngestError as exc:
        print(f"quotes bulk-ingest: {exc}", file=sys.stderr)
        return EXIT_STORE_FAILED
    finally:
        bar.close()
        store.dispose()
    print(summary.line())
    print(f"store: {counts['articles']} articles, {counts['quotes']} quotes, {counts['speakers']} speakers, "
          f"{counts['statements']} statements, {counts['statement_links']} links")
    return 1 if summary.refused else 0
