"""Stanza pipeline: loading the English models and annotating article text.

The pipeline is built once per process from a model directory (``STANZA_RESOURCES_DIR``).
``annotate`` runs the processors one by one so that sentence boundaries can be repaired
between tokenization and parsing:

* a line break always ends a sentence (scraped articles put headlines, captions and
  bylines on lines of their own, without final punctuation);
* a sentence longer than ``max_sentence_words`` is cut into chunks, so a 100,000-character
  "sentence" with no punctuation costs linear time and bounded memory in the parser;
* a sentence of closing quotation marks alone, attached to the sentence before it (the
  tokenizer ends "Clinton called it ''predatory.''" after the full stop), is part of it;
* a sentence the tokenizer ended at an abbreviated title ("backed both Sen. | John McCain",
  "show Mrs. | Clinton with a lead") goes on into the next one on the same line
  (:func:`join_title_splits`; the honorifics of ``titles.txt`` written with their dot);
* a capitalised word tagged as a verb right before a finite verb of speech is a surname
  ("Husted/VBN said": :func:`retag_names_before_speech`), as is a capitalised common noun after
  a given name there ("Michelle Fields/NNS accused": :func:`retag_surnames_tagged_nouns`); "says"
  and the other forms of ``verb_only_forms.txt`` are always verbs ("and says/NNS he …", "“…,”
  writes/NNS Goldberg": :func:`retag_says`), as is "say" after a plural subject ("Six in 10 say/NN
  he …": :func:`retag_plural_say`), an adverb-only form is an adverb ("would sometimes/NNS
  dismiss": :func:`retag_adverbs`), and "’s" after a pronoun is a verb ("said it’s/POS hard":
  :func:`retag_pronoun_clitics`), after POS, before the parse;
* a title-case headline's function words and verbs ("Carly Fiorina Endorses/NNPS Ted Cruz",
  "… Former White House Doctor Says/NNPS") are given to POS, the parse and NER in lowercase,
  then put back (:func:`lowercase_title_case`);
* after NER, a capitalised word tagged a common noun inside a person's name of several words is a
  proper noun all through the article ("Bernie Sanders/NNS": :func:`retag_person_surnames`);
* a quotation mark glued to a word (``liar''``, ``''no``: texts that write quotation marks as two
  apostrophes; the headline's "calls Obamacare ``‘crazy system’``") is made a token of its own
  (:func:`split_glued_marks`);
* a reporting verb's "-s" form tagged a plural noun after a name or a speaker's noun, in a
  sentence with no finite verb, is that verb ("Former DNC chairman calls/NNS for …":
  :func:`retag_verbless_reports`), after POS, before the parse;
* a reporting verb's "-ing" form tagged a noun right after a noun is a participle ("released a
  statement saying/NN, …": :func:`retag_speech_participles`), after POS, before the parse;
* a finding verb's form tagged a noun after a finding's noun phrase is its verb ("Data from the
  2014 American Community Survey show/NN that …": :func:`retag_finding_verbs`), before the parse;
* a name tagged a common noun before a line's colon is a proper noun where the article writes it
  so elsewhere ("Pence/NN: Gennifer Flowers won't be at debate": :func:`retag_label_names`);
* a run of more than ``MAX_RUN_CHARS`` characters without white space (base64, a URL soup)
  is broken for the tokenizer, whose cost grows with the square of such a run: one character
  in every ``MAX_RUN_CHARS`` is read as a space, and no token covers it.

Character offsets (``start_char``/``end_char``) always index the text that was passed in.
A lock serialises calls: one Stanza pipeline is not shown to be thread-safe.

Speed (see the nlp README for the measurements):

* **selective annotation**: POS and lemmas everywhere, the dependency parse and NER only on
  the sentences the rules read them in (:mod:`quotes.nlp.selection`); the others get a flat
  tree, NER ``O`` and ``sentence.parsed`` / ``sentence.ner_tagged`` False;
* **one annotation call for many articles**: :meth:`Annotator.annotate_many` tokenizes each text
  into its own Document, then runs POS, lemmas, the parse and NER once over the sentences of all
  of them, through views (:func:`view`) that write straight into those Documents;
* **no morphological features**: the POS model's feature column (21 classifiers) is taken out
  of its outputs (:mod:`quotes.nlp.lean`); no rule reads ``feats`` and nothing else changes;
* **the parser's labels on the tree's arcs only** (:func:`quotes.nlp.lean.install_labels_at_heads`):
  Stanza scores 51 relation labels on every word pair, then reads one per word;
* **NER without its training loss** at prediction, and a Viterbi with the same numpy operations
  as array methods (:func:`quotes.nlp.lean.install_lean_ner`; like the tree decoder, the Viterbi
  is swapped module-wide, for every Stanza pipeline of the process: it gives the same tags);
* **the parser's tree decoder** is replaced by an exact, faster one (:mod:`quotes.nlp.mst`);
* **lemmas**: Stanza looks words up in its dictionary first and runs the seq2seq lemmatizer only
  on unknown ones; ``lemma_store_results`` keeps those answers, so a word is guessed once per process.
  The kept answers are bounded: past ``LEMMA_CACHE_MAX`` added entries the dictionary is put back
  as it was loaded (the lemmatizer looks at one word at a time, so this changes no lemma).
"""
from __future__ import annotations

import gc
import logging
import os
import re
import threading
from pathlib import Path

