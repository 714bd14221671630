"""Noun-phrase contents: a speech act whose object is what was said.

"The ministry denied the allegations", "She announced a nationwide shutdown", "He called for the
release of the hostages", "The president defended the tax": the verb names a speech act and its
object names the content (a statement, a demand, a plan), not a person. These frames are tried
after every clause frame of ``cues`` failed at a word, and only for the verbs of
``content_object_verbs.txt``.

The content's head noun is the verb's ``obj`` by the parse (or the ``obl`` noun after the particle
of "call for" / "refer to"), and where the parse has no such arc, the last noun of the noun phrase
after the verb by its POS tags. The content runs from the object's first word to the end of what
follows the noun in its clause ("plans to launch a nationwide protest", "any possibility of
declaring …"), without a channel ("in a statement") or a final time ("on Tuesday"). It is never a pronoun ("denied it"), a name or a person ("criticized Clinton",
"attacked the president"), an organization ("praised the police"), nor a time ("announced on
Tuesday"); mental states and perception verbs are not in the lexicon ("he believes", "she saw the
building"). The quote is ``indirect`` and, as a noun phrase says less than a clause about what
was said, its confidence is lower (``attribute.NOUN_PHRASE_FACTOR``).

Verbs of public stance (``stance_object_verbs.tsv``) take a person too: "The union endorsed the
governor" (``any``), and with what the person is criticized or praised for, "The senator criticized
the mayor for the delays", "The coach thanked them for their patience" (``complement``); not with a
relative subject ("a donor who backed the senator") nor a particle ("backed up the report").

Findings (``finding_object_verbs.txt``) report their object with its predicate when a poll, study,
record, document or organization is the subject: "The poll shows the governor up by ten points",
"Public records show no gifts since 2008" (``finding_frame``); a person's finding is an opinion
or an experience ("I find his message chilling"). Refusals to speak (``refusal_verbs.tsv``) report
the infinitive phrase: "A spokeswoman declined to comment on the inquiry" (``refusal_frame``).
"""
from __future__ import annotations

from .. import lexicons
from .cues import (ADVERBIAL_OPENERS, DASHES, Frame, _content_after_from, _main_clause_after, attitude_at, speaking_noun, _gerund_at, passive, passive_object_frame, _finite_position, chain_anchor, _progressive, _subject_left, _subordinate_report, _temporal_before,
                   _with_phrase_speaker, clause_start, with_phrase_opener,
                   has_clause_verb, SUBJECT_PRONOUNS)
from .deptree import subtree
from .words import (CLAUSE_END, POSSESSIVE_DETERMINERS, attached, finding_word, is_comma, is_finite_verb, is_quote_mark, is_temporal, lower,
                    possessor, scan_np_left, scan_np_right)

# Words that open a clause saying when or why, not what ("denied the claims as he left").
SUBORDINATORS = frozenset({"as", "when", "after", "before", "because", "while", "since", "until", "although",
                           "though", "if", "unless", "whereas", "amid", "despite"})
CHANNEL_PREPOSITIONS = frozenset({"in", "on", "during", "at", "via", "through", "to"})
# Verbs whose object is an event a date may belong to ("announced a nationwide strike on Tuesday in
# protest", "called for a vote on Friday"): the object's content keeps its dates.
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "propose", "call", "plan", "schedule"})
NON_CONTENT_HEADS = frozenset({"time", "way", "day", "week", "month", "year", "night", "morning", "evening",
                               "afternoon", "people", "one", "lot", "thing", "hour", "minute", "decade", "while"})


def object_frame(s: int, words, v: int) -> Frame | None:
    """A frame whose content is the noun-phrase object of the speech-act verb at ``v``, or None."""
    word = words[v]
    if word.upos != "VERB" and not (word.xpos or "").startswith("VB"):
        return None
    stance = lexicons.stance_object_verbs()
    verbs = lexicons.object_verbs()
    # the kit's lemma slips: "touted" -> "toute", "railed against" -> "raile against"
    lemma = lexicons.verb_base(word.lemma, word.text, lexicons.object_verb_heads())
    last = v
    entry = lemma
    phrasal = next((n for n in (2, 1) if v + n < len(words)
                    and " ".join([lemma] + [lower(w) for w in words[v + 1:v + n + 1]]) in verbs), None)
    gap = _gapped_particle(words, v, lemma, verbs) if phrasal is None else None
    attitude = _attitude_topic(words, v) if phrasal is None and gap is None else None
    if attitude is not None:
        # "expressed concern about the cost", "voiced support for Trump": the attitude's topic
        lemma, last, entry = attitude
    elif phrasal is not None:
        # "called for the release of …", "referred to the need …", "lashed out at the ruling"
        last, entry = v + phrasal, " ".join([lemma] + [lower(w) for w in words[v + 1:v + phrasal + 1]])
    elif gap is not None:  # "talked openly on social media about …": the verb and its particle
        last, entry = v + gap, f"{lemma} {lower(words[v + gap])}"
    elif lemma not in verbs:
        return None
    if passive(words, v):
        # "the claims were denied": a passive names no speaker in the subject, but its agent
        # speaks ("The move was hotly criticized by left-leaning economists")
        return passive_object_frame(Frame(s, v, last, lemma, "object", "post"), words) if last == v else None
    anchor = chain_anchor(words, v)  # "used his speech to denounce the plan"
    position = "pre"
    if word.xpos == "VBG" and anchor is None and not _progressive(words, v):
        # "…, denying the allegations": a participle after the main clause
        if v == 0 or not (is_comma(words[v - 1]) or lower(words[v - 1]) in {"and", "while"}
                          or lower(words[v - 1]) in GERUND_PREPOSITIONS and words[v - 1].upos in {"ADP", "SCONJ"}
                          or (with_phrase_opener(words, v) is not None and entry not in stance)):
            return None  # (not "with 78 percent of voters backing her": a poll's figure, no stance taken)
        if entry == "refer to":
            return None  # '“…,” he said, referring to the situation in the north': a gloss on the quote
        position = "participle"
    elif word.xpos in {"VBN", "VB"} and anchor is None and not _finite_position(words, v):
        return None  # "the announced plan", "to deny the charges" (an intention, not a statement)
    elif word.xpos == "VB" and anchor is None and v > 0 and lower(words[v - 1]) == "to":
        return None
    if last == v and v + 1 < len(words) and (words[v + 1].xpos == "RP" or lower(words[v + 1]) in PARTICLES):
        return None  # "evidence that would back up his statements", "backed away from the plan": another verb
    kind = "any" if attitude is not None else stance.get(entry)  # "any" | "complement" | None
    if kind is not None and attitude is None and _relative_subject(words, v if anchor is None else anchor):
        return None  # "a union that has endorsed the senator": who the subject is, not what it said
    if kind is not None and _unrealised(words, v if anchor is None else anchor):
        return None  # "The senator will endorse the governor": no endorsement was made yet
    content = _object_content(words, v, last, kind)
    if content is None:
        return None
    if attitude is not None and lower(words[content[0]]) not in WH_OPENERS and not _gerund_at(words, content[0]):
        # "reporters who raise questions about his statements are racists": a noun phrase's topic
        # ends before the clause's verb (not "questions about whether the mayor had lied")
        verb = next((j for j in range(content[0] + 1, content[1] + 1) if is_finite_verb(words[j])), None)
        if verb is not None:
            content = (content[0], verb - 1)
    frame = Frame(s, v, last, lemma, "object", position, content=[content])  # the verb's lemma, as for "point out"
    if position == "participle":
        if with_phrase_opener(words, v) is not None:
            _with_phrase_speaker(words, frame)  # "…, with the senator calling for a ban": the senator speaks
        elif v - 1 == clause_start(words) and lower(words[v - 1]) in GERUND_PREPOSITIONS:
            found = _main_clause_after(words, content[0] + 1)  # "After criticizing the ruling, the governor left"
            if found is not None and found[0] > content[1]:
                frame.subject = (found[0] + 1, found[1])
        return frame  # else the main clause's subject speaks (cues._share_subjects)
    if _subject_left(words, frame, v if anchor is None else anchor) is not None:
        if frame.relative:
            return None  # "the party, which denied the claims, …": kept out (boundary unclear)
        if attitude is not None and lemma == "raise" and not _can_speak(words, frame.subject):
            return None  # "Carson's struggles in debates have raised questions about his readiness": a cause
        return frame
    before = v - 1
    while before >= 0 and words[before].upos in {"ADV", "AUX"}:
        before -= 1
    if before >= 0 and words[before].upos == "CCONJ":
        frame.subject = None
        return frame  # "… and denied the allegations": the subject is shared
    return None


