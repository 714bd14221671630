"""Leaner Stanza heads: compute only the outputs the rules read, with the same values.

* :func:`drop_features` — the POS model predicts UPOS, XPOS and the morphological features
  (21 feature classifiers for English, each a bilinear layer, then 21 vocabulary look-ups a
  word). No rule reads ``feats`` (``quotes/extraction`` never does), lemmas are looked up by
  (word, UPOS), NER reads the words, and the English parser's feature embedding never reaches
  its LSTM (Stanza 1.15 adds the POS embedding where the feature embedding was meant to go, in
  ``EmbeddingParser.embed``), so the parse does not change either. The feature column is taken
  out of the model's outputs (its classifiers do not run, ``feats`` stays ``None``): POS about
  0.6x of its time.
  ``Annotator(morphology=True)`` keeps them, for a rule that comes to read features.
* :func:`install_labels_at_heads` — the parser scores its 51 relation labels on every
  (dependent, head) pair of a padded batch and then reads one label a word; here the labels are
  scored on the arcs of the decoded tree only (:func:`_predict`); the parser 0.42-0.51x of its time.

Both give the same UPOS, XPOS, lemmas, heads, relations and NER on every sentence of the seeds,
dev (632 sentences) and PolNeAR dev (3,467 sentences); ``tests/system/test_lean_heads.py``
checks the seeds against ``Annotator(morphology=True, labels_at_heads=False)``.
"""
from __future__ import annotations

import itertools
import types
from contextlib import contextmanager

import numpy as np
import torch
import torch.nn.functional as F

from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                     resolve_head_constraint_violations)


FEATURES = "feats"
_COLUMN_ATTRIBUTES = ("tag_columns", "tag_names", "tag_index", "eval_order")


def _pos_model(pipeline):
    processor = getattr(pipeline, "processors", {}).get("pos")
    return getattr(getattr(processor, "trainer", None), "model", None)


def drop_features(pipeline) -> bool:
    """Take the morphological features out of the POS model's output columns (see the module
    docstring): it then predicts UPOS and XPOS only, and ``feats`` stays None. Returns False (and
    changes nothing) when the model is not laid out as expected."""
    model = _pos_model(pipeline)
    if model is None or not all(hasattr(model, name) for name in _COLUMN_ATTRIBUTES):
        return False
    if FEATURES not in model.tag_names:
        return False
    if any(FEATURES in parents for parents in getattr(model, "column_parents", {}).values()):
        return False  # another column is conditioned on the features: keep them
    model.stock_columns = tuple(getattr(model, name) for name in _COLUMN_ATTRIBUTES)  # for stock_heads()
    model.tag_columns = tuple(c for c in model.tag_columns if c.name != FEATURES)
    model.tag_names = [c.name for c in model.tag_columns]
    model.tag_index = {name: index for index, name in enumerate(model.tag_names)}
    model.eval_order = [name for name in model.eval_order if name != FEATURES]
    return True


def _swap_columns(model) -> None:
    lean = tuple(getattr(model, name) for name in _COLUMN_ATTRIBUTES)
    for name, value in zip(_COLUMN_ATTRIBUTES, model.stock_columns):
        setattr(model, name, value)
    model.stock_columns = lean


@contextmanager
def stock_heads(pipeline):
    """Stanza's own POS, parser and NER heads, lemmatizer pass, padded id tensors and vocabulary
    look-ups inside the block (the benchmark's raw Stanza runs on the same loaded models)."""
    processors = getattr(pipeline, "processors", {})
    pos_model = _pos_model(pipeline)
    parser = getattr(getattr(processors.get("depparse"), "_trainer", None), "model", None)
    features = getattr(pos_model, "stock_columns", None) is not None
    lean_predict = parser.__dict__.pop("predict", None) if parser is not None else None
    if features:
        _swap_columns(pos_model)
    crits = [crit for model in _ner_models(pipeline) for crit in getattr(model, "crits", [])
             if "forward" in vars(crit)]
    lean_forwards = [vars(crit).pop("forward") for crit in crits]
    lemma = processors.get("lemma")
    lean_lemma = vars(lemma).pop("process", None) if lemma is not None else None
    from stanza.models.common import crf
    from stanza.models.ner import trainer as ner_trainer

    decoder = ner_trainer.viterbi_decode
    ner_trainer.viterbi_decode = crf.viterbi_decode
    try:
        with stock_long_tensor(), stock_vocab_map():
            yield
    finally:
        if lean_lemma is not None:
            lemma.process = lean_lemma
        ner_trainer.viterbi_decode = decoder
        for crit, forward in zip(crits, lean_forwards):
            crit.forward = forward
        if features:
            _swap_columns(pos_model)
        if lean_predict is not None:
            parser.predict = lean_predict