from stanza.models.common.doc import Document

from .. import lexicons
from . import lean, mst
from .selection import select

log = logging.getLogger(__name__)

MAX_RUN_CHARS = 100
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN_CHARS + 1))
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
PARSE_PROCESSORS = PROCESSORS[2:]
MODEL_PACKAGE_FILE = "resources.json"
GPU_SETTINGS = ("auto", "true", "false")
# Seq2seq lemmas kept in the lemma dictionary (lemma_store_results) before it is reset: one
# entry is a (word, POS) pair, some 200 bytes; 50,000 is about 10 MB a worker.
LEMMA_CACHE_MAX = 50_000


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


def resolve_use_gpu(setting: str | bool | None) -> bool:
    """``STANZA_USE_GPU``: ``auto`` (default: CUDA when torch sees it), ``true`` or ``false``."""
    if isinstance(setting, bool):
        return setting
    setting = (setting or "auto").strip().lower()
    if setting not in GPU_SETTINGS:
        raise ValueError(f"STANZA_USE_GPU must be one of {', '.join(GPU_SETTINGS)}, got {setting!r}")
    if setting == "auto":
        import torch

        return bool(torch.cuda.is_available())
    return setting == "true"


class Annotator:
    """A loaded Stanza pipeline plus the sentence repairs described in the module docstring.

    ``use_gpu``: Stanza's own switch (``resolve_use_gpu`` reads ``STANZA_USE_GPU``);
    ``selective=False`` parses and NER-tags every sentence (the reference the selective
    annotation is checked against); ``parse_quoted`` also parses sentences with quotation marks;
    ``morphology=True`` keeps the POS model's morphological features (``feats``), which no rule
    reads (:mod:`quotes.nlp.lean`); ``labels_at_heads=False`` lets the parser score every relation
    label on every word pair, as Stanza does (the same labels, slower); ``lean_ner=False`` keeps
    NER's training loss at prediction and Stanza's Viterbi (the same tags, slower).
    """

    def __init__(self, resources_dir: str | os.PathLike, *, max_sentence_words: int = 100,
                 download: bool = True, use_gpu: str | bool | None = False, selective: bool = True,
                 parse_quoted: bool = False, fast_decoder: bool = True, morphology: bool = False,
                 labels_at_heads: bool = True, lean_ner: bool = True, lean_lemma: bool = True,
                 lean_tokenize: bool = True, fast_features: bool = True,
                 fast_tensors: bool = True, sort_ner: bool = True, freeze_gc: bool = True):
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
        self.use_gpu = resolve_use_gpu(use_gpu)
        self.selective = selective
        self.parse_quoted = parse_quoted
        self.fast_decoder = fast_decoder and mst.install()
        self._pipeline = stanza.Pipeline(
            lang="en", dir=self.resources_dir, processors=",".join(PROCESSORS),
            download_method=None, logging_level="WARN", use_gpu=self.use_gpu,
            lemma_store_results=True,
        )
        self.morphology = morphology or not lean.drop_features(self._pipeline)
        self.labels_at_heads = labels_at_heads and lean.install_labels_at_heads(self._pipeline)
        self.lean_ner = lean_ner and lean.install_lean_ner(self._pipeline)
        self.lean_lemma = lean_lemma and lean.install_lean_lemma(self._pipeline)
        self.lean_tokenize = lean_tokenize
        self.fast_features = fast_features
        self.fast_tensors = fast_tensors and lean.install_fast_long_tensor() and lean.install_fast_vocab_map()
        self.sort_ner = sort_ner
        self.device = str(getattr(self._pipeline, "device", "cuda" if self.use_gpu else "cpu"))
        self._lock = threading.Lock()
        self._lemma_dict = _lemma_dict(self._pipeline)
        self._lemma_base = {pos: dict(entries) for pos, entries in self._lemma_dict.items()}
        self._lemma_base_size = _size(self._lemma_base)
        if freeze_gc:
            freeze_loaded_objects()

    def lemma_cache_size(self) -> int:
        """Entries the lemmatizer has added to its dictionary since loading (or the last reset)."""
        return _size(self._lemma_dict) - self._lemma_base_size

    def _bound_lemma_cache(self) -> None:
        if self.lemma_cache_size() > LEMMA_CACHE_MAX:
            self._lemma_dict.clear()
            self._lemma_dict.update({pos: dict(entries) for pos, entries in self._lemma_base.items()})

    def __call__(self, text: str) -> Document:
        """Annotate ``text``; the returned Document's offsets index ``text``."""
        return self.annotate_many([text])[0]

    def annotate_many(self, texts: list[str]) -> list[Document]:
        """Annotate several texts in one pass of each processor; one Document per text, whose
        offsets index that text.

        Each text is tokenized on its own and becomes its final Document at once; POS, lemmas,
        the parse and NER then run on *views*: Documents that hold (some of) those Documents'
        Sentence objects, so each processor writes straight into them (no joined text, no
        offsets shifted, no dict round trips between processors)."""
        processors = self._pipeline.processors
        with self._lock:
            docs = [self._tokenized(text) for text in texts]
            sentences = [s for doc in docs for s in doc.sentences]
            if sentences:
                recased = lowercase_title_case(sentences)
                for name in ("pos", "lemma"):
                    processors[name].process(view(sentences))
                for sentence in sentences:
                    retag_names_before_speech(sentence.words)
                    retag_surnames_tagged_nouns(sentence.words)
                    retag_says(sentence.words)
                    retag_plural_say(sentence.words)
                    retag_verbless_reports(sentence.words)
                    retag_speech_participles(sentence.words)
                    retag_finding_verbs(sentence.words)
                    retag_adverbs(sentence.words)
                    retag_plural_role_nouns(sentence.words)
                    retag_half(sentence.words)
                    retag_pronoun_clitics(sentence.words)
                if self.selective:
                    parse, ner = select(sentences, parse_quoted=self.parse_quoted)
                else:
                    parse = ner = set(range(len(sentences)))
                if parse:
                    processors["depparse"].process(view([sentences[i] for i in sorted(parse)]))
                if ner:
                    tagged = [sentences[i] for i in sorted(ner)]
                    if self.sort_ner:
                        tagged.sort(key=_characters, reverse=True)
                    processors["ner"].process(view(tagged))
                for index, sentence in enumerate(sentences):
                    sentence.parsed = index in parse
                    sentence.ner_tagged = index in ner
                    if not sentence.parsed:
                        flat_parse_sentence(sentence)
                    if not sentence.ner_tagged:
                        no_entities_sentence(sentence)
                restore_case(recased)
                for doc in docs:
                    doc.build_ents()
                    retag_person_surnames(doc)
                    retag_label_names(doc)
            self._bound_lemma_cache()
        return docs

    def _tokenized(self, text: str) -> Document:
        """``text`` tokenized (and its multi-word tokens expanded) into its final Document:
        sentences end at line breaks and hold at most ``max_sentence_words`` words.

        The tokenizer's sentences are split at line breaks on its own dicts, before any Document
        is built (a token's text, offsets and multi-word flag do not depend on its sentence), so
        one Document is built, not three; only a sentence still over ``max_sentence_words``
        words once multi-word tokens are expanded sends the article through the general split."""
        processors = self._pipeline.processors
        sentences = lean.tokenize_dicts(processors["tokenize"], break_long_runs(text), self.fast_features) if self.lean_tokenize else None
        if sentences is None:
            doc = processors["mwt"].process(processors["tokenize"].process(break_long_runs(text)))
            return Document(resplit_dicts(doc, text, self.max_sentence_words), text=text)
        lines = []
        for sentence in sentences:
            lines.extend(_split_sentence(_group_tokens(split_glued_marks(sentence)), text, None))
        doc = processors["mwt"].process(Document(join_stray_marks(join_title_splits(lines, text)), text=text))
        if any(len(sentence.words) > self.max_sentence_words for sentence in doc.sentences):
            doc = Document(resplit_dicts(doc, text, self.max_sentence_words), text=text)
        return doc


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _title_case(words) -> bool:
    """Is the sentence a title-case headline: three words or more, every word of four letters or
    more capitalised, not all in capitals ("Carly Fiorina Endorses Ted Cruz", "Clinton Hid Past
    Health Problems From Public, Former White House Doctor Says")?"""
    alphabetic = [w.text for w in words if w.text[:1].isalpha()]
    return len(alphabetic) >= 3 and not all(t.isupper() for t in alphabetic) \
        and all(t[0].isupper() for t in alphabetic if len(t) >= 4)


