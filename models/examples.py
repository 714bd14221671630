"""Examples shown in the OpenAPI document (a test checks they validate against the schemas)."""

EXTRACT_REQUEST = {
    "text": ("Pakistan and Afghanistan agreed to resume talks in Istanbul on Saturday.\n"
             "\u201cWe want a lasting solution,\u201d Defence Minister Khawaja Asif told reporters. "
             "A Taliban spokesman said the delegation would attend."),
    "id": "article-42",
    "outlet": "Dawn",
    "published": "2025-10-25T09:30:00+05:00",
    "url": "https://example.com/news/istanbul-talks",
}

TEXT_PLAIN_REQUEST = EXTRACT_REQUEST["text"]

EXTRACT_RESPONSE = {
    "article": {
        "id": "article-42", "outlet": "Dawn", "published": "2025-10-25T09:30:00+05:00",
        "url": "https://example.com/news/istanbul-talks", "title": None, "dateline": None, "byline": None,
        "provenance": {"outlet": "given", "published": "given", "title": None},
    },
    "quotes": [{
        "id": "q1", "text": "We want a lasting solution,", "start": 74, "end": 101, "pieces": [[74, 101]],
        "type": "direct",
        "cue": {"text": "told", "lemma": "tell", "start": 133, "end": 137},
        "speaker": {"id": "s1", "name": "Khawaja Asif", "type": "person",
                    "mention": {"text": "Defence Minister Khawaja Asif", "start": 103, "end": 132}},
        "outlet": "Dawn", "date": "2025-10-25T09:30:00+05:00",
        "statement_date": None,
        "channel": {"kind": "press", "name": None, "text": "told reporters", "start": 133, "end": 147},
        "confidence": 0.9, "evidence": "subject",
    }],
    "speakers": [{
        "id": "s1", "name": "Khawaja Asif", "type": "person", "title": "Defence Minister",
        "affiliation": None, "description": None, "registry_id": None, "wikidata": None,
        "mentions": [{"text": "Defence Minister Khawaja Asif", "start": 103, "end": 132}],
        "quote_ids": ["q1"],
    }],
    "meta": {"service_version": "0.1.0", "model_package": "ewt_offline,uner_offline",
             "processing_ms": 212.4, "request_id": "0f8c2a6d4b7e4f1e9a3c5d7b9e1f2a3c"},
}

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
