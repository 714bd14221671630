"""The command line: ``python -m quotes`` (see README.md)."""
from .main import main

__all__ = ["main"]