def lowercase_title_case(sentences) -> list[tuple]:
    """Give the tagger, the parser and NER a title-case headline's function words and verbs in
    lowercase (``lexicons.headline_lowercase``): as cased, "Carly Fiorina Endorses/NNPS Ted Cruz"
    is one name and "… Former White House Doctor Says/NNPS" has no verb. The first word keeps
    its case, and so does a multi-word token. Returns what :func:`restore_case` puts back (the
    words' text is the article's again before entities are built; tags and lemmas stay)."""
    changed = []
    for sentence in sentences:
        if not _title_case(sentence.words):
            continue
        for token in sentence.tokens[1:]:
            form = token.text
            if len(token.words) == 1 and form[:1].isupper() and not form.isupper() \
                    and lexicons.headline_lowercase(form.lower()):
                changed.append((token, form))
                token.text = token.words[0].text = form.lower()
    return changed


def restore_case(changed: list[tuple]) -> None:
    """Put back the text :func:`lowercase_title_case` lowercased."""
    for token, form in changed:
        token.text = token.words[0].text = form


def retag_names_before_speech(words) -> None:
    """Tag as a proper noun a capitalised word the tagger read as a verb right before a finite
    verb of speech: "In a statement, Husted/VBN said …", "Mr Streeting/VBG said …",
    "Schilling/VBG told WEEI": the kit's slip on surnames, which hid the speaker (and gave the
    parser a verb for a subject). Not "Having said that" (a form of "have", "be" or "do"), nor a
    verb after an auxiliary or "to". Runs after POS and lemmas, before the parse."""
    for k in range(len(words) - 1):
        word, verb = words[k], words[k + 1]
        if word.upos in {"VERB", "AUX"} and word.text[:1].isupper() and not word.text.isupper() \
                and (word.lemma or "").lower() not in {"have", "be", "do"} and verb.xpos in FINITE_TAGS \
                and lexicons.verb_class(verb.lemma or "", verb.text) == "speech" \
                and (k == 0 or words[k - 1].upos not in {"AUX", "PART"}):
            word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.text


