"""Opaque, stable cursors: the sort key of the last row of a page, base64url-encoded JSON.

A cursor names a position in an order (newest first: ``(day, id)`` descending), not an
offset, so rows added while a client pages through do not shift or repeat what it sees.
"""
from __future__ import annotations

import base64
import binascii
import json


MAX_KEY = 2**63 - 1  # what a database integer holds


class InvalidCursor(ValueError):
    """The cursor was not made by this service (or was altered)."""


def encode(*key) -> str:
    raw = json.dumps(list(key), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, kinds: tuple[type, ...]) -> tuple:
    """The key of ``cursor``, checked against ``kinds`` (e.g. ``(str, int)``)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode())
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidCursor("The cursor is not one this service made; use the next_cursor of a page.") from None
    if (not isinstance(key, list) or len(key) != len(kinds)
            or not all(isinstance(v, k) and not isinstance(v, bool) for v, k in zip(key, kinds))
            or any(isinstance(v, int) and not 0 <= v <= MAX_KEY for v in key)
            or any(isinstance(v, str) and len(v) > 64 for v in key)):
        raise InvalidCursor("The cursor is not one this service made; use the next_cursor of a page.")
    return tuple(key)
