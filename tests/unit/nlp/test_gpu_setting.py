"""STANZA_USE_GPU reaches Stanza's own use_gpu switch (no GPU here: the pipeline is a fake)."""
import os

import pytest

from quotes.nlp import Annotator, resolve_use_gpu


def test_use_gpu_setting_reaches_the_pipeline(monkeypatch):
    import stanza
    import torch

    seen = {}

    class FakePipeline:
        def __init__(self, **kwargs):
            seen.update(kwargs)
            self.device = "cuda" if kwargs["use_gpu"] else "cpu"

    monkeypatch.setattr(stanza, "Pipeline", FakePipeline)
    for setting, cuda, expected in [("true", False, True), ("false", True, False), ("auto", True, True),
                                    ("auto", False, False)]:
        monkeypatch.setattr(torch.cuda, "is_available", lambda cuda=cuda: cuda)
        annotator = Annotator(os.environ["STANZA_RESOURCES_DIR"], download=False, use_gpu=setting)
        assert seen["use_gpu"] is expected and annotator.use_gpu is expected
        assert annotator.device == ("cuda" if expected else "cpu")
    with pytest.raises(ValueError, match="STANZA_USE_GPU"):
        resolve_use_gpu("cuda")