def retag_surnames_tagged_nouns(words) -> None:
    """Tag as a proper noun a capitalised word the tagger read as a common noun between a proper
    noun and a finite verb a person speaks with (not a finding's: "a survey by Comcast Xfinity
    found"): "Michelle Fields/NNS said she was grabbed" (the name was read
    as a group of field marshals: "field" is a title word). Not a role, a person noun, a group or
    an organization noun ("Labour MPs said", "Sanders Supporters say"), nor in a title-case line.
    Runs after POS and lemmas, before the parse."""
    letters = [w for w in words if w.text[:1].isalpha()]
    if letters and sum(1 for w in letters if w.text[:1].isupper()) * 2 > len(letters):
        return  # a headline in title case
    for k in range(1, len(words) - 1):
        word, before, verb = words[k], words[k - 1], words[k + 1]
        if word.upos == "NOUN" and word.text[:1].isupper() and not word.text.isupper() and before.upos == "PROPN" \
                and before.text[:1].isupper() and verb.xpos in FINITE_TAGS \
                and lexicons.verb_class(verb.lemma or "", verb.text) in {"speech", "directive", "accusation", "evaluative"} \
                and not _role_word(word):
            word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.text


def _role_word(word) -> bool:
    """Is ``word`` a title, a person, a group or an organization noun ("MPs", "Supporters",
    "Officials")? (:func:`lexicons.role_noun`)"""
    return lexicons.role_noun(word.text, word.lemma or "")


_PERSON_TAGS = frozenset({"PER", "PERSON"})


def retag_person_surnames(doc) -> None:
    """Tag as a proper noun, all through the article, a capitalised word the tagger read as a
    common noun that NER put inside a person's name of several words: "Bernie Sanders/NNS spoke
    on Monday. Sanders/NNS also said …" (the person was no name, and "Sanders" alone became an
    unnamed group). Not a role, person, group or organization noun ("Sanders Supporters").
    Runs after NER, on the whole document."""
    surnames = set()
    for sentence in doc.sentences:
        for token in sentence.tokens:
            tag = token.ner or "O"
            if tag[:2] in {"I-", "E-"} and tag[2:] in _PERSON_TAGS and len(token.words) == 1:
                word = token.words[0]
                if word.upos == "NOUN" and word.text[:1].isupper() and not word.text.isupper() and not _role_word(word):
                    surnames.add(word.text)
    if not surnames:
        return
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos == "NOUN" and word.text in surnames:
                word.upos, word.xpos, word.lemma, word.feats = "PROPN", "NNP", word.text, None


def retag_speech_participles(words) -> None:
    """Tag as a participle a reporting verb's "-ing" form the tagger read as a noun right after a
    noun: "she released a statement saying/NN, “…”", "an email to supporters stating/NN, …",
    "footage of Hillary Clinton asking/NN, “Why …?”" (the kit reads "statement saying" as a
    compound). Not after an article, an adjective or a possessive ("an old saying", "the asking
    price", "the property's asking price"). Runs after POS and lemmas, before the parse."""
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if word.upos == "NOUN" and word.text.endswith("ing") and before.xpos in {"NN", "NNS", "NNP", "NNPS"} \
                and lexicons.verb_class("", word.text) in {"speech", "directive", "accusation"}:
            word.upos, word.xpos, word.feats = "VERB", "VBG", None
            word.lemma = lexicons.verb_base("", word.text, lexicons.reporting_verb_heads())


def retag_finding_verbs(words) -> None:
    """Tag as the present tense it is a finding verb's form (``finding_object_verbs.txt``: "show",
    "find") that the tagger read as a noun after the noun phrase of a finding, before what it
    shows: "Data from the 2014 American Community Survey show/NN that women represented …", "The
    average of polls taken over the past two weeks shows/NNS Clinton leading …". The phrase holds
    a finding or document noun (``finding_nouns.txt``, ``document_nouns.txt``) and no verb of its
    own tense; not after an article or an adjective ("the new show that …", "a TV show"), nor
    before a preposition or the sentence's end. Runs after POS and lemmas, before the parse."""
    verbs = lexicons.finding_object_verbs()
    nouns = lexicons.finding_nouns() | lexicons.document_nouns()
    for k in range(1, len(words) - 1):
        word, before, after = words[k], words[k - 1], words[k + 1]
        form = word.text.lower()
        base = form[:-1] if form.endswith("s") else form
        if word.upos != "NOUN" or base not in verbs or before.upos not in {"NOUN", "PROPN", "NUM"} \
                or before.xpos == "POS":
            continue
        if not (after.text.lower() == "that" or after.upos in {"DET", "PROPN", "PRON", "NUM"}):
            continue
        phrase = []
        for j in range(k - 1, max(-1, k - 13), -1):
            if words[j].xpos in FINITE_TAGS or words[j].xpos == "MD" or words[j].text in {",", ";", ":"}:
                break
            phrase.append(words[j])
        if any((w.lemma or "").lower() in nouns or w.text.lower() in nouns
               or w.text.lower().endswith("s") and w.text.lower()[:-1] in nouns for w in phrase):
            word.upos, word.xpos, word.lemma, word.feats = "VERB", "VBZ" if form.endswith("s") else "VBP", base, None
            return


