"""Examples shown in the OpenAPI document (tests check they validate against the schemas)."""

# A real request and its real response (the README shows the same pair).
EXTRACT_REQUEST = {'text': 'ISLAMABAD: Pakistan and Afghanistan will resume talks in Istanbul, officials said on Sunday.\n'
         '"We want a lasting solution," Defence Minister Khawaja Asif told reporters.',
 'outlet': 'Dawn',
 'published': '2025-10-26'}

TEXT_PLAIN_REQUEST = EXTRACT_REQUEST["text"]

EXTRACT_RESPONSE = {'article': {'id': None,
             'outlet': 'Dawn',
             'published': '2025-10-26',
             'url': None,
             'title': None,
             'dateline': 'ISLAMABAD',
             'byline': None,
             'provenance': {'outlet': 'given', 'published': 'given', 'title': None}},
 'quotes': [{'id': 'q1',
             'text': 'Pakistan and Afghanistan will resume talks in Istanbul',
             'start': 11,
             'end': 65,
             'pieces': [[11, 65]],
             'type': 'indirect',
             'cue': {'text': 'said', 'lemma': 'say', 'start': 77, 'end': 81},
             'speaker': {'id': 's1',
                         'name': 'officials',
                         'type': 'anonymous',
                         'mention': {'text': 'officials', 'start': 67, 'end': 76}},
             'outlet': 'Dawn',
             'date': '2025-10-26',
             'statement_date': {'text': 'on Sunday',
                                'start': 82,
                                'end': 91,
                                'value': '2025-10-26',
                                'range': None},
             'channel': None,
             'confidence': 0.83,
             'evidence': 'subject'},
            {'id': 'q2',
             'text': 'We want a lasting solution,',
             'start': 94,
             'end': 121,
             'pieces': [[94, 121]],
             'type': 'direct',
             'cue': {'text': 'told', 'lemma': 'tell', 'start': 153, 'end': 157},
             'speaker': {'id': 's2',
                         'name': 'Khawaja Asif',
                         'type': 'person',
                         'mention': {'text': 'Defence Minister Khawaja Asif', 'start': 123, 'end': 152}},
             'outlet': 'Dawn',
             'date': '2025-10-26',
             'statement_date': None,
             'channel': {'kind': 'interview', 'name': None, 'text': 'reporters', 'start': 158, 'end': 167},
             'confidence': 0.92,
             'evidence': 'subject'}],
 'speakers': [{'id': 's1',
               'name': 'officials',
               'type': 'anonymous',
               'title': None,
               'affiliation': None,
               'description': 'officials',
               'registry_id': None,
               'wikidata': None,
               'mentions': [{'text': 'officials', 'start': 67, 'end': 76}],
               'quote_ids': ['q1']},
              {'id': 's2',
               'name': 'Khawaja Asif',
               'type': 'person',
               'title': 'Defence Minister',
               'affiliation': None,
               'description': None,
               'registry_id': None,
               'wikidata': None,
               'mentions': [{'text': 'Defence Minister Khawaja Asif', 'start': 123, 'end': 152}],
               'quote_ids': ['q2']}],
 'meta': {'service_version': '0.1.0',
          'model_package': 'ewt_offline,uner_offline',
          'processing_ms': 193.9,
          'request_id': '947414b952064bcf8011eb77c1566219'}}

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
