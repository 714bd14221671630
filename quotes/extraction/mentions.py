"""Speaker mentions: build a Mention from a noun phrase and say what kind of speaker it names.

Kinds: ``pronoun`` (he, they), ``anonymous`` (a Pakistani security source, officials speaking
anonymously), ``organization`` (the Pakistani military, ARY News, Pakistan), ``name`` (a person's
name, maybe with title: Pakistan's Defense Minister Khawaja Asif) and ``description`` (the
40-year-old, the Pakistani defense minister). Decided from POS, titles and lexicons; NER is
one signal among them, read through :data:`NER_PERSON` / :data:`NER_ORG` so both the kit's
labels (PER/ORG/LOC) and OntoNotes' (PERSON/ORG/GPE/NORP/…) work.
"""
from __future__ import annotations

from .. import lexicons
from .words import DISTRIBUTIVE_QUANTIFIERS, POSSESSIVE, attached, lone_quantifier, lower, party_label_end
from ..records import Mention

NER_PERSON = frozenset({"PER", "PERSON"})
# Documents that "say" things on behalf of whoever issued them.
INDEFINITE = frozenset({"a", "an", "one", "some", "another", "several", "two", "three"})
NER_ORG = frozenset({"ORG", "ORGANIZATION", "NORP"})
NER_PLACE = frozenset({"LOC", "GPE", "FAC"})
# Forms of address before a surname: after one of them a title word is the surname ("Mr. King").
ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def ner_type(word) -> str | None:
    """The entity type of a word's token, without the BIOES prefix ('PER', 'GPE', …) or None."""
    tag = getattr(word.parent, "ner", None) or "O"
    return None if tag == "O" else tag.split("-", 1)[-1]


def make_mention(text: str, sentence_index: int, words, first: int, last: int,
                 anonymity: bool = False) -> Mention:
    """A Mention for words[first..last]; ``anonymity`` marks an anonymity phrase nearby."""
    span = words[first:last + 1]
    head_index = _head(span)
    head = span[head_index]
    kind = classify(span, head_index, anonymity)
    return Mention(text=text[span[0].start_char:span[-1].end_char], start=span[0].start_char,
                   end=span[-1].end_char, sentence=sentence_index, head=head.id, kind=kind)


def _lemma(word) -> str:
    """A noun's lemma, singular even where the kit keeps a capitalised plural ("Aides" -> aide)."""
    lemma = (word.lemma or word.text).lower()
    if lemma == lower(word) and word.xpos in {"NNS", "NNPS"} and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def head_word(span):
    """The head word of a mention's words."""
    return span[_head(span)]


def _head(span) -> int:
    """Index (in span) of the head: the last noun before a preposition ("officials in both nations")."""
    limit = len(span)
    while limit > 1 and lower(span[limit - 1]).rstrip(".") in lexicons.post_nominals() \
            and span[limit - 2].upos == "PROPN":
        limit -= 1  # "Joanna Korner QC": the head is the name, not the letters after it
    named_tail = limit > 2 and span[limit - 1].upos == "PROPN" and span[limit - 2].upos == "PROPN"
    for i, word in enumerate(span[:limit]):
        if word.upos == "ADP" and i > 0 and named_tail and is_title_word(span[i - 1]) \
                and lower(word) in {"for", "of"} and _lemma(span[i - 1]) not in lexicons.anonymous_nouns():
            # (but "A spokesman for Senator John Smith": the spokesman speaks, for the senator)
            continue  # "Minister for Planning and Reform Daniyal Aziz": the name is the head
        if (word.upos == "ADP" or lower(word) == "including") and i > 0 or word.text == "(":
            limit = i
            break
    if limit and span[limit - 1].upos == "ADJ" and limit > 1 and span[limit - 2].upos in {"NOUN", "ADJ", "DET", "NUM"}:
        return limit - 1  # a noun the tagger read as an adjective: "a water board official", "One official"
    for i in range(limit - 1, -1, -1):
        if span[i].upos in {"NOUN", "PROPN", "PRON", "NUM"} or span[i].text == "%":
            return i  # (the kit tags "%" a symbol: "18 % who say …" is a share, headed by it)
    return limit - 1


