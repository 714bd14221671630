"""The extractor (loaded Stanza model) of one app: ready, still loading (in the background) or failed.

``/ready`` reports its state; extraction routes answer 503 until it is ready.
"""
from __future__ import annotations

import logging
import threading
import time

from ..records.problems import Problem
from . import metrics

log = logging.getLogger(__name__)


class ExtractorSlot:
    """Holds the app's :class:`~quotes.extraction.Extractor` once it exists."""

    def __init__(self):
        self.extractor = None
        self.error: str | None = None
        self._thread: threading.Thread | None = None

    def load(self, build) -> None:
        """Call ``build()`` now and keep its result; a failure is kept and re-raised."""
        started = time.perf_counter()
        try:
            self.extractor = build()
        except Exception as exc:
            self.error = str(exc)
            raise
        metrics.MODEL_LOAD_SECONDS.set(time.perf_counter() - started)

    def load_in_background(self, build) -> None:
        """Call ``build()`` in a daemon thread; failures are logged and reported by ``/ready``."""
        def run():
            try:
                self.load(build)
            except Exception:
                log.exception("loading the model failed")

        self._thread = threading.Thread(target=run, name="model-loader", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def require(self):
        """The extractor, or a 503 problem while it is loading or after it failed."""
        if self.extractor is not None:
            return self.extractor
        if self.error:  # the cause (paths included) is in the log, not in the answer
            log.error("model unavailable: %s", self.error)
            raise Problem(503, "model_unavailable", "The model could not be loaded; the service log says why.")
        raise Problem(503, "model_loading", "The model is still loading; retry shortly.",
                      headers={"Retry-After": "5"})
