"""The channel of a quote: where the statement was made, when the article says so.

``find_channel(doc, quote)`` returns ``{kind, name, text, start, end}`` or None, looking only at
what is tied to the quote's cue in the dependency parse (the cue word and the reporting verb it
shares its statement with, see :func:`quotes.dates.anchors`), never at any channel word in the
sentence. ``text``/``start``/``end`` are the phrase of the article that names the channel, its
preposition included ("on X, formerly Twitter", "In its statement", "at a press conference"),
or the outlet itself ("Geo News", "ARY News"). Kinds, in the order they are tried:

* a prepositional phrase on the cue verb whose noun is a channel (``lexicons/channels.tsv``):
  ``social_media`` ("said on X", "wrote on Facebook", "in a post on X": name = the platform),
  ``statement`` ("in a statement", "In its statement, the military urged"), ``press_conference``
  ("at a press conference"), ``broadcast`` ("in a televised address"; "said on Geo News"),
  ``interview`` ("in an interview with CNN": name = the outlet, when one is named);
* the addressee of "told": a media outlet ("told Geo News", "told Agence France-Presse (AFP)":
  kind ``interview``, name = the outlet as named), the press ("told reporters": ``interview``,
  name None, since journalists were told but the article does not say which outlet), or a press
  event ("told a news conference": ``press_conference``). A person or other addressee
  ("told parliament", "told him") is no channel;
* a relayed report, kind ``media_report`` with the outlet that carried it: the cue verb is a
  report verb of an outlet ("ARY News reported", "state broadcaster RTA reported"), hangs on one
  ("..., the minister said, Dawn reported"), or the quote is "according to" an outlet or to
  "the report" (then named after the outlet whose report the article relayed just before);
* whoever quotes the speaker "as saying" ("…," the agency quoted the minister as saying;
  "Interfax quoted the chief as saying"; "X was quoted by Reuters as saying"; "… was quoted as
  saying by the state broadcaster"): kind ``media_report`` with that outlet, when it is a medium
  or a proper name that is no person. A person quoting another ("the prime minister quoted
  Churchill as saying") is no channel: the words reached the article through a person, and a
  channel names the relaying medium only.

An addressee or subject counts as a media outlet when its head noun is a media word
("News", "broadcaster", "agency": ``media_nouns.txt``), it is a known agency ("AFP", "Reuters"),
or it is an upper-case acronym without "the" that the tagger does not call a person or place
(outlets go by acronyms: "RTA", "PTV"; "the UN" is not one).
"""
from __future__ import annotations

import re

from .. import lexicons
from ..records import Channel
from .cues import clause_start
from .deptree import anchors, children, cue_word, parent, word_end, word_start
from .mentions import is_title_word, personal_name_after_possessor, refers_to_person


PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through", "over"})
CLAUSAL_CHILD = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj", "cc", "xcomp", "csubj"})
# Relations kept inside a named outlet phrase ("Afghanistan's state broadcaster RTA").
NAME_PARTS = frozenset({"compound", "flat", "flat:name", "appos", "amod", "det", "nmod:poss", "case",
                        "punct", "nmod:desc", "nummod", "cc", "conj"})
RELAY = frozenset({"ccomp", "parataxis", "conj", "advcl", "xcomp"})
ACRONYM = re.compile(r"[A-Z][A-Z0-9&/]{1,7}")
# Matched right after a platform word ("on X, formerly Twitter"); the look-behind makes a search
# start only there, not at every position of a long run of white space (quadratic under finditer).
FORMERLY = re.compile(r"(?<![,\s]),?\s*+(?:formerly|previously|once)(?:\s+known\s+as)?\s+([A-Z][\w]*)")


def _words_of(kind: str) -> frozenset[str]:
    return frozenset(" ".join(k) for k in lexicons.channels().get(kind, {}))


NOUN_KINDS = ("social_media", "statement", "press_conference", "interview", "broadcast")


def _noun_kind(words: list[str]) -> str | None:
    """Channel kind of a noun phrase from its lowercase words (longest matching ending)."""
    lex = lexicons.channels()
    best, best_len = None, 0
    for kind in NOUN_KINDS:
        for phrase in lex.get(kind, {}):
            n = len(phrase)
            if n > best_len and tuple(words[-n:]) == phrase:
                best, best_len = kind, n
    return best


