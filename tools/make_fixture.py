"""Write a CoNLL-U fixture from text with the model kit: ``python tools/make_fixture.py NAME "TEXT"``.

Reads ``STANZA_RESOURCES_DIR`` (default: ../shared/stanza_resources beside the repository).
Review the output: where the kit parses wrongly, correct the fixture by hand.
"""
import os
import sys
from pathlib import Path

from quotes.nlp import Annotator
from quotes.nlp.conllu import to_conllu

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"


def main() -> None:
    name, text = sys.argv[1], sys.argv[2]
    if text == "-":
        text = sys.stdin.read()
    resources = os.environ.get("STANZA_RESOURCES_DIR") or str(REPO.parent / "shared" / "stanza_resources")
    doc = Annotator(resources, download=False)(text)
    (FIXTURES / f"{name}.conllu").write_text(to_conllu(doc), encoding="utf-8")
    print("{:C}".format(doc))


if __name__ == "__main__":
    main()
