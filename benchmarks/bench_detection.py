"""Detection benchmark: time of the rule stages against the number of quotation marks.

Builds synthetic articles with 500 … 8,000 quotation marks out of ordinary news constructions
(`"…," X said.`, `X told reporters: "…"`, `X said the plan was "…" and …`, `"A," X said. "B."`,
scare quotes, continuation paragraphs, quotations with no cue, indirect speech without marks), annotates each once
with the real model (the service's annotator; kept in ``--cache DIR`` as a pickle so that a
rerun costs only the rules), then times every stage after annotation — quotations, detect,
attribute, resolve, channels, statement_dates, article — and prints the time per stage, the
total, and the ratio time(2n)/time(n) between consecutive sizes: about 2 for linear work, 4
for quadratic; ``--calls`` also counts the rules' function calls, the same ratio without the
machine's noise.

Absolute times on a shared machine move from run to run; the ratios within one run are the
figures to quote.

Usage: STANZA_RESOURCES_DIR=... python benchmarks/bench_detection.py [--marks 500 1000 2000 4000 8000]
       [--layout paragraphs|one-paragraph] [--cache /tmp/bench-detection] [--rounds 3] [--calls] [--profile N]
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pickle
import pstats
import time
from pathlib import Path

from quotes.service.articles import count_quote_marks
from quotes.testing.calls import count_calls

GIVEN = ["Sophie", "Ahmed", "Maria", "John", "Khawaja", "Ursula", "Inam", "Jane", "Peter", "Fatima",
         "Omar", "Laura", "David", "Aisha", "Paul", "Elena", "Tariq", "Nadia", "James", "Hina"]
FAMILY = ["Bernard", "Khan", "Garcia", "Smith", "Asif", "Leyen", "Roe", "Miller", "Malik", "Rossi",
          "Haider", "Brown", "Qureshi", "Weber", "Novak", "Silva", "Ali", "Costa", "Evans", "Shah"]
PLACES = ["Istanbul", "Kabul", "Doha", "Geneva", "Lahore", "Brussels", "Chaman", "Quetta"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _name(i: int) -> str:
    return f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}"


# Paragraph templates: ordinary constructions of news prose (each a complete paragraph).
TEMPLATES = [
    '"We will rebuild the bridge in {place} before the winter," {name} said on {day}.',
    '{name} told reporters in {place}: "The talks are over for now."',
    '{name} said the plan was "a national tragedy" and would fail in {place}.',
    'Officials in {place} said on {day} that the talks would resume next week.',
    '"The border will stay open," {name} told AFP. "Trade must go on."',
    'The so-called "peace plan" was discussed in {place} on {day}.',
    '"There is no other way," he added.',
    'According to {name}, the ministry in {place} has "no intention" of changing course.',
    '{name}, a trader in {place}, said: "Prices have doubled since {day}."',
    '"Nobody asked us," said {name}, who lives in {place}.',
    'The ministry did not comment.',
    '"The water came up to our knees within an hour and we lost everything in {place}."',
]


def synthetic_article(marks: int, layout: str = "paragraphs") -> str:
    """An article of about ``marks`` quotation marks: the templates above in turn, each its own
    paragraph (``paragraphs``) or all in one paragraph after the first two lines (``one-paragraph``:
    what makes per-line and per-paragraph scans show)."""
    paragraphs, count, i = ["Talks resume in Istanbul", f"ISLAMABAD: {_name(0)} said on Sunday that talks would resume."], 0, 0
    while count < marks:
        paragraph = TEMPLATES[i % len(TEMPLATES)].format(name=_name(i // 3), place=PLACES[i % len(PLACES)],
                                                         day=DAYS[i % len(DAYS)])
        paragraphs.append(paragraph)
        count += count_quote_marks(paragraph)
        i += 1
    if layout == "one-paragraph":
        return "\n\n".join(paragraphs[:2] + [" ".join(paragraphs[2:])])
    return "\n\n".join(paragraphs)


def annotate(annotator, text: str, cache: Path | None):
    """The Document of ``text`` and whether it came from the cache."""
    if cache is None:
        return annotator(text), False
    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(f"{annotator.resources_dir}\0{text}".encode()).hexdigest()
    path = cache / f"{key}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes()), True
    doc = annotator(text)
    path.write_bytes(pickle.dumps(doc))
    return doc, False


def time_stages(extractor, text: str, doc, rounds: int) -> dict[str, float]:
    """The best of ``rounds`` runs of each stage after annotation (seconds)."""
    from quotes.extraction.pipeline import ArticleContext

    best: dict[str, float] = {}
    for _ in range(rounds):
        context = ArticleContext(text=text, request={"outlet": "Dawn", "published": "2025-10-26"})
        context.doc = doc
        for item in extractor.pipeline.stages:
            if item.name == "annotate":
                continue
            started = time.perf_counter()
            item.run(context)
            seconds = time.perf_counter() - started
            best[item.name] = min(best.get(item.name, seconds), seconds)
        best["quotes found"] = len(context.quotes)
    return best


def calls_of_the_rules(extractor, text: str, doc) -> int:
    """Function calls made by the stages after annotation (``quotes.testing.calls``)."""
    return count_calls(lambda: time_stages(extractor, text, doc, 1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--marks", type=int, nargs="+", default=[500, 1000, 2000, 4000, 8000])
    ap.add_argument("--cache", type=Path, default=None, help="keep the annotations in DIR (pickles)")
    ap.add_argument("--layout", choices=["paragraphs", "one-paragraph"], default="paragraphs",
                    help="each template its own paragraph, or all in one paragraph")
    ap.add_argument("--rounds", type=int, default=3, help="runs of the rules per size (the best is printed)")
    ap.add_argument("--calls", action="store_true", help="also count the function calls of the rules (load-independent)")
    ap.add_argument("--profile", type=int, default=None, metavar="N", help="also profile the rules at N marks")
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    from quotes.nlp import Annotator
    from quotes.service.loader import build_extractor

    resources = os.environ["STANZA_RESOURCES_DIR"]
    annotator = Annotator(resources, download=False)
    extractor = build_extractor(resources, download=False, annotator=annotator)

    rows = []
    for marks in sorted(set(args.marks)):
        text = synthetic_article(marks, args.layout)
        started = time.perf_counter()
        doc, cached = annotate(annotator, text, args.cache)
        annotation = time.perf_counter() - started
        times = time_stages(extractor, text, doc, args.rounds)
        quotes = times.pop("quotes found")
        calls = calls_of_the_rules(extractor, text, doc) if args.calls else None
        rows.append((marks, len(text), len(doc.sentences), quotes, annotation, times, calls))
        print(f"  {marks:>6} marks: {len(text):,} characters, {len(doc.sentences):,} sentences, {quotes:,} quotes, "
              f"annotation {annotation:.1f} s{' (cached)' if cached else ''}, "
              f"rules {sum(times.values()):.3f} s", flush=True)
        if args.profile == marks:
            profiler = cProfile.Profile()
            profiler.enable()
            time_stages(extractor, text, doc, 1)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)

    stages = list(rows[0][5])
    print()
    header = f"{'marks':>6} {'quotes':>6} " + " ".join(f"{s[:10]:>10}" for s in stages) + f" {'rules':>8} {'x prev':>7}"
    print(header + (f" {'calls':>12} {'x prev':>7}" if args.calls else ""))
    previous = None
    for marks, _, _, quotes, _, times, calls in rows:
        total = sum(times.values())
        ratio = f"{total / previous[1]:.2f}" if previous and previous[1] > 0 else "-"
        if previous and marks != 2 * previous[0]:
            ratio += f" (x{marks / previous[0]:g})"
        line = f"{marks:>6} {quotes:>6} " + " ".join(f"{times[s]:>10.4f}" for s in stages) + f" {total:>8.3f} {ratio:>7}"
        if calls is not None:
            line += f" {calls:>12,} " + (f"{calls / previous[2]:>7.2f}" if previous else f"{'-':>7}")
        print(line)
        previous = (marks, total, calls)
    print("\n(seconds, best of", args.rounds, "runs; 'x prev' = rules time over the previous size's: "
          "~2 for linear work, ~4 for quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