def _is_platform(sentence, word) -> str | None:
    """The platform name when ``word`` (with its compounds) names one ("X", "Truth Social")."""
    if not word.text[:1].isupper():
        return None
    parts = [c for c in children(sentence, word) if c.deprel in ("compound", "flat") and c.id < word.id] + [word]
    platforms = lexicons.channels().get("platform", {})
    for start in range(len(parts)):
        if tuple(p.text.lower() for p in parts[start:]) in platforms:
            return " ".join(p.text for p in parts[start:])
    return None


# --------------------------------------------------------------------------- outlets

def subtree(sentence, word, relations=NAME_PARTS) -> list:
    """``word`` and its descendants through ``relations``, in sentence order."""
    out, todo = [], [word]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(c for c in children(sentence, node) if c.deprel in relations)
    return sorted(out, key=lambda w: w.id)


def _ner(word) -> str:
    tag = getattr(word.parent, "ner", None) or "O"
    return tag.split("-", 1)[-1] if tag != "O" else "O"


def is_media(sentence, words: list) -> bool:
    """Whether the noun phrase ``words`` names a media outlet (see the module docstring)."""
    heads = [w for w in words if w.upos in ("NOUN", "PROPN")]
    if not heads or any(w.upos == "PRON" and w.deprel != "nmod:poss" for w in words):
        return False
    media_at = [k for k, w in enumerate(heads) if w.text.lower() in lexicons.media_nouns()
                or w.lemma.lower() in lexicons.media_nouns()]
    if media_at and any(is_title_word(w) and w.text.lower() not in lexicons.media_nouns()
                        for w in heads[media_at[-1] + 1:]):
        return False  # "White House press secretary Josh Earnest", "NBC News moderator X": a person
    media, agencies = lexicons.media_nouns(), lexicons.news_agencies()
    audience = _words_of("audience")
    text = " ".join(w.text for w in heads).lower()
    if text in agencies or any(w.text.lower() in agencies and w.upos == "PROPN" for w in heads):
        return True
    last = heads[-1]
    if last.text.lower() in audience and last.upos == "NOUN":
        return False  # "the press", "reporters": the press as audience, no outlet
    if any(w.text.lower() in media or w.lemma.lower() in media for w in heads):
        return True
    determined = any(w.lemma.lower() == "the" for w in words)
    return (not determined and ACRONYM.fullmatch(last.text) is not None and last.upos == "PROPN"
            and last.text.lower().rstrip("s") not in lexicons.title_words()  # "MP", "MPs" are people
            and _ner(last) not in ("PER", "PERSON", "LOC", "GPE", "NORP"))


def _proper(word) -> bool:
    """A proper noun, or a capitalised noun the tagger took for a common one ("Reuters")."""
    return word.upos == "PROPN" or (word.upos == "NOUN" and word.text[:1].isupper())


def outlet_name(words: list) -> str | None:
    """The outlet's proper name: the run of proper nouns ending the phrase, with the
    punctuation and "of" inside it ("Agence France-Presse (AFP)", "Voice of America")."""
    run = []
    for word in reversed(words):
        if _proper(word) or (word.upos == "PUNCT" and word.text in "()-–/&.") or (
                word.text.lower() == "of" and run and run[-1].upos == "PROPN"):
            run.append(word)
            continue
        break
    run.reverse()
    while run and not _proper(run[0]):
        run.pop(0)
    if not run:
        # "the official IRNA news agency": the proper name before the media noun
        inner = [w for w in words if w.upos == "PROPN"]
        if inner and all(w.upos == "PROPN" for w in words[words.index(inner[0]):words.index(inner[-1]) + 1]):
            return _span_text(words[words.index(inner[0]):words.index(inner[-1]) + 1])
        return None
    if run[-1].text == "(":
        run.pop()
    return _span_text(run)


def _span_text(words: list) -> str:
    sentence_doc_text = words[0].sent.doc.text
    return sentence_doc_text[word_start(words[0]):word_end(words[-1])]


def _result(kind, name, doc, start, end) -> Channel:
    return Channel(kind=kind, name=name, text=doc.text[start:end], start=start, end=end)


# --------------------------------------------------------------------------- the rules