def classify(span, head_index: int, anonymity: bool = False) -> str:
    head = span[head_index]
    head_lemma = (head.lemma or head.text).lower()
    if head.upos == "PRON" and lower(head) == "those" and head_index + 1 < len(span):
        return "anonymous"  # "those surveyed said …", "those polled": the people asked, unnamed
    if head.upos == "PRON":
        return "pronoun"
    if share_of_group(span, head_index):
        return "anonymous"
    if len(span) == 1 and lone_quantifier(span, 0) and lower(head) not in DISTRIBUTIVE_QUANTIFIERS:
        return "anonymous"  # "Many say …", "another says …": some of a group, unnamed
    if head_index > 0 and head.xpos in {"NNS", "NNPS"} and lower(span[0]) in lexicons.quantity_nouns() \
            and lower(span[0]) not in DISTRIBUTIVE_QUANTIFIERS:
        return "anonymous"  # "Many Latinos have said …", "Some economists argue …": unnamed members of a group
    if head_lemma in lexicons.organization_nouns() and head.text[:1].isupper():
        return "organization"  # "The Interior Ministry", "the World Health Organization"
    names = [w for i, w in enumerate(span[:head_index + 1]) if w.upos == "PROPN"
             and (not is_title_word(w) or surname_after_address(span, i)) and lower(w) not in lexicons.demonyms()]
    # (a plural of a title word: "MPs"; not a surname after a given name: "Michelle Fields")
    plural_title = lower(head)[:-1] in lexicons.title_words() \
        and not (head.upos == "PROPN" and head_index > 0 and span[head_index - 1] in names
                 and ner_type(span[head_index - 1]) in NER_PERSON)
    if (is_title_word(head) and not _modifier_in_name(span, head_index) and not surname_after_address(span, head_index)
            or plural_title) \
            and head_lemma not in lexicons.anonymous_nouns() | lexicons.organization_nouns() | lexicons.media_nouns():
        # "the defense minister", "One MP", "Labour MPs": a role without a name
        plural = lower(head).endswith("s") and (head.xpos in {"NNS", "NNPS"} or plural_title)
        if plural or (not names and (lower(span[0]) in INDEFINITE or anonymity)):
            return "anonymous"
        if not names:
            return "description"
    if head_lemma in lexicons.finding_nouns() and head.upos == "NOUN":
        # "A new NBC News-Marist poll found that …": the pollster named before the noun issues
        # it; "federal data show", "the poll" name none. A finding is never a person.
        return "organization" if issuer_words(span, head_index) else "anonymous"
    if lower(head) in lexicons.news_agencies() and head.text[:1].isupper():
        return "organization"  # "Reuters said", even with the name tagged a plural noun
    if (head.upos == "PROPN" or head.upos == "NOUN" and head.text[:1].isupper()) and _plural_group(span, head_index):
        # "Republicans said", "Catholics say": an unnamed group, no person (also as the kit's
        # common noun: "led Republicans/NNS to say …")
        return "anonymous"
    if head.upos == "PROPN" and names:
        if _looks_like_organization(span, head_index):
            return "organization"
        return "name"
    if head_lemma in lexicons.document_nouns():
        # "the report" / "the statement" stands for whoever issued it; "unconfirmed reports" are anonymous.
        definite = lower(span[0]) in {"the", "that", "this", "its"} and lower(head) == head_lemma
        return "organization" if definite else "anonymous"
    if head_lemma in lexicons.organization_nouns() and head.xpos == "NNS" and lower(head) != head_lemma \
            and not any(w.upos == "PROPN" and w is not span[0] for w in span):
        return "anonymous"  # "Rights groups say", "aid agencies said": unnamed organizations
    if head_lemma in lexicons.organization_nouns() or head_lemma in lexicons.media_nouns():
        return "organization"
    if head_lemma in lexicons.anonymous_nouns() or (anonymity and head.upos != "PROPN"):
        return "anonymous"
    if head.upos == "NOUN" and _lemma(head) in lexicons.anonymous_nouns() | lexicons.person_nouns() and (
            head.xpos == "NNS" or any(w.text in POSSESSIVE for w in span[:head_index])):
        # "Aides to Senator John Smith", "Supporters of Bernie Sanders" (the kit keeps the plural
        # of a capitalised noun as its lemma), "Gary Johnson's doctor": unnamed people, not the
        # person they work for or are close to ("the woman" alone may still be someone named before)
        return "anonymous"
    if head.upos == "PROPN" or (head.text[:1].isupper() and any(w.upos == "PROPN" for w in span)):
        return "organization"  # a country, place or institution speaking: "Pakistan said"
    if lower(span[0]) in INDEFINITE and _someone_unnamed(span, head_index):
        # "A woman who attended the rally said", "One man told reporters", "a wide array of
        # economists": someone unnamed, never the person in focus
        return "anonymous"
    return "description"  # "a damning reaction from U.S. President Barack Obama": he reacted


