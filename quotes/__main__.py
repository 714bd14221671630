"""``python -m quotes``: the command line (see :mod:`quotes.cli`)."""
import sys

from .cli import main

sys.exit(main())