def _can_speak(words, subject: tuple[int, int]) -> bool:
    """Can the subject's head speak: a name, a personal pronoun, or a noun for a person, a group
    or an organization ("the senator", "the union", "critics"), not a thing or an event ("the
    interview", "his struggles", "it")?"""
    head = next((j for j in range(subject[1], subject[0] - 1, -1) if words[j].upos in {"NOUN", "PROPN", "PRON"}), None)
    if head is None:
        return False
    w = words[head]
    if w.upos == "PRON":
        return lower(w) not in {"it", "this", "that", "which", "what"}
    if w.upos == "PROPN":
        return True
    return speaking_noun((w.lemma or lower(w)).lower())


def _attitude_topic(words, v: int) -> tuple[str, int, str] | None:
    """The verb of expressing at ``v`` with an attitude noun and the preposition of its topic
    (``attitude_expressions.tsv``): "expressed concern about", "voiced strong support for",
    "raised new questions about"; as (lemma, index of the preposition, entry), or None. A
    channel or an occasion after "in"/"at" is no topic ("expressed concern in a statement",
    "voiced support at a rally")."""
    table = lexicons.attitude_expressions()
    found = attitude_at(words, v, table["noun"] | table["topic"])
    if found is None:
        return None
    lemma, n = found
    prep = words[n + 1]
    if lower(prep) not in table["preposition"] or prep.upos not in {"ADP", "SCONJ"}:
        return None
    end = scan_np_right(words, n + 2, limit=4) if n + 2 < len(words) else None
    if lower(prep) in {"in", "at"} and end is not None and any(
            _spoken_occasion(w) or is_temporal(w) for w in words[n + 2:end + 1]):
        return None
    return lemma, n + 1, f"{lemma} {(words[n].lemma or lower(words[n])).lower()} {lower(prep)}"


# Prepositions whose gerund the clause's subject does: "launched his campaign by talking about
# Mexican rapists and the wall", "After criticizing the ruling, the governor left" (not "for",
# "of", "about": "criticized him for praising the plan", "talked about endorsing him"; nor
# "before"/"since", a time: "before announcing her decision", "since announcing her bid").
GERUND_PREPOSITIONS = frozenset({"by", "after"})


# What may stand between a verb and its particle: "talked more about policy", "talked glowingly
# about his character", "don't talk much about his tenure", "talked openly on social media about
# her views", "spoke at length about the war", "has talked to McConnell about the court".
GAP_WORDS = frozenset({"more", "much", "less", "little", "again", "repeatedly", "often", "openly", "publicly",
                       "privately", "frequently"})
GAP_PREPOSITIONS = frozenset({"on", "to", "with", "at", "in", "during"})
# (only particles no channel or addressee opens: "spoke with her on the podcast" is a channel)
GAPPED_PARTICLES = frozenset({"about", "of", "against"})
# after a time or an adverb only: "Trump called Wednesday for …", "pushed hard for …"
TIME_GAPPED_PARTICLES = frozenset({"for", "on"})


def _gapped_particle(words, v: int, lemma: str, verbs) -> int | None:
    """Offset from ``v`` of the particle of a phrasal entry ("talk about") separated from its
    verb by adverbs or a short prepositional phrase (``GAP_WORDS``, ``GAP_PREPOSITIONS``), or
    None. No comma, verb or quotation may stand between them."""
    j, limit = v + 1, min(len(words), v + 8)
    while j < limit:
        word = words[j]
        if j > v + 1 and f"{lemma} {lower(word)}" in verbs and (lower(word) in GAPPED_PARTICLES or (
                lower(word) in TIME_GAPPED_PARTICLES and all(w.upos == "ADV" or is_temporal(w) for w in words[v + 1:j]))):
            # "of" after a noun is the noun's ("spoke with her on the episode of/case its
            # podcast/nmod"): only with its noun on the verb by the parse; "about" and "against"
            # go with the verb whatever the kit attaches them to ("talked openly on the radio
            # about his plans", plans/nmod of radio)
            noun = word.head - 1 if word.head else None
            if lower(word) == "of" and (noun is None or words[noun].head != v + 1):
                return None
            return j - v
        if word.upos == "ADV" or lower(word) in GAP_WORDS or (is_temporal(word) and word.upos != "NUM"):
            j += 1
            continue
        if word.upos == "ADP" and lower(word) in GAP_PREPOSITIONS:
            np_end = scan_np_right(words, j + 1, limit=4)
            if np_end is None or any(is_quote_mark(w) or is_comma(w) for w in words[j + 1:np_end + 1]):
                return None
            j = np_end + 1
            continue
        return None
    return None


# Prepositional entries whose object may be an embedded question: "talked about how her
# experiences have shaped her life", "spoke about why they had come" (the question's openers are
# WH_OPENERS, below).
WH_PARTICLES = frozenset({"about", "of"})


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# What a person object is blamed or praised for: "criticized the mayor for the delays", "blasted
# the senator as a coward", "slammed the governor over the tax", "criticized her on two fronts".
COMPLEMENT_WORDS = frozenset({"for", "as", "over", "on", "about"})
# Particles that make another verb of a stance verb ("back up", "back away", "hit out").
PARTICLES = frozenset({"up", "down", "away", "off", "out"})
RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})


def _unrealised(words, v: int) -> bool:
    """Does a modal stand before the verb at ``v`` ("will endorse", "may well back", "would never
    criticize", "cannot defend")? A stance verb then names no act of taking a stand. (A negation
    alone does: "The group does not endorse candidates" states its policy.)"""
    j = v - 1
    while j >= 0 and (words[j].upos in {"ADV", "AUX", "PART"} or words[j].xpos == "MD"):
        if words[j].xpos == "MD":
            return True
        j -= 1
    return False


def _relative_subject(words, v: int) -> bool:
    """Is the subject of the verb at ``v`` a relative pronoun ("a donor who backed the senator")?"""
    j = v - 1
    while j >= 0 and (words[j].upos in {"ADV", "AUX", "PART"} or words[j].xpos == "MD"):
        j -= 1
    if j > 0 and words[j].upos == "CCONJ":
        # "a union that has broken away from other labor groups and endorsed Sanders": the first
        # conjunct's subject is the second's (not across a comma: "Weber, who advises Kasich, is no
        # fan of Trump but lauded his choice")
        first = next((k for k in range(j - 1, -1, -1) if words[k].upos == "VERB" or words[k].text in CLAUSE_END or is_comma(words[k])), None)
        return first is not None and words[first].upos == "VERB" and _relative_subject(words, first)
    return j >= 0 and lower(words[j]) in RELATIVE_WORDS and words[j].upos in {"PRON", "DET", "SCONJ"}