def _someone_unnamed(span, head_index: int) -> bool:
    """Does an indefinite description name no one: its head is a person ("a young woman", "An
    NBC reporter", "a Trump supporter"), or no single person follows it ("a count by The
    Associated Press", "a wide array of economists"); not "a lecture from the Mexican
    president", "a clip of Gov. Maggie Hassan" nor "a damning reaction from U.S. President
    Barack Obama" (the one who lectured, spoke or reacted)?"""
    if refers_to_person([span[head_index]]):
        return True
    # a person closing a phrase after the head, or a title before a name ("U.S. President Barack
    # Obama", the name tagged a place): not "press" of "The Associated Press", nor "Clinton" of
    # "a narrator in the Clinton ad"
    after = span[head_index + 1:]

    def person_there(k: int) -> bool:
        word, following = after[k], (after[k + 1].upos if k + 1 < len(after) else None)
        title = word.xpos not in {"NNS", "NNPS"} and lower(word).rstrip(".") in lexicons.title_heads()
        person = ner_type(word) in NER_PERSON or title or (
            word.xpos not in {"NNS", "NNPS"} and (word.lemma or "").lower() in lexicons.person_nouns())
        return person and (following not in {"NOUN", "PROPN"} or following == "PROPN" and title)

    return not any(person_there(k) for k in range(len(after)))


def share_of_group(span, head_index: int) -> bool:
    """"52 percent of registered voters", "Nearly eight of 10 voters", "Half of the respondents",
    "one in five Americans", "63 percent": a share or count of a group (a numeral or a word of
    ``quantity_nouns.txt`` before "of"/"in" and a plural noun, or a percentage alone) names no
    one; not "one of Smith's sons" (a possessed person noun names a person), nor a numeral in a
    name ("the G7")."""
    head = span[head_index]
    lemma = (head.lemma or head.text).lower()
    if lemma not in lexicons.quantity_nouns() and head.upos != "NUM":
        return False
    if head_index + 1 < len(span) and lower(span[head_index + 1]) in {"of", "in"}:
        # the group is the noun phrase after "of", whatever follows it: "40 percent of Clinton
        # voters", "78 percent of voters in a recent CBS News poll", "half of voters in each state"
        rest = span[head_index + 2:]
        if len(rest) == 1 and lower(rest[0]) == "whom":
            return True  # "…, many of whom say …": a share of the people named before
        end = next((k for k, w in enumerate(rest) if w.upos in {"ADP", "PUNCT", "SCONJ", "VERB"}
                    and w.text not in POSSESSIVE and k > 0), len(rest))
        nouns = [w for w in rest[:end] if w.upos in {"NOUN", "PROPN", "PRON"}]
        return any(w.xpos in {"NNS", "NNPS"} for w in nouns) \
            and not any(w.text in POSSESSIVE for w in rest[:end])
    return head_index == len(span) - 1 and lemma in {"percent", "percentage", "%"}


def issuer_words(span, head_index: int) -> list:
    """The proper name of a finding's issuer: before the noun ("NBC News-Marist" in "a new
    NBC News-Marist poll"; "Gallup" in "Gallup's survey") or after "from"/"by" ("New research
    from the University of Texas"): its words from the first to the last proper noun, or []
    when no proper noun other than a country or demonym names one."""
    names = [i for i in range(head_index) if span[i].upos == "PROPN" and lower(span[i]) not in lexicons.demonyms()]
    if not names and head_index + 2 < len(span) and lower(span[head_index + 1]) in {"from", "by"}:
        after = range(head_index + 2, len(span))
        names = [i for i in after if span[i].upos == "PROPN" and lower(span[i]) not in lexicons.demonyms()]
        if names and any(span[i].upos not in {"DET", "PROPN", "ADP", "PUNCT"} for i in range(head_index + 2, names[0])):
            names = []  # "a study by 40 economists at Harvard": the economists, not Harvard
    if not names:
        return []
    return list(span[names[0]:names[-1] + 1])


def surname_after_address(words, i: int) -> bool:
    """A capitalised title word right after "Mr"/"Ms" is a surname ("Mr. King", "Ms Bishop")."""
    return i > 0 and words[i].text[:1].isupper() and lower(words[i - 1]).rstrip(".") in ADDRESS_FORMS


def _modifier_in_name(span, head_index: int) -> bool:
    """Is the head a title's modifier closing a proper name ("Lulz Security", "Homeland
    Security"), no role by itself as in "the security chief"?"""
    head = span[head_index]
    return head.upos == "PROPN" and head_index > 0 and span[head_index - 1].upos == "PROPN" \
        and lower(head).rstrip(".") not in lexicons.title_heads()


def refers_to_person(span) -> bool:
    """A description of one person: a title ("the defense minister"), an age ("the
    40-year-old") or a person noun ("the trader")."""
    text = " ".join(lower(w) for w in span)
    return any(is_title_word(w) or (w.lemma or "").lower() in lexicons.person_nouns() for w in span) \
        or "year - old" in text or "year-old" in text


def is_title_word(word) -> bool:
    """A word of a title ("minister", "Dr."), also hyphenated ("co-chairwoman", "ex-minister")."""
    text = lower(word).rstrip(".")
    return text in lexicons.title_words() or ("-" in text and text.rsplit("-", 1)[1] in lexicons.title_heads())


