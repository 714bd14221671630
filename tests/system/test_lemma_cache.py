"""The lemmatizer's kept answers (lemma_store_results) are bounded per process."""
from quotes.nlp import annotator as annotator_module


def test_lemma_cache_is_reset_past_its_bound_and_lemmas_do_not_change(annotator, monkeypatch):
    # "The zorblaxes flemmed the quibnits." - made-up words go to the seq2seq lemmatizer
    text = "The zorblaxes flemmed the quibnits, and the snarfles glorped."
    before = [w.lemma for s in annotator(text).sentences for w in s.words]
    assert annotator.lemma_cache_size() >= 0
    monkeypatch.setattr(annotator_module, "LEMMA_CACHE_MAX", 0)
    annotator("The wibbling drozzles were frabbed.")
    assert annotator.lemma_cache_size() == 0
    after = [w.lemma for s in annotator(text).sentences for w in s.words]
    assert after == before
