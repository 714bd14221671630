"""The service layer: what the web API, the CLI and the jobs share (see README.md)."""
from .articles import (Outcome, article_arguments, decode_text, extract_article, extract_batch, extract_stream,
                       internal_problem, new_request_id, parse_json, require_object)

__all__ = ["Outcome", "article_arguments", "decode_text", "extract_article", "extract_batch", "extract_stream",
           "internal_problem",
           "new_request_id", "parse_json", "require_object"]