# --------------------------------------------------------------------------- parser labels

def install_labels_at_heads(pipeline) -> bool:
    """Make the parser score relation labels only on the arcs of the decoded tree (see
    :func:`_predict`). Returns False (and changes nothing) for a parser not laid out as the
    graph parser of Stanza 1.15 (an arc-embedding model, another class)."""
    processor = getattr(pipeline, "processors", {}).get("depparse")
    model = getattr(getattr(processor, "_trainer", None), "model", None)
    if model is None or type(model).__name__ != "GraphParser" or model.args.get("use_arc_embedding"):
        return False
    scorer = getattr(getattr(model, "deprel", None), "scorer", None)
    if not hasattr(getattr(scorer, "W_bilin", None), "weight"):
        return False
    model.predict = types.MethodType(_predict, model)
    return True


def _predict(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head,
             deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """``GraphParser.predict`` with the relation labels scored on the tree's arcs only.

    Stanza scores every label on every (dependent, head) pair of a padded batch (a
    batch x length x length x 51 tensor, then its argmax and its log-softmax, copied to numpy),
    decodes the tree from the arc scores alone, and then reads one label per word. Here the arc
    scores and the tree are computed exactly as there; the labels are scored on the
    (dependent, chosen head) pairs only, by the same bilinear layer. Stanza's head-constraint
    repair (two subjects or two objects on one head) needs every label of the sentence: for the
    rare sentence whose labels break a constraint, they are scored in full and Stanza's repair
    runs as before."""
    from stanza.models.depparse import model as parser_module

    lstm_outputs = self.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                              head, deprel, word_orig_idx, sentlens, wordlens, text)
    # as GraphParser.forward_scores (eval mode: the dropouts are identities)
    unlabeled_scores = self.unlabeled(self.drop(lstm_outputs), self.drop(lstm_outputs)).squeeze(3)
    head_offset = None
    if self.args["linearization"] or self.args["distance"]:
        positions = torch.arange(word.size(1), device=head.device)
        head_offset = (positions.view(1, 1, -1).expand(word.size(0), -1, -1)
                       - positions.view(1, -1, 1).expand(word.size(0), -1, -1))
    if self.args["linearization"]:
        lin_scores = self.linearization(self.drop(lstm_outputs), self.drop(lstm_outputs)).squeeze(3)
        unlabeled_scores += F.logsigmoid(lin_scores * torch.sign(head_offset).float()).detach()
    if self.args["distance"]:
        dist_scores = self.distance(self.drop(lstm_outputs), self.drop(lstm_outputs)).squeeze(3)
        dist_pred = 1 + F.softplus(dist_scores)
        dist_target = torch.abs(head_offset)
        unlabeled_scores += (-torch.log((dist_target.float() - dist_pred) ** 2 / 2 + 1)).detach()
    diag = torch.eye(head.size(-1) + 1, dtype=torch.bool, device=head.device).unsqueeze(0)
    unlabeled_scores.masked_fill_(diag, -float("inf"))
    arc_scores = F.log_softmax(unlabeled_scores, 2).detach().cpu().numpy()

    trees = [parser_module.chuliu_edmonds_one_root(arc_scores[i][:l, :l]) for i, l in enumerate(sentlens)]

    # the label scorer's two sides, as DeepBiaffineScorer and PairwiseBiaffineScorer build them
    labels = self.deprel
    bilinear = labels.scorer.W_bilin
    dependents = _with_ones(labels.hidden_func(labels.W1(self.drop(lstm_outputs))))
    heads = _with_ones(labels.hidden_func(labels.W2(self.drop(lstm_outputs))))
    rows, dep_index, head_index = [], [], []
    for i, tree in enumerate(trees):
        count = len(tree) - 1
        rows.extend([i] * count)
        dep_index.extend(range(1, count + 1))
        head_index.extend(int(h) for h in tree[1:])
    device = lstm_outputs.device
    rows = torch.tensor(rows, dtype=torch.long, device=device)
    left = dependents[rows, torch.tensor(dep_index, dtype=torch.long, device=device)]
    right = heads[rows, torch.tensor(head_index, dtype=torch.long, device=device)]
    size_in, size_out, relations = bilinear.weight.shape
    intermediate = (left @ bilinear.weight.reshape(size_in, size_out * relations)).view(-1, size_out, relations)
    pair_scores = torch.bmm(right.unsqueeze(1), intermediate).squeeze(1) + bilinear.bias
    if resolve_head_constraints:
        chosen = F.log_softmax(pair_scores, 1).max(1)[1].cpu().numpy()
    else:
        chosen = pair_scores.max(1)[1].cpu().numpy()

    vocab = self.vocab["deprel"]
    pred_tokens, start = [], 0
    for i, tree in enumerate(trees):
        count = len(tree) - 1
        raw_ids = [int(r) for r in chosen[start:start + count]]
        start += count
        if resolve_head_constraints:
            names = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw_ids])
            if find_head_constraint_violations(tree, names):
                length = sentlens[i]
                full = bilinear(dependents[i:i + 1, :length], heads[i:i + 1, :length])
                label_log_probs = F.log_softmax(full, 3)[0].detach().cpu().numpy()
                tree, raw_ids = resolve_head_constraint_violations(arc_scores[i][:length, :length],
                                                                   label_log_probs, tree, vocab)
        deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw_ids])
        heads_of = tree[1:]
        pred_tokens.append([[heads_of[j], deprels[j]] for j in range(sentlens[i] - 1)])
    return pred_tokens


