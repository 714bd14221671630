"""Which sentences' parse and NER the rules really read: a study, not a timed benchmark.

Annotates every article once with full annotation (every sentence parsed and NER-tagged; cached
in a pickle), then simulates a selection by giving the unselected sentences what
:mod:`quotes.nlp.selection` gives them (a flat tree, NER ``O``) and runs the extraction stages on
the result. The outputs are compared with the full annotation's article by article.

    PYTHONPATH=$PWD python benchmarks/selection_study.py [--cache FILE] [--per-sentence]
        [--jsonl FILE ...]

Prints, for the selection in :mod:`quotes.nlp.selection` (and the stricter variants defined
here), the share of sentences parsed and NER-tagged and the articles whose output differs from
full annotation. ``--per-sentence`` flattens each parsed sentence alone (and strips NER from each
NER-tagged one alone) and lists the sentences whose parse/NER changes the output: what the rules
really read.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import pickle
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
os.environ.setdefault("STANZA_RESOURCES_DIR", str(SHARED / "stanza_resources"))
DEFAULT_SETS = [SHARED / "seeds" / "gold.jsonl", SHARED / "dev" / "gold.jsonl",
                Path(os.environ.get("POLNEAR_DIR", "/work/data/polnear")) / "dev.jsonl"]


def read(paths):
    articles = []
    for path in paths:
        if not Path(path).is_file():
            print(f"(missing: {path})", file=sys.stderr)
            continue
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                articles.append({"text": doc["text"], "outlet": doc.get("outlet"), "published": doc.get("published"),
                                 "set": Path(path).parent.name})
    return articles


def full_annotation(articles, cache: Path):
    from quotes.nlp.textprep import offset_safe

    if cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if stored["texts"] == [a["text"] for a in articles]:
            return stored["sentences"]
    import torch

    torch.set_num_threads(1)
    from quotes.nlp import Annotator

    annotator = Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False, selective=False)
    sentences = []
    started = time.perf_counter()
    for a in articles:
        sentences.append(annotator(offset_safe(a["text"])).to_dict())
    print(f"full annotation of {len(articles)} articles: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    cache.write_bytes(pickle.dumps({"texts": [a["text"] for a in articles], "sentences": sentences}))
    return sentences


class Replay:
    """An annotator that returns the cached full annotation, masked: sentences outside
    ``parse`` get a flat tree, outside ``ner`` NER ``O``."""

    package = "replay"

    def __init__(self):
        self.next = None  # (sentence dicts, parse set, ner set)

    def __call__(self, text):
        from stanza.models.common.doc import Document

        from quotes.nlp.annotator import no_entities
        from quotes.nlp.selection import flat_parse

        dicts, parse, ner = self.next
        dicts = copy.deepcopy(dicts)
        for i, s in enumerate(dicts):
            if i not in parse:
                flat_parse(s)
            if i not in ner:
                no_entities(s)
        doc = Document(dicts, text=text)
        for i, s in enumerate(doc.sentences):
            s.parsed, s.ner_tagged = i in parse, i in ner
        return doc


def strip_timing(result):
    return {**result, "meta": {k: v for k, v in result["meta"].items() if k != "processing_ms"}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", default="/tmp/selection-study.pkl")
    ap.add_argument("--jsonl", action="append", default=[])
    ap.add_argument("--per-sentence", action="store_true")
    ap.add_argument("--variant", action="append", default=[], help="selection variants to try (see VARIANTS)")
    args = ap.parse_args()
    articles = read(DEFAULT_SETS + [Path(p) for p in args.jsonl])
    cached = full_annotation(articles, Path(args.cache))

    from stanza.models.common.doc import Document

    from quotes.extraction import Extractor
    from quotes.nlp import selection

    replay = Replay()
    extractor = Extractor(replay)

    def run(index, parse, ner):
        a = articles[index]
        replay.next = (cached[index], parse, ner)
        return strip_timing(extractor.extract(a["text"], outlet=a.get("outlet"), published=a.get("published")))

    everything = [set(range(len(s))) for s in cached]
    reference = [run(i, everything[i], everything[i]) for i in range(len(articles))]
    docs = [Document(copy.deepcopy(s), text=a["text"]) for s, a in zip(cached, articles)]

    variants = {"current": selection.select}
    variants.update({name: getattr(selection, name) for name in args.variant})
    for name, select in variants.items():
        total = parsed = tagged = 0
        differ = []
        for i, doc in enumerate(docs):
            parse, ner = select(doc.sentences)
            total += len(doc.sentences)
            parsed += len(parse)
            tagged += len(ner)
            if run(i, parse, ner) != reference[i]:
                differ.append(i)
        print(f"{name:24s} sentences {total}: parsed {parsed / total:.1%}, NER {tagged / total:.1%}; "
              f"articles differing from full: {len(differ)} {differ[:20]}")

    if args.per_sentence:
        parse_needed = ner_needed = 0
        parse_rows, ner_rows = [], []
        for i, doc in enumerate(docs):
            n = len(doc.sentences)
            full = set(range(n))
            for k in range(n):
                words = doc.sentences[k].words
                if run(i, full - {k}, full) != reference[i]:
                    parse_needed += 1
                    parse_rows.append((i, k, words))
                if run(i, full, full - {k}) != reference[i]:
                    ner_needed += 1
                    ner_rows.append((i, k, words))
        total = sum(len(d.sentences) for d in docs)
        print(f"sentences whose parse changes the output: {parse_needed}/{total}; whose NER does: {ner_needed}/{total}")
        for label, rows in (("PARSE", parse_rows), ("NER", ner_rows)):
            for i, k, words in rows:
                tags = " ".join(f"{w.text}/{w.upos}/{w.lemma}" for w in words)
                print(f"{label}\t{articles[i]['set']}#{i}.{k}\t{tags}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