def retag_verbless_reports(words) -> None:
    """Tag as a present-tense verb a reporting verb's "-s" form the tagger read as a plural noun
    right after a name or a speaker's noun, in a sentence with no finite verb, the sentence-case
    headline's way: "Former DNC chairman calls/NNS for Clinton contingency plan.", "Federal court
    rules/NNS against Ohio's purges of voter rolls.", "Axelrod calls/NNS on Dean to apologize".
    Not after another common noun ("his tax claims.", "security fears at center stage"), and not
    in a sentence that has its verb. Runs after POS and lemmas, before the parse."""
    if any(w.xpos in FINITE_TAGS or w.xpos == "MD" for w in words):
        return
    for k in range(1, len(words) - 1):
        word, before = words[k], words[k - 1]
        if word.xpos != "NNS" or not word.text.endswith("s") or words[k + 1].text in {".", "!", "?", ";"} \
                or lexicons.verb_class(word.lemma or "", word.text) is None:
            continue
        if before.xpos in {"NNP", "NNPS"} or before.xpos == "NN" and (
                _role_word(before) or (before.lemma or "").lower() in lexicons.poll_nouns()):
            word.upos, word.xpos, word.feats = "VERB", "VBZ", None
            return


def retag_label_names(doc) -> None:
    """Tag as a proper noun a capitalised word the tagger read as a common noun at the end of a
    line's label, before its colon, when the article writes it as a proper noun elsewhere (POS
    alone: the same with selective annotation): "Sanders/NNS: Clinton needs to …", "Pence/NN: Gennifer
    Flowers won't be at debate" (and "Mike Pence/NNP said" below). At the head of a line every
    word is capitalised, and the kit reads many a name there as a noun; "Update:" or "Analysis:"
    is a noun everywhere, and roles, persons, groups and organizations ("Officials:") stay nouns.
    Runs after POS, on the whole document."""
    names = None
    for sentence in doc.sentences:
        words = sentence.words
        colon = next((k for k, w in enumerate(words[:MAX_LABEL_WORDS + 1]) if w.text == ":"), None)
        if not colon:
            continue
        word = words[colon - 1]
        if word.upos != "NOUN" or not word.text[:1].isupper() or word.text.isupper() or _role_word(word) \
                or not all(w.text[:1].isupper() for w in words[:colon] if w.text[:1].isalpha()):
            continue
        if names is None:
            names = {w.text for s in doc.sentences for w in s.words if w.upos == "PROPN"}
        if word.text not in names:
            continue
        word.upos, word.xpos, word.lemma, word.feats = "PROPN", "NNP", word.text, None


# Words a line's label may have before its colon ("Senate Minority Leader Harry Reid:"), here and
# in extraction/cues.py (_labelled_statement), which reads the labels repaired here.
MAX_LABEL_WORDS = 5


def retag_says(words) -> None:
    """Tag "says" and the other verb-only forms of ``verb_only_forms.txt`` as the verbs they are
    wherever the tagger read them as nouns: "He says the obvious response was to break up
    fraudulent operators and says/NNS he introduced legislation …" (a second report was lost in
    the first one's content), "“…,” writes/NNS Goldberg." These forms are no English nouns (unlike
    "say", "notes", "claims"). Lowercase only (a title-case headline's "Clinton Says …" reaches
    here lowercased: :func:`lowercase_title_case`). Runs after POS and lemmas, before the parse."""
    forms = lexicons.verb_only_forms()
    for word in words:
        if word.text in forms and word.upos != "VERB":
            word.upos, word.xpos, word.lemma = "VERB", "VBZ", word.text[:-1]  # (each form is its lemma and "s")


def retag_adverbs(words) -> None:
    """Tag the adverb-only forms of ``adverb_forms.txt`` as adverbs where the tagger read another
    part of speech: "professors or supervisors would sometimes/NNS dismiss her proposals" (the
    kit tags "sometimes" a plural noun in most of its uses, and it became the subject of
    "dismiss"); also "since" between "have" and a participle ("has since said"). Runs after POS
    and lemmas, before the parse."""
    forms = lexicons.adverb_forms()
    for k, word in enumerate(words):
        if word.upos != "ADV" and word.text.lower() in forms:
            word.upos, word.xpos, word.lemma, word.feats = "ADV", "RB", word.text.lower(), None
        elif word.text.lower() == "since" and word.upos != "ADV" and 0 < k < len(words) - 1 \
                and (words[k - 1].lemma or "").lower() == "have" and words[k + 1].xpos == "VBN":
            # "but has since said/VBN he now believes …": "since" between the auxiliary and its
            # participle is an adverb (the kit's conjunction cut the verb from its auxiliary)
            word.upos, word.xpos, word.lemma, word.feats = "ADV", "RB", "since", None


_VERB_AFTER_SUBJECT = frozenset({"VBD", "VBP", "VBN", "MD"})


def retag_plural_role_nouns(words) -> None:
    """Tag as a plural noun the plural of a person, role, group or organization noun that the
    tagger read as a present verb before a verb of its own: "a bill that critics/VBZ called
    anti-gay", "what economists/VBZ call spending", "which officials/VBZ said will go …" (the
    speakers were lost, and the cue had no subject). The next word but adverbs is a past, a
    participle, a plural present or a modal, which no present verb is followed by ("who heads/VBZ
    a project", "she chairs/VBZ the committee" stay verbs). Lowercase only. Runs after POS and
    lemmas, before the parse."""
    for k in range(len(words) - 1):
        word = words[k]
        if word.xpos != "VBZ" or not word.text.islower() or not word.text.endswith("s") or not _role_word(word):
            continue
        j = k + 1
        while j < len(words) and words[j].upos == "ADV":
            j += 1
        if j < len(words) and words[j].xpos in _VERB_AFTER_SUBJECT:
            lemma = word.lemma if word.lemma and word.lemma != word.text else word.text[:-1]
            word.upos, word.xpos, word.lemma, word.feats = "NOUN", "NNS", lemma, "Number=Plur"


