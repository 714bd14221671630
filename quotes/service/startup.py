"""Start-up failures (no models, bad configuration, unreadable speaker registry, malformed lexicon) as one plain line on stderr and exit status 3.

Used around app creation (``app.py``, under gunicorn or ``flask run``), by ``gunicorn.conf.py``
and by the CLI, so an operator reads the cause, not a traceback.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

from ..extraction.registry import RegistryError
from ..lexicons import LexiconError
from ..nlp import ModelsUnavailable
from .config import ConfigError

EXIT_STARTUP = 3


@contextmanager
def fail_plainly():
    try:
        yield
    except (ModelsUnavailable, ConfigError, RegistryError, LexiconError) as exc:
        print(f"quotes: cannot start: {exc}", file=sys.stderr, flush=True)
        sys.exit(EXIT_STARTUP)