def _with_ones(tensor):
    """``tensor`` with a column of ones appended (the bias input of Stanza's biaffine scorers)."""
    return torch.cat([tensor, tensor.new_ones(*tensor.size()[:-1], 1)], tensor.dim() - 1)


# --------------------------------------------------------------------------- NER decoding

def _no_loss(crit):
    """``CRFLoss.forward`` at prediction: the model's caller reads only the transitions (the
    loss, its unary, binary and log-normaliser terms, is for training)."""
    def forward(inputs, masks, tag_indices):
        return 0.0, crit._transitions
    return forward


def viterbi_decode(scores, transition_params):
    """``stanza.models.common.crf.viterbi_decode`` with the same numpy operations, called as
    array methods (the function wrappers were most of its time): the same tags and score."""
    trellis = np.zeros_like(scores)
    backpointers = np.zeros_like(scores, dtype=np.int32)
    trellis[0] = scores[0]
    for t in range(1, scores.shape[0]):
        v = trellis[t - 1][:, None] + transition_params
        trellis[t] = scores[t] + v.max(0)
        backpointers[t] = v.argmax(0)
    viterbi = [trellis[-1].argmax()]
    for bp in reversed(backpointers[1:]):
        viterbi.append(bp[viterbi[-1]])
    viterbi.reverse()
    return viterbi, trellis[-1].max()


def install_lean_ner(pipeline) -> bool:
    """NER without the training loss at prediction and with :func:`viterbi_decode`. Returns False
    (and changes nothing) for an NER model not laid out as Stanza 1.15's."""
    from stanza.models.ner import trainer as ner_trainer

    models = _ner_models(pipeline)
    if not models or any(getattr(m, "crits", None) is None for m in models) \
            or not hasattr(ner_trainer, "viterbi_decode"):
        return False
    for model in models:
        for crit in model.crits:
            crit.forward = _no_loss(crit)
    ner_trainer.viterbi_decode = viterbi_decode
    return True


def _ner_models(pipeline) -> list:
    processor = getattr(pipeline, "processors", {}).get("ner")
    trainers = getattr(processor, "trainers", None) or [getattr(processor, "trainer", None)]
    return [m for m in (getattr(t, "model", None) for t in trainers) if m is not None]


# --------------------------------------------------------------------------- lemmas

def install_lean_lemma(pipeline) -> bool:
    """The lemmatizer without its first, unused data pass (see :func:`_lemma_process`). Returns
    False (and changes nothing) for a lemmatizer not configured as the English one of Stanza 1.15
    (dictionary first, then the seq2seq model on the words the dictionary does not hold)."""
    processor = getattr(pipeline, "processors", {}).get("lemma")
    trainer = getattr(processor, "_trainer", None)
    if processor is None or trainer is None or getattr(processor, "use_identity", True):
        return False
    config = processor.config
    if config.get("dict_only", False) or not config.get("ensemble_dict", False) \
            or not all(hasattr(trainer, name) for name in ("skip_seq2seq", "ensemble", "postprocess", "predict")):
        return False
    processor.process = types.MethodType(_lemma_process, processor)
    return True


