"""Person and organization names: parsing a noun phrase into name, title and affiliation, and
telling whether two name forms name the same person.

Used by resolution within an article, by the speaker registry and (across articles) by
linking, so every layer compares names one way. Spelling variants (Muhammad/Mohammad),
name particles (bin, de, van) and British/American title spellings come from the lexicons.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .. import lexicons
from ..records import Mention
from .mentions import NER_PLACE, is_title_word, ner_type, surname_after_address
from .words import POSSESSIVE, lower, party_label_end

DETERMINERS = frozenset({"the", "a", "an", "one", "some", "two", "several", "many", "other"})


def given_name_gender(name: tuple[str, ...]) -> str | None:
    """"m"/"f" when a full name's given name is confidently of one gender ("Sarah Lind" f); None
    for a surname alone ("Christie said" names no given name), an initial, an ambiguous or
    unknown given name, or without the name data."""
    if len(name) < 2:
        return None
    given = _folded(name[0])
    if len(given) < 2:
        return None
    return lexicons.given_name_genders().get(given)


def words_before_given_name(form: tuple[str, ...], forms) -> bool:
    """Is ``form`` ("Hillary Clinton"), opening with a given name, the tail of a longer form whose
    extra words are no given names ("Rival Hillary Clinton", "Republican Donald Trump": a word
    before the name the tagger took into it)? Then ``form`` is the name, not a surname."""
    genders = lexicons.given_name_genders()
    if len(form) < 2 or normalise(form[0]) not in genders or form[0].lower() in lexicons.name_particles():
        return False  # ("Van Voorhis" of "Chandler Van Voorhis": a particle opens a surname)
    return any(len(other) > len(form) and tuple(other[-len(form):]) == tuple(form)
               and not any(normalise(t) in genders for t in other[:-len(form)]) for other in forms)


def surname_of(form: tuple[str, ...], forms) -> bool:
    """Is ``form`` the tail of a longer form ("de Vries", or "De Vries" opening a sentence, of
    "Pieter de Vries")?"""
    tail = tuple(t.lower() for t in form)
    return any(len(other) > len(form) and tuple(t.lower() for t in other[-len(form):]) == tail for other in forms)

@dataclass
class ParsedName:
    name: tuple[str, ...]
    title: str | None
    affiliation: str | None
    description: str | None


def _folded(token: str) -> str:
    """A name word without accents, case or a final period ("José" -> "jose", "Jr." -> "jr")."""
    return unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode().lower().strip(".")


def normalise(token: str) -> str:
    token = _folded(token)
    canonical = lexicons.name_variants().get(token)
    return canonical.lower() if canonical else token


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two name forms name the same person (variants, omitted middle names, surname only,
    a given name before a patronymic, a short form of the given name)?"""
    na, nb = [normalise(t) for t in strip_post_nominals(a)], [normalise(t) for t in strip_post_nominals(b)]
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if len(short) == 1:
        if short[0] == long_[-1]:
            return True  # a surname
        # "Prince Abdulaziz" after "Abdulaziz bin Salman": the given name before a patronymic
        return short[0] == long_[0] and len(long_) > 2 and long_[1] in PATRONYMICS
    if long_[-len(short):] == short:
        return True  # "de Vries" and "Pieter de Vries"
    if na[-1] != nb[-1]:
        return False
    if na[0] == nb[0]:
        return True  # an omitted middle name
    # "Inam Khan" and "Inamullah Khan": a short form of the same given name
    first, other = sorted((na[0], nb[0]), key=len)
    return len(first) >= 3 and other.startswith(first) and len(short) == 2


# "bin Salman", "ibn Saud": the word after a given name that makes the rest a patronymic.
PATRONYMICS = frozenset({"bin", "ibn", "bint", "ben"})


def another_given_name(name: tuple[str, ...], forms) -> bool:
    """Does a full name differ from one of a person's full name forms in its given name ("Eric
    Trump" after "Donald Trump", "Bill Clinton" after "Hillary Clinton")? Then it names a
    namesake, though its surname alone would match."""
    return len(name) > 1 and any(len(form) > 1 and not same_person(name, form) for form in forms)