def retag_half(words) -> None:
    """Tag "half" as the noun it is where the tagger read an adverb before a finite verb:
    "Nearly half/RB said they prefer someone who has experience" (its lemma "halfway", and the
    poll's share was skipped as an adverb, leaving the cue without a subject). Runs after POS and
    lemmas, before the parse."""
    for k in range(len(words) - 1):
        word = words[k]
        if word.text.lower() == "half" and word.upos == "ADV" and words[k + 1].xpos in FINITE_TAGS | {"MD"}:
            word.upos, word.xpos, word.lemma, word.feats = "NOUN", "NN", "half", "Number=Sing"


# Pronouns that take no possessive "’s": after them the clitic is "is" or "has" ("it’s hard",
# "that’s why", "there’s no plan", "what’s next", "he’s been clear").
_CLITIC_HOSTS = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where"})


def retag_pronoun_clitics(words) -> None:
    """Tag "’s" after a pronoun as the verb it is where the tagger read a possessive: "Ebeling
    said it’s/POS sometimes hard for her to watch the attacks", "they believe that’s/POS part of
    their job" (the reported clause had no verb and was dropped). The lemma is always "be", also
    where the clitic is "has" ("it’s been hard"): the rules read it as an auxiliary either way.
    Not before "own" ("it's own", a misspelt "its"). Runs after POS and lemmas, before the parse."""
    for k in range(1, len(words)):
        word = words[k]
        if word.xpos == "POS" and word.text.lower() in {"'s", "’s"} \
                and words[k - 1].text.lower() in _CLITIC_HOSTS and words[k - 1].upos in {"PRON", "DET", "ADV"} \
                and not (k + 1 < len(words) and words[k + 1].text.lower() == "own"):
            word.upos, word.xpos, word.lemma, word.feats = "AUX", "VBZ", "be", None


# Words after which "say" is the noun ("a say in", "their say", "the final say", "no say").
_SAY_NOUN_AFTER = {"DET", "ADJ", "PUNCT"}
_SAY_NOUN_BEFORE = {"in", "on", "over", "at", "."}
# A subject pronoun opens the clause a verb "say" reports, whatever the tagger made of the word
# before ("Farmers in the valley/JJ say/NN they have lost …"); no noun "say" comes before one.
_SUBJECT_PRONOUNS = {"i", "we", "he", "she", "they"}


def retag_plural_say(words) -> None:
    """Tag "say" as the plural subject's present-tense verb where the tagger read it as a noun
    after that subject: "Six in 10 say/NN he's at least somewhat …", "Democrats trying to regain
    control of the Senate in November say/NN they have a powerful new weapon", "Some say/NN they
    hear echoes of a painful past" (each report was lost). The noun follows a determiner, an
    adjective or a possessive ("a say in", "the final say", "their say") and comes before "in",
    "on", "over" or the sentence's end; a lone quantifier ("Some", "Many", "half") is the
    subject, not a determiner, and a subject pronoun after it makes it the verb whatever came
    before. Lowercase only, as :func:`retag_says`."""
    for k in range(1, len(words) - 1):
        word, before, after = words[k], words[k - 1], words[k + 1]
        if word.text != "say" or word.upos == "VERB" or after.text.lower() in _SAY_NOUN_BEFORE:
            continue
        quantifier = before.text.lower() in lexicons.quantity_nouns() or before.text.lower() == "others"
        if before.upos in _SAY_NOUN_AFTER and not quantifier and after.text.lower() not in _SUBJECT_PRONOUNS:
            continue
        if before.xpos == "PRP$" or before.xpos == "POS" or (before.upos == "PRON" and "Poss=Yes" in (before.feats or "")):
            continue
        word.upos, word.xpos, word.lemma = "VERB", "VBP", "say"


def freeze_loaded_objects() -> None:
    """Move every object alive now (the loaded models, their vocabularies: some 350,000 objects)
    out of the cyclic garbage collector's reach (``gc.freeze``). The collector's full passes,
    which an article's many small objects set off, then no longer walk the models each time
    (they were 6-7% of an article's time). Objects frozen are kept for the life of the process,
    as a loaded pipeline is; in a gunicorn master it also spares the forked workers' copies of
    those pages (the collector writes into every object it visits)."""
    gc.collect()
    gc.freeze()


def _characters(sentence) -> int:
    """Characters of a sentence as NER's character language models read them (its words' text)."""
    return sum(len(word.text) + 1 for word in sentence.words)


def view(sentences) -> Document:
    """A Document over existing Sentence objects (of one or many Documents): a processor run on
    it annotates those sentences in place (their words keep their own Document and offsets)."""
    doc = Document([])
    doc.sentences = list(sentences)
    doc.num_tokens = sum(len(s.tokens) for s in doc.sentences)
    doc.num_words = sum(len(s.words) for s in doc.sentences)
    return doc


def flat_parse_sentence(sentence) -> None:
    """The flat tree of :func:`quotes.nlp.selection.flat_parse` on a Sentence object."""
    words = sentence.words
    if not words:
        return
    root = next((w for w in words if w.upos == "VERB"), words[0])
    for word in words:
        if word is root:
            word.head, word.deprel = 0, "root"
        else:
            word.head, word.deprel = root.id, "dep"
    sentence.build_dependencies()