def _lemma_process(self, document):
    """``LemmaProcessor.process`` (Stanza 1.15, dictionary-then-seq2seq branch) with the same
    lemmas. Stanza builds a first DataLoader over every word, which maps every word to character
    ids, only to read the (word, UPOS) pairs back from the Document; the pairs are read here from
    the Document directly, and the seq2seq DataLoader (the words the dictionary does not hold) is
    built only when there is such a word."""
    from itertools import compress

    from stanza.models.common import doc as stanza_doc
    from stanza.models.lemma.data import DataLoader

    word_tags = document.get([stanza_doc.TEXT, stanza_doc.UPOS])
    skip = self.trainer.skip_seq2seq(word_tags)
    preds, edits = [], []
    if not all(skip):
        seq2seq_batch = DataLoader(document, self.config["batch_size"], self.config, vocab=self.vocab,
                                   evaluation=True, skip=skip, expand_unk_vocab=True)
        with torch.no_grad():
            for b in seq2seq_batch:
                ps, es = self.trainer.predict(b, self.config["beam_size"], seq2seq_batch.vocab)
                preds += ps
                if es is not None:
                    edits += es
    words = [x[0] for x in word_tags]
    preds = self.trainer.postprocess([x for x, y in zip(words, skip) if not y], preds, edits=edits)
    if self.store_results:
        new_word_tags = compress(word_tags, map(lambda x: not x, skip))
        self.trainer.train_dict([(x[0], x[1], y) for x, y in zip(new_word_tags, preds)], update_word_dict=False)
    seq2seq_preds = iter(preds)
    preds = self.trainer.ensemble(word_tags, ["" if s else next(seq2seq_preds) for s in skip])
    if self.trainer.has_contextual_lemmatizers():
        preds = self.trainer.update_contextual_preds(document, preds)
    preds = [max([(len(x), x), (0, "_")])[1] for x in preds]
    document.set([stanza_doc.LEMMA], preds)
    return document


# --------------------------------------------------------------------------- tokenizer

def tokenize_dicts(processor, text: str, fast_features: bool = True):
    """The sentences the tokenizer finds in ``text``, as the CoNLL-U dicts it builds its Document
    from (``TokenizeProcessor.process`` of Stanza 1.15 on a plain string, without that Document:
    the annotator splits sentences at line breaks and builds its own). None when the processor is
    not the plain neural tokenizer (a variant, pretokenized input, speaker tags): then call
    ``processor.process``. ``fast_features``: the characters' features by
    :class:`FastTokenizationDataset` (the same arrays) rather than Stanza's dataset."""
    from stanza.models.tokenization.data import TokenizationDataset
    from stanza.models.tokenization.utils import output_predictions
    from stanza.pipeline import tokenize_processor as module

    config = processor.config
    if config.get("pretokenized") or hasattr(processor, "_variant") \
            or getattr(processor, "_speaker_opener", None) is not None \
            or not hasattr(processor, "_postprocessor"):
        return None
    max_seq_len = config.get("max_seqlen", module.TokenizeProcessor.MAX_SEQ_LENGTH_DEFAULT)
    if fast_features and fast_features_supported(config):
        batches = fast_dataset(config, text, processor.vocab, processor.trainer.dictionary)
    else:
        batches = TokenizationDataset(config, input_text=text, vocab=processor.vocab, evaluation=True,
                                      dictionary=processor.trainer.dictionary)
    with torch.no_grad():
        _, _, _, sentences = output_predictions(None, processor.trainer, batches, processor.vocab, None, max_seq_len,
                                                orig_text=text, no_ssplit=config.get("no_ssplit", False),
                                                num_workers=config.get("num_workers", 0),
                                                postprocessor=processor._postprocessor)
    for sentence in sentences:
        for token in sentence:
            if len(token["text"]) > max_seq_len:
                token["text"] = module.TOKEN_TOO_LONG_REPLACEMENT
    return sentences


# --------------------------------------------------------------------------- tokenizer features

def fast_features_supported(config) -> bool:
    """Can :class:`FastTokenizationDataset` stand for Stanza's dataset with this tokenizer
    configuration? (Per-character, position and structural features only; no dictionary features,
    no eaten newlines: the English model's.)"""
    from stanza.models.tokenization import data as tok_data

    feat_funcs = config.get("feat_funcs") or []
    known = set(tok_data.PER_CHAR_FEAT_FUNCS) | set(tok_data.POSITION_FEAT_FUNCS) | set(tok_data.STRUCTURAL_FEATURES)
    return (not config.get("use_dictionary") and not config.get("skip_newline", False)
            and all(name in known for name in feat_funcs))