def _object_content(words, v: int, last: int, kind: str | None = None) -> tuple[int, int] | None:
    """The object noun phrase after the cue (word indices, inclusive), or None. With a stance verb
    (``kind``, from ``stance_object_verbs.tsv``) the object may be a person: "endorsed the
    governor" (``any``), "criticized the mayor for the delays" (``complement``: only with what
    the person is criticized for)."""
    k = last + 1
    while k < len(words) and (is_temporal(words[k]) and words[k].upos != "NUM"):
        k += 1  # "announced Tuesday a plan to …"
    if k >= len(words) or is_quote_mark(words[k]) or is_comma(words[k]) or words[k].text in CLAUSE_END:
        return None
    if last > v and lower(words[last]) in WH_PARTICLES and lower(words[k]) in WH_OPENERS:
        content = _content_after_from(words, k)  # "talked about how she pushed Mr. Obama to arm …"
        return content if content is not None and has_clause_verb(words, k, content[1]) else None
    if last > v and _gerund_at(words, k):
        # "Rubio has talked about embedding troops with Iraqi soldiers", "called for ending the
        # embargo", "warned against rushing the vote": the gerund's clause is the object
        end = _content_end(words, k)
        return (k, end) if end is not None else None
    if (lower(words[k]) in OBJECT_PRONOUNS | {"it"} and words[k].xpos != "PRP$") and (
            _quoted_as(words, k + 1) or k + 1 < len(words) and lower(words[k + 1]) == "as" and _predicative_as(words, k + 1)):
        # 'She referred to him as “the most beautiful soul I’ve ever met”': what he was called;
        # "Clinton cited it as an example of his disrespect toward women": what it was cited as
        end = _content_end(words, k)
        return (k, end) if end is not None else None
    if kind is not None and lower(words[k]) in OBJECT_PRONOUNS and words[k].xpos != "PRP$":
        # "thanked them for their work", "blasted him as a coward" (but "endorsed him" alone says little)
        if k + 1 < len(words) and lower(words[k + 1]) in COMPLEMENT_WORDS:
            end = _content_end(words, k)
            return (k, end) if end is not None else None
        return None
    head = _object_head(words, v, last)
    if head is not None and head < k:
        return None
    if head is not None and words[head].upos not in {"NOUN", "PROPN"}:
        # 'talked up her “50/obj-state strategy,”': the number opens the noun phrase; its noun heads it
        np_end = scan_np_right(words, head)
        head = next((j for j in range(np_end, head, -1) if words[j].upos in {"NOUN", "PROPN"}), head) \
            if np_end is not None else head
    if head is None:
        end = scan_np_right(words, k)
        if end is None:
            return None
        head = next((j for j in range(end, k - 1, -1) if words[j].upos in {"NOUN", "PROPN"}), None)
        if head is None:
            return None
    if not _content_noun(words, head, k):
        if _demand_on_person(words, v, last, head, k):
            end = _content_end(words, head)  # "Trump called for Justice Ginsburg to resign": the demand
            return (k, end) if end is not None and end > head else None
        np_end = scan_np_right(words, head) if words[head].upos in {"NOUN", "PROPN"} else None
        if np_end is not None and _quoted_as(words, np_end + 1) and _person_object(words, head, k):
            # 'Trump referred to Rubio as “a bright, charismatic leader”': the quoted name is said
            end = _content_end(words, head)
            return (k, end) if end is not None else None
        if kind is None or not _person_object(words, head, k):
            return None  # "criticized Clinton", "praised the police": no content (no stance verb)
        if kind == "complement" and not (head + 1 < len(words) and lower(words[head + 1]) in COMPLEMENT_WORDS):
            return None  # "She criticized the mayor." says whom, not what
    end = _content_end(words, head, occasions=(words[v].lemma or lower(words[v])).lower() not in ANNOUNCING_VERBS)
    if end is None or end < head:
        return None
    if any(is_finite_verb(w) for w in words[k:head]):
        return None
    return (k, end)


def _quoted_as(words, i: int) -> bool:
    """Does "as" at words[i] open quoted words ('as “Chris.”', 'as a “nice guy”')?"""
    if i >= len(words) or lower(words[i]) != "as":
        return False
    j = i + 1
    while j < len(words) and lower(words[j]) in {"a", "an", "the"}:
        j += 1
    return j < len(words) and is_quote_mark(words[j])


def _demand_on_person(words, v: int, last: int, head: int, k: int) -> bool:
    """Is the object of "call for" / "push for" a person with the infinitive demanded of them:
    "called Wednesday for Justice Ginsburg to resign", "calling for him to drop out"? Not "pushed
    for Smith" (whom, not what)."""
    if last == v or lower(words[last]) != "for" or not _person_object(words, head, k):
        return False
    np_end = scan_np_right(words, head) if words[head].upos != "PRON" else head
    after = (np_end if np_end is not None else head) + 1
    return after + 1 < len(words) and lower(words[after]) == "to" and words[after + 1].xpos == "VB"


def _object_head(words, v: int, last: int) -> int | None:
    """The object's head by the parse: the ``obj`` of the verb, or for a verb with a particle
    ("call for", "refer to") the ``obl`` noun whose case word is the particle, or the ``obj``
    after an adverb particle ("talked up her plan"). Of two objects of the verb a noun comes
    first: 'talked up her “50-state/obj strategy/obj”' (the quotation mark cut the compound)."""
    found = []
    particle = last > v and (words[last].deprel or "") == "compound:prt"  # "talked up her plan"
    for j in range(last + 1, len(words)):
        w = words[j]
        if w.head != v + 1:
            continue
        rel = (w.deprel or "").split(":")[0]
        if (last == v or particle) and rel == "obj" or \
                last > v and rel in {"obl", "obj"} and words[last].head == j + 1 and words[last].deprel == "case":
            found.append(j)
    return next((j for j in found if words[j].upos in {"NOUN", "PROPN"}), found[0] if found else None)


def _channel_after(words, k: int) -> bool:
    """Does a channel's noun phrase start at words[k] ("a statement", "an interview with CNN",
    "Twitter", "a news conference", "reporters")?"""
    end = scan_np_right(words, k, limit=6)
    if end is None:
        return False
    found = [lower(w) for w in words[k:end + 1]]
    for kind in ("statement", "interview", "press_conference", "social_media", "broadcast", "platform", "audience"):
        for phrase in lexicons.channels().get(kind, {}):
            n = len(phrase)
            if any(tuple(found[i:i + n]) == phrase for i in range(len(found) - n + 1)):
                return True
    return False


def _person_object(words, head: int, start: int) -> bool:
    """Is words[head] a noun or name that a stance verb's object may be ("the governor", "Jane
    Roe", "the union", "fellow Democrats"), not a time or a pronoun?"""
    w = words[head]
    lemma = (w.lemma or lower(w)).lower()
    if w.upos not in {"NOUN", "PROPN"} or is_temporal(w) or lemma in NON_CONTENT_HEADS - {"people"}:
        return False
    return not _pronoun_before(words, start, head)



def _pronoun_before(words, start: int, head: int) -> bool:
    """A pronoun other than a possessive between the object's start and its head ("them all")."""
    return any(words[j].upos == "PRON" and lower(words[j]) not in POSSESSIVE_DETERMINERS for j in range(start, head))


def _content_noun(words, head: int, start: int) -> bool:
    """Is words[head] a noun that can name what was said (not a person, an organization, a
    pronoun or a time)?"""
    w = words[head]
    lemma = (w.lemma or lower(w)).lower()
    if w.upos != "NOUN" or is_temporal(w) or lemma in NON_CONTENT_HEADS:
        return False
    if speaking_noun(lemma):
        return False  # "criticized the president", "praised the police", "attacked officials"
    if _pronoun_before(words, start, head):
        return False
    ner = getattr(w, "parent", None)
    if ner is not None and (getattr(ner, "ner", "") or "O")[2:] in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    return True


