"""The NLP layer: the only code that imports Stanza (see README.md)."""
from .annotator import (MAX_RUN_CHARS, PROCESSORS, Annotator, ModelsUnavailable, break_long_runs, has_english_models,
                        library_versions, resolve_use_gpu, set_torch_threads)
from .textprep import offset_safe

__all__ = ["MAX_RUN_CHARS", "PROCESSORS", "Annotator", "ModelsUnavailable", "break_long_runs",
           "has_english_models", "library_versions", "resolve_use_gpu", "offset_safe", "set_torch_threads"]
