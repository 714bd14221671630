"""Word-level helpers over one Stanza sentence: classes of words and noun-phrase scanning.

The model kit's dependency parses are noisy on news text, so the rules in ``cues`` read a
sentence linearly with POS tags and lemmas, and use dependencies only as a second opinion.
"""
from __future__ import annotations

import re
import unicodedata

from .. import lexicons
from .marks import ALL_MARKS

QUOTE_MARKS = frozenset(ALL_MARKS) | {"`"}  # the scanner's marks, plus the backtick some scrapes use
CLAUSE_END = frozenset({".", "!", "?", ";"})
NP_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Possessive determiners that open a noun phrase ("her home state", "their criticism of …").
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NUMBERISH = re.compile(r"^\d[\d.,:]*$")
# Participles after the people a poll asked ("voters polled said", "those surveyed say").
POLLED = frozenset({"polled", "surveyed", "asked", "questioned", "interviewed", "sampled"})  # forms (the kit
# lemmatizes "polled" as "polle")


def strip_symbols(line: str) -> str:
    """``line`` without the symbols (emoji, their joiners and variation selectors) and spaces at
    its end: "… Khawaja Asif told reporters. 🕊" ends with its full stop."""
    return line[:_symbols_start(line, 0, len(line))]


def _symbols_start(text: str, start: int, end: int) -> int:
    """Where the run of symbols and spaces that ends ``text[start:end]`` begins."""
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] == "S"
                           or unicodedata.category(text[end - 1]) in {"Cf", "Mn", "Me"}):
        end -= 1
    return end


def line_tail(text: str, start: int, end: int, trailing: str) -> str:
    """The last character of ``strip_symbols(text[start:end]).strip().rstrip(trailing)`` ("" when
    that is empty), found backwards from ``end`` without copying the line: a long line holds many
    sentences and quotations, and copying it for each of them is quadratic."""
    j = _symbols_start(text, start, end)
    while j > start and text[j - 1] in trailing:
        j -= 1
    k = j  # (the .strip() before .rstrip: nothing is left if only white space is)
    while k > start and text[k - 1].isspace():
        k -= 1
    return text[j - 1] if k > start else ""


# Possessive apostrophes after an -s word ("Sanders’ campaign manager", "the neighbors' border"):
# the kit tags many of them as punctuation (PUNCT, xpos ","), which reads as a comma or a closing
# quotation mark inside a speaker's apposition.
POSSESSIVE_APOSTROPHES = frozenset(p for p in POSSESSIVE if len(p) == 1)  # the bare marks, not 's


def tag_possessive_apostrophes(sentences, closing_marks: set[int]) -> None:
    """Set the tag (xpos) of possessive apostrophes to POS, as the parser would have: an
    apostrophe attached to a word ending in s (no space between), before a word, that closes no
    quotation (``closing_marks``: the offsets of the quotations' closing marks: "called it
    'nuts' and left" keeps its mark)."""
    for sentence in sentences:
        words = sentence.words
        for i in range(1, len(words) - 1):
            w, before, after = words[i], words[i - 1], words[i + 1]
            if w.text in POSSESSIVE_APOSTROPHES and w.upos == "PUNCT" and before.end_char == w.start_char \
                    and before.text[-1:] in {"s", "S"} and w.start_char not in closing_marks \
                    and after.text[:1].isalpha():
                w.xpos = "POS"


def lower(word) -> str:
    return word.text.lower()


def is_quote_mark(word) -> bool:
    """A quotation mark, not a possessive apostrophe (xpos POS: ``tag_possessive_apostrophes``)."""
    return bool(word.text) and all(ch in QUOTE_MARKS for ch in word.text) and word.xpos != "POS"


def is_comma(word) -> bool:
    return word.text in {",", "—", "–"}


def is_temporal(word) -> bool:
    """Weekday, month, 'yesterday', a date number, or 'on' before one of those."""
    text = lower(word).rstrip(".")
    return text in lexicons.time_words() or bool(_NUMBERISH.match(text))


def is_finite_verb(word) -> bool:
    return (word.xpos or "") in FINITE_XPOS or (word.upos == "AUX")