def _content_end(words, head: int, occasions: bool = False) -> int | None:
    """The last word of the content whose head noun is words[head]: what follows the noun up to
    the clause's end belongs to it ("plans to launch a nationwide protest", "any possibility of
    declaring …", "the release of the hostages on Tuesday"), up to a comma, a semicolon or colon,
    a conjunction that opens a new verb ("… and said"), or a subordinator that says when or why
    ("denied the claims as he left"). ``occasions``: also up to when or on what terms it was said
    (:func:`_occasion_at`)."""
    end = head
    j = head + 1
    while j < len(words):
        w = words[j]
        if is_comma(w) and j + 2 < len(words) and lower(words[j + 1]) == "including" and j > head:
            end = j  # "cited several factors, including the weather": the examples belong to it
            j += 1
            continue
        if is_comma(w) and j > head:
            listed = _noun_list_end(words, j)
            if listed is not None:
                end = listed  # "questioned Mr. Trump's tactics, his qualifications, his judgment and …"
                break
        if w.text in CLAUSE_END or w.text in {";", ":"} or is_comma(w) or (w.text in {"—", "–", "-", "--"} and not attached(words, j)):
            break
        if lower(w) == "as" and _predicative_as(words, j):
            end = j  # "defended the remarks as fair comment": what he called them is said too
            j += 1
            continue
        if w.upos == "CCONJ" and j + 1 < len(words) and (is_finite_verb(words[j + 1]) or words[j + 1].xpos == "VBG"
                                                          or words[j + 1].upos in {"PRON", "ADV", "AUX"}):
            break
        if w.upos == "CCONJ" and j + 2 < len(words) and words[j + 1].xpos == "VBN" and words[j + 2].upos not in {"NOUN", "ADJ", "NUM"} \
                and _finite_position(words, j + 1):
            # "has sharply criticized the new bus routes and called/VBN for steep fines": a second
            # verb of the speaker's (not "announced new rules and revised/VBN guidelines")
            break
        if _subordinate_report(words, j):
            break  # "defended the tax by claiming that …": the participle is a cue of its own
        if lower(w) in SUBORDINATORS and w.upos in {"SCONJ", "ADP", "ADV"}:
            break
        if w.upos == "ADP" and lower(w) in CHANNEL_PREPOSITIONS and _channel_after(words, j + 1):
            break  # "denied the allegations in a statement": the channel, not the content
        if occasions and j > head and _occasion_at(words, j) and not any(x.upos in {"VERB", "AUX"} for x in words[head + 1:j]):
            break  # "defended his endorsement this week on his radio show": when, not what
        end = j
        j += 1
    while end > head and (is_comma(words[end]) or words[end].text in {".", "(", "-"}):
        end -= 1
    # "criticised the proposal on Tuesday": a time at the end dates the statement, it is not said
    j = end
    while j > head and (is_temporal(words[j]) or (words[j].lemma or "").lower() in lexicons.time_words()
                        or words[j].upos in {"DET", "ADJ", "NUM"} and j < end):
        j -= 1
    if j < end and lower(words[j + 1]) in {"last", "this", "next", "earlier", "yesterday", "today", "tonight"}:
        end = j  # "announced his candidacy last year"
    elif j < end and j > head and words[j].upos == "ADP" and lower(words[j]) in {"on", "in", "during"}:
        end = j - 1  # "criticised the proposal on Tuesday"
    return end


def _occasion_at(words, j: int) -> bool:
    """Does a phrase saying when or on what terms the statement was made start at words[j], inside
    an object's content: a date ("this week", "on Sunday at a forum"), "during …", or the terms of
    anonymity ("confirmed the meeting on the condition of anonymity because …")?"""
    w = words[j]
    if attached(words, j) or j + 1 < len(words) and attached(words, j + 1):
        return False  # "a 25-year-old court file"
    if is_temporal(w) and w.upos != "NUM" and (_temporal_before(words, j) or lower(w) in {"this", "last", "next"}):
        return True
    if lower(w) == "during" and w.upos == "ADP":
        return True
    if lower(w) != "on":
        return False
    if j + 1 < len(words) and is_temporal(words[j + 1]) and words[j + 1].upos != "NUM":
        return True
    rest = " ".join(lower(x) for x in words[j:j + 6])  # (the terms of anonymity open with "on")
    return any(rest.startswith(p) for p in lexicons.anonymity_phrases() if p.startswith("on "))


def _noun_list_end(words, comma: int) -> int | None:
    """The end of a list of noun phrases after the object's comma that runs to the clause's end
    (", his qualifications, his judgment, his worldview and his very decency."), or None."""
    j, joined = comma, False
    while j < len(words) and (is_comma(words[j]) or lower(words[j]) in {"and", "or"}):
        k = j + 1
        if k < len(words) and lower(words[k]) in {"and", "or"}:
            joined, k = True, k + 1
        elif lower(words[j]) in {"and", "or"}:
            joined = True
        end = scan_np_right(words, k)
        if end is None or words[k].upos in {"PRON"} and lower(words[k]) not in POSSESSIVE_DETERMINERS:
            return None
        while end + 2 < len(words) and lower(words[end + 1]) in {"of", "on", "to", "for", "with", "as"}:
            tail = scan_np_right(words, end + 2)  # "his knowledge of foreign policy"
            if tail is None:
                break
            end = tail
        j = end + 1
        if j >= len(words) or words[j].text in CLAUSE_END:
            return end if joined else None
    return None


def _predicative_as(words, j: int) -> bool:
    """Does "as" at words[j] open what the object is called ("as a betrayal", "as within the
    rules", "as unfair", "as being too cozy with lobbyists") rather than a clause saying when or
    why ("as he left", "as the talks stalled")?"""
    if j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    if is_quote_mark(nxt) and j + 2 < len(words) and (words[j + 2].upos in {"PROPN", "NOUN", "ADJ", "DET", "NUM"}
                                                       or words[j + 2].xpos == "PRP$"):
        # "cited Trump’s past references to Machado as “Miss Piggy” and …": the name she was given;
        # "referred to demonstrators as ''my friends''"
        return True
    if nxt.xpos == "VBG" and _no_finite_verb_before_comma(words, j + 1):
        return True  # "blasted the senator as being too cozy with lobbyists"
    if lower(words[j - 1]) in {"even", "just", "such", "so"}:
        return False  # "… even as officials railed against it"
    if nxt.upos not in {"DET", "ADJ", "NOUN", "ADP", "ADV", "NUM"} or lower(nxt) in SUBORDINATORS:
        return False
    end = scan_np_right(words, j + 1) if nxt.upos in {"DET", "ADJ", "NOUN", "NUM"} else None
    if end is not None and end + 1 < len(words) and words[end].upos == "NOUN" \
            and lower(words[end + 1]) in SUBJECT_PRONOUNS | {"that", "which", "who"}:
        return True  # "cited the audit as the reason he's not releasing his returns": the noun's relative clause
    stop = next((k for k in range(j + 1, len(words)) if is_comma(words[k]) or words[k].text in CLAUSE_END), len(words))
    return stop > j + 1 and not has_clause_verb(words, j + 1, stop - 1)


def _no_finite_verb_before_comma(words, start: int) -> bool:
    """No finite verb from words[start] to the next comma, colon, semicolon or clause end."""
    for w in words[start:]:
        if is_comma(w) or w.text in CLAUSE_END or w.text in {";", ":"}:
            return True
        if is_finite_verb(w):
            return False
    return True


# --- purpose infinitives: "used the speech to call for …" --------------------------------

def occasion_anchor(words, v: int) -> int | None:
    """Index of the finite verb of an occasion ("used the comments to urge …", "held a news
    conference to announce …", "issued a statement to deny …": ``occasion_verbs.txt``) whose
    purpose infinitive is the reporting verb at ``v``; its subject speaks. None otherwise."""
    if v < 3 or words[v].xpos != "VB" or lower(words[v - 1]) != "to":
        return None
    start = scan_np_left(words, v - 2)
    if start is None or words[v - 2].upos not in {"NOUN", "PROPN"}:
        return None
    m = start - 1
    while m >= 0 and words[m].upos == "ADV":
        m -= 1
    if m < 0 or words[m].upos != "VERB" or (words[m].lemma or "").lower() not in lexicons.occasion_verbs():
        return None
    if (words[m].lemma or "").lower() == "give" and not _spoken_occasion(words[v - 2]):
        # "gave a speech to announce …"; not "party procedures give the chair authority to call a
        # meeting", "gave him time to explain": who acts is the one given the time or the power
        return None
    if not (is_finite_verb(words[m]) or _finite_position(words, m)):
        return None  # "to use the speech to …": an intention
    return m


