"""Which sentences get the dependency parse and NER (selective annotation).

Every sentence is tokenized, POS-tagged and lemmatized: the rules scan every sentence for
quotation marks, reporting words and proper nouns. The two costly processors (the parse was
about half of Stanza's time on news text, NER a tenth) run only where the rules read them.

What the rules read, module by module (``quotes/extraction``):

* dependencies (``head``/``deprel``) are read only in the sentence of a reporting cue:
  ``cues`` (frames found from POS and lemmas, with the parse as a second opinion),
  ``deptree.anchors``, ``channels`` and ``dates`` (all from the cue word of a quote);
* NER (``token.ner``, through ``mentions.ner_type`` and ``channels``) is read on mentions:
  the cue sentence's speaker, proper-noun runs anywhere (``resolve``: people introduced by
  name, who later pronouns and surnames resolve to) and the subject of the sentence next to
  a quotation with no cue (``attribute.nearby_subject``: a run holding a proper noun or a
  pronoun; a pronoun is classified without NER).

So a sentence is **parsed** when it holds a reporting word — a word whose lemma or inflected
form is a reporting verb (any POS: the tagger's verb/noun slips must not hide a cue), a
phrasal reporting verb with its second word within three words ("made it clear"), a refusal
to speak ("declined comment"), a verb of expressing an attitude ("expressed hope that …",
``attitude_expressions.tsv``), a reporting noun ("a warning that"), a cue phrase ("according to", "quoted as saying") or a verb
whose noun-phrase object is reported content ("cited the report": ``content_object_verbs.txt``;
"endorsed the governor": ``stance_object_verbs.tsv``) or a
noun whose prepositional complement is ("his calls for …": ``content_nouns.txt``) — and
**NER-tagged** when it is parsed or holds a proper noun (``PROPN`` or ``NNP``/``NNPS``). With
``parse_quoted=True`` sentences holding a quotation mark are parsed too (a safety margin for
rules that would read the parse of a quotation; not needed by today's rules, see the nlp README).

A skipped sentence still looks complete to the rules: a flat tree (the first verb, else the
first word, is the root; every other word hangs on it with the unspecified relation ``dep``),
NER ``O`` on every token, and ``sentence.parsed`` / ``sentence.ner_tagged`` False.
"""
from __future__ import annotations

from functools import lru_cache

from .. import lexicons

QUOTE_CHARS = frozenset("\"“”„‟«»‹›")
PROPER_XPOS = frozenset({"NNP", "NNPS"})


def _lower(word) -> str:
    return (word.text or "").lower()


# The forms of the commonest speech verbs count whatever their tag: "Smith says/NNS no" (a
# tagger's slip) must not hide the cue.
SPEECH_FORMS = frozenset({"said", "says", "told", "tells"})
VERB_XPOS_PREFIX = "VB"


def has_reporting_word(words) -> bool:
    """Does the sentence hold a reporting verb or noun or a cue phrase ("according to")?

    As ``cues`` reads them: a reporting verb only as a verb (``VERB`` or a ``VB*`` tag: "the
    state/NOUN", "a call/NOUN" are no cue), a reporting noun only as a noun, a cue phrase as
    words; plus ``SPEECH_FORMS`` under any tag."""
    nouns = lexicons.reporting_nouns() | _content_noun_heads()
    for i, word in enumerate(words):
        lower = _lower(word)
        if lower in SPEECH_FORMS:
            return True
        lemma = (word.lemma or "").lower()
        if word.upos == "VERB" or (word.xpos or "").startswith(VERB_XPOS_PREFIX):
            if lexicons.verb_class(lemma, word.text) is not None or _content_object_verb(lemma, lower) \
                    or _phrasal_reporting_verb(lemma, words[i + 1:i + 4]) \
                    or lexicons.refusal_kind(lemma, word.text) == "refusal" \
                    or lexicons.verb_base(lemma, word.text, lexicons.attitude_expressions()["verb"]) \
                    in lexicons.attitude_expressions()["verb"]:
                # (a refusal: "The campaign declined comment", extraction/complements.py; an
                # expressed attitude: "expressed hope that …", cues._expressed_attitude)
                return True
        elif word.upos in ("NOUN", "PROPN") and (lemma in nouns or lower in nouns):
            return True
        elif word.upos in ("NOUN", "PROPN") and i > 0 and word.text[:1].islower() and _ends_subject(words[i - 1]) \
                and lexicons.present_tense_lemma(lower) is not None:
            return True  # "A mere 9 percent say/NN they …": cues._mistagged_present
    joined = " " + " ".join(_lower(w) for w in words) + " "
    return any(" " + " ".join(phrase) + " " in joined for phrase in lexicons.cue_phrases())