def find_channel(doc, quote) -> Channel | None:
    """The channel of ``quote`` (a :class:`quotes.records.Quote`), or None; see the module docstring."""
    cue = cue_word(doc, quote)
    if cue is None:
        return None
    sentence = doc.sentences[quote.cue.sentence]
    verbs = anchors(sentence, quote.cue.sentence, cue, quote.mention)
    body_start = sentence.words[clause_start(sentence.words)].start_char  # after a dateline "PARIS (AP) —"
    for rule in (_prepositional, _told, _media_report, _quoting_outlet, _adjacent_phrase):
        found = rule(doc, sentence, cue, verbs, quote)
        if found is not None and not _inside(found, quote.pieces) and found.start >= body_start:
            return found
    return None


def _inside(found: dict, pieces) -> bool:
    return any(a <= found.start and found.end <= b for a, b in pieces)


def _prepositional(doc, sentence, cue, verbs, quote) -> Channel | None:
    """A channel phrase governed by a cue verb: "said on X", "In its statement, ... urged"."""
    nouns = []
    for verb in verbs:
        for child in children(sentence, verb):
            nouns.append(child)
            if child.deprel in ("xcomp",) or (child.deprel == "obj" and _lemma_in(verb, "publish_verb")):
                nouns.extend(children(sentence, child))  # "posted a warning on X"
    for noun in sorted(nouns, key=lambda w: abs(w.id - cue.id)):
        if noun.upos not in ("NOUN", "PROPN"):
            continue
        case = [c for c in children(sentence, noun) if c.deprel == "case" and c.id < noun.id]
        if not case or case[0].text.lower() not in PREPOSITIONS:
            continue
        found = _channel_phrase(doc, sentence, noun, case[0])
        if found is not None:
            return found
    return None


def _adjacent_phrase(doc, sentence, cue, verbs, quote) -> Channel | None:
    """A channel phrase right after the cue, or in a parenthesis between the speaker and the
    cue, whatever the parse says: "said in a statement that", "said on X:", "The ministry, in a
    statement on X, accused …" (the kit often hangs such a noun elsewhere)."""
    words = sentence.words
    index = cue.id - 1
    starts = list(range(index + 1, min(len(words), index + 3)))
    mention = quote.mention
    if mention is not None and mention.sentence == quote.cue.sentence:
        starts += [k for k in range(index) if words[k].start_char >= mention.end]
    for k in starts:
        if words[k].text.lower() not in PREPOSITIONS:
            continue
        for j in range(k + 1, min(len(words), k + 4)):
            if words[j].upos in ("NOUN", "PROPN"):
                found = _channel_phrase(doc, sentence, words[j], words[k])
                if found is not None:
                    return found
                break
    return None


def _channel_phrase(doc, sentence, noun, case) -> Channel | None:
    start = word_start(case)
    platform = _is_platform(sentence, noun)
    if platform:
        end = word_end(noun)
        formerly = FORMERLY.match(doc.text, end)
        if formerly and formerly.group(1).lower() in _words_of("platform"):
            end = formerly.end()
        return _result("social_media", platform, doc, start, end)
    modifiers = [c for c in children(sentence, noun) if c.deprel in ("compound", "amod") and c.id < noun.id]
    words = [w.text.lower() for w in modifiers] + [noun.text.lower()]
    phrase_words = subtree(sentence, noun, NAME_PARTS - {"conj", "cc"})
    kind = _noun_kind(words)
    if kind is None:
        if case.text.lower() == "on" and is_media(sentence, phrase_words):
            # "said on Geo News", "said on state television": a broadcast by that outlet
            return _result("broadcast", outlet_name(phrase_words), doc, start, word_end(phrase_words[-1]))
        return None
    end = word_end(noun)
    name = None
    for modifier in modifiers:
        name = name or _is_platform(sentence, modifier)  # "in a Facebook post"
    for child in children(sentence, noun):
        if child.deprel not in ("nmod", "nmod:poss") or child.id < noun.id:
            continue
        inner = _is_platform(sentence, child)
        child_words = subtree(sentence, child, NAME_PARTS - {"conj", "cc"})
        if inner:  # "in a post on X"
            return _result("social_media", inner, doc, start, word_end(child))
        if kind == "interview" and is_media(sentence, child_words):  # "in an interview with CNN"
            return _result("interview", outlet_name(child_words), doc, start, word_end(child_words[-1]))
    if name:
        kind = "social_media"
    return _result(kind, name, doc, start, end)