def _spoken_occasion(word) -> bool:
    """Is ``word`` a statement, a document or a channel's noun ("speech", "statement", "interview",
    "remarks"), the thing given when a speaker "gives a speech to …"?"""
    forms = {lower(word), (word.lemma or "").lower()}
    return bool(forms & (lexicons.channel_heads() | lexicons.reporting_nouns() | lexicons.document_nouns()))


# --- non-finite contents: where "urged Y to …" ends ----------------------------------------

# Relations of the cue's own dependents that are not part of its non-finite content: a second
# verb ("urging voters to see the big picture and promising to manage …"), an adverbial clause
# ("… to stop booking paid appearances seven months before he announced") or an apposition
# ("accused the committee of sabotaging the campaign, a reference to leaked emails").
CUE_SIDE_RELATIONS = frozenset({"conj", "advcl", "parataxis", "appos"})


def nonfinite_end(words, cue: int, content: tuple[int, int]) -> tuple[int, int]:
    """Cut a non-finite content ("Y to …", "Y of …ing", "to …") before the cue's other
    dependents set off by a comma (``CUE_SIDE_RELATIONS``), before "and" + a reporting participle,
    an apposition ("…, a reference to …") and a time before "before/after" ("seven months before
    he announced"), keeping at least its first verb."""
    first, last = content
    verb = next((j for j in range(first, last + 1) if words[j].upos == "VERB" or (words[j].xpos or "") == "VBG"), None)
    if verb is None:
        return content
    cut = last + 1
    for j in range(verb + 1, last + 1):
        w = words[j]
        if w.head == cue + 1 and (w.deprel or "").split(":")[0] in CUE_SIDE_RELATIONS:
            begin = min(subtree(words, j))
            if begin > first and (is_comma(words[begin]) or is_comma(words[begin - 1])):
                cut = min(cut, begin)  # only where a comma sets it off (the kit's arcs often stray)
        if w.upos == "CCONJ" and j + 1 <= last:
            k = j + 1
            while k < last and words[k].upos == "ADV":
                k += 1
            # "urging voters to … and promising to …", "urges her husband to come out of the car
            # and repeatedly says, “…”": a new cue
            if (words[k].xpos == "VBG" or is_finite_verb(words[k]) and (k == j + 1 or words[k].upos == "VERB")) \
                    and lexicons.verb_class(words[k].lemma, words[k].text):
                cut = min(cut, j)
        if is_comma(w) and j + 2 <= last and words[j + 1].upos == "DET" and lower(words[j + 1]) in {"a", "an"}:
            end_np = scan_np_right(words, j + 1)
            if end_np is not None and words[end_np].upos == "NOUN" and (
                    not any(is_finite_verb(x) for x in words[j + 1:last + 1])
                    or (end_np < last and words[end_np + 1].upos == "ADP")):  # "a reference to emails leaked …"
                cut = min(cut, j)  # "…, a reference to leaked emails": the journalist's apposition
        if lower(w) in {"before", "after"} and j >= 2 and (is_temporal(words[j - 1])
                                                          or (words[j - 1].lemma or "").lower() in lexicons.time_words()) \
                and words[j - 2].upos in {"NUM", "ADJ", "DET"}:
            cut = min(cut, j - 2)  # "… seven months before he announced": when the cue was, not the content
        if w.text in DASHES and not attached(words, j) and _adverbial_after(words, j + 1):
            cut = min(cut, j)  # "pledged to rebuild the bridge -- even as critics doubted it": the journalist's
    cut = max(cut, verb + 1)
    end = cut - 1
    while end > verb and (is_comma(words[end]) or words[end].upos == "CCONJ" or words[end].text in {"-", "—", "–"}):
        end -= 1
    return (first, end)


def _adverbial_after(words, k: int) -> bool:
    """Does an adverbial clause open at ``k`` ("even as critics doubted it", "as the vote neared")?"""
    if k < len(words) and lower(words[k]) in {"even", "just"}:
        k += 1
    return k < len(words) and lower(words[k]) in ADVERBIAL_OPENERS and words[k].upos in {"SCONJ", "ADP", "ADV"}


# --- noun cues with a prepositional content: "his calls for …", "their criticism of …" ------

def noun_object_frame(s: int, words, n: int) -> Frame | None:
    """A frame whose cue is the speech-act noun at ``n`` with the preposition after it
    (``content_nouns.txt``: "calls for", "attacks on", "criticism of") and whose content is
    the noun phrase after the preposition, spoken by the noun's possessor:
    "Mr. Obama's calls for tighter gun control", "his attacks on billionaire financiers",
    "Sessions' endorsement of Trump", or by the subject of the light verb that makes it
    (``light_verbs.tsv``: "Cruz made an unprompted call for an end to sugar subsidies", "Trump
    made no mention of Jeb Bush"). Without either there is no speaker ("amid calls for his
    resignation", "the calls for reform grew") and no frame."""
    word = words[n]
    if word.upos != "NOUN" or n + 2 >= len(words):
        return None
    entry = f"{(word.lemma or lower(word)).lower()} {lower(words[n + 1])}"
    light_only = entry in lexicons.light_verbs()["noun"]
    if entry not in lexicons.content_nouns() and not light_only or words[n + 1].upos != "ADP":
        return None
    # the possessor, before adjectives ("their vocal criticism of", "his repeated attacks on")
    left = n - 1
    while left >= 0 and words[left].upos in {"ADJ", "ADV"}:
        left -= 1
    subject = None if light_only else possessor(words, left)
    light = None if subject is not None else _light_verb_before(words, left)
    if subject is None and light is None:
        return None
    k = n + 2
    if is_quote_mark(words[k]) or is_comma(words[k]) or words[k].text in CLAUSE_END or words[k].upos in {"PRON", "VERB", "AUX"}:
        return None
    end = scan_np_right(words, k)
    if end is None:
        return None
    head = next((j for j in range(end, k - 1, -1) if words[j].upos in {"NOUN", "PROPN"}), None)
    if head is None or is_temporal(words[head]):
        return None
    last = _content_end(words, head)
    if last is None or last < head:
        return None
    # The noun phrase is often the subject of its own clause, whose verb is not said:
    # "Trump's attacks on Curiel stand out for their personal nature".
    # A word before a particle is a verb whatever its tag ("… Curiel stand/NN out for …"), and a
    # time after "in"/"at" dates the statement ("Her attack on Sanders in last Sunday's debate").
    verb = next((j for j in range(k + 1, last + 1) if is_finite_verb(words[j]) or words[j].upos == "AUX"
                 or (j + 1 < len(words) and words[j + 1].xpos == "RP")
                 or (lower(words[j]) in {"in", "at", "during"} and any(is_temporal(w) or (w.lemma or "").lower()
                     in lexicons.time_words() for w in words[j + 1:min(j + 4, last + 1)]))), None)
    if verb is not None:
        last = verb - 1
    if light is None:
        frame = Frame(s, n, n + 1, (word.lemma or lower(word)).lower(), "object", "noun", content=[(k, last)])
        frame.subject = subject
        return frame
    return _light_verb_frame(s, words, light, n, (k, last))


def _light_verb_before(words, left: int) -> int | None:
    """The verb of ``light_verbs.tsv`` whose object the speech-act noun is ("Cruz made an
    unprompted call for an end to sugar subsidies", "Trump made a plea for the GOP to unite",
    "made no mention of …"): its index, left of the noun's article and adjectives, else None."""
    while left >= 0 and (words[left].upos in {"DET", "ADJ", "ADV", "NUM"} or words[left].text in {"-", "–"}
                         or words[left].xpos == "PRP$"
                         or words[left].xpos in {"VBN", "VBG"} and left > 0 and words[left - 1].upos in {"DET", "ADJ", "ADV"}):
        left -= 1  # ("an unprompted/VBN call for": an adjective)
    if left < 0 or words[left].upos != "VERB":
        return None
    verbs = lexicons.light_verbs()["verb"]
    return left if lexicons.verb_base(words[left].lemma, words[left].text, verbs) in verbs else None