def disagrees(words, start: int, end: int, verb: int) -> bool:
    """Can the noun phrase words[start..end], ending in a singular noun, not be the subject of the
    present-tense plural verb at ``verb`` ("to protest the new law/NN say/VBP they will …": "law"
    is an object; the sentence's subject is further left)? Not when the phrase holds a plural or
    a quantity ("66 percent of likely voters nationwide/NN have …", "the majority say",
    ``quantity_nouns.txt``): its verb agrees with what is counted."""
    if words[end].xpos not in {"NN", "NNP"} or words[verb].xpos != "VBP":
        return False
    return not any(w.xpos in {"NNS", "NNPS", "CD"} or lower(w) in lexicons.quantity_nouns() for w in words[start:end + 1])


def split_possessive(word) -> bool:
    """Is ``word`` half of a possessive "its" that the tokenizer expanded as "it 's" ("its energy
    minister said": it/PRON + s/AUX)?"""
    token = getattr(word, "parent", None)
    return token is not None and token.text.lower() == "its" and len(getattr(token, "words", ())) == 2


def np_word(word) -> bool:
    """Can this word be part of a noun phrase naming a speaker?"""
    if word.upos in NP_UPOS or split_possessive(word) or word.text == "%":
        return True  # ("42% say they are liberal": the kit tags "%" SYM)
    if word.upos == "PART" and word.text in POSSESSIVE:
        return True
    if word.upos == "PRON" and lower(word) in POSSESSIVE_DETERMINERS:
        return True
    return False


def possessive_mark(words, i: int) -> bool:
    """An apostrophe closing a plural possessive ("the rebels' chief"), whatever its tag."""
    return words[i].text in {"'", "’"} and i > 0 and words[i - 1].end_char == words[i].start_char \
        and lower(words[i - 1]).endswith("s") and i + 1 < len(words) and words[i + 1].start_char > words[i].end_char


def attached(words, i: int) -> bool:
    """Is words[i] written without spaces on both sides (a hyphen inside "40-year-old")?"""
    return 0 < i < len(words) - 1 and words[i - 1].end_char == words[i].start_char \
        and words[i].end_char == words[i + 1].start_char


def possessor(words, left: int) -> tuple[int, int] | None:
    """The possessor ending at ``left``, the word before a possessed noun (and its adjectives):
    a possessive determiner ("his warning that …", "their criticism of …") or a noun phrase with
    "'s" or a bare apostrophe ("Mr. Obama's calls for …", "the agency' vow that …"), from the
    possessor's own name on ("… with Mr. Obama's calls for": not "with"). None when there is none."""
    if left < 0:
        return None
    if words[left].upos == "PRON" and lower(words[left]) in POSSESSIVE_DETERMINERS - {"my", "your"}:
        return (left, left)
    end = left - 1 if words[left].text in POSSESSIVE else left
    if end == left and not (words[left].upos in {"PROPN", "NOUN"} and len(words[left].text) > 1
                            and words[left].text[-1] in "'’"):
        return None  # (the tokenizer may keep the apostrophe on its noun: "the unions' demand")
    if end < 0 or words[end].upos not in {"PROPN", "NOUN"}:
        return None
    start = scan_np_left(words, end)
    if start is None:
        return None
    start = max([start] + [j + 1 for j in range(start, end) if words[j].upos in {"ADP", "VERB", "AUX"}])
    return (start, end)


# Quantifiers that stand for a noun phrase of their own ("Others say", "Both said"), beside the
# quantity words of quantity_nouns.txt ("Some say", "Many believe").
PRONOMINAL_QUANTIFIERS = frozenset({"another", "others", "both", "each", "either", "neither"})
# Those that stand for people named before ("Both said", "each insisted"): no anonymous source.
DISTRIBUTIVE_QUANTIFIERS = frozenset({"both", "each", "either", "neither", "all"})


# Pronouns for someone unnamed ("someone familiar with the talks said").
INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})


def lone_quantifier(words, k: int) -> bool:
    """Is words[k] a quantifier standing alone as a subject ("Some say …", "another says …"),
    not the determiner of a noun ("some voters") nor after one ("the many")?"""
    word = words[k]
    form = lower(word)
    if form == "most" and word.upos == "ADV" and k + 1 < len(words) and words[k + 1].upos in {"VERB", "AUX"} \
            and (k == 0 or not np_word(words[k - 1])):
        return True  # "most/RBS said they were “very worried”": the kit's adverb for the pronoun
    if word.upos not in {"DET", "ADJ", "PRON", "NOUN"}:
        return False  # (a numeral, "One says …", is a noun phrase of its own already)
    if form not in PRONOMINAL_QUANTIFIERS and form not in lexicons.quantity_nouns():
        return False
    if k + 1 < len(words) and np_word(words[k + 1]) and words[k + 1].upos != "ADJ":
        return False
    return k == 0 or not np_word(words[k - 1])