def _told(doc, sentence, cue, verbs, quote) -> Channel | None:
    """The addressee of "told": an outlet, the press, or a press event."""
    for verb in verbs:
        if verb.lemma.lower() != "tell":
            continue
        objects = [c for c in children(sentence, verb)
                   if c.deprel in ("obj", "iobj") and c.upos in ("NOUN", "PROPN") and c.id > verb.id]
        if not objects:
            continue
        words = sorted({w.id: w for o in objects for w in subtree(sentence, o)}.values(), key=lambda w: w.id)
        words = _contiguous_from(words, objects[0])
        while words[-1].id < len(sentence.words) and (
                sentence.words[words[-1].id].upos == "NOUN"
                or _noun_kind([sentence.words[words[-1].id].text.lower()]) is not None):
            words.append(sentence.words[words[-1].id])  # "a weekly news | briefing" split by the parse
        head = objects[-1] if len(objects) > 1 else objects[0]
        lowered = [w.text.lower() for w in words if w.upos not in ("DET", "PUNCT")]
        start, end = word_start(words[0]), word_end(words[-1])
        if _noun_kind(lowered) == "press_conference":
            return _result("press_conference", None, doc, start, end)
        if head.upos == "NOUN" and head.text.lower() in _words_of("audience"):
            return _result("interview", None, doc, start, end)
        if is_media(sentence, words):
            return _result("interview", outlet_name(words), doc, start, end)
    return None


def _contiguous_from(words: list, first) -> list:
    """The words of a phrase up to the first gap (a parse that hangs "on Thursday" on the
    object leaves a gap), without punctuation at its edges."""
    run = []
    for word in words:
        if run and word.id != run[-1].id + 1:
            if word.id > first.id:
                break
            run = []
        run.append(word)
    while run and run[0].upos == "PUNCT":
        run.pop(0)
    while run and run[-1].upos == "PUNCT" and run[-1].text != ")":
        run.pop()
    return run


def _lemma_in(word, kind: str) -> bool:
    return word.lemma.lower() in _words_of(kind) or word.text.lower() in _words_of(kind)


def _media_subject(sentence, verb) -> list | None:
    """The subject of ``verb`` when it is a media outlet, or unattributed "reports"
    ("Unconfirmed reports suggested"; not "UN reports"), as its words."""
    subjects = [c for c in children(sentence, verb) if c.deprel.startswith("nsubj")]
    if any(c.lemma.lower() in lexicons.finding_nouns() for c in subjects):
        return None  # "A new NBC News-Marist poll found": the poll speaks, no outlet relays it
    for child in subjects:
        words = _subject_words(sentence, subjects, child)
        if words and personal_name_after_possessor(words, len(words) - 1):
            continue  # "The Washington Post's Robert Costa said": a journalist speaking, no relay
        if words and is_media(sentence, words):
            return words
        if (child.lemma.lower() == "report" and (child.xpos or "") == "NNS"
                and not any(w.upos == "PROPN" or w.deprel == "nmod:poss" for w in words)):
            return words
    return None


def _subject_words(sentence, subjects: list, child) -> list:
    """The words of the subject ``child``, joined with the subjects the parse split from it
    ("The newspaper | Dawn quoted …": two nsubj for one noun phrase)."""
    words = {w.id: w for w in subtree(sentence, child, NAME_PARTS - {"conj", "cc"})}
    for other in subjects:
        if other is not child and other.upos in ("NOUN", "PROPN") and abs(other.id - child.id) == 1:
            for w in subtree(sentence, other, NAME_PARTS - {"conj", "cc"}):
                words.setdefault(w.id, w)
    return _contiguous_from(sorted(words.values(), key=lambda w: w.id), child)


