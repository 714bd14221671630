"""Re-run the documented example request and store its real response where it is shown.

    STANZA_RESOURCES_DIR=../shared/stanza_resources .venv/bin/python tools/refresh_examples.py

Writes ``models/example_response.json`` (the OpenAPI example) and the response block of
README.md's "First request". ``tests/test_examples.py`` fails when either has drifted from
what the service answers, and says to run this.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.examples import EXTRACT_REQUEST, RESPONSE_FILE  # noqa: E402

README_BLOCK = re.compile(r"(The real response[^\n]*\n(?:[^\n]*\n)*?```json\n)(.*?)(\n```)", re.S)


def live_response(annotator=None) -> dict:
    """The service's answer to the example request (through the Flask test client)."""
    from quotes.api import create_app
    from quotes.nlp import Annotator

    annotator = annotator or Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False)
    app = create_app({"TESTING": True}, annotator=annotator)
    response = app.test_client().post("/v1/extract", json=EXTRACT_REQUEST)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def readme_response(readme: str) -> dict:
    match = README_BLOCK.search(readme)
    if match is None:
        raise ValueError('README.md has no ```json block after "The real response"')
    return json.loads(match.group(2))


def main() -> None:
    data = live_response()
    RESPONSE_FILE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    block = json.dumps(data, indent=2, ensure_ascii=False)
    readme_path.write_text(README_BLOCK.sub(lambda m: m.group(1) + block + m.group(3), readme, count=1),
                           encoding="utf-8")
    print(f"updated {RESPONSE_FILE.relative_to(ROOT)} and README.md")


if __name__ == "__main__":
    main()
