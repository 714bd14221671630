"""The closed vocabularies of the records, the API schemas and the speaker registry.

``StrEnum`` members are strings: they compare equal to their values and serialise to JSON as
those values, so ``QuoteType.DIRECT == "direct"`` and the API's JSON is unchanged.
"""
from __future__ import annotations

from enum import StrEnum


class QuoteType(StrEnum):
    DIRECT = "direct"  # "We want peace," he said.
    INDIRECT = "indirect"  # Officials said the talks would resume.
    MIXED = "mixed"  # He said the talks had "failed completely".


class SpeakerType(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"  # "a Pakistani security source", "officials, speaking anonymously"
    UNKNOWN = "unknown"  # nothing in the text says who spoke


class MentionKind(StrEnum):
    NAME = "name"  # "Defence Minister Khawaja Asif"
    PRONOUN = "pronoun"  # "he"
    DESCRIPTION = "description"  # "the 40-year-old", "the defense minister"
    ANONYMOUS = "anonymous"  # "sources familiar with the talks"
    ORGANIZATION = "organization"  # "Pakistan's military", "the ministry"


class Evidence(StrEnum):
    """How a quote's speaker was found; it sets the confidence (see extraction/attribute.py)."""

    SUBJECT = "subject"  # an explicit subject or inverted subject of the cue
    PARTICIPLE = "participle"  # "..., saying that ..."
    ACCORDING_TO = "according_to"  # "according to X"
    POSSESSOR = "possessor"  # "Pakistan's demand that ..."
    PRONOUN = "pronoun"  # "he said"
    CARRIED = "carried"  # a quotation continuing an earlier quote
    NEARBY = "nearby"  # a standalone quotation given the subject of the sentence before
    NONE = "none"


REGISTRY_SPEAKER_TYPES = frozenset({SpeakerType.PERSON, SpeakerType.ORGANIZATION, SpeakerType.ANONYMOUS})
