"""The closed vocabularies are StrEnums shared by records, schemas and the registry."""
import json

from models import schemas
from quotes.records import Evidence, QuoteType, SpeakerType


def test_members_are_their_json_values():
    assert json.dumps([QuoteType.MIXED, SpeakerType.ANONYMOUS, Evidence.ACCORDING_TO]) == \
        '["mixed", "anonymous", "according_to"]'


def test_schemas_validate_against_the_enums():
    assert schemas.QUOTE_TYPES == ("direct", "indirect", "mixed")
    assert set(schemas.SPEAKER_TYPES) == {t.value for t in SpeakerType}
    assert set(schemas.EVIDENCE) == {e.value for e in Evidence}
