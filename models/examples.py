"""Examples shown in the OpenAPI document (tests check they validate against the schemas)."""
import json
from pathlib import Path

# A real request and its real response (the README shows the same pair).
EXTRACT_REQUEST = {'text': 'ISLAMABAD: Pakistan and Afghanistan will resume talks in Istanbul, officials said on Sunday.\n'
         '"We want a lasting solution," Defence Minister Khawaja Asif told reporters.',
 'outlet': 'Dawn',
 'published': '2025-10-26'}

TEXT_PLAIN_REQUEST = EXTRACT_REQUEST["text"]

# The response is stored as JSON so tools/refresh_examples.py can regenerate it from a real run.
RESPONSE_FILE = Path(__file__).with_name("example_response.json")
EXTRACT_RESPONSE = json.loads(RESPONSE_FILE.read_text(encoding="utf-8"))

BATCH_REQUEST = {"articles": [EXTRACT_REQUEST, {"text": "   "}]}

PROBLEM_422 = {
    "type": "urn:quotes:problem:validation_error", "title": "Unprocessable Entity", "status": 422,
    "detail": "The request does not match the schema.", "code": "validation_error",
    "details": {"published": ["Not a valid ISO 8601 date or date-time "
                              "(expected e.g. 2025-10-25 or 2025-10-25T14:30:00+05:00)."]},
    "request_id": "0f8c2a6d4b7e4f1e9a3c5d7b9e1f2a3c",
}

EMPTY_TEXT_PROBLEM = {
    "type": "urn:quotes:problem:empty_text", "title": "Unprocessable Entity", "status": 422,
    "detail": "The text is empty or holds only white space and control characters.", "code": "empty_text",
    "details": {"text": ["Must contain some text."]}, "request_id": "0f8c2a6d4b7e4f1e9a3c5d7b9e1f2a3c",
}

BATCH_RESPONSE = {
    "results": [
        {"index": 0, "status": 200, "result": EXTRACT_RESPONSE, "error": None},
        {"index": 1, "status": 422, "result": None, "error": EMPTY_TEXT_PROBLEM},
    ],
    "meta": {"request_id": "0f8c2a6d4b7e4f1e9a3c5d7b9e1f2a3c", "service_version": "0.1.0",
             "articles": 2, "failed": 1, "processing_ms": 230.0},
}