def _light_verb_frame(s: int, words, m: int, n: int, content: tuple[int, int]) -> Frame | None:
    """The frame of a speech-act noun that is the object of the light verb at ``m``: its subject
    speaks, as a reporting verb's would ("Cruz made an unprompted call for …"; "…, making a call
    for …" shares the main clause's; "a senator who made a plea for …" says who the senator is,
    and "will make an appeal for …" is not made yet). The verb's position is checked as
    ``object_frame`` checks a speech-act verb's, without its "after"/"by" gerunds and "with" phrases."""
    verb = words[m]
    frame = Frame(s, m, n + 1, (words[n].lemma or lower(words[n])).lower(), "object", "noun", content=[content])
    anchor = chain_anchor(words, m)
    if passive(words, m) or _relative_subject(words, m if anchor is None else anchor) \
            or _unrealised(words, m if anchor is None else anchor):
        return None
    if verb.xpos == "VBG" and anchor is None and not _progressive(words, m):
        if m == 0 or not (is_comma(words[m - 1]) or lower(words[m - 1]) in {"and", "while"}):
            return None
        frame.position = "participle"  # the main clause's subject speaks (cues._share_subjects)
        return frame
    if verb.xpos in {"VBN", "VB"} and anchor is None and not _finite_position(words, m):
        return None
    if _subject_left(words, frame, m if anchor is None else anchor) is not None:
        return None if frame.relative else frame
    return None


# --- findings with a noun-phrase or small-clause content: "The poll shows the governor ahead" ---

def finding_frame(s: int, words, v: int) -> Frame | None:
    """A finding verb (``finding_object_verbs.txt``: show, find) whose content is its
    object with what is said of it, not a that-clause, when a document or finding speaks:
    "The poll shows the governor up by ten points", "Public records show no gifts from the
    company since 2008", "The study found no evidence of fraud", "Polls show rural voters could
    decide the race" (the kit's tags keep the clause frame from it). A poll, study, record or
    document states what it shows; a person who finds something has an opinion or an experience
    ("he found the area welcoming", "I find his message chilling"), and "a web search shows"
    is the journalist's own look: the subject's head must be a finding, a document or an
    organization, by ``finding_nouns.txt``, ``document_nouns.txt`` and ``organization_nouns.txt``."""
    word = words[v]
    lemma = (word.lemma or lower(word)).lower()
    verbs = lexicons.finding_object_verbs()
    if word.upos != "VERB" or lemma not in verbs:
        # "A new survey/JJ shows/NNS Smith with a lead": the kit's slip on a present tense after
        # the finding noun (as in cues._mistagged_present, which takes only a clause)
        # or after the organization that made it ("Gallup finds/NNS states shifting …")
        present = lexicons.present_tense_lemma(word.text) if word.upos in {"NOUN", "PROPN"} else None
        if present not in verbs or not word.text[:1].islower() or v == 0 \
                or not (finding_word(words[v - 1]) or _organization_name(words[v - 1])
                        and _opens_sentence_at(words, v - 1) or _after_finding_apposition(words, v - 1)):
            return None  # (not "on the MSNBC show/NN ''Morning Joe''")
        lemma = present
    if v + 1 < len(words) and (words[v + 1].xpos == "RP" or words[v + 1].upos in {"ADP", "PART", "AUX"}):
        return None  # "find out", "showed up", "found in the files", "shows to be"
    if word.upos == "VERB" and word.xpos == "VBG" and v > 0 and words[v - 1].upos == "NOUN" and finding_word(words[v - 1]):
        return _finding_participle(s, words, v, lemma)
    if word.upos == "VERB" and (word.xpos == "VBG" or word.xpos in {"VB", "VBN"} and not _finite_position(words, v)) \
            or (v > 0 and (words[v - 1].lemma or "").lower() == "be"):
        return None  # "showing", "to show", "was found" (but "polls … respectively show/VB a lead")
    if v + 1 < len(words) and words[v + 1].text in CLAUSE_END:
        return _finding_after(s, words, v, lemma)  # "…, campaign filings show."
    modal = v - 1
    while modal >= 0 and (words[modal].upos == "ADV" or lower(words[modal]) in {"not", "n't"}):
        modal -= 1
    if modal >= 0 and (words[modal].lemma or lower(words[modal])).lower() in {"can", "could"}:
        return None  # "the league could not find a new sponsor": a search, no finding
    k = v + 1
    while k < len(words) and words[k].upos == "ADV" and lower(words[k]) != "no":
        k += 1  # "shows clearly …" (but "no" opens the object: "found no evidence")
    if k >= len(words) or not _opens_object(words, k):
        return None
    content = _finding_content(words, k)
    if content is None:
        return None
    frame = Frame(s, v, v, lemma, "object", "pre", content=[content])
    if _subject_left(words, frame, v) is None:
        frame.subject = _dated_finding(words, v)
        if frame.subject is None:
            return None
    if frame.relative or not _finding_source(words, frame.subject, v):
        return None
    # "The polls that show Smith at 10 percent have the governor's lead growing": a relative clause
    # ends before the verb of the clause its antecedent opens (by the parse)
    if (word.deprel or "").startswith("acl") and word.head and word.head - 1 < v:
        main = words[word.head - 1].head - 1
        first, last = frame.content[0]
        if first < main <= last and words[main].upos in {"VERB", "AUX"} and (words[main].deprel or "") == "root":
            end = main - 1
            while end > first and (is_comma(words[end]) or words[end].upos in {"ADV", "AUX"}):
                end -= 1
            frame.content = [(first, end)]
    return frame


def _finding_participle(s: int, words, v: int, lemma: str) -> Frame | None:
    """A finding's participle right after it: "with recent polls showing a tightening of the
    race", "Despite polls showing her well behind, Clinton campaigned …", "handwritten ledgers
    showing he was designated to receive …". The poll or record speaks; what it shows runs to
    the comma before a clause of its own."""
    k = v + 1
    if k < len(words) and lower(words[k]) == "that":
        k += 1
    elif k >= len(words) or not _opens_object(words, k):
        return None
    # ("Priebus, in the wake of a new poll showing Trump’s standing down to 14 percent, told Fox
    # News …": the participle's phrase ends at the comma before the main clause's verb)
    close = next((j for j in range(k + 1, len(words) - 1) if is_comma(words[j]) and (
        _subject_after(words, j + 1) or lower(words[j + 1]) in RELATIVE_WORDS or is_finite_verb(words[j + 1]))), None)
    content = _finding_content(words[:close] if close is not None else words, k)
    start = scan_np_left(words, v - 1)
    if content is None or start is None:
        return None
    # ("in the wake of a new poll showing …": the poll shows, not the wake)
    start = next((j + 1 for j in range(v - 2, start - 1, -1) if words[j].upos == "ADP"), start)
    return Frame(s, v, v, lemma, "object", "participle", subject=(start, v - 1), content=[content])


def _subject_after(words, i: int) -> bool:
    """Do a noun phrase and its finite verb start at words[i] (", Clinton campaigned …")?"""
    end = scan_np_right(words, i)
    return end is not None and end + 1 < len(words) and (is_finite_verb(words[end + 1])
                                                         or words[end + 1].upos in {"VERB", "AUX"})


def _after_finding_apposition(words, i: int) -> bool:
    """Is words[i] the comma that closes an apposition on a finding ("The survey, conducted by the
    institute, finds/NNS …")?"""
    if not is_comma(words[i]):
        return False
    opening = next((j for j in range(i - 1, max(0, i - 25), -1) if is_comma(words[j]) or words[j].text in CLAUSE_END), None)
    return opening is not None and opening > 0 and is_comma(words[opening]) and finding_word(words[opening - 1])