def personal_name_after_possessor(span, head_index: int) -> bool:
    """"Fox's Chris Wallace", "The Washington Post's Robert Costa": two or three capitalised
    proper nouns after a possessor, none an institution's, title's or media word, name a
    person of that outlet or country (the kit often tags the whole run ORG)."""
    marks = [i for i in range(head_index) if span[i].text in {"'s", "’s"}]
    if not marks:
        return False
    words = [w for k, w in enumerate(span[marks[-1] + 1:head_index + 1], marks[-1] + 1)
             if not (w.text in {"-", "‑"} and attached(span, k))]
    institutional = lexicons.organization_nouns() | lexicons.media_nouns() | set(lexicons.news_agencies())
    return 2 <= len(words) <= 3 and all(
        w.upos == "PROPN" and w.text[:1].isupper() and not (w.text.isupper() and len(w.text) > 1)
        and not is_title_word(w) and lower(w) not in institutional and lower(w) not in lexicons.demonyms()
        for w in words)


def _plural_group(span, head_index: int) -> bool:
    """A lone capitalised plural ("Republicans", "Democrats", "Catholics", sentence-initial
    "Mourners"): its lemma is the word without the plural "s" (not "Reuters")."""
    words = [w for w in span if w.upos not in {"DET", "PUNCT"}]
    head = span[head_index]
    lemma = (head.lemma or "").lower()
    return len(words) == 1 and lemma != lower(head) and lower(head) in {lemma + "s", lemma + "es"} \
        and lower(head) not in lexicons.news_agencies() and lemma not in lexicons.organization_nouns()


def _proper_count(words) -> int:
    """Proper nouns, a hyphenated one counted once ("Douglas Holtz-Eakin": two)."""
    return sum(1 for k, w in enumerate(words) if w.upos == "PROPN"
               and not (k > 1 and words[k - 1].text in {"-", "‑"} and attached(words, k - 1)))


def _looks_like_organization(span, head_index: int) -> bool:
    head = span[head_index]
    if personal_name_after_possessor(span, head_index):
        return False
    if tuple(lower(w) for w in span if w.upos == "PROPN") in lexicons.channels().get("platform", {}):
        return True  # "Twitter said": the platform, no person
    if any(w.text == "(" and party_label_end(span, k) is None for k, w in enumerate(span)):
        return True  # an expansion with its acronym: "the Inter-Services Public Relations (ISPR)"
    if lower(span[0]) == "the" and not any(is_title_word(w) for w in span) and ner_type(head) not in NER_PERSON:
        return True  # people's names take no article: "the Treasury", "the Kremlin"
    name_start = head_index
    while name_start > 0 and span[name_start - 1].upos == "PROPN" and not is_title_word(span[name_start - 1]) \
            and lower(span[name_start - 1]) not in lexicons.organization_nouns() | lexicons.media_nouns():
        name_start -= 1
    before = lower(span[name_start - 1]) if name_start > 0 else ""
    if before in lexicons.organization_nouns() or before in lexicons.media_nouns():
        return True  # "state broadcaster RTA"
    if lower(span[0]) == "the" and not any(is_title_word(w) for w in span):
        return True  # people's names take no article: "the Treasury", "the Kremlin"
    if is_title_word(span[name_start - 1]) if name_start > 0 else False:
        return False  # "Defense Minister Khawaja Asif"
    institutional = lexicons.organization_nouns() | lexicons.media_nouns()
    if any(lower(w) in institutional for w in span[name_start:head_index + 1]):
        return True  # "ARY News", "Foreign Office"
    if lower(head) in lexicons.news_agencies() or lower(head) in lexicons.demonyms():
        return True
    if lower(head) in lexicons.title_words() - lexicons.title_heads() and ner_type(head) not in NER_PERSON:
        return True  # "Lulz Security", "Homeland Security": a name ending in a title's modifier is an institution's
    if head.text.isupper() and len(head.text) > 1:
        return True  # an acronym: RTA, UNAMA
    tags = {ner_type(w) for w in span if w.upos == "PROPN"}
    has_title = any(is_title_word(w) for w in span)
    if tags & NER_PERSON or has_title:
        return False
    if tags & (NER_ORG | NER_PLACE):
        # A one-word place name is a country or city speaking; several words without a
        # person tag are an institution. Two capitalised words may still be a person
        # (the kit tags some people ORG), so they stay names, and so does a longer name that opens
        # with a given name of a known gender ("Donna Sampson Rawlings, 59, of Ashton").
        from .names import given_name_gender  # (names reads this module's helpers)

        if given_name_gender(tuple(w.text for w in span[name_start:head_index + 1])) is not None:
            return False
        return _proper_count(span[:head_index + 1]) != 2
    return False
