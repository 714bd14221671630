"""Stanza pipeline: loading the English models and annotating article text.

The pipeline is built once per process from a model directory (``STANZA_RESOURCES_DIR``).
``annotate`` runs the processors one by one so that sentence boundaries can be repaired
between tokenization and parsing:

* a line break always ends a sentence (scraped articles put headlines, captions and
  bylines on lines of their own, without final punctuation);
* a sentence longer than ``max_sentence_words`` is cut into chunks, so a 100,000-character
  "sentence" with no punctuation costs linear time and bounded memory in the parser;
* a run of more than ``MAX_RUN_CHARS`` characters without white space (base64, a URL soup)
  is broken for the tokenizer, whose cost grows with the square of such a run: one character
  in every ``MAX_RUN_CHARS`` is read as a space, and no token covers it.

Character offsets (``start_char``/``end_char``) always index the text that was passed in.
A lock serialises calls: one Stanza pipeline is not shown to be thread-safe.
"""
from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

from stanza.models.common.doc import Document

log = logging.getLogger(__name__)

MAX_RUN_CHARS = 100
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN_CHARS + 1))
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
PARSE_PROCESSORS = PROCESSORS[2:]
MODEL_PACKAGE_FILE = "resources.json"


class ModelsUnavailable(RuntimeError):
    """The model directory holds no usable English models and they could not be downloaded."""


def has_english_models(resources_dir: str | os.PathLike) -> bool:
    """True when ``resources_dir`` holds a resources.json and a model file for every processor."""
    root = Path(resources_dir)
    if not (root / MODEL_PACKAGE_FILE).is_file():
        return False
    return all(any((root / "en" / proc).glob("*.pt")) for proc in PROCESSORS)


def ensure_models(resources_dir: str | os.PathLike) -> None:
    """Download the official Stanza English models into ``resources_dir`` when it has none.

    Raises ``ModelsUnavailable`` naming the directory and the configuration variable when
    the download fails (for example on an offline machine).
    """
    if has_english_models(resources_dir):
        return
    import stanza

    log.warning("no Stanza English models in %s; downloading the official models there", resources_dir)
    try:
        stanza.download("en", model_dir=str(resources_dir), processors=",".join(PROCESSORS))
    except Exception as exc:  # network errors come in many types
        raise ModelsUnavailable(
            f"no Stanza English models in {resources_dir} and the download failed ({exc}); "
            "set STANZA_RESOURCES_DIR to a directory holding them"
        ) from exc
    if not has_english_models(resources_dir):
        raise ModelsUnavailable(
            f"the download into {resources_dir} did not produce the English models; "
            "set STANZA_RESOURCES_DIR to a directory holding them"
        )


def model_package(resources_dir: str | os.PathLike) -> str:
    """Name of the default English package in ``resources_dir`` (e.g. 'ewt_offline' or 'combined')."""
    import json

    try:
        with open(Path(resources_dir) / MODEL_PACKAGE_FILE, encoding="utf-8") as fh:
            resources = json.load(fh)
        packages = resources["en"].get("default_processors", {})
        return ",".join(sorted(set(map(str, packages.values())))) or "default"
    except (OSError, ValueError, KeyError):
        return "unknown"


class Annotator:
    """A loaded Stanza pipeline plus the sentence repairs described in the module docstring."""

    def __init__(self, resources_dir: str | os.PathLike, *, max_sentence_words: int = 100,
                 download: bool = True):
        import stanza

        self.resources_dir = str(resources_dir)
        if download:
            ensure_models(self.resources_dir)
        elif not has_english_models(self.resources_dir):
            raise ModelsUnavailable(
                f"no Stanza English models in {self.resources_dir}; set STANZA_RESOURCES_DIR"
            )
        self.max_sentence_words = max_sentence_words
        self.package = model_package(self.resources_dir)
        self._pipeline = stanza.Pipeline(
            lang="en", dir=self.resources_dir, processors=",".join(PROCESSORS),
            download_method=None, logging_level="WARN",
        )
        self._lock = threading.Lock()

    def __call__(self, text: str) -> Document:
        """Annotate ``text``; the returned Document's offsets index ``text``."""
        with self._lock:
            doc = self._pipeline.processors["tokenize"].process(break_long_runs(text))
            doc = self._pipeline.processors["mwt"].process(doc)
            doc = resplit_sentences(doc, text, self.max_sentence_words)
            for name in PARSE_PROCESSORS:
                doc = self._pipeline.processors[name].process(doc)
        return doc


