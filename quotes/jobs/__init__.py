"""Bulk jobs: an archive of articles through an engine (local process pool or Ray) into Parquet
(see README.md)."""
from .bulk import ENGINES, JobError, run_bulk, run_ingest
from .ingest import IngestError, IngestSummary, ingest_dir
from .output import Summary, read_articles, read_errors, read_quotes
from .rows import ARTICLE_SCHEMA, QUOTE_SCHEMA, article_key

__all__ = ["ARTICLE_SCHEMA", "ENGINES", "IngestError", "IngestSummary", "JobError", "QUOTE_SCHEMA", "Summary",
           "article_key", "ingest_dir", "read_articles", "read_errors", "read_quotes", "run_bulk", "run_ingest"]
