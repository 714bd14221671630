#!/usr/bin/env python3
"""Score the engine in-process on gold sets (model loaded once), with ../shared/eval/score.py.

    .venv/bin/python tools/evaluate.py seeds dev polnear-dev [--errors] [--out DIR] [--full-annotation]
                                       [--cache DIR] [--summary]

Sets: ``seeds`` (../shared/seeds/gold.jsonl), ``dev`` (../shared/dev/gold.jsonl, scored
canonical and ``--mention``), ``polnear-dev`` (``$POLNEAR_DIR/dev.jsonl``, default
/work/data/polnear: converted by ../shared/eval/polnear_convert.py, never committed; scored
``--mention``), or a path to any gold JSONL. Predictions are written to DIR (default
/tmp/quotes-eval) so ``score.py --pred`` can be rerun on them with ``--errors``.

``--cache DIR`` keeps each text's full annotation (every sentence parsed and NER-tagged) as a
pickle keyed by the text's SHA-256 and the model directory, so rule changes are scored in
seconds. It implies ``--full-annotation``: a selective annotation depends on the lexicons, which
is what a rule change edits. Check the final figures once without it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
os.environ.setdefault("STANZA_RESOURCES_DIR", str(SHARED / "stanza_resources"))

SETS = {
    "seeds": (SHARED / "seeds" / "gold.jsonl", [False]),
    "dev": (SHARED / "dev" / "gold.jsonl", [False, True]),
    "polnear-dev": (Path(os.environ.get("POLNEAR_DIR", "/work/data/polnear")) / "dev.jsonl", [True]),
}


def extractor(full_annotation: bool = False, cache: Path | None = None):
    import torch

    torch.set_num_threads(1)
    from quotes.nlp import Annotator
    from quotes.service.loader import build_extractor

    annotator = Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False,
                          selective=not (full_annotation or cache))
    if cache:
        annotator = CachedAnnotator(annotator, cache)
    return build_extractor(os.environ["STANZA_RESOURCES_DIR"], download=False, annotator=annotator)


class CachedAnnotator:
    """An Annotator whose Documents are kept on disk (see ``--cache``)."""

    def __init__(self, annotator, directory: Path):
        self.annotator = annotator
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.salt = annotator.resources_dir.encode()

    def _path(self, text: str) -> Path:
        return self.directory / (hashlib.sha256(self.salt + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest() + ".pickle")

    def __call__(self, text: str):
        return self.annotate_many([text])[0]

    def annotate_many(self, texts: list[str]):
        paths = [self._path(text) for text in texts]
        missing = [i for i, path in enumerate(paths) if not path.exists()]
        if missing:
            for i, doc in zip(missing, self.annotator.annotate_many([texts[i] for i in missing])):
                tmp = paths[i].with_suffix(".tmp")
                tmp.write_bytes(pickle.dumps(doc))
                tmp.replace(paths[i])
        return [pickle.loads(path.read_bytes()) for path in paths]

    def __getattr__(self, name):
        return getattr(self.annotator, name)


def predict(engine, gold: Path, out: Path) -> float:
    started = time.perf_counter()
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            result = engine.extract(doc["text"], outlet=doc.get("outlet"), published=doc.get("published"))
            dst.write(json.dumps(result, ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--out", default="/tmp/quotes-eval")
    ap.add_argument("--full-annotation", action="store_true",
                    help="parse and NER-tag every sentence (the reference for selective annotation)")
    ap.add_argument("--summary", action="store_true", help="one line per set instead of the scorer's JSON")
    ap.add_argument("--cache", type=Path, help="keep full annotations in DIR (implies --full-annotation)")
    args = ap.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    engine = extractor(args.full_annotation, args.cache)
    for name in args.sets:
        gold, modes = SETS.get(name, (Path(name), [False, True]))
        pred = out_dir / f"{Path(name).stem if name not in SETS else name}.pred.jsonl"
        seconds = predict(engine, gold, pred)
        for mention in modes:
            print(f"== {name} ({'--mention' if mention else 'canonical'}; {seconds:.1f} s)", flush=True)
            cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), "--pred", str(pred)]
            cmd += ["--mention"] if mention else []
            cmd += ["--errors"] if args.errors else []
            if args.summary and not args.errors:
                report = json.loads(subprocess.run(cmd, check=False, capture_output=True, text=True).stdout)
                types = " ".join(f"{k} {v['found']}/{v['gold']}" for k, v in sorted(report["by_type"].items()))
                print(f"   P {report['quote_precision']} R {report['quote_recall']} F1 {report['quote_f1']}"
                      f" | speaker {report['speaker_acc_strict']}/{report['speaker_acc_relaxed']}"
                      f" | e2e {report['end_to_end_f1']} | {types}", flush=True)
            else:
                subprocess.run(cmd, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