def _dated_finding(words, v: int) -> tuple[int, int] | None:
    """The subject of a finding dated between it and its verb: "A state poll out this week shows
    …", "a Tribune article published Friday found …" (published/VBD: the kit's slip), "A survey
    by the group in March found …" (the finding noun the parse's subject), or None."""
    subjects = [j for j in range(v) if words[j].head == v + 1 and (words[j].deprel or "").startswith("nsubj")]
    if subjects and finding_word(words[subjects[-1]]) and words[subjects[-1]].upos == "NOUN" \
            and not any(is_finite_verb(w) or is_comma(w) for w in words[subjects[-1] + 1:v]):
        start = scan_np_left(words, subjects[-1])
        if start is not None:
            return (start, subjects[-1])
    j = v - 1
    while j >= 0 and _temporal_before(words, j):
        j -= 1
    if j == v - 1 or j < 1 or not (lower(words[j]) == "out" or words[j].upos == "VERB" and words[j].xpos in {"VBN", "VBD"}):
        return None
    if not finding_word(words[j - 1]) or words[j - 1].upos not in {"NOUN", "PROPN"}:
        return None
    start = scan_np_left(words, j - 1)
    return (start, j - 1) if start is not None else None


# Pronouns a finding's object may be ("the poll shows her with a lead"), not "it" or a reflexive
# ("found it hard", "found itself at the center of …").
FINDING_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us"})


def _opens_object(words, k: int) -> bool:
    """Does an object noun phrase (or a quotation) start at words[k]?"""
    w = words[k]
    if is_quote_mark(w):
        return True
    if w.upos == "PRON":
        return lower(w) in FINDING_OBJECT_PRONOUNS | POSSESSIVE_DETERMINERS
    if lower(w) == "that" or lower(w) in SUBORDINATORS:
        return False
    if lower(w) in {"both", "either", "neither"}:
        return True  # "shows both Smith and Jones beating …" (both/CC)
    return w.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or (w.xpos == "VBG" and k + 1 < len(words)
                                                                 and words[k + 1].text in {"-", "–"})


def _finding_content(words, k: int) -> tuple[int, int] | None:
    """The object and what follows it in its clause ("the governor up by ten points in the
    state"), up to a dash that sets off the journalist's own remark ("— but the margin …") or
    a comma before a clause of its own; never only a time or a way ("found its way into …")."""
    end = k
    while end < len(words):
        w = words[end]
        if w.text in CLAUSE_END or w.text == ";" or (w.text in {"—", "–", "--"} and not attached(words, end)):
            break
        if is_comma(w) and end + 1 < len(words) and (lower(words[end + 1]) in {"but", "while", "and", "which"}
                                                    or words[end + 1].xpos == "VBG"):
            break  # "…, but …", "…, saying …": the content ends at the comma
        end += 1
    end -= 1
    while end >= k and (is_comma(words[end]) or words[end].text in {":", "("}):
        end -= 1
    if end < k or sum(1 for w in words[k:end + 1] if any(ch.isalnum() for ch in w.text)) < 2:
        return None  # ("polls show Mrs." where the tokenizer ended the sentence)
    for j in range(k + 1, end):
        if is_comma(words[j]) and _report_follows(words, j + 1):
            return None  # "… both surveys showed him above 50 percent, the group said": the group's report
    np_end = scan_np_right(words, k)
    if np_end is not None:
        head = next((j for j in range(np_end, k - 1, -1) if words[j].upos in {"NOUN", "PROPN", "PRON", "NUM"}), None)
        if head is not None and (is_temporal(words[head]) and np_end == end
                                 or (words[head].lemma or "").lower() in NON_CONTENT_HEADS - {"people"}):
            return None  # "found its way", "showed Tuesday"
    return (k, end)


def _report_follows(words, i: int) -> bool:
    """Does a reporting clause close the sentence from words[i] (", the group said.", ", said
    Smith")?"""
    if i < len(words) and words[i].upos == "VERB" and lexicons.verb_class(words[i].lemma, words[i].text) == "speech":
        return True
    end = scan_np_right(words, i)
    if end is None and i < len(words) and words[i].upos == "PRON":
        end = i
    j = end + 1 if end is not None else len(words)
    while j < len(words) and words[j].upos in {"AUX", "ADV"}:
        j += 1
    return j < len(words) and words[j].upos == "VERB" and lexicons.verb_class(words[j].lemma, words[j].text) == "speech"


def _finding_source(words, subject: tuple[int, int], v: int) -> bool:
    """Is the subject a finding, a document or an organization (its head noun by the parse, or
    the last noun of the phrase)? Never a person, a pronoun or a number ("9 percent found it")."""
    first, last = subject
    # the verb's subject by the parse, wherever it is ("other countries that have received similar
    # letters … have found solutions": the countries), but not a time ("an article published
    # Friday/nsubj found …")
    heads = [j for j in range(v) if words[j].head == v + 1 and (words[j].deprel or "").startswith("nsubj")
             and not is_temporal(words[j]) and lower(words[j]) not in RELATIVE_WORDS]  # ("polls that show …": the polls)
    head = heads[-1] if heads else next((j for j in range(last, first - 1, -1) if words[j].upos in {"NOUN", "PROPN"}), None)
    if head is not None and not heads and (words[head].deprel or "").split(":")[0] in {"obj", "iobj"} \
            and words[head].head != v + 1:
        return False  # "countries that have received similar letters … have found": the letters are an object
    if any(first <= j <= last and finding_word(words[j]) and words[j].upos == "NOUN" for j in heads[:-1]):
        return True  # "A Marist College poll/nsubj for NBC News and The Wall Street Journal/nsubj actually showed …"
    if finding_word(words[last]) and (not heads or first <= heads[-1] <= last or words[last].head == heads[-1] + 1):
        # "A new survey/JJ shows/NNS …": the tagger's slip leaves no noun; "The latest
        # Reuters/NNS/nsubj Ipsos poll/conj showed …": the parse's subject is the finding's phrase
        return True
    if head is None:
        return False
    w = words[head]
    lemma = (w.lemma or lower(w)).lower()
    if w.upos in {"NOUN", "PROPN"} and finding_word(w):
        return True
    if lemma in lexicons.organization_nouns() and w.upos in {"NOUN", "PROPN"}:
        return True  # "The commission found no wrongdoing"
    return _organization_name(w)  # "Gallup finds …"


def _opens_sentence_at(words, i: int) -> bool:
    """Does the name ending at words[i] open its clause (after nothing, a conjunction or a comma)?"""
    j = i
    while j > 0 and words[j - 1].upos == "PROPN":
        j -= 1
    return j == clause_start(words) or words[j - 1].upos == "CCONJ" or is_comma(words[j - 1])


def _organization_name(word) -> bool:
    """Is ``word`` a proper noun the NER tags as an organization ("Gallup")?"""
    token = getattr(word, "parent", None)
    return word.upos == "PROPN" and token is not None and (getattr(token, "ner", "") or "O")[2:] == "ORG"


def _finding_after(s: int, words, v: int, lemma: str) -> Frame | None:
    """A finding verb after its content, closing the sentence: "Bush had to lend his campaign
    money last month, campaign filings show." The subject is the noun phrase between the comma
    and the verb (a gerund may modify it: "fundraising documents"), a finding or a document."""
    start = v - 1
    while start >= 0 and (words[start].upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or words[start].xpos == "VBG"):
        start -= 1
    if start < 1 or start == v - 1 or not is_comma(words[start]) or not finding_word(words[v - 1]):
        return None
    if words[start + 1].xpos == "VBG" and start + 2 == v:
        return None  # (", showing polls show" is no subject)
    end = start - 1
    while end >= 0 and is_quote_mark(words[end]):
        end -= 1
    first = clause_start(words)
    while first < end and (words[first].upos == "CCONJ" or words[first].text in {"-", "—", "–"}):
        first += 1
    if end - first < 2 or not has_clause_verb(words, first, end):
        return None  # ("…, the polls show." after a mere noun phrase)
    return Frame(s, v, v, lemma, "finding", "post", subject=(start + 1, v - 1), content=[(first, end)])


