"""Building the :class:`~quotes.engine.Extractor` from configuration (shared by the API and the CLI)."""
from __future__ import annotations

import logging
import time

from .engine import Extractor
from .nlp import Annotator
from .registry import load_registry

log = logging.getLogger(__name__)


def load_speaker_registry(path: str | None):
    """The optional speaker registry at ``path`` (``SPEAKER_REGISTRY``), or None."""
    registry = load_registry(path)
    if registry is not None:
        log.info("loaded speaker registry %s (%d speakers)", path, len(registry))
    return registry


def build_extractor(resources_dir: str, *, download: bool = True, registry_path: str | None = None,
                    annotator: Annotator | None = None) -> Extractor:
    """Load the Stanza models from ``resources_dir`` (unless ``annotator`` is given) and the registry.

    Raises :class:`quotes.nlp.ModelsUnavailable` (naming the directory and STANZA_RESOURCES_DIR)
    when there are no models there and they cannot be downloaded.
    """
    if annotator is None:
        started = time.perf_counter()
        annotator = Annotator(resources_dir, download=download)
        log.info("loaded Stanza models (%s) from %s in %.1f s",
                 annotator.package, resources_dir, time.perf_counter() - started)
    return Extractor(annotator, registry=load_speaker_registry(registry_path))
