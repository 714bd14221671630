"""The documented example (README "First request", OpenAPI example) is what the service answers."""
import json

from conftest import REPO as ROOT
from models.examples import EXTRACT_REQUEST, EXTRACT_RESPONSE
from quotes.testing.examples import live_response, readme_response

VOLATILE = ("processing_ms", "request_id")
HINT = "the example drifted from the service's output: run tools/refresh_examples.py"


def stable(response: dict) -> dict:
    response = json.loads(json.dumps(response))
    for key in VOLATILE:
        response["meta"].pop(key, None)
    return response


def test_openapi_example_is_the_live_response(annotator):
    assert stable(EXTRACT_RESPONSE) == stable(live_response(annotator)), HINT


def test_readme_shows_the_same_response():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert stable(readme_response(readme)) == stable(EXTRACT_RESPONSE), HINT


def test_readme_request_is_the_example_request():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = readme.split("-d '", 1)[1].split("' \\", 1)[0]
    assert json.loads(body) == EXTRACT_REQUEST