def _dataset_class():
    from stanza.models.tokenization import data as tok_data

    class FastTokenizationDataset(tok_data.TokenizationDataset):
        """Stanza's ``TokenizationDataset`` at prediction with the same paragraphs and the same
        feature arrays, computed a paragraph at a time instead of a character at a time.

        Stanza keeps a paragraph as a list of (character, label) pairs, substitutes white space
        character by character, drops a space after a space in a second pass, and then, for every
        character, calls each feature function, a vocabulary look-up and appends to lists. Here a
        paragraph is a string: the same substitution is one ``WHITESPACE_RE.sub`` (it replaces one
        character by one space), the same filter one ``re.sub(' {2,}', ' ')``; the per-character
        features (``space_before``, ``capitalized``, ``numeric``) and the vocabulary ids are
        computed by Stanza's own functions once per *distinct* character and spread with numpy;
        the position features are two cells, the structural ones the same regular expressions over
        the same paragraph text. Evaluation only (no labels file, no sentence splits inside a
        paragraph)."""

        def __init__(self, tokenizer_args, input_text, vocab, dictionary=None):
            # deliberately not calling TokenizationDataset.__init__: the same steps on strings
            self.args = tokenizer_args
            self.eval = True
            self.dictionary = dictionary
            self.vocab = vocab
            chunks = [chunk.rstrip() for chunk in tok_data.NEWLINE_WHITESPACE_RE.split(input_text)]
            self.data = [_SPACE_RUN.sub(" ", tok_data.WHITESPACE_RE.sub(" ", chunk)) for chunk in chunks if chunk]

        def labels(self):
            return [np.zeros(len(para), dtype=np.int64) for para in self.data]

        def para_to_sentences(self, para):
            return [paragraph_arrays(para, self.args, self.vocab)] if para else []

    return FastTokenizationDataset


_SPACE_RUN = __import__("re").compile(" {2,}")
_FAST_DATASET = None


def fast_dataset(config, text, vocab, dictionary=None):
    global _FAST_DATASET
    if _FAST_DATASET is None:
        _FAST_DATASET = _dataset_class()
    return _FAST_DATASET(config, text, vocab, dictionary)


