"""The documented example request, answered live, and the response block the README shows.

``tools/refresh_examples.py`` rewrites both from a real run; ``tests/web/test_examples.py``
fails when either has drifted from what the service answers.
"""
from __future__ import annotations

import json
import os
import re

from models.examples import EXTRACT_REQUEST

README_BLOCK = re.compile(r"(The real response[^\n]*\n(?:[^\n]*\n)*?```json\n)(.*?)(\n```)", re.S)


def live_response(annotator=None) -> dict:
    """The service's answer to the example request (through the Flask test client)."""
    from quotes.nlp import Annotator
    from quotes.web import create_app

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
