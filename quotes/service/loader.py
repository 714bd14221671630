"""Building the :class:`~quotes.extraction.Extractor` from configuration (shared by the API and the CLI)."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from .. import lexicons
from ..extraction import Extractor
from ..extraction.registry import Registry, RegistryError, registry_from_json
from ..nlp import Annotator

log = logging.getLogger(__name__)


def load_registry(path: str | Path | None) -> Registry | None:
    """Read the speaker registry file at ``path`` (``SPEAKER_REGISTRY``); None when none is configured."""
    if not path:
        return None
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"cannot read speaker registry {path}: {exc}") from exc
    except ValueError as exc:
        raise RegistryError(f"speaker registry {path} is not valid JSON: {exc}") from exc
    registry = registry_from_json(data, str(path))
    log.info("loaded speaker registry %s (%d speakers)", path, len(registry))
    return registry


def build_extractor(resources_dir: str, *, download: bool = True, registry_path: str | None = None,
                    annotator: Annotator | None = None, use_gpu: str = "auto") -> Extractor:
    """Check the lexicons, load the Stanza models from ``resources_dir`` (unless ``annotator`` is
    given) and the registry. ``use_gpu`` is ``STANZA_USE_GPU`` (auto: CUDA when torch sees it).

    Raises :class:`quotes.lexicons.LexiconError` for a malformed lexicon row and
    :class:`quotes.nlp.ModelsUnavailable` (naming the directory and STANZA_RESOURCES_DIR) when there
    are no models there and they cannot be downloaded.
    """
    lexicons.validate()
    log.info("given-name genders: %d names", len(lexicons.given_name_genders()))  # (read once, before the first article)
    registry = load_registry(registry_path)
    if annotator is None:
        started = time.perf_counter()
        annotator = Annotator(resources_dir, download=download, use_gpu=use_gpu)
        log.info("loaded Stanza models (%s) from %s in %.1f s on %s (STANZA_USE_GPU=%s)",
                 annotator.package, resources_dir, time.perf_counter() - started, annotator.device, use_gpu)
    return Extractor(annotator, registry=registry)
