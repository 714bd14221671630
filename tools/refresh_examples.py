"""Re-run the documented example request and store its real response where it is shown.

    STANZA_RESOURCES_DIR=../shared/stanza_resources .venv/bin/python tools/refresh_examples.py

Writes ``models/example_response.json`` (the OpenAPI example) and the response block of
README.md's "First request". ``tests/web/test_examples.py`` fails when either has drifted from
what the service answers, and says to run this.
"""
from __future__ import annotations

import json
from pathlib import Path

from models.examples import RESPONSE_FILE
from quotes.testing.examples import README_BLOCK, live_response

ROOT = Path(__file__).resolve().parent.parent


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
