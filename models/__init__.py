"""Marshmallow schemas and examples of the HTTP API (the boundary; the engine works on plain dicts)."""
