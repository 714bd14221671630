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
from .mentions import is_title_word
from .words import lower

DETERMINERS = frozenset({"the", "a", "an", "one", "some", "two", "several", "many", "other"})

def surname_of(form: tuple[str, ...], forms) -> bool:
    """Is ``form`` the tail of a longer form ("de Vries" of "Pieter de Vries")?"""
    return any(len(other) > len(form) and tuple(other[-len(form):]) == tuple(form) for other in forms)

@dataclass
class ParsedName:
    name: tuple[str, ...]
    title: str | None
    affiliation: str | None
    description: str | None


def normalise(token: str) -> str:
    token = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode().lower().strip(".")
    canonical = lexicons.name_variants().get(token)
    return canonical.lower() if canonical else token


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two name forms name the same person (variants, omitted middle names, surname only)?"""
    na, nb = [normalise(t) for t in a], [normalise(t) for t in b]
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if len(short) == 1:
        return short[0] == long_[-1]  # a surname
    if long_[-len(short):] == short:
        return True  # "de Vries" and "Pieter de Vries"
    return na[0] == nb[0] and na[-1] == nb[-1]  # an omitted middle name


def mention_words(doc, mention: Mention):
    return [w for w in doc.sentences[mention.sentence].words if mention.start <= w.start_char < mention.end]


POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def parse_name(words) -> ParsedName:
    """Split a person's noun phrase into affiliation, title and name (and a "named" description).

    "Pakistan's Defense Minister Khawaja Muhammad Asif" → affiliation Pakistan, title Defense
    Minister; "Taliban government spokesman Zabihullah Mujahid" → affiliation Taliban
    government, title spokesman; "a driver named Gul" → description "a driver".
    """
    words = [w for w in words if w.upos != "PUNCT" or w.text in POSSESSIVES]
    conjunctions = [i for i, w in enumerate(words) if lower(w) == "and"]
    if conjunctions:
        words = words[conjunctions[-1] + 1:]  # "Sharif and Asif": the person nearest the verb
    description = None
    for i, word in enumerate(words):
        if lower(word) in {"named", "called"} and i + 1 < len(words):
            description = text_of(words[:i])
            words = words[i + 1:]
            break
    # The name: the trailing run of proper nouns (with particles: bin, de, van) that are no titles.
    i = len(words) - 1
    while i >= 0 and ((words[i].upos == "PROPN" and not is_title_word(words[i])
                       and lower(words[i]) not in lexicons.demonyms() and lower(words[i]) not in lexicons.person_nouns()
                       and words[i].text not in POSSESSIVES)
                      or (lower(words[i]) in lexicons.name_particles() and i > 0 and i < len(words) - 1)):
        i -= 1
    name = words[i + 1:]
    # The title: title words right before the name, with the capitalised words leading into
    # them ("Foreign Office spokesperson", "Information Minister").
    j = i
    while j >= 0 and (is_title_word(words[j]) or (j < i and words[j].text[:1].isupper()
                                                  and words[j].upos in {"PROPN", "NOUN", "ADJ"}
                                                  and lower(words[j]) not in lexicons.demonyms())):
        j -= 1
    title_words = words[j + 1:i + 1]
    if title_words and not any(is_title_word(w) for w in title_words):
        j, title_words = i, []
    prefix = [w for w in strip_determiners(words[:j + 1]) if w.text not in POSSESSIVES]
    affiliation = None
    if prefix:
        text = text_of(prefix)
        if any(w.text[:1].isupper() and lower(w) not in lexicons.person_nouns() for w in prefix):
            affiliation = lexicons.demonyms().get(text.lower(), text)
        else:
            description = description or text  # "shopkeeper Abdul Wali"
    return ParsedName(tuple(w.text for w in name), text_of(title_words) or None, affiliation, description)


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