def paragraph_arrays(para: str, args, vocab):
    """What ``TokenizationDataset.para_to_sentences`` returns for one paragraph at prediction, as
    its one sentence: (unit ids, labels, features, characters), the same values and dtypes."""
    from stanza.models.tokenization import data as tok_data

    length = len(para)
    codes = np.frombuffer(para.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    distinct, inverse = np.unique(codes, return_inverse=True)
    chars = [chr(c) for c in distinct.tolist()]
    feat_funcs = args["feat_funcs"]
    per_char = [tok_data.PER_CHAR_FEAT_FUNCS[name] for name in feat_funcs
                if name not in tok_data.POSITION_FEAT_FUNCS and name not in tok_data.STRUCTURAL_FEATURES]
    structural = [name for name in tok_data.STRUCTURAL_FEATURES if name in feat_funcs]
    columns = len(per_char) + ("end_of_para" in feat_funcs) + ("start_of_para" in feat_funcs) + len(structural)
    features = np.zeros((length, columns), dtype=np.int64)
    if per_char:
        table = np.array([[func(c) for func in per_char] for c in chars], dtype=np.int64).reshape(len(chars), -1)
        features[:, :len(per_char)] = table[inverse]
    column = len(per_char)
    if "end_of_para" in feat_funcs:
        features[length - 1, column] = 1
        column += 1
    if "start_of_para" in feat_funcs:
        features[0, column] = 1
        column += 1
    for name in structural:
        for match in tok_data.STRUCTURAL_FEATURES[name].finditer(para):
            features[match.start():match.end(), column] = 1
        column += 1
    ids = np.array([vocab.unit2id(c) for c in chars], dtype=np.int64)[inverse]
    return ids, np.zeros(length, dtype=np.int64), features, list(para)


# --------------------------------------------------------------------------- padded id tensors

# The modules that call stanza.models.common.data.get_long_tensor by the name they imported.
_LONG_TENSOR_USERS = ("stanza.models.pos.data", "stanza.models.depparse.data", "stanza.models.ner.data",
                      "stanza.models.ner.model", "stanza.models.common.char_model")


def get_long_tensor(tokens_list, batch_size, pad_id=None):
    """``stanza.models.common.data.get_long_tensor`` (lists of id lists to a padded LongTensor)
    with one numpy fill instead of a tensor built and copied per row (a row is a word's
    characters or a sentence's words: thousands a call): the same shape, values and dtype.
    Anything but a non-empty list of lists of ints goes to Stanza's function."""
    from stanza.models.common import seq2seq_constant

    pad = seq2seq_constant.PAD_ID if pad_id is None else pad_id
    rows = len(tokens_list)
    if not rows or rows > batch_size or not all(type(row) is list for row in tokens_list) \
            or any(row and type(row[0]) is not int for row in tokens_list):
        return _STOCK_LONG_TENSOR[0](tokens_list, batch_size, pad)
    lengths = np.fromiter((len(row) for row in tokens_list), dtype=np.int64, count=rows)
    width = int(lengths.max())
    if not width:
        return _STOCK_LONG_TENSOR[0](tokens_list, batch_size, pad)
    flat = np.fromiter(itertools.chain.from_iterable(tokens_list), dtype=np.int64, count=int(lengths.sum()))
    out = np.full((batch_size, width), pad, dtype=np.int64)
    out[:rows][np.arange(width) < lengths[:, None]] = flat
    return torch.from_numpy(out)


_STOCK_LONG_TENSOR = []


def install_fast_long_tensor() -> bool:
    """Swap :func:`get_long_tensor` into the Stanza modules that pad id lists with
    ``get_long_tensor`` (module-wide, like the tree decoder: the same tensors)."""
    import importlib

    from stanza.models.common import data as common_data

    if not _STOCK_LONG_TENSOR:
        _STOCK_LONG_TENSOR.append(common_data.get_long_tensor)
    done = False
    for name in _LONG_TENSOR_USERS:
        module = importlib.import_module(name)
        if getattr(module, "get_long_tensor", None) in (_STOCK_LONG_TENSOR[0], get_long_tensor):
            module.get_long_tensor = get_long_tensor
            done = True
    return done


@contextmanager
def stock_long_tensor():
    """Stanza's own ``get_long_tensor`` inside the block."""
    import importlib

    swapped = []
    if _STOCK_LONG_TENSOR:
        for name in _LONG_TENSOR_USERS:
            module = importlib.import_module(name)
            if getattr(module, "get_long_tensor", None) is get_long_tensor:
                module.get_long_tensor = _STOCK_LONG_TENSOR[0]
                swapped.append(module)
    try:
        yield
    finally:
        for module in swapped:
            module.get_long_tensor = get_long_tensor


# --------------------------------------------------------------------------- vocabulary look-ups

_STOCK_MAP = []


def vocab_map(self, units):
    """``BaseVocab.map`` (``[self.unit2id(x) for x in units]``) with ``BaseVocab.unit2id`` inlined
    for the vocabularies that use it as it is (the character vocabularies of POS, the parser and
    NER: one call a character of every word): the same ids. Any vocabulary that overrides
    ``unit2id`` or ``normalize_unit``, or lower-cases, goes through its own methods."""
    from stanza.models.common.vocab import UNK, BaseVocab

    cls = type(self)
    if cls.unit2id is not BaseVocab.unit2id or cls.normalize_unit is not BaseVocab.normalize_unit or self.lower:
        return [self.unit2id(x) for x in units]
    table = self._unit2id
    return [table[x] if x in table else table[UNK] for x in units]


def install_fast_vocab_map() -> bool:
    """Make :func:`vocab_map` Stanza's ``BaseVocab.map`` (for every vocabulary of the process: the same ids)."""
    from stanza.models.common.vocab import BaseVocab

    if not _STOCK_MAP:
        _STOCK_MAP.append(BaseVocab.map)
    BaseVocab.map = vocab_map
    return True


@contextmanager
def stock_vocab_map():
    """Stanza's own ``BaseVocab.map`` inside the block."""
    from stanza.models.common.vocab import BaseVocab

    swapped = bool(_STOCK_MAP) and BaseVocab.map is vocab_map
    if swapped:
        BaseVocab.map = _STOCK_MAP[0]
    try:
        yield
    finally:
        if swapped:
            BaseVocab.map = vocab_map
