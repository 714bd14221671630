"""The extraction layer: rules over an annotated document, producing records (see README.md)."""
from .pipeline import Extractor

__all__ = ["Extractor"]