@lru_cache(maxsize=None)
def _phrasal_entries() -> dict[str, frozenset[str]]:
    """First word -> second words of the phrasal reporting verbs ("point out", "make clear")."""
    entries: dict[str, set[str]] = {}
    for entry in lexicons.reporting_verbs():
        if " " in entry:
            head, rest = entry.split(" ", 1)
            entries.setdefault(head, set()).add(rest)
    return {head: frozenset(rest) for head, rest in entries.items()}


def _phrasal_reporting_verb(lemma: str, following) -> bool:
    """A phrasal reporting verb whose second word follows within three words, as ``cues`` reads
    it ("made clear", "made it abundantly clear")."""
    seconds = _phrasal_entries().get(lemma)
    return bool(seconds) and any(_lower(w) in seconds for w in following)


def _ends_subject(word) -> bool:
    """Can ``word`` end the subject before a present-tense verb the tagger read as a noun? (A
    superset of ``cues._agrees`` and of the subjects of ``cues._mistagged_aside``: a noun, an
    adjective ("the survey/JJ shows/NNS"), a number, "%" or a pronoun.)"""
    return word.upos in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") or word.text == "%"


@lru_cache(maxsize=None)
def _content_noun_heads() -> frozenset[str]:
    """The nouns of ``content_nouns.txt`` ("his calls for …", "their criticism of …") and the
    light verbs' nouns of ``light_verbs.tsv`` ("made no mention of …")."""
    return frozenset(entry.split()[0] for entry in lexicons.content_nouns() | lexicons.light_verbs()["noun"])


@lru_cache(maxsize=None)
def _object_verb_heads() -> frozenset[str]:
    """First words of ``content_object_verbs.txt`` and ``stance_object_verbs.tsv`` ("endorsed the
    governor", "lashed out at the ruling")."""
    entries = set(lexicons.content_object_verbs()) | set(lexicons.stance_object_verbs())
    return frozenset(entry.split()[0] for entry in entries)


def _content_object_verb(lemma: str, form: str) -> bool:
    """A verb of ``content_object_verbs.txt`` or ``stance_object_verbs.tsv`` ("cited the report",
    "referred to the need", "endorsed the governor"), whose
    noun-phrase object ``extraction/complements.py`` reads: by lemma, first word of a phrasal
    entry, or the form with an inflection stripped ("touted" lemmatized "toute")."""
    heads = _object_verb_heads()
    return lemma in heads or any(form.endswith(e) and form[:-len(e)] in heads for e in ("ed", "es", "s", "d"))


def has_reporting_word_any_pos(words) -> bool:
    """The first round's test (any POS): kept for the selection study's comparison."""
    nouns = lexicons.reporting_nouns()
    for word in words:
        lemma = (word.lemma or "").lower()
        if lexicons.verb_class(lemma, word.text) is not None or lemma in nouns or _lower(word) in nouns:
            return True
    joined = " " + " ".join(_lower(w) for w in words) + " "
    return any(" " + " ".join(phrase) + " " in joined for phrase in lexicons.cue_phrases())


def has_quotation_mark(words) -> bool:
    return any(ch in QUOTE_CHARS for w in words for ch in (w.text or ""))


def has_proper_noun(words) -> bool:
    return any(w.upos == "PROPN" or (w.xpos or "") in PROPER_XPOS for w in words)


def select(sentences, *, parse_quoted: bool = False, reporting=None) -> tuple[set[int], set[int]]:
    """Indices of the sentences to parse and of those to NER-tag (POS and lemmas already set).
    ``reporting`` tells a sentence with a reporting word (default :func:`has_reporting_word`)."""
    reporting = reporting or has_reporting_word
    parse, ner = set(), set()
    for index, sentence in enumerate(sentences):
        words = sentence.words
        if reporting(words) or (parse_quoted and has_quotation_mark(words)):
            parse.add(index)
            ner.add(index)
        elif has_proper_noun(words):
            ner.add(index)
    return parse, ner


def select_any_pos(sentences, *, parse_quoted: bool = False) -> tuple[set[int], set[int]]:
    """The first round's selection (a reporting word under any POS), for the selection study."""
    return select(sentences, parse_quoted=parse_quoted, reporting=has_reporting_word_any_pos)


def flat_parse(words: list[dict]) -> None:
    """Give the word dicts of a sentence that is not parsed a flat tree (see module docstring)."""
    plain = [w for w in words if not isinstance(w["id"], (tuple, list))]
    if not plain:
        return
    root = next((w for w in plain if w.get("upos") == "VERB"), plain[0])
    for word in plain:
        if word is root:
            word["head"], word["deprel"] = 0, "root"
        else:
            word["head"], word["deprel"] = root["id"], "dep"