def _quoting_outlet(doc, sentence, cue, verbs, quote) -> Channel | None:
    """'"…," Interfax quoted the election commission chief as saying': whoever quotes someone
    "as saying" only relays the words, so a subject that is no person is the medium that carried
    them (kind ``media_report``). A person quoting another ("the prime minister quoted Churchill
    as saying") is no channel: the words reached the article through that person, not a medium."""
    saying = [c for c in children(sentence, cue)
              if c.xpos == "VBG" and any(m.lemma.lower() == "as" for m in children(sentence, c))]
    if cue.lemma.lower() != "quote" or not saying:
        return None
    subjects = [c for c in children(sentence, cue) if c.deprel == "nsubj"]
    if subjects:
        words = _subject_words(sentence, subjects, subjects[0])
    else:
        # "X was quoted by Reuters as saying", "X was quoted as saying by the state broadcaster"
        agents = [c for c in children(sentence, cue) + children(sentence, saying[0])
                  if c.deprel in ("obl:agent", "obl") and c.upos in ("NOUN", "PROPN")
                  and any(m.lemma.lower() == "by" and m.id < c.id for m in children(sentence, c))]
        words = _contiguous_from(subtree(sentence, agents[0], NAME_PARTS - {"conj", "cc", "case"}),
                                 agents[0]) if agents else []
    if not words:
        return None
    start = word_start(words[0])
    if not subjects:
        start = word_start(next(m for m in children(sentence, agents[0]) if m.lemma.lower() == "by"))
    if is_media(sentence, words):
        return _result("media_report", outlet_name(words), doc, start, word_end(words[-1]))
    heads = [w for w in words if w.upos in ("NOUN", "PROPN", "PRON")]
    if not heads or heads[-1].upos != "PROPN" or refers_to_person(words) \
            or any(_ner(w) in ("PER", "PERSON") or w.upos == "PRON" for w in words):
        return None
    return _result("media_report", outlet_name(words), doc, start, word_end(words[-1]))


def _media_report(doc, sentence, cue, verbs, quote) -> Channel | None:
    """"ARY News reported", "..., Dawn reported", "according to ARY News / the report"."""
    # The cue (or its anchor) has an outlet for subject, or hangs on an outlet's report verb.
    node, seen = cue, set()
    while node is not None and node.id not in seen:
        seen.add(node.id)
        if node in verbs or _lemma_in(node, "report_verb"):
            words = _media_subject(sentence, node)
            if words:
                return _result("media_report", outlet_name(words), doc, word_start(words[0]), word_end(words[-1]))
        node = parent(sentence, node) if node.deprel in RELAY else None
    # A report verb of an outlet hung on the cue: "the minister said, ARY News reported".
    for verb in verbs:
        for child in children(sentence, verb):
            if child.deprel in ("parataxis", "conj", "ccomp") and _lemma_in(child, "report_verb") and child.id > verb.id:
                words = _media_subject(sentence, child)
                if words:
                    return _result("media_report", outlet_name(words), doc, word_start(words[0]), word_end(words[-1]))
    # "according to X": the cue itself, or a dependent of the cue verb.
    sources = []
    if cue.lemma.lower() in ("accord", "according") and cue.head:
        sources.append(parent(sentence, cue))
    for verb in verbs:
        for child in children(sentence, verb):
            if any(c.lemma.lower() in ("accord", "according") for c in children(sentence, child) if c.id < child.id):
                sources.append(child)
    for source in sources:
        found = _according_to(doc, sentence, source, quote)
        if found is not None:
            return found
    return None


def _according_to(doc, sentence, source, quote) -> Channel | None:
    marker = [c for c in children(sentence, source) if c.lemma.lower() in ("accord", "according")]
    start = word_start(marker[0]) if marker else word_start(source)
    words = _contiguous_from(subtree(sentence, source, NAME_PARTS - {"conj", "cc", "case"}), source)
    if is_media(sentence, words):
        return _result("media_report", outlet_name(words), doc, start, word_end(words[-1]))
    if source.lemma.lower() == "report":
        return _result("media_report", _earlier_outlet(doc, quote.cue.sentence), doc, start, word_end(source))
    return None


def _earlier_outlet(doc, index: int, window: int = 3) -> str | None:
    """The outlet whose report the article relayed in the few sentences before ``index``."""
    for sentence in reversed(doc.sentences[max(0, index - window):index]):
        for word in sentence.words:
            if _lemma_in(word, "report_verb"):
                words = _media_subject(sentence, word)
                if words:
                    return outlet_name(words)
    return None