# Adjectives whose phrase with "to" follows a source ("people close to Clinton", "a source close to
# him"), and those with "with" too ("someone familiar with it").
CLOSE_TO_WORDS = frozenset({"close", "closest", "near", "loyal"})
CLOSE_WORDS = CLOSE_TO_WORDS | {"familiar"}


def scan_np_left(words, end: int, limit: int = 12) -> int | None:
    """Start index of the noun phrase ending at ``end`` (inclusive), or None.

    Accepts prepositional tails between nouns ("officials in both nations") and descriptions
    joined by "named"/"called" ("a driver named Gul").
    """
    if end < 0:
        return None
    i = end
    if words[end].upos == "PRON" and lower(words[end]) not in POSSESSIVE_DETERMINERS \
            and not split_possessive(words[end]):
        if not (end >= 3 and lower(words[end - 1]) in {"to", "with"} and lower(words[end - 2]) in CLOSE_WORDS
                and words[end - 3].upos in {"NOUN", "PROPN", "PRON"}):
            return end
        i = end - 2  # "a source close to him said", "people familiar with it": the pronoun ends a longer phrase
    while i >= 0 and end - i < limit:
        word = words[i]
        if word.upos == "DET" and i < end and i > 0 and words[i - 1].upos in {"NOUN", "PROPN"} \
                and lower(word) in {"the", "a", "an"}:
            i -= 1  # "in its report the court could not resist …": the article opens the noun phrase
            break
        if np_word(word) or (word.text in {"-", "–"} and attached(words, i)) or possessive_mark(words, i):
            i -= 1
        elif word.xpos in {"VBN", "VBG"} and 0 < i < end and words[i - 1].text in {"-", "–"} and attached(words, i - 1):
            i -= 1  # "Iran’s state-run/VBN news agency reported", "the Saudi-led coalition"
        elif (word.xpos == "VBN" or word.xpos == "VBD" and i > 0 and words[i - 1].upos == "PUNCT") \
                and i < end and np_word(words[i + 1]) and words[i + 1].upos != "DET" \
                and (i == 0 or words[i - 1].upos in {"DET", "PUNCT", "CCONJ", "ADP"}) \
                and lexicons.verb_class(word.lemma, word.text) is None:
            # '“…,” retired/VBN Air Force general Lloyd Newton said' (also tagged VBD after the
            # quotation), "the embattled/VBN mayor": a participle opening the noun phrase describes
            # its noun (not a cue: "Stated Stone:")
            i -= 1
        elif word.upos == "ADP" and lower(word) in {"of", "in", "from", "at", "for", "with"} and i > 0 \
                and i < end and words[i - 1].upos in {"NOUN", "PROPN"}:
            i -= 1
        elif lower(word) == "in" and 0 < i < end and words[i - 1].upos == "NUM" and words[i + 1].upos == "NUM":
            i -= 1  # "One in four voters in a Times poll said …": a share
        elif lower(word) == "to" and 0 < i < end and (words[i - 1].upos == "NOUN" and words[i - 1].xpos != "VBG"
                                                        or lower(words[i - 1]) in CLOSE_TO_WORDS
                                                        or words[i - 1].upos == "PROPN"
                                                        and lower(words[i - 1]) in lexicons.title_heads()) \
                and np_word(words[i + 1]):
            # "aides to the senator", "an adviser to the president", "people close to Clinton",
            # "Chad’s Ambassador/NNP to France" (a capitalised title)
            i -= 1
        elif lower(word) in {"close", "closest"} and 0 < i < end and lower(words[i + 1]) == "to" \
                and words[i - 1].upos in {"NOUN", "PRON"}:
            i -= 1  # "Sources close/VBP to the talks": the kit's tag for "close"
        elif lower(word) == "on" and 0 < i < end and words[i - 1].upos in {"NOUN", "PROPN"} \
                and not any(is_temporal(w) for w in words[i + 1:end + 2]):
            i -= 1  # "nervous Democrats on Capitol Hill, who …", "the Council on American-Islamic Relations" (not "on Friday")
        elif lower(word) in {"named", "called", "including"} and i > 0 and i < end and words[i - 1].upos in {"NOUN", "PROPN"}:
            i -= 1  # ("companies including Coca-Cola are taking pains to say …")
        elif lower(word) == "and" and 0 < i < end and words[i - 1].upos == "PROPN" and words[i + 1].upos == "PROPN":
            i -= 1  # "Pakistan and Afghanistan said in a joint statement"
        elif word.text in {"(", ")"} and i < end:
            i -= 1
        elif (word.xpos == "VBN" or word.xpos == "VBD" and lower(word) in POLLED) and i == end and i > 0 and (
                lower(words[i - 1]) == "those" or (lower(word) in POLLED and words[i - 1].upos in {"NOUN", "PROPN"})):
            # "those surveyed say …", "voters polled said …" (also with the participle tagged a
            # past: "those surveyed/VBD said Trump was best able …")
            i -= 2 if lower(words[i - 1]) == "those" else 1
        else:
            break
    if i >= 0 and lower(words[i]) in INDEFINITE_PRONOUNS and i < end and words[i + 1].upos in {"ADJ", "NOUN"}:
        i -= 1  # "Someone familiar with the talks said": the pronoun heads the phrase
    start = i + 1
    while start <= end and (words[start].text in {"(", ")", "-", "–"} or words[start].upos == "ADP"):
        start += 1
    if start > end or not any(w.upos in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"} for w in words[start:end + 1]):
        return None
    return start


def scan_np_right(words, start: int, limit: int = 12) -> int | None:
    """End index (inclusive) of the noun phrase starting at ``start``, or None."""
    if start >= len(words):
        return None
    if words[start].upos == "PRON" and lower(words[start]) not in POSSESSIVE_DETERMINERS \
            and not split_possessive(words[start]):
        return start
    i = start
    while i < len(words) and i - start < limit:
        word = words[i]
        if word.upos == "DET" and i > start and words[i - 1].upos != "ADP":
            break  # a new noun phrase begins: "told AFP the closure was …"
        if (np_word(word) or (word.text in {"-", "–"} and attached(words, i))) and not is_quote_mark(word):
            i += 1
        elif word.upos == "ADP" and lower(word) in {"of", "in", "from", "for"} and i + 1 < len(words) \
                and words[i + 1].upos in NP_UPOS and i > start:
            i += 1
        elif word.text == "(" and i + 2 < len(words) and words[i + 2].text == ")":
            i += 3
        else:
            break
    end = i - 1
    if end < start or not any(w.upos in {"NOUN", "PROPN", "NUM"} for w in words[start:end + 1]):
        return None
    return end


# A party letter and state after a politician's name ("Rep. Gwen Moore (D-Wis.)", "(R-Ky.)",
# "(I-Vt.)") or a state alone ("Sen. Bernie Sanders (Vt.)"): a label, no name or acronym.
_PARTY = frozenset({"D", "R", "I"})
_STATE = re.compile(r"[A-Z][A-Za-z]{0,4}\.(?:[A-Z]\.)?|[A-Z]{2}")


def party_label_end(words, i: int) -> int | None:
    """Index of the ")" closing a party/state label opened by the "(" at ``i``, or None."""
    if i >= len(words) or words[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(len(words), i + 6)) if words[k].text == ")"), None)
    if close is None or close == i + 1:
        return None
    inside = [w.text for w in words[i + 1:close]]
    if inside[0] in _PARTY and (len(inside) == 1 or inside[1] in {"-", "–"} and len(inside) >= 3
                                and all(_STATE.fullmatch(t) or t == "." or t[:1].isupper() and t.isalpha()
                                        for t in inside[2:])):
        return close  # "(D-Wis.)", "(R-Texas)", "(D-New York)"
    if len(inside) == 1 and _STATE.fullmatch(inside[0]) and inside[0].endswith("."):
        return close
    # the tokenizer may keep "D-Wis." as one token
    if len(inside) == 1 and re.fullmatch(r"[DRI][-–][A-Z][A-Za-z.]{1,14}", inside[0]):
        return close
    return None


def finding_word(word) -> bool:
    """Is ``word`` a finding or a document noun ("poll", "surveys", "records", "filings"), by its
    lemma or its form, whatever its tag?"""
    nouns = lexicons.finding_nouns() | lexicons.document_nouns()
    form = lower(word)
    return (word.lemma or form).lower() in nouns or form in nouns or (form.endswith("s") and form[:-1] in nouns)
