"""The pipeline: stages declare what they require and provide, checked once when it is built."""
import pytest

from fixtures import load
from quotes.extraction.pipeline import (ArticleContext, Pipeline, PipelineError, Stage, as_stage, attribute_stage,
                                        default_stages, detect_stage, quotations_stage)


def test_default_stages_are_in_a_valid_order():
    stages = default_stages(annotator=lambda text: None)
    Pipeline(stages)  # does not raise
    assert [s.name for s in stages] == ["annotate", "article", "quotations", "detect", "attribute", "resolve",
                                        "channels", "statement_dates"]


def test_a_stage_whose_requirement_comes_later_is_refused_at_build_time():
    with pytest.raises(PipelineError, match="stage 'detect' requires doc, spans"):
        Pipeline((as_stage(detect_stage),))


def test_a_missing_provider_is_named():
    stages = (Stage("needs_quotes", lambda c: None, frozenset({"quotes"}), frozenset()),)
    with pytest.raises(PipelineError, match="requires quotes"):
        Pipeline(stages)


def test_stages_fill_the_context_and_give_quote_ids_at_detection():
    doc = load("q_direct_carried")
    pipeline = Pipeline((Stage("given", lambda c: None, frozenset(), frozenset({"doc"})),
                         *(as_stage(s) for s in (quotations_stage, detect_stage, attribute_stage))))
    context = pipeline(ArticleContext(text=doc.text, doc=doc))
    assert [q.id for q in context.quotes] == ["q1", "q2"]
    assert context.spans and all(q.confidence > 0 for q in context.quotes)