def no_entities_sentence(sentence) -> None:
    """NER ``O`` on every token of a Sentence NER did not run on."""
    for token in sentence.tokens:
        token.ner, token.multi_ner = "O", ("O",)


def _lemma_dict(pipeline) -> dict:
    """The lemmatizer's (POS -> word -> lemma) dictionary, which ``lemma_store_results`` extends."""
    processor = getattr(pipeline, "processors", {}).get("lemma")
    table = getattr(getattr(processor, "_trainer", None), "pos_dict", None)
    return table if isinstance(table, dict) else {}


def _size(table: dict) -> int:
    return sum(len(entries) for entries in table.values())


def no_entities(sentence: list[dict]) -> None:
    """NER ``O`` on every token of a sentence NER did not run on."""
    inside_until = 0
    for entry in sentence:
        ident = entry["id"]
        if isinstance(ident, (tuple, list)):
            entry["ner"], entry["multi_ner"] = "O", ("O",)
            inside_until = ident[-1]
        elif ident > inside_until:
            entry["ner"], entry["multi_ner"] = "O", ("O",)


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
    return Document(resplit_dicts(doc, text, max_words), text=text)


def resplit_dicts(doc: Document, text: str, max_words: int) -> list[list[dict]]:
    """The sentences of :func:`resplit_sentences` as CoNLL-U dicts."""
    sentences = []
    for sentence in doc.to_dict():
        sentences.extend(_split_sentence(_group_tokens(split_glued_marks(sentence)), text, max_words))
    return join_stray_marks(join_title_splits(sentences, text, max_words), max_words)


TWO_APOSTROPHES = "''"
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"
# marks the tokenizer may glue to a word
GLUABLE_MARKS = (TWO_APOSTROPHES, "\u201c", "\u201d", SINGLE_OPEN, SINGLE_CLOSE)


def split_glued_marks(sentence: list[dict]) -> list[dict]:
    """``sentence`` (CoNLL-U dicts) with a quotation mark glued to a word made a token of its own:
    the tokenizer reads "called him a ''pathological liar'' for" as ``liar''`` and "said ''no.''"
    as ``''no`` (texts that write quotation marks as two apostrophes, as some wire and archive
    feeds do), and the headline's single curly marks as "calls Obamacare ``‘crazy`` ``system’``
    during campaign stop"; a mark inside a word is no quotation mark to the rules, and the tagger
    reads "‘crazy" as a name. A curly ``“`` or ``”`` is always a mark; ``‘`` opens a quotation only
    when a ``’`` closes it later in the sentence and the word is no elision of ``elisions.txt``
    ("give ‘em hell"), and a final
    ``’`` closes one only when a ``‘`` is open ("the voters’ choice" is a possessive).
    Offsets stay those of the text; ids are renumbered; the words of a multi-word token are kept."""
    if not any(entry["text"] != mark and mark in entry["text"] for entry in sentence for mark in GLUABLE_MARKS):
        return sentence
    single_closers = [k for k, entry in enumerate(sentence) if entry["text"].endswith(SINGLE_CLOSE)]
    out: list[dict] = []
    shift, multi_end, single_open = 0, 0, False
    for k, entry in enumerate(sentence):
        ident = tuple(entry["id"]) if isinstance(entry["id"], (tuple, list)) else (entry["id"],)
        text, start = entry["text"], entry.get("start_char")
        lead = trail = ""
        if len(ident) == 2:
            multi_end = ident[1]
        elif ident[0] > multi_end and start is not None and len(text) > 1 \
                and entry.get("end_char") == start + len(text):
            if text.startswith(TWO_APOSTROPHES) and len(text) > 2 and text[2] != "'":
                lead = TWO_APOSTROPHES
            elif text[0] in "“" or text[0] == SINGLE_OPEN and text[1:2].isalnum() \
                    and text[1:].rstrip(SINGLE_CLOSE).lower() not in lexicons.elisions() \
                    and any(c > k or c == k and len(text) > 2 for c in single_closers):
                lead = text[0]
            rest = text[len(lead):]
            if rest.endswith(TWO_APOSTROPHES) and len(rest) > 2 and rest[-3] != "'":
                trail = TWO_APOSTROPHES
            elif len(rest) > 1 and (rest[-1] == "”" or rest[-1] == SINGLE_CLOSE and (single_open or lead == SINGLE_OPEN)):
                trail = rest[-1]
        if text == SINGLE_OPEN or lead == SINGLE_OPEN:
            single_open = True
        if text == SINGLE_CLOSE or trail == SINGLE_CLOSE:
            single_open = False
        pieces = [(piece, at) for piece, at in ((lead, start), (text[len(lead):len(text) - len(trail)], start + len(lead)
                  if start is not None else None), (trail, (start or 0) + len(text) - len(trail))) if piece]
        if len(pieces) == 1:
            shifted = tuple(i + shift for i in ident)
            out.append(dict(entry, id=shifted if isinstance(entry["id"], (tuple, list)) else shifted[0]))
            continue
        fields = {k: v for k, v in entry.items() if k != "misc"}
        for number, (piece, at) in enumerate(pieces):
            shifted = ident[0] + shift + number
            out.append(dict(fields, text=piece, start_char=at, end_char=at + len(piece),
                            id=(shifted,) if isinstance(entry["id"], (tuple, list)) else shifted))
        shift += len(pieces) - 1
    return out