def name_keys(form) -> frozenset[tuple[str, str]]:
    """Keys such that two forms :func:`same_person` holds for always share one: the normalised
    last word (every case but one ends alike), and the first word of a one-word form or of a
    given name before a patronymic ("Prince Abdulaziz" and "Abdulaziz bin Salman"). Keep it in
    step with ``same_person``: :class:`NameIndex` finds candidates by these keys only."""
    words = [normalise(t) for t in strip_post_nominals(form)]
    if not words:
        return frozenset()
    keys = {("last", words[-1])}
    if len(words) == 1 or (len(words) > 2 and words[1] in PATRONYMICS):
        keys.add(("given", words[0]))
    return frozenset(keys)


class NameIndex:
    """Values (entities, name forms) under the name forms given for them, to find those a form
    may name the same person as without testing ``same_person`` against every one of them.
    ``candidates`` returns them in the order they were first added; the caller still tests
    ``same_person`` (sharing a key is necessary, not sufficient)."""

    def __init__(self):
        self._by_key: dict[tuple[str, str], list] = {}
        self._order: dict[int, int] = {}  # id(value) -> order of its first add (the index keeps the values)

    def add(self, form, value) -> None:
        self._order.setdefault(id(value), len(self._order))
        for key in name_keys(form):
            self._by_key.setdefault(key, []).append(value)

    def candidates(self, form) -> list:
        found = {id(v): v for key in name_keys(form) for v in self._by_key.get(key, ())}
        return sorted(found.values(), key=lambda v: self._order[id(v)])


def strip_post_nominals(form):
    """A name form without letters after it ("Gerald Butler QC" -> "Gerald Butler")."""
    form = tuple(form)
    while len(form) > 1 and form[-1].lower().rstrip(".") in lexicons.post_nominals():
        form = form[:-1]
    return form


def mention_words(doc, mention: Mention):
    return [w for w in doc.sentences[mention.sentence].words if mention.start <= w.start_char < mention.end]


POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _name_word(words, i: int, extra_titles=frozenset()) -> bool:
    """Can words[i] be part of a person's name: a proper noun that is no title, demonym or
    person noun, or a capitalised word the tagger missed right after an honorific ("Mr
    Streeting" with "Streeting" read as a verb)?"""
    word = words[i]
    if surname_after_address(words, i) and word.upos == "PROPN":
        return True  # "Mr. King": the surname, though "king" is a title
    if lower(word) in lexicons.demonyms() and word.upos == "PROPN" and 0 < i == len(words) - 1 \
            and words[i - 1].upos == "PROPN" and not is_title_word(words[i - 1]) \
            and lower(words[i - 1]) not in lexicons.demonyms() and (i < 2 or lower(words[i - 2]) not in {"of", "for"}):
        return True  # "Rep. Jim Jordan": a surname after a given name, though also a country's name
    if is_title_word(word) or lower(word) in lexicons.demonyms() or lower(word) in lexicons.person_nouns() \
            or word.text in POSSESSIVES or lower(word) in extra_titles:
        return False
    if word.upos == "PROPN":
        return any(c.isalnum() for c in word.text)  # '― Carl Roe': the dash tagged PROPN is none
    return i > 0 and word.text[:1].isupper() and word.text.isalpha() \
        and lower(words[i - 1]).rstrip(".") in lexicons.honorifics()


def _title_of_place(words, j: int) -> bool:
    """Is words[j] in the "of PLACE" tail of a title ("Chief Justice of Pakistan Qazi X")?"""
    if lower(words[j]) in {"of", "for"}:
        return j > 0 and is_title_word(words[j - 1])
    return j > 1 and lower(words[j - 1]) in {"of", "for"} and is_title_word(words[j - 2]) \
        and words[j].text[:1].isupper()


