"""Shared test fixtures: the real model kit, loaded once per test session."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# The offline model kit beside the repository is what tests use unless told otherwise.
os.environ.setdefault("STANZA_RESOURCES_DIR", str(REPO.parent / "shared" / "stanza_resources"))
SEEDS = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"
# The quote store of apps (and servers) built without their own DATABASE_URL: a throwaway SQLite file, never ./data.
os.environ.setdefault("DATABASE_URL", "sqlite:///" + os.path.join(tempfile.mkdtemp(prefix="quotes-tests-"),
                                                                  "quotes.sqlite3"))


@pytest.fixture(scope="session")
def annotator():
    """The Stanza pipeline over the configured model directory, loaded once per session."""
    from quotes.nlp import Annotator

    return Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False)


@pytest.fixture(scope="session")
def make_app(annotator):
    """Build the service app around the session annotator (cheap); keyword args override config."""
    from quotes.web import create_app

    def make(**config):
        return create_app({"TESTING": True, **config}, annotator=annotator)

    return make


@pytest.fixture(scope="session")
def app(make_app):
    """The service app with default limits (pytest-flask's ``client`` fixture uses it)."""
    return make_app()


@pytest.fixture(scope="session")
def seed_texts():
    """The seed articles' texts, by file name."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session", autouse=True)
def one_torch_thread():
    """One torch thread, as in the service's workers (TORCH_THREADS=1): on two cores shared with other
    processes, a second thread spins and makes annotation several times slower, not faster."""
    import torch

    torch.set_num_threads(1)
