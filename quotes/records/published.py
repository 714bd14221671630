"""The one validator of publication dates: ISO 8601 dates and date-times, as the API documents.

Used by the request schema (a 422 for anything else) and by the date rules, so a date the API
accepts is always one the statement-date resolution can use.
"""
from __future__ import annotations

import re
from datetime import date, datetime

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def parse_published(value: str) -> date | datetime:
    """An ISO 8601 date ("2025-10-28") or date-time ("2025-10-30T10:39:00+03:00", "...Z").

    Raises ``ValueError`` with a message saying what is expected."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("published must be an ISO 8601 date (YYYY-MM-DD) or date-time, e.g. 2025-10-30T10:39:00+03:00")
    text = value.strip()
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _DATE_TIME.fullmatch(text):
            return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError as exc:
        raise ValueError(f"published {value!r} is not a valid date: {exc}") from None
    raise ValueError(f"published {value!r} is not an ISO 8601 date (YYYY-MM-DD) or date-time "
                     "(YYYY-MM-DDTHH:MM[:SS][+HH:MM])")