def parse_name(words, extra_titles=frozenset()) -> ParsedName:
    """Split a person's noun phrase into affiliation, title and name (and a "named" description).

    "Pakistan's Defense Minister Khawaja Muhammad Asif" → affiliation Pakistan, title Defense
    Minister; "Taliban government spokesman Zabihullah Mujahid" → affiliation Taliban
    government, title spokesman; "a driver named Gul" → description "a driver".
    """
    # "Chief Election Commissioner (CEC) Raza Khan": the acronym in brackets repeats the title
    words = [w for k, w in enumerate(words)
             if not (lower(w) in extra_titles and 0 < k < len(words) - 1 and words[k - 1].text == "("
                     and words[k + 1].text == ")")
             and not (w.text in "()" and any(lower(x) in extra_titles for x in words[max(0, k - 1):k + 2]))]
    label = next((k for k in range(1, len(words)) if party_label_end(words, k) is not None), None)
    if label is not None:
        words = words[:label]  # "Rep. Gwen Moore (D-Wis.)": the party and state are no part of the name
    words = [w for w in words if w.upos != "PUNCT" or w.text in POSSESSIVES]
    place = None
    for k in range(len(words) - 2, 1, -1):
        if lower(words[k]) == "of" and words[k - 1].upos == "PROPN" and not is_title_word(words[k - 1]) \
                and words[k - 2].upos == "PROPN" and not is_title_word(words[k - 2]) \
                and all(w.upos == "PROPN" and (ner_type(w) in NER_PLACE or lower(w) in lexicons.demonyms())
                        for w in words[k + 1:]):
            # "Sen. Marco Rubio of Florida": the place after the name is an affiliation, no name
            place, words = text_of(words[k + 1:]), words[:k]
            break
    # "Federal Minister for Planning and Reform X": the word after "and" ends the portfolio
    portfolio = next((k for k in range(1, len(words) - 2) if lower(words[k]) in {"for", "of"}
                      and is_title_word(words[k - 1])), None)
    if portfolio is not None:
        joined = next((k for k in range(portfolio + 1, len(words) - 2) if lower(words[k]) == "and"), None)
        if joined is not None and any(w.upos == "PROPN" for w in words[joined + 2:]):
            words = [w for k, w in enumerate(words) if k != joined]
            extra_titles = frozenset(extra_titles) | {lower(words[joined])}
    conjunctions = [i for i, w in enumerate(words) if lower(w) == "and"]
    if conjunctions:
        words = words[conjunctions[-1] + 1:]  # "Sharif and Asif": the person nearest the verb
    description = None
    for i, word in enumerate(words):
        if lower(word) in {"named", "called"} and i + 1 < len(words):
            description = text_of(words[:i])
            words = words[i + 1:]
            break
    # The name: the trailing run of proper nouns (with particles: bin, de, van) that are no titles,
    # without letters after it ("Judge Gerald Butler QC" -> Gerald Butler).
    while len(words) > 1 and lower(words[-1]).rstrip(".") in lexicons.post_nominals() \
            and words[-2].upos == "PROPN":
        words = words[:-1]
    i = len(words) - 1
    while i >= 0 and (_name_word(words, i, extra_titles)
                      or (lower(words[i]) in lexicons.name_particles() and i > 0 and i < len(words) - 1)):
        i -= 1
    name = words[i + 1:]
    # The title: title words right before the name, with the capitalised words leading into
    # them ("Foreign Office spokesperson", "Information Minister").
    j = i
    while j >= 0 and (is_title_word(words[j]) or lower(words[j]) in extra_titles or (j < i and words[j].text[:1].isupper()
                                                  and words[j].upos in {"PROPN", "NOUN", "ADJ"}
                                                  and lower(words[j]) not in lexicons.demonyms())
                      or _title_of_place(words, j)):
        j -= 1
    title_words = words[j + 1:i + 1]
    if title_words and not any(is_title_word(w) or lower(w) in extra_titles for w in title_words):
        j, title_words = i, []
    prefix = [w for w in strip_determiners(words[:j + 1]) if w.text not in POSSESSIVES]
    affiliation = None
    if prefix:
        text = text_of(prefix)
        if any(w.text[:1].isupper() and lower(w) not in lexicons.person_nouns() for w in prefix):
            affiliation = lexicons.demonyms().get(text.lower(), text)
        else:
            description = description or text  # "shopkeeper Abdul Wali"
    return ParsedName(_written(name), text_of(title_words) or None, affiliation or place, description)