# --- refusals to speak: "A spokeswoman declined to comment" ------------------------------

def refusal_frame(s: int, words, v: int) -> Frame | None:
    """A refusal to speak (``refusal_verbs.tsv``): "A spokeswoman declined to comment", "He declined
    to comment on the investigation", "She refused to discuss the case", "He declined to identify
    the donors", "The campaign declined comment". The content is the infinitive phrase (or the
    noun): journalists record the non-answer against its source. The infinitive must be a
    speech verb (``reporting_verbs.tsv``'s speech verbs or a ``speech`` word of the refusal
    lexicon): "refused to fight in the war", "declined to proceed with the case", "refused
    requests to …" and "declined to be named" refuse no statement, and "if he refuses to
    divulge his plans" supposes a refusal."""
    word = words[v]
    if lower(word) in REFUSING_MODALS and word.xpos == "MD":
        return _would_not_say(s, words, v)
    if word.upos != "VERB" or lexicons.refusal_kind(word.lemma, word.text) != "refusal":
        return None
    lemma = lexicons.refusal_entry(word.lemma, word.text)
    position = "pre"
    if word.xpos == "VBG" and not _progressive(words, v):
        # "…, declining to comment": the main clause's subject refuses
        if v == 0 or not (is_comma(words[v - 1]) or lower(words[v - 1]) in {"and", "but"}):
            return None
        position = "participle"
    elif word.xpos in {"VBN", "VB"} and not _finite_position(words, v):
        return None  # "to decline to comment", "the refused offer"
    if v > 0 and (words[v - 1].lemma or "").lower() == "be" and word.xpos == "VBN":
        return None  # "he was refused entry"
    k = v + 1
    while k < len(words) and words[k].upos == "ADV" and lower(words[k]) not in {"not"}:
        k += 1  # "declined again to comment"
    if k >= len(words):
        return None
    if lower(words[k]) == "to" and words[k].upos == "PART":
        verb = k + 1
        while verb < len(words) and words[verb].upos == "ADV":
            verb += 1  # "refused to publicly discuss"
        if verb >= len(words) or words[verb].xpos != "VB" or not _speech_infinitive(words, verb):
            return None
        content = _refusal_content(words, k)
        if content is None:
            return None
        content = nonfinite_end(words, v, content)
    else:
        # "declined comment", "declined further comment beyond its filings"
        j = k
        while j < len(words) and words[j].upos == "ADJ":
            j += 1
        if j >= len(words) or words[j].upos != "NOUN" or lexicons.refusal_kind(words[j].lemma, words[j].text) != "both":
            return None
        content = _refusal_content(words, k)
        if content is None:
            return None
    frame = Frame(s, v, v, lemma, "object", position, content=[content])
    if position == "participle":
        return frame  # the main clause's subject (cues._share_subjects)
    if _subject_left(words, frame, v) is not None:
        if frame.subject[0] > 0 and lower(words[frame.subject[0] - 1]) in {"if", "unless", "whether"}:
            return None  # "… will be strongest if he refuses to divulge his plans": no refusal yet
        return frame  # ("Roe, who declined to comment, …": the antecedent refuses)
    before = v - 1
    while before >= 0 and words[before].upos in {"ADV", "AUX", "PART"}:
        before -= 1
    if before >= 0 and words[before].upos == "CCONJ":
        frame.subject = None
        return frame  # "… and declined to comment": the subject is shared
    return None


# Modals of a refusal in "would not say", "won't comment" (tokenized "wo" + "n't").
REFUSING_MODALS = frozenset({"would", "will", "wo"})


def _would_not_say(s: int, words, m: int) -> Frame | None:
    """A refusal said with a modal: "Cruz would not comment on the order", "The campaign would
    not say if he had been interviewed", "She wouldn't identify any single issue", "He won't
    reveal the terms": the cue runs from the modal to the speech verb (and "on"/"about" after
    "comment"), the content is what follows, the question or the thing withheld. Without one
    ("Patrick wouldn't comment.") nothing is reported; "did not say that …" is a denial, not a
    refusal, and "could not answer" an inability."""
    k = m + 1
    if k >= len(words) or lower(words[k]) not in {"not", "n't"}:
        return None
    verb = k + 1
    while verb < len(words) and words[verb].upos == "ADV":
        verb += 1  # "would not immediately say"
    if verb >= len(words) or words[verb].xpos != "VB" or not _speech_infinitive(words, verb):
        return None
    last = verb
    if verb + 1 < len(words) and f"{(words[verb].lemma or lower(words[verb])).lower()} {lower(words[verb + 1])}" \
            in lexicons.refusal_verbs():
        last += 1  # "would not rule out …"
    elif last + 1 < len(words) and lower(words[last + 1]) in {"on", "about"} \
            and lexicons.refusal_kind(words[verb].lemma, words[verb].text) == "both":
        last += 1  # "would not comment on …"
    k = last + 1
    while k < len(words) and _temporal_before(words, k):
        k += 1  # "wouldn't say Tuesday how …"
    if k >= len(words) or words[k].text in CLAUSE_END or is_comma(words[k]) or is_quote_mark(words[k]) \
            or lower(words[k]) in {"to", "that"}:
        return None  # ("wouldn't comment.", "wouldn't say that …": what he did not say is no report)
    content = _refusal_content(words, k)
    if content is None:
        return None
    frame = Frame(s, m, last, (words[verb].lemma or lower(words[verb])).lower(), "object", "pre", content=[content])
    if _subject_left(words, frame, m) is None:
        return None
    if frame.subject[0] > 0 and lower(words[frame.subject[0] - 1]) in {"if", "unless", "whether"}:
        return None
    return frame


def _speech_infinitive(words, verb: int) -> bool:
    """Is the verb of the infinitive after a refusal a verb of speech (``refusal_verbs.tsv``:
    "to comment", "to name", "to rule out")?"""
    w = words[verb]
    if verb + 1 < len(words) and f"{(w.lemma or lower(w)).lower()} {lower(words[verb + 1])}" in lexicons.refusal_verbs():
        return True
    return lexicons.refusal_kind(w.lemma, w.text) in {"speech", "both"}


def _refusal_content(words, k: int) -> tuple[int, int] | None:
    """From the infinitive's "to" (or the noun) to the clause's end or the first comma ("…, saying
    it would be inappropriate", "…, citing the inquiry", "Roe, who declined to comment, was …")."""
    end = k
    while end < len(words):
        w = words[end]
        if w.text in CLAUSE_END or w.text in {";", ":"} or (w.text in {"—", "–", "--", "-"} and not attached(words, end)):
            break  # ("refused to rule out a tax - only if …")
        if is_comma(w):
            break
        if w.upos == "CCONJ" and end > k and _clause_follows(words, end + 1) \
                and not (end + 1 < len(words) and lower(words[end + 1]) in WH_OPENERS | {"that"}):
            break  # "declined to comment and left", "… and aides said …", "nor did he report …"
        if lower(w) in SUBORDINATORS - {"if"} and w.upos in {"SCONJ"}:
            break  # "refused to speak to reporters as she left" (but "declined to say if …")
        end += 1
    end -= 1
    while end >= k and (is_comma(words[end]) or words[end].text in {"(", "-"}):
        end -= 1
    return (k, end) if end >= k else None


# Words that open an embedded question: "declined to elaborate on his message or whether he …".
WH_OPENERS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which"})


def _clause_follows(words, i: int) -> bool:
    """Does a verb of its own follow words[i - 1] before the next comma or the clause's end ("and
    left", "and aides later said …", "nor did he …"), not a second object ("and the donors")?
    (A second question or that-clause stays: "to admit that … and that …", "… or whether …".)"""
    for w in words[i:]:
        if is_comma(w) or w.text in CLAUSE_END or w.text in {";", ":"}:
            return False
        if is_finite_verb(w) or w.upos == "AUX":
            return True
    return False
