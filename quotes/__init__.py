"""Quote and attribution extraction for news articles (direct, reported and mixed speech)."""

__version__ = "0.1.0"