def _written(name) -> tuple[str, ...]:
    """The name's words, a hyphenated one kept whole as written ("Douglas Holtz-Eakin")."""
    plain = tuple(w.text for w in name)
    written = tuple(text_of(name).split()) if name else ()
    if len(written) < len(plain) and "".join(written).replace("-", "").replace("‑", "") == "".join(plain):
        return written
    return plain


def text_of(words) -> str:
    """The words as written in the document (hyphens and spacing kept), or joined by spaces."""
    if not words:
        return ""
    doc = getattr(getattr(words[0], "sent", None), "doc", None)
    text = getattr(doc, "text", None)
    if text is None:
        return " ".join(w.text for w in words)
    return text[words[0].start_char:words[-1].end_char]


def strip_determiners(words):
    while words and lower(words[0]) in DETERMINERS:
        words = words[1:]
    return words


def organization_name(words) -> tuple[str, str | None, set[str]]:
    """Canonical organization name, description, aliases from its noun phrase."""
    words = strip_determiners(list(words))
    aliases: set[str] = set()
    if "(" in [w.text for w in words]:
        i = [w.text for w in words].index("(")
        inside = [w.text for w in words[i + 1:] if w.text != ")"]
        aliases.add(" ".join(inside))
        words = words[:i]
    description = None
    # "state broadcaster RTA": the name is the proper noun after the media/organization noun.
    for i, word in enumerate(words[:-1]):
        if lower(word) in lexicons.media_nouns() | lexicons.organization_nouns() and all(
                w.upos == "PROPN" for w in words[i + 1:]):
            description = text_of(words[:i + 1])
            words = words[i + 1:]
            break
    # "Hamas's Izz ad-Din al-Qassam Brigades", "Kenya's Independent Medico-Legal Unit": a proper
    # name after a possessor is the name (the possessor is an alias of who it belongs to)
    possessive = next((i for i, w in enumerate(words) if w.text in {"'s", "’s"}), None)
    if possessive is not None and 0 < possessive < len(words) - 2 \
            and all(w.text[:1].isupper() or lower(w) in lexicons.name_particles() or w.upos == "PUNCT"
                    for w in words[possessive + 1:]) \
            and sum(1 for w in words[possessive + 1:] if w.upos == "PROPN") >= 2:
        aliases.add(text_of(words))
        return text_of(words[possessive + 1:]), description, aliases
    # "Presidential candidate Marco Rubio's campaign" → "Marco Rubio campaign", "Sanders’ campaign"
    # → "Sanders campaign": a named owner and a common noun after it (the titles before the name
    # and the possessive mark dropped; the words as written are an alias)
    owner = next((i for i, w in enumerate(words) if w.text in POSSESSIVE and 0 < i < len(words) - 1
                  and words[i - 1].upos == "PROPN"), None)
    if owner is not None and all(w.upos in {"NOUN", "ADJ"} and w.text[:1].islower() for w in words[owner + 1:]) \
            and lower(words[0]) not in lexicons.country_demonym():
        first = owner - 1
        while first > 0 and words[first - 1].upos == "PROPN" and not is_title_word(words[first - 1]):
            first -= 1
        aliases.add(text_of(words))
        return text_of(words[first:owner]) + " " + text_of(words[owner + 1:]), description, aliases
    # "Pakistan's military" → "Pakistani military"
    if len(words) >= 3 and words[1].text in {"'s", "’s"} and lower(words[0]) in lexicons.country_demonym():
        name = lexicons.country_demonym()[lower(words[0])] + " " + text_of(words[2:])
    else:
        name = text_of(words)
    return name, description, aliases


def american_spelling(text: str) -> str:
    """``text`` with British title spellings made American ("defence minister" -> "defense minister")."""
    for british, american in lexicons.spelling_variants().items():
        text = text.replace(british, american)
    return text