def break_long_runs(text: str) -> str:
    """``text`` with every ``MAX_RUN_CHARS``-th character of long non-space runs read as a
    space (same length, so offsets still index ``text``)."""
    if not _LONG_RUN.search(text):
        return text
    chars = list(text)
    for match in _LONG_RUN.finditer(text):
        for i in range(match.start() + MAX_RUN_CHARS, match.end(), MAX_RUN_CHARS):
            chars[i] = " "
    return "".join(chars)


def resplit_sentences(doc: Document, text: str, max_words: int) -> Document:
    """Return a tokenized Document whose sentences also end at line breaks and hold at most
    ``max_words`` words. Only tokenization is kept; parse later."""
    sentences = []
    for sentence in doc.to_dict():
        sentences.extend(_split_sentence(_group_tokens(sentence), text, max_words))
    return Document(sentences, text=text)


def _group_tokens(sentence: list[dict]) -> list[list[dict]]:
    """Group a sentence's word dicts by token (a multi-word token and its words stay together)."""
    groups: list[list[dict]] = []
    open_end = 0
    for entry in sentence:
        ident = entry["id"]
        if isinstance(ident, (tuple, list)) and len(ident) == 2:  # multi-word token header
            groups.append([entry])
            open_end = ident[1]
        elif open_end and _first_id(entry) <= open_end:
            groups[-1].append(entry)
        else:
            groups.append([entry])
            open_end = 0
    return groups


def _first_id(entry: dict) -> int:
    ident = entry["id"]
    return ident[0] if isinstance(ident, (tuple, list)) else ident


def _token_span(group: list[dict]) -> tuple[int, int]:
    head = group[0]
    return head["start_char"], head["end_char"]


def _split_sentence(groups: list[list[dict]], text: str, max_words: int) -> list[list[dict]]:
    chunks: list[list[list[dict]]] = [[]]
    words_in_chunk = 0
    for group in groups:
        words = sum(1 for e in group if not isinstance(e["id"], (tuple, list)))
        if chunks[-1]:
            previous_end = _token_span(chunks[-1][-1])[1]
            line_break = "\n" in text[previous_end:_token_span(group)[0]]
            if line_break or words_in_chunk + words > max_words:
                chunks.append([])
                words_in_chunk = 0
        chunks[-1].append(group)
        words_in_chunk += words
    return [_renumber(chunk) for chunk in chunks if chunk]


def _renumber(groups: list[list[dict]]) -> list[dict]:
    """Flatten token groups into a sentence with word ids starting at 1."""
    shift = _first_id(groups[0][0]) - 1
    out = []
    for group in groups:
        for entry in group:
            entry = dict(entry)
            ident = entry["id"]
            if isinstance(ident, (tuple, list)):
                entry["id"] = tuple(i - shift for i in ident)
            else:
                entry["id"] = ident - shift
            entry.pop("head", None)
            entry.pop("deprel", None)
            out.append(entry)
    return out


def library_versions() -> dict[str, str]:
    """The versions of the NLP libraries (for ``/version``)."""
    import stanza
    import torch

    return {"stanza": stanza.__version__, "torch": torch.__version__}


def set_torch_threads(count: int) -> None:
    """Torch intra-op threads of this process (the service's workers use ``TORCH_THREADS``)."""
    import torch

    torch.set_num_threads(count)