# Closing quotation marks the tokenizer may leave as a sentence of their own.
CLOSING_MARKS = frozenset("\"”’'»›")


def join_stray_marks(sentences: list[list[dict]], max_words: int | None = None) -> list[list[dict]]:
    """``sentences`` (CoNLL-U dicts) with each sentence made only of closing quotation marks and
    attached to the one before it (no space between: "called it ''predatory.''") joined to that
    one; an opening mark after a space belongs to what follows, and a line break, which leaves
    space, still ends a sentence. Word ids are renumbered; no sentence grows past ``max_words``."""
    out: list[list[dict]] = []
    for sentence in sentences:
        groups = _group_tokens(sentence)
        if out and groups and all(g[0]["text"] and set(g[0]["text"]) <= CLOSING_MARKS for g in groups) \
                and _token_span(_group_tokens(out[-1])[-1])[1] == _token_span(groups[0])[0] \
                and (max_words is None or len(out[-1]) + len(sentence) <= max_words):
            shift = max(_last_id(entry) for entry in out[-1])  # the marks' ids go on from the sentence's
            out[-1] = out[-1] + [dict(entry, id=_shifted(entry["id"], shift)) for entry in sentence]
            continue
        out.append(sentence)
    return out


def join_title_splits(sentences: list[list[dict]], text: str, max_words: int | None = None) -> list[list[dict]]:
    """``sentences`` (CoNLL-U dicts) with each sentence that the tokenizer ended at an abbreviated
    title joined to the next one on the same line: "FEC records show he backed both Sen. | John
    McCain and …", "Mrs. | Clinton said …" (an honorific of ``titles.txt`` written with its dot
    precedes a name; it never ends a sentence); so is one it ended at a word with no stop
    (:func:`_ended_without_stop`: "Theresa | May said …"). Word ids are renumbered; no sentence grows past
    ``max_words``."""
    titles = _abbreviated_titles()
    out: list[list[dict]] = []
    for sentence in sentences:
        if out and sentence:
            last = _group_tokens(out[-1])[-1][0]
            first = _group_tokens(sentence)[0][0]
            between = text[last["end_char"]:first["start_char"]]
            if between and not between.strip() and "\n" not in between \
                    and (last["text"].lower() in titles and first["text"][:1].isupper()
                         or _ended_without_stop(last["text"], first["text"])) \
                    and (max_words is None or len(out[-1]) + len(sentence) <= max_words):
                shift = max(_last_id(entry) for entry in out[-1])
                out[-1] = out[-1] + [dict(entry, id=_shifted(entry["id"], shift)) for entry in sentence]
                continue
        out.append(sentence)
    return out


def _ended_without_stop(last: str, first: str) -> bool:
    """Did the tokenizer end a sentence at a word, with no stop, inside a sentence? "British Prime
    Minister Theresa | May said this week that …" (it read "May" as a modal opening a sentence),
    "Celebrating Noche Buena … - Christmas | Eve with marinated pork", "Beck reminded | Thor he’d
    have to …", "… Rich | Killion, Harrell Kirstein": the next word is lowercase, a punctuation
    mark, or a capitalised word that opens no sentence by itself (not a function word of
    ``stopwords.txt``: "… the scores | On Tuesday" may have lost its stop; a modal that is also a
    name after a capitalised word is the name: "Theresa May", "Prince Will"). A word in capitals
    before a capitalised one ends a heading ("THE BORROWING | Back when he …")."""
    if not last.isalnum() or not first:
        return False
    if not first[:1].isalnum():
        return first[:1] in ",.;:"
    if first[:1].islower():
        return True
    if last.isupper() and len(last) > 1:
        return False
    return first.lower() not in lexicons.stopwords() or (first in NAME_MODALS and last[:1].isupper())


# Modals that are also names ("Theresa May", "Will Hurd").
NAME_MODALS = frozenset({"May", "Will"})


def _abbreviated_titles() -> frozenset[str]:
    """One-word honorifics written with their dot ("sen.", "mrs.", "gov."), from ``titles.txt``."""
    return frozenset(key[0] for key, kinds in lexicons.titles().items()
                     if len(key) == 1 and key[0].endswith(".") and "honorific" in kinds)


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


def _last_id(entry: dict) -> int:
    ident = entry["id"]
    return ident[-1] if isinstance(ident, (tuple, list)) else ident


def _shifted(ident, shift: int):
    return tuple(i + shift for i in ident) if isinstance(ident, (tuple, list)) else ident + shift


def _first_id(entry: dict) -> int:
    ident = entry["id"]
    return ident[0] if isinstance(ident, (tuple, list)) else ident


def _token_span(group: list[dict]) -> tuple[int, int]:
    head = group[0]
    return head["start_char"], head["end_char"]


def _split_sentence(groups: list[list[dict]], text: str, max_words: int | None) -> list[list[dict]]:
    chunks: list[list[list[dict]]] = [[]]
    words_in_chunk = 0
    for group in groups:
        words = sum(1 for e in group if not isinstance(e["id"], (tuple, list)))
        if chunks[-1]:
            previous_end = _token_span(chunks[-1][-1])[1]
            line_break = "\n" in text[previous_end:_token_span(group)[0]]
            if line_break or (max_words is not None and words_in_chunk + words > max_words):
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
