"""Reporting cues in a sentence and the frame each one sets up: speaker slot and content slot.

A *frame* is what a cue says about its sentence: where the speaker's noun phrase is
(``subject``), where the reported content is (``content``), and how they are arranged:

* ``pre``     — Tarar said (that) CONTENT / X told AFP CONTENT / X urged Y to CONTENT
* ``post``    — CONTENT, the sources said / CONTENT, said the source
* ``paren``   — CONTENT-A, officials said, CONTENT-B / CONTENT-A, as described by X, CONTENT-B /
  …, as X put it, “CONTENT” / CONTENT-A, many argue, CONTENT-B (with "argue" tagged as a noun)
* ``participle`` — …, saying/warning/adding (that) CONTENT (speaker: the main clause's subject);
  also "Noting that CONTENT, X said …" and "… tweets saying that CONTENT" without a comma
* ``according`` — CONTENT, according to X / According to X, CONTENT
* ``noun``    — a warning/demand/claim that CONTENT

Each rule is a short function over the sentence's words (see ``tokens``), using the reviewed
lexicons of ``lexicon``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import lexicons
from ..nlp.annotator import MAX_LABEL_WORDS  # (the label the annotator repairs is the one read here)
from .deptree import subtree
from .intervals import SortedIntervals
from .mentions import NER_ORG, NER_PERSON, NER_PLACE, ner_type
from .words import (CLAUSE_END, FINITE_XPOS, NP_UPOS, POLLED, POSSESSIVE_DETERMINERS, attached, disagrees, finding_word, is_comma, is_finite_verb, is_quote_mark, is_temporal, lone_quantifier, lower,
                     line_tail, np_word, possessor, scan_np_left, scan_np_right, split_possessive, strip_symbols)

# Verbs whose first object is the addressee, not the content: "told AFP (that) …".
SKIPPABLE_BEFORE_VERB = frozenset({"AUX", "ADV", "PART"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose", "what"})
# Words that open an adverbial clause or phrase: what follows a cue with one of them describes
# when or why it was said, not what was said ("she said when she resigned", "said at the dinner").
ADVERBIAL_OPENERS = frozenset({"when", "as", "after", "before", "because", "though", "although", "while", "since",
                               "until", "once", "unless", "where", "at", "during", "whereas"})
# Prepositions of a time or place phrase between a subject and its verb ("who during an
# interview claimed", "who in 2010 said"): the phrase is never the subject.
ADJUNCT_PREPOSITIONS = frozenset({"during", "in", "at", "on", "throughout", "amid"})  # not "after": "years after X agreed"
# Prepositions of phrases that say where, when, to whom or about what something was said
# ("said on Saturday at a dinner in Washington", "said of the plan").
CUE_PREPOSITIONS = frozenset({"at", "during", "after", "before", "following", "on", "in", "of", "about", "to",
                              "with", "from", "over", "via", "through", "outside", "inside", "near"})
# Forms of the perfect's auxiliary, which the kit sometimes tags VERB ("have/VERB long called").
HAVE_FORMS = frozenset({"have", "has", "had", "'ve", "’ve"})
# "The rivals have both urged …": a quantifier between the auxiliary and the verb.
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
DASHES = frozenset({"--", "—", "–", "―"})  # (the horizontal bar of some scrapes too)
WH_RELATIVES = frozenset({"where", "which", "who", "whom", "whose", "when"})
# A reporting noun inside such an adjunct reports background, not a statement ("amid accusations that").
BACKGROUND_PREPOSITIONS = frozenset({"amid", "over", "despite", "after", "following", "before"})


@dataclass
class Frame:
    sentence: int
    cue_first: int  # word index of the cue's first word
    cue_last: int  # word index of the cue's last word
    lemma: str
    cls: str  # speech | directive | accusation | evaluative | belief | according | noun
    position: str  # pre | post | paren | participle | according | noun
    subject: tuple[int, int] | None = None  # word indices, inclusive
    content: list[tuple[int, int]] = field(default_factory=list)  # word index ranges, inclusive
    that: bool = False
    apposition: tuple[int, int] | None = None  # ", a vehicle spare parts trader," after the subject
    relative: bool = False  # the subject is the antecedent of ", who/which …": "Turkey, which maintains …,"


def clause_start(words) -> int:
    """Index of the first word of the sentence's clause, after a dateline ("ISTANBUL:",
    "LONDON, March 3, 2026 -", "KABUL (AFP) -")."""
    if not words or not (words[0].text.isupper() and len(words[0].text) > 1):
        return 0
    for i, word in enumerate(words[:12]):
        if word.text in {":", "—", "–", "-"} and i > 0 and not attached(words, i):
            before = words[:i]
            if all(w.text[:1].isupper() or w.upos in {"PUNCT", "NUM", "PROPN", "SYM"} or is_temporal(w)
                   for w in before):
                return i + 1
    return 0


def is_headline(sentence_words, text: str) -> bool:
    """A line with no final punctuation (a headline, a section title, a caption stub)."""
    if not sentence_words:
        return False
    line_end = text.find("\n", sentence_words[-1].end_char)
    line_start = text.rfind("\n", 0, sentence_words[0].start_char) + 1
    # an emoji after the full stop does not make a headline ("… told reporters. 🕊")
    tail = line_tail(text, line_start, line_end if line_end >= 0 else len(text), "”\"’')]")
    return bool(tail) and tail not in ".!?:;," \
        and not _paragraph_lost_its_stop(sentence_words, text, line_start, line_end if line_end >= 0 else len(text))
    # (the line stripped as strip_symbols(line).strip().rstrip(…))


def speaking_noun(lemma: str) -> bool:
    """Is ``lemma`` a noun for someone who can speak: a person, an organization, an anonymous
    source or a title ("the senator", "the union", "officials", "the minister")?"""
    return lemma in lexicons.person_nouns() or lemma in lexicons.organization_nouns() \
        or lemma in lexicons.anonymous_nouns() or lemma in lexicons.title_heads()


MAX_TOPIC_LABEL_WORDS = 12  # "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts:"
# Prepositions after a label's speaker that open its topic, audience or occasion ("Obama on …:").
LABEL_PREPOSITIONS = frozenset({"on", "to", "at"})
MIN_STATEMENT_WORDS = 3  # words, and more unless one is a finite verb


def _named_elsewhere(word) -> bool:
    """Is ``word`` written as a proper noun in another sentence of its article?"""
    doc = getattr(word.sent, "doc", None)
    return doc is not None and any(other.text == word.text and other.upos == "PROPN" for sentence in doc.sentences
                                   if sentence is not word.sent for other in sentence.words)


def _labelled_statement(s: int, words, text: str) -> Frame | None:
    """A line that is a speaker's label, a colon and what the speaker said, the headline's way of
    reporting: "Lynch: No outside influence on FBI probe into Clinton emails.", "Poll: Clinton and
    Trump in dead heat heading into first debate.", "Rush Limbaugh: Hillary Asking Moderator To
    Fact Check Trump ‘Reeks of Fear.’" The label is a name that is no place, or a noun for a
    person, an organization, a poll or a document, with no verb; the statement runs to the line's
    end; after the name, "on", "to" or "at" may open the topic, audience or occasion ("Obama on
    Climate Change: …"). A label in capitals is an interview's turn (``detect``), a place before
    the colon a dateline ("WASHINGTON: …"), and "Update:", "Watch:" or "Note to Carson:" name no
    speaker."""
    start = clause_start(words)
    colon = next((k for k in range(start, min(len(words), start + MAX_TOPIC_LABEL_WORDS + 1)) if words[k].text == ":"), None)
    if colon is None or colon == start:
        return None
    # "Obama on Climate Change: The Trends Are 'Terrifying.'", "Clinton to Planned Parenthood: …",
    # "Former AG Mukasey at RNC: …": the speaker's label, then the topic, audience or occasion
    topic = next((k for k in range(start + 1, min(colon, start + MAX_LABEL_WORDS + 1))
                  if lower(words[k]) in LABEL_PREPOSITIONS and words[k].upos == "ADP"), None)
    if topic is not None and any(is_finite_verb(w) or w.upos == "PUNCT" or w.upos == "PRON" and w.xpos != "PRP$"
                                 for w in words[topic + 1:colon]):
        return None
    if topic is None and colon - start > MAX_LABEL_WORDS:
        return None
    said = [w for w in words[colon + 1:] if w.upos != "PUNCT"]
    if len(said) < MIN_STATEMENT_WORDS or len(said) == MIN_STATEMENT_WORDS and not any(is_finite_verb(w) for w in said):
        return None  # a section's title: "Kasich: Now or never.", "Rubio: Finish second."
    if all(is_temporal(w) or w.upos == "NUM" for w in said):
        return None  # a date: "Correction: October 2, 2016, Sunday."
    line_start = text.rfind("\n", 0, words[0].start_char) + 1
    line_end = text.find("\n", words[-1].end_char)
    if text[line_start:words[start].start_char].strip(" \t\"“‘'") or \
            text[words[-1].end_char:line_end if line_end >= 0 else len(text)].strip():
        return None  # not a line of its own
    label = words[start:topic if topic is not None else colon]
    if any(w.upos in {"VERB", "AUX", "ADP", "PRON", "PUNCT", "SCONJ", "CCONJ", "NUM"} or is_temporal(w) for w in label) \
            or all(w.text.isupper() for w in label) or words[-1].text == "?":
        return None  # (nor "Monday’s Morning Email:", nor a question about the label: "Ted Cruz: Conservative or …?")
    head = label[-1]
    lemma = (head.lemma or lower(head)).lower()
    ner = (getattr(getattr(head, "parent", None), "ner", "") or "O")[2:]
    if head.upos == "PROPN":
        if ner in NER_PLACE or lemma in lexicons.demonyms():
            return None  # (the kit's NER misses many a headline's name: "Lynch:", "Cruz:" are O)
        if topic is not None and ner not in NER_PERSON | NER_ORG and not _named_elsewhere(head):
            return None  # "Focus on security: …" (a capitalised word, no one's name)
    elif head.upos != "NOUN" or not (speaking_noun(lemma) or lemma in lexicons.poll_nouns()
                                     or lemma in lexicons.document_nouns()):
        return None
    end = len(words) - 1
    while end > colon and words[end].text in CLAUSE_END:
        end -= 1  # (a stop inside the closing quotation mark stays: "… ‘Reeks of Fear.’")
    frame = Frame(s, colon, colon, "say", "speech", "pre", content=[(colon + 1, end)])
    frame.subject = (start, start + len(label) - 1)
    return frame


def _paragraph_lost_its_stop(sentence_words, text: str, line_start: int, line_end: int) -> bool:
    """Is the line a paragraph whose last full stop was lost in the scrape ("Hobbs told the paper
    that … her office. She said … to make bills “workable”")? Another sentence of the line ends
    with a full stop, which a headline never has (abbreviations such as "U.S." do not count).
    Only the words next to the sentence are read (a long line holds many sentences)."""
    start, end = sentence_words[0].start_char, sentence_words[-1].end_char
    before = text[max(line_start, start - 80):start].rstrip().rstrip("”\"’')]")
    after = text[end:min(line_end, end + 80)].strip()
    last = sentence_words[-1].text
    if after and len(after.split()) >= 3 and (last in {".", "!", "?"} or (
            is_quote_mark(sentence_words[-1]) and len(sentence_words) > 1 and sentence_words[-2].text in {".", "!", "?"})):
        return True  # this sentence ends with its stop and the line goes on
    if len(before.split()) < 4 or not before.endswith((".", "!", "?")):
        return False
    final = before.rstrip(".!?").split()[-1] if before.rstrip(".!?").split() else ""
    return len(final) > 3 and not final.isupper() and "." not in final


def find_frames(sentence_index: int, words, quoted=()) -> list[Frame]:
    """All cue frames of one sentence, in word order. ``quoted`` holds the character spans of
    quotations: a cue or speaker inside a quotation is part of what was said, not a frame.
    ``quoted`` may be a :class:`SortedIntervals` of them, built once for all the sentences of
    a text (a list is indexed here: looking through all the quotations for every word of every
    sentence is quadratic in the marks)."""
    if not isinstance(quoted, SortedIntervals):
        quoted = SortedIntervals((start, end, None) for start, end in quoted)

    def inside(i: int) -> bool:
        return bool(quoted.covering(words[i].start_char))

    text = getattr(getattr(words[0].sent, "doc", None), "text", None) if words else None
    if text and is_headline(words, text):
        return []  # headlines and section titles report nothing themselves
    statement = _labelled_statement(sentence_index, words, text) if text else None
    if statement is not None:
        return [statement]
    frames: list[Frame] = []
    i = 0
    while i < len(words):
        frame = None
        if not inside(i):
            frame = _according_to(sentence_index, words, i) or _in_poll(sentence_index, words, i) \
                or _self_description(sentence_index, words, i) or _expressed_attitude(sentence_index, words, i) \
                or _asked_by(sentence_index, words, i) \
                or _as_aside(sentence_index, words, i) \
                or _relative_report(sentence_index, words, i) \
                or _verb_cue(sentence_index, words, i) or _mistagged_aside(sentence_index, words, i) \
                or _mistagged_present(sentence_index, words, i) or _mistagged_post(sentence_index, words, i) \
                or _noun_cue(sentence_index, words, i) or object_frame(sentence_index, words, i) \
                or noun_object_frame(sentence_index, words, i) or finding_frame(sentence_index, words, i) \
                or refusal_frame(sentence_index, words, i)
        if frame is not None and frame.subject is not None and inside(frame.subject[0]):
            frame = None
        if frame is not None and not _cut_at_main_clause(words, frame):
            # "Ever since she announced her bid last year, she has said …": the object is the content
            frame = object_frame(sentence_index, words, i)
            if frame is not None and not _cut_at_main_clause(words, frame):
                frame = None
        if frame is not None:
            frames.append(frame)
            i = frame.cue_last + 1
        else:
            i += 1
    _share_subjects(frames, words)
    _end_before_coordinated_reports(frames, words)
    return frames


# Words that join a second report to the content of a first: "…, and more than 4 in 10 said …",
# "… while Sanders suggests …", "… after half said so", "…, but his aides say …".
APPROXIMATORS = frozenset({"about", "nearly", "almost", "roughly", "around", "some", "just", "only"})
REPORT_JOINERS = frozenset({"and", "but", "while", "whereas", "after", "as", "though", "although", "yet"})


def _end_before_coordinated_reports(frames: list[Frame], words) -> None:
    """A report joined to the content of another ends that content: "Three-quarters said they
    were worried about the economy, and more than 4 in 10 said Trump would be best at handling
    it" reports two statements of two speakers, the first ending before ", and more than 4 in
    10". Only a report with its own subject after a joining word or a comma; a report that is
    the content ("He said officials told him …") stays inside it."""
    for inner in frames:
        if inner.subject is None or inner.position != "pre" or inner.subject[0] > inner.cue_first:
            continue
        begin = inner.subject[0]
        for outer in frames:
            if outer is inner or outer.position != "pre" or len(outer.content) != 1:
                continue
            first, last = outer.content[0]
            if not (outer.cue_last < first < begin and inner.cue_last <= last):
                continue
            k = begin - 1
            while k > first + 1 and lower(words[k]) in APPROXIMATORS:
                k -= 1  # "…, and about a third said …": the subject's approximation
            # (a comma alone joins a finite report, not an apposition: "…, a Trump ally accused of …";
            # what is left must still say something: not "said in August, and aides said …")
            joined = False
            finite = is_finite_verb(words[inner.cue_first])
            while k > first and (lower(words[k]) in REPORT_JOINERS or is_comma(words[k])):
                joined = joined or finite or not is_comma(words[k])
                k -= 1
            if joined and k > first and (outer.cls == "object" or any(
                    w.upos in {"VERB", "AUX"} for w in words[first:k + 1])):
                outer.content = [(first, k)]
    _end_before_coordinated_participles(frames, words)
    _start_after_earlier_reports(frames, words)


def _end_before_coordinated_participles(frames: list[Frame], words) -> None:
    """A second participle joined to the content of a first ends it: "…, acknowledging that Mr.
    Trump had tapped into a vein but warning that his style would have repercussions" reports two
    statements of one speaker."""
    for inner in frames:
        if inner.position != "participle":
            continue
        j = inner.cue_first - 1
        while j > 0 and words[j].upos == "ADV":
            j -= 1
        if j < 1 or lower(words[j]) not in {"and", "but"} or len(inner.content) != 1:
            continue
        said = inner.content[0]
        if not (inner.that or _opens_clause(words, said[0], that_ahead=False)
                or any(is_quote_mark(w) for w in words[said[0]:said[1] + 1])):
            continue  # ("… often smiling in the courtroom and whispering in his attorney's ear - held …")
        for outer in frames:
            if outer is inner or len(outer.content) != 1:
                continue
            first, last = outer.content[0]
            if not (outer.cue_last < first < j and inner.cue_last <= last) or words[first].xpos == "VBG":
                continue  # ("suggested looking at the statement and asking yourself …": two gerunds, one content)
            k = j - 1 if not is_comma(words[j - 1]) else j - 2
            if k > first and any(w.upos in {"VERB", "AUX"} for w in words[first:k + 1]):
                outer.content = [(first, k)]


def _start_after_earlier_reports(frames: list[Frame], words) -> None:
    """The mirror image for reports after their content: "The parade began with roses, KING-TV
    reported, while in Chicago the march began in silence, the Sun-Times reported" gives the
    Sun-Times only what follows "while": the earlier report and its content are another
    source's."""
    for outer in frames:
        if outer.position != "post" or len(outer.content) != 1:
            continue
        first, last = outer.content[0]
        for inner in frames:
            if inner is outer or inner.position != "post" or inner.subject is None:
                continue
            k = max(inner.cue_last, inner.subject[1]) + 1
            if not (first < inner.cue_first and k + 1 < last and is_comma(words[k])):
                continue
            j = k + 1
            while j < last and lower(words[j]) in REPORT_JOINERS:
                j += 1
            if j > k + 1 and any(w.upos in {"VERB", "AUX"} for w in words[j:last + 1]):
                outer.content = [(j, last)]
                first = j


# --- verb cues ---------------------------------------------------------------------------

# Articles and possessives: the word after them is a noun ("made the case", "made his point",
# "issued a warning/VBG that").
NOUN_DETERMINERS = frozenset({"the", "a", "an"}) | POSSESSIVE_DETERMINERS


def _phrasal_particle(words, v: int) -> int | None:
    """Index of the second word of a phrasal reporting verb at ``v`` ("point out", "call for",
    "make clear"), or None. "it" and an adverb may stand between: "She made it clear that …",
    "He made it abundantly clear …", "They made very clear that …"; an article or a possessive
    before an entry's noun: "The senator made the case that …", "She made her case to the
    delegates that …", "He made the point that …"."""
    lemma = lexicons.verb_base(words[v].lemma, words[v].text, lexicons.reporting_verb_heads())
    k = v + 1
    if k + 1 < len(words) and lower(words[k]) in NOUN_DETERMINERS and words[k + 1].upos == "NOUN" \
            and f"{lemma} {lower(words[k + 1])}" in lexicons.reporting_verbs():
        return k + 1 if _light_verb_complement(words, k + 2) else None
    if k < len(words) and lower(words[k]) == "it":
        k += 1
    if k < len(words) and words[k].upos == "ADV" and k + 1 < len(words) and f"{lemma} {lower(words[k + 1])}" in lexicons.reporting_verbs():
        k += 1
    if k < len(words) and f"{lemma} {lower(words[k])}" in lexicons.reporting_verbs():
        return k if k == v + 1 or words[k].upos == "ADJ" else None  # not "pointed it out": no content follows
    return None


def _light_verb_complement(words, k: int) -> bool:
    """Does a light verb's noun phrase go on to what was said: "that", "for" or a quotation before
    any finite verb ("made her case to the delegates that …", "made the case for a new tax")? Not
    "made his point and sat down", "made a point of visiting the troops"."""
    for word in words[k:k + 10]:
        if lower(word) in {"that", "for", ":"} or is_quote_mark(word):
            return True
        if is_finite_verb(word):
            return False
    return False


def _verb_cue(s: int, words, v: int) -> Frame | None:
    word = words[v]
    if word.upos != "VERB" and not (word.xpos or "").startswith("VB"):
        return None
    cls = lexicons.verb_class(word.lemma, word.text)
    # the verb despite the kit's lemma slips ("implied" -> implied, not imply)
    base = lexicons.verb_base(word.lemma, word.text, lexicons.reporting_verb_heads())
    last = v
    particle = _phrasal_particle(words, v)
    if particle is not None:  # phrasal cue: "point out", "call on", "made it clear"
        last, cls = particle, lexicons.reporting_verbs()[f"{base} {lower(words[particle])}"]
    if cls not in {"speech", "directive", "accusation", "evaluative", "finding"}:
        return None
    for phrase in lexicons.cue_phrases():  # "quoted as saying"
        if len(phrase) > 1 and lower(word) == phrase[0] and \
                tuple(lower(w) for w in words[v:v + len(phrase)]) == phrase:
            last, cls = v + len(phrase) - 1, "speech"
    lemma = base
    # "He went on to say that …", "She took to Twitter to accuse …": the chain's finite verb
    # carries the subject.
    anchor = chain_anchor(words, v)  # "She used her speech to call for …"
    if word.xpos == "VBG" and anchor is None and not _progressive(words, v):
        # Participial cue: "…, saying (that) …"; its speaker is the main clause's subject.
        if v == clause_start(words):
            return _fronted_participle(Frame(s, v, last, lemma, cls, "participle"), words)
        # (adverbs between: "…, eventually saying he would be a disaster", "after initially saying …")
        b = v - 1
        while b > 0 and words[b].upos == "ADV" and lower(words[b]) not in {"not", "never"}:
            b -= 1
        if v == 0 or not (is_comma(words[b]) or lower(words[b]) in {"and", "while", "by", "after", "before", "for"}
                          or (lower(words[b]) == "but" and cls != "finding")  # (not "but finding only one man")
                          or _preposition_of_speaker(words, b)
                          or (is_quote_mark(words[b]) and b > 0 and is_comma(words[b - 1]))):
            return _bare_participle(Frame(s, v, last, lemma, cls, "participle"), words)
        if lower(words[b]) == "for" and not (cls == "speech" and last + 1 < len(words)
                                             and (lower(words[last + 1]) == "that" or is_quote_mark(words[last + 1]))):
            # "criticized for saying that green coffee extract was a “magic cure”" reports;
            # "thanked him for saying so", "known for telling jokes" do not
            return None
        if lower(words[b]) == "before" and not (last + 1 < len(words) and lower(words[last + 1]) in {"that", ":"}) \
                and not (cls == "speech" and _opens_clause(words, last + 1, that_ahead=False)):
            # ('“…,” Trump told reporters, before insisting he had a “great relationship” with …')
            return None  # "before agreeing to extensive tests": an act; "…, he said before adding: “…”" reports
        frame = _with_content_after(Frame(s, v, last, lemma, cls, "participle"), words)
        if frame is not None and len(frame.content) == 1 and not _end_with_interruption(words, frame, b):
            return None
        return frame
    if cls == "accusation" and word.xpos in {"VBD", "VBN"} and last + 1 < len(words) \
            and lower(words[last + 1]) in {"with", "of"} and v > 0 and words[v - 1].upos in {"NOUN", "PROPN"}:
        return None  # "The man charged with the murder told the court …": a participle on its noun, no accuser
    if word.xpos == "VB" and anchor is None:
        caused = _caused_report(s, words, v, last, lemma, cls)
        if caused is not None:
            return caused
    if word.xpos == "VB" and anchor is None and cls == "speech" and particle is None:
        purpose = _purpose_report(s, words, v, lemma)
        if purpose is not None:
            return purpose
    if word.xpos in {"VBN", "VB"} and anchor is None and not _finite_position(words, v) and not passive(words, v):
        return None  # "the said document", "continued shelter": not a finite reporting verb
    if passive(words, v):
        if lemma == "quote":
            return _quoted_passive(Frame(s, v, last, lemma, cls, "pre"), words)
        return _passive_frame(Frame(s, v, last, lemma, cls, "pre"), words)
    frame = _with_content_after(Frame(s, v, last, lemma, cls, "pre"), words)
    if frame is not None and len(frame.content) == 1 and frame.content[0][0] == last + 1 \
            and lower(words[last + 1]) == "with" and _speaking_participle(words, last + 2, frame.content[0][1]):
        # "The spot concludes with footage of Trump saying …, “That makes me smart,”": what the
        # spot ends with, not what it said: the one shown saying it speaks (not "He concluded
        # with a history lesson about why …", "pleaded with them to reject …")
        frame = None
    if frame is not None and anchor is None and _opening_subject(words, frame, v):
        return frame
    if frame is not None:
        subject = _subject_left(words, frame, v if anchor is None else anchor)
        if subject is not None and anchor is None and frame.cls == "speech" and _quote_adjacent(words, subject[0] - 1) \
                and _quotation_after_phrases(words, last + 1):
            # 'Oz is “smart as hell,” Steve Mosko wrote in an email to the NFL Network’s Rich Eisen,
            # and “full of s---.”': the phrases are the cue's, the quotation goes on after them
            return _post_frame(Frame(s, v, last, lemma, cls, "post"), words)
        if subject is not None and len(frame.content) == 1 and frame.content[0][0] == last + 1 \
                and is_finite_verb(words[last + 1]) and _free_relative_before(words, subject[0] - 1):
            return None  # "how a candidate responds can be as important …": the clause is the sentence's subject
        if subject is not None and anchor is None and not frame.that and frame.cls == "speech" \
                and not any(is_quote_mark(w) for a, b in frame.content for w in words[a:b + 1]) \
                and _quote_adjacent(words, subject[0] - 1) \
                and _adjunct_after_cue(words, frame.content[0][0], frame.lemma in lexicons.addressee_verbs()):
            # '“I’m supporting Tom Selleck,” she said and quickly hung up', '“…,” Hooton said after
            # Rubio spoke': the quotation before the speaker is what was said, the words after the
            # cue are the journalist's
            return _post_frame(Frame(s, v, last, lemma, cls, "post"), words)
        if subject is not None and frame.relative:
            # "Turkey, which maintains close ties with Kabul, is facilitating …": the relative
            # clause ends at its comma, and so does its content
            first, last_word = frame.content[0]
            comma = next((j for j in range(first, last_word + 1) if is_comma(words[j])), None)
            if comma is not None:
                frame.content = [(first, comma - 1)] if comma > first else []
            if not frame.content or not _is_content(words, frame.content[0], frame):
                return None
        if subject is not None and len(frame.content) == 1 and _opens_sentence(words, subject[0]):
            j = v - 1
            while j > 0 and words[j].upos in {"ADV", "AUX"}:
                j -= 1
            if lower(words[j]) in {"who", "that"} and words[j].upos in {"PRON", "DET", "SCONJ"}:
                # "Many voters who say they would be dissatisfied stayed home": the relative clause
                # on the sentence's subject ends where the sentence's own verb begins
                frame.content = [_subject_clause_end(words, frame.content[0], after_noun=True)]
        if subject is not None and len(frame.content) == 1 and _wh_clause_in_noun_phrase(words, subject[0] - 1):
            # "The debate over how experts say it would shape tax law has endured …", "The gap
            # between what Trump says his plan would do … began …": the wh-clause is part of the
            # sentence's subject, which ends where the sentence's own verb begins
            frame.content = [_before_main_verb(words, frame.content[0])]
        if subject is not None:
            return frame
        # (before the chain's finite verb: "… has promised a veto and attempted to make the case …")
        before = (v if anchor is None else anchor) - 1
        while before >= 0 and words[before].upos in {"ADV", "AUX"}:
            before -= 1
        if before >= 0 and words[before].upos == "CCONJ":
            return frame  # "… but accused Kabul of …": the subject is shared, see _share_subjects
        if before > 0 and is_comma(words[before]) and anchor is None and _next_act(words, v) and _past_before(words, before):
            return frame  # "He later suggested …, called her “third-rate” and boycotted …": shared too
        if before >= 1 and lower(words[before + 1]) == "then" and is_comma(words[before]):
            return frame  # "He offered the man a job, then says he'll welcome advice": shared too
    elif _coordinated(words, v):
        # "Trump turned to the senator and said, “You must want her,”": the quotation is the
        # content, the subject is shared (see _share_subjects)
        shared = _quotation_after(Frame(s, v, last, lemma, cls, "pre"), words, last + 1, shared=True)
        if shared is not None:
            return shared
    return _post_frame(Frame(s, v, last, lemma, cls, "post"), words)


# Words that open an apposition or a relative clause after the subject ("Jane Roe, a lawyer who …").
APPOSITION_OPENERS = frozenset({"who", "whose", "which", "his", "her", "its", "their"})


def _adjunct_after_cue(words, k: int, addressee: bool = False) -> bool:
    """Do the words after a cue at words[k] say how, when or where it was said, not what: "and
    quickly hung up", "after Rubio spoke", "happily on MSNBC as returns came in", "in front of a
    crowd of about 1,000 people"; after a verb of telling, its addressee and such words ("told a
    caucus meeting being held in a Catholic church", "told New York magazine in 2013, …")? (Not a
    short answer, "said so", nor a figure, "predicted about one-third of the vote will …".)"""
    if _opens_clause(words, k, that_ahead=False) or _short_answer(words, k) is not None or _approximation(words, k):
        return False
    if addressee and words[k].upos in {"DET", "PROPN", "NOUN", "ADJ", "PRON"}:
        end = scan_np_right(words, k) if words[k].upos != "PRON" else k
        if end is None:
            return False
        after = end + 1
        while after < len(words) and (words[after].xpos == "VBG" and lower(words[after]) == "being" or is_comma(words[after])):
            after += 1
        return after >= len(words) or words[after].text in CLAUSE_END or words[after].upos in {"ADP", "SCONJ", "ADV", "VERB"} \
            and not any(lower(w) == "that" for w in words[after:after + 2])
    return words[k].upos in {"CCONJ", "ADP", "SCONJ", "ADV"} or is_temporal(words[k]) \
        or words[k].upos == "NUM" and k + 1 < len(words) and is_temporal(words[k + 1])


def _opening_subject(words, frame: Frame, v: int) -> bool:
    """Set the subject of a cue whose subject opens the sentence before a long apposition or
    relative clause that holds commas, quotation marks or finite verbs of its own: "Sam Roe, a
    contestant on the show “Big Deal,” who went on to work for him, said …", "Ms. Lane, who
    helped found Green Streets, an advocacy group in the city, said …", "But Tom Ash, the head of
    Open Books, a group that has sued the city, said that …". The noun phrase that opens the
    sentence is followed by a comma, the words up to the comma before the verb describe it, and
    no comma among them leads into a finite verb (", is a lawyer, said his aide": the main clause
    went on before the cue)."""
    close = v - 1
    if v > 1 and is_quote_mark(words[close]) and is_comma(words[close - 1]):
        close -= 1  # '…, citing ''the magic of the brand,'' said': the comma inside the closing mark
    if v < 4 or not is_comma(words[close]) or not is_finite_verb(words[v]) or frame.cls != "speech":
        return False
    start = clause_start(words)
    while start < v and (words[start].upos == "CCONJ" or (words[start].upos == "ADV" and start + 1 < v
                                                         and words[start + 1].upos != "ADP")):
        start += 1  # "But Tom Ash, …", "Still, …" is no subject (its comma follows an adverb)
    end = scan_np_right(words, start)
    if end is None or end + 3 > close or not is_comma(words[end + 1]) or words[end].upos not in {"PROPN", "NOUN"} \
            or any(is_temporal(w) for w in words[start:end + 1]) or v - end > 45:
        return False
    opener = words[end + 2]
    if not (opener.upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or lower(opener) in APPOSITION_OPENERS
            or opener.xpos == "VBG"):  # ("Mr. Ash, citing ''the magic of the brand,'' said …")
        return False
    relative = False  # a relative pronoun still waiting for its verb
    for j in range(end + 2, close):
        if words[j].text in CLAUSE_END:
            return False
        if lower(words[j]) in {"who", "whose", "which"}:
            relative = True
        elif is_finite_verb(words[j]) and not split_possessive(words[j]):
            after_comma = j - 1
            while after_comma > end + 1 and (words[after_comma].upos == "ADV" or is_quote_mark(words[after_comma])):
                after_comma -= 1
            if is_comma(words[after_comma]) and not relative:
                return False  # "Mr. Roe, who was elected in May, is a lawyer, said his aide"
            relative = False  # ("Mr. Ash, whose company, Data Inc., uses …, said": the relative's verb)
    if not any(is_comma(w) or is_quote_mark(w) or is_finite_verb(w) for w in words[end + 2:close]):
        return False  # a short apposition ("Jane Roe, a lawyer, said"): the usual subject rules read it
    frame.subject, frame.apposition = (start, end), (end + 2, close - 1)
    return True


def _end_with_interruption(words, frame: Frame, b: int) -> bool:
    """"The senator, after saying he would not advertise on television, bought ads this week":
    a participle set off by commas between the subject and its verb reports up to the comma
    before that verb (``b``: the comma or subordinator before the participle and its adverbs).
    False when what is left names only where or whom ("X, writing in The New York Times, …",
    "Biden, echoing Erdogan, called on …"): no content."""
    opener = b - 1 if not is_comma(words[b]) else b
    if opener <= clause_start(words) or not is_comma(words[opener]) \
            or words[opener - 1].upos not in {"NOUN", "PROPN", "PRON"} \
            or any(is_finite_verb(w) for w in words[clause_start(words):opener]):
        return True
    first, last = frame.content[0]
    close = next((c for c in range(first + 1, last) if is_comma(words[c])
                  and (words[c + 1].upos in {"VERB", "AUX"} or (words[c + 1].xpos or "").startswith("VB"))), None)
    if close is None:
        return True
    frame.content = [(first, close - 1)]
    said = words[first:close]
    return any(w.upos in {"VERB", "AUX"} or is_quote_mark(w) for w in said) \
        or not (said[0].upos == "ADP" or all(w.upos == "PROPN" for w in said))


def _caused_report(s: int, words, v: int, last: int, lemma: str, cls: str) -> Frame | None:
    """A report its speaker was brought to make: "a strong win that led her to declare that the
    nomination was in sight", "it prompted the anchor to accuse the attorney general of
    hypocrisy", "The report prompted the mayor to say the city would act"
    (``causative_verbs.txt``): the causative verb's object speaks, not its subject."""
    if v < 3 or lower(words[v - 1]) != "to" or words[v - 2].upos not in {"NOUN", "PROPN", "PRON"}:
        return None
    start = scan_np_left(words, v - 2)
    if start is None or start < 1:
        return None
    causative = words[start - 1]
    verbs = lexicons.causative_verbs()
    if causative.upos != "VERB" or lexicons.verb_base(causative.lemma, causative.text, verbs) not in verbs:
        return None
    frame = _with_content_after(Frame(s, v, last, lemma, cls, "pre"), words)
    if frame is None or not frame.content:
        return None
    frame.subject = (start, v - 2)
    return frame


def _purpose_report(s: int, words, v: int, lemma: str) -> Frame | None:
    """A report in a purpose infinitive after the clause's object or place: "Tom Emanuel stood at
    a Bush event here to say he was leaning toward Mr. Trump", "his critics rushed to TV to say
    he did not represent the party". The clause after the verb must open with its subject and
    finite verb (or "that"); the subject of the clause's finite verb speaks. Not a noun's
    infinitive ("a chance to say goodbye", ``infinitive_nouns.txt``) nor "too early to say"."""
    if v < 3 or lower(words[v - 1]) != "to":
        return None
    n = v - 2
    while n > 0 and words[n].upos == "ADV" and lower(words[n]) not in {"too", "enough"}:
        n -= 1  # "at a Bush event here to say"
    nouns = lexicons.infinitive_nouns()
    if words[n].upos not in {"NOUN", "PROPN"} or lower(words[n]) in nouns or (words[n].lemma or "").lower() in nouns:
        return None
    if not _opens_clause(words, v + 1):
        return None
    verb = next((j for j in range(v - 3, clause_start(words) - 1, -1) if is_finite_verb(words[j]) and words[j].upos == "VERB"
                 and not any(is_comma(w) or w.text in CLAUSE_END for w in words[j:v])), None)
    if verb is None or lexicons.verb_class(words[verb].lemma, words[verb].text) is not None \
            or lexicons.refusal_kind(words[verb].lemma, words[verb].text) is not None:
        return None  # (a reporting verb before it makes its own frame: "urged the board to say …")
    frame = _with_content_after(Frame(s, v, v, lemma, "speech", "pre"), words)
    if frame is None or _subject_left(words, frame, verb) is None:
        return None
    return frame


def _coordinated(words, v: int) -> bool:
    """Is the verb at ``v`` the second of two coordinated verbs ("turned … and said")?"""
    before = v - 1
    while before >= 0 and words[before].upos in {"ADV", "AUX"}:
        before -= 1
    return before > 0 and words[before].upos == "CCONJ"


# Prepositions before a participle whose subject is the clause's ("Since announcing in October
# that he would not seek the presidency, Mr. Biden has …", "in describing the plan as …", "despite
# saying that …"; not "keen on telling": an attitude); "to" and "from" only in "in addition to"
# and "aside/apart from" (not "refrained from saying", "looking forward to saying").
SPEAKER_PREPOSITIONS = frozenset({"since", "in", "despite", "besides"})
PREPOSITION_PHRASES = {"to": frozenset({"addition"}), "from": frozenset({"aside", "apart"})}


def _preposition_of_speaker(words, b: int) -> bool:
    """Does the preposition at words[b] open a participle's phrase whose subject is its clause's
    (``SPEAKER_PREPOSITIONS``, ``PREPOSITION_PHRASES``)?"""
    form = lower(words[b])
    if form in SPEAKER_PREPOSITIONS:
        return words[b].upos in {"ADP", "SCONJ"}
    return form in PREPOSITION_PHRASES and b > 0 and lower(words[b - 1]) in PREPOSITION_PHRASES[form]


def _bare_participle(frame: Frame, words) -> Frame | None:
    """A participle with no comma before it, followed by a that-clause: "adopted a calm tone,
    telling the broadcaster on Sunday that …" without its comma, "a series of tweets saying that
    …". Without "that" a bare participle is too often a gerund or a modifier ("after hearing
    the news", "the saying goes")."""
    v = frame.cue_first
    before = words[v - 1]
    # "with three in 10 saying a running mate would …": a figure ends the "with" phrase
    figure = before.upos == "NUM" and with_phrase_opener(words, v) is not None
    # ("a statement describing their meeting as a “very positive step …”": what it is called, quoted)
    naming = frame.cls == "evaluative" and (_naming_verb(words[v]) or any(
        lower(w) == "as" and w.upos in {"ADP", "SCONJ"} for w in words[v + 1:min(len(words), v + 8)]))
    asking = frame.cls == "directive" and _question_after_addressee(words, frame, frame.cue_last + 1) is not None
    if (naming or asking) and before.upos in {"PROPN", "NOUN"}:
        # "with former Gov. Martin O'Malley calling Trump a fascist", "Pope Francis calling
        # Christmas a sham": the noun phrase names what its object is called; "with Maddow asking
        # Clinton pointedly whether she would consider …": the question it asks
        start = scan_np_left(words, v - 1)
        found = _with_content_after(frame, words) if start is not None else None
        quoted = naming and found is not None and bool(found.content) \
            and any(is_quote_mark(w) for w in words[found.content[0][0]:found.content[0][1] + 1]) \
            and _is_content(words, found.content[0], found)
        if found is None or not found.content or (naming and not (quoted or _small_clause(words, found.content[0], found))):
            return None
        if (before.lemma or lower(before)).lower() in lexicons.document_nouns() | lexicons.reporting_nouns():
            # 'the Security Council issued a statement calling the nuclear test "a clear
            # violation" …': the statement's issuer, the clause's subject, calls it so
            found.subject = None
            return found
        found.subject = (start, v - 1)
        return found
    if frame.cls == "finding" and before.upos == "NOUN":
        return _document_participle(frame, words)
    k = frame.cue_last + 1
    # ('footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”': a question quoted)
    quoted_question = frame.cls == "directive" and frame.lemma == "ask" and k + 1 < len(words) \
        and is_comma(words[k]) and is_quote_mark(words[k + 1])
    if frame.cls != "speech" and not quoted_question \
            or not (before.upos in {"NOUN", "PROPN", "ADV"} or is_temporal(before) or figure) \
            or lower(before) in {"the", "a", "an"}:
        return None
    wh = k < len(words) and lower(words[k]) in WH_COMPLEMENTS
    frame = _with_content_after(frame, words)
    if frame is not None and frame.content and not (frame.that or wh) and before.upos in {"NOUN", "PROPN"} \
            and not _clause_before(words, v) and lower(words[frame.content[0][0]]) in SUBJECT_PRONOUNS \
            and frame.content[0][0] + 1 < len(words) and is_finite_verb(words[frame.content[0][0] + 1]):
        # "The proportion of GOP primary voters saying they want a ban … is as high as three-quarters":
        # the noun before the participle speaks, and what it says ends where the sentence's own
        # verb begins (not "The man saying grace is my uncle": no clause is said)
        start = scan_np_left(words, v - 1)
        if start is None:
            return None
        frame.subject = (start, v - 1)
        frame.content = [_subject_clause_end(words, frame.content[0], after_noun=True)]
        return frame
    if frame is not None and frame.content and not (frame.that or wh) and (before.upos in {"NOUN", "PROPN"} or figure) \
            and frame.lemma not in lexicons.addressee_verbs() and _opens_clause(words, frame.content[0][0], that_ahead=False) \
            and _clause_before(words, v):
        # "issued a statement saying the plan has no place in …", "with 47 percent of voters saying
        # they will back her": a subject and its finite verb open the clause ("telling stories" does
        # not; in "The man saying grace is my uncle" the noun phrase is the sentence's subject)
        _with_phrase_speaker(words, frame)
        _received_message(words, frame)
        return frame
    if frame is not None and (frame.that or wh):
        _received_message(words, frame)
        return frame
    if frame is not None and len(frame.content) == 1 and before.upos in {"NOUN", "PROPN"} \
            and is_quote_mark(words[frame.content[0][0]]) and (is_comma(words[frame.content[0][0] - 1])
                                                               or _quoted_clause_at(words, frame, k)):
        # "The spot ends with footage of Trump saying during the debate last week, “That makes me
        # smart,”": the one shown saying it speaks (not "footage of Trump"), and the quotation
        # after the comma is what was said
        if (before.lemma or lower(before)).lower() in lexicons.document_nouns() | lexicons.reporting_nouns() \
                | lexicons.channel_heads():
            # 'she sent an email saying, “done.”': the message's sender, the clause's subject, says it
            frame.subject = None
            return frame
        start = v - 1
        while start > 0 and (words[start - 1].upos in {"PROPN", "NOUN", "ADJ", "DET", "NUM"} or words[start - 1].xpos == "POS"):
            start -= 1
        frame.subject = (start, v - 1)
        return frame
    return None


def _quoted_clause_at(words, frame: Frame, k: int) -> bool:
    """Does a quoted clause open right at words[k], after a participle ("the share of Republicans
    saying “it is more important to protect gun rights” increased …"), ending the content at its
    closing mark (set on ``frame``)? A quoted name or phrase has no verb ("a sign saying “No
    Entry” was removed")."""
    first, last = frame.content[0]
    if first != k:
        return False
    close = next((j for j in range(k + 1, last + 1) if is_quote_mark(words[j])), None)
    if close is None or not any(w.upos in {"VERB", "AUX"} for w in words[k + 1:close]):
        return False
    frame.content = [(k, close)]
    return True


def _speaking_participle(words, first: int, last: int) -> bool:
    """Is there, in words[first..last] before any quotation mark, a speech participle right after
    a noun ("footage of Trump saying …")?"""
    for j in range(first + 1, last + 1):
        if is_quote_mark(words[j]):
            return False
        if words[j].xpos == "VBG" and words[j - 1].upos in {"NOUN", "PROPN"} \
                and lexicons.verb_class(words[j].lemma, words[j].text) == "speech":
            return True
    return False


def _document_participle(frame: Frame, words) -> Frame | None:
    """A finding's participle right after a common noun, followed by a clause or an embedded
    question: "graphics showing that Trump's proposed budget cuts would not yield …", "ledgers
    showing he was designated to receive …", "booklets open on the table showing how much they
    expected the stock to rise": the noun's phrase is the source (not the sentence's subject)."""
    v = frame.cue_first
    start = scan_np_left(words, v - 1)
    found = _with_content_after(frame, words) if start is not None else None
    if found is None or not found.content:
        return None
    first = found.content[0][0]
    if not (found.that or lower(words[first]) in WH_COMPLEMENTS | {"what", "who", "where", "when"}
            or _opens_clause(words, first, that_ahead=False)):
        return None  # "figures showing a decline": a noun phrase, no finding's clause
    found.subject = (start, v - 1)
    return found


# Verbs of receiving a message: its author is not the receiver ("Police received calls saying …").
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "see", "read", "hear", "review", "intercept"})


def _received_message(words, frame: Frame) -> None:
    """"Police received 911 calls saying shots had been fired", "The mayor received a letter
    saying …": the participle's noun was received, and its unnamed senders speak, not the
    receiver (the subject it would share); "issued a statement saying …" is the issuer's."""
    v = frame.cue_first
    if frame.subject is not None or v < 2 or words[v - 1].upos != "NOUN":
        return
    start = scan_np_left(words, v - 1)
    if start is None or start < 1:
        return
    verb = words[start - 1]
    if verb.upos == "VERB" and (verb.lemma or "").lower() in RECEIVING_VERBS:
        frame.subject = (start, v - 1)


def _with_phrase_speaker(words, frame: Frame) -> None:
    """"With 47 percent of voters saying they will back her, the race is close": the noun phrase
    of the "with" phrase speaks, and a phrase opening the sentence reports up to the comma before
    its main clause."""
    v = frame.cue_first
    opener = with_phrase_opener(words, v)
    if opener is None:
        return
    frame.subject = (_with_phrase_start(words, opener, v), v - 1)  # ("with about three in 10 saying …": the share)
    if opener == clause_start(words):
        first, last = frame.content[0]
        found = _main_clause_after(words, first + 1)
        if found is not None and found[0] <= last:
            frame.content = [(first, found[0] - 1)]


def with_phrase_opener(words, v: int) -> int | None:
    """Index of the "with" whose noun phrase ends right before the participle at ``v`` ("with 47
    percent of voters saying …", "with the senator calling for …"), or None."""
    opener = next((j for j in range(v - 1, max(-1, v - 10), -1) if lower(words[j]) == "with"), None)
    if opener is None:
        return None
    return opener if scan_np_right(words, _with_phrase_start(words, opener, v)) == v - 1 else None


def _with_phrase_start(words, opener: int, v: int) -> int:
    """The first word of the noun phrase of the "with" at ``opener``, after an approximation
    ("with about three in 10 saying …")."""
    return opener + 2 if opener + 2 < v and lower(words[opener + 1]) in APPROXIMATORS else opener + 1


def _clause_before(words, v: int) -> bool:
    """Does the noun phrase before the participle at ``v`` stand after a finite verb of its
    clause ("issued a statement saying …") or in a "with" phrase ("with 47 percent of voters
    saying …"), so that it is no subject still waiting for its verb?"""
    for j in range(v - 1, clause_start(words) - 1, -1):
        if words[j].text in CLAUSE_END or is_quote_mark(words[j]):
            return False
        if is_finite_verb(words[j]) or lower(words[j]) == "with":
            return True
        if words[j].xpos == "VB" and words[j].upos == "VERB" and j > 0 and words[j - 1].xpos in {"NNS", "NNPS", "NNP", "PRP"}:
            return True  # "Police receive/VB 911 calls saying shots have been fired": a present after its subject
    return False


# Words that open an embedded question after a reporting verb ("questioning why she isn't ahead").
WH_COMPLEMENTS = frozenset({"whether", "why", "how", "if"})


def _fronted_participle(frame: Frame, words) -> Frame | None:
    """A participle opening the sentence with its that-clause: "Noting that turnout had fallen,
    the mayor said …", "Maintaining that prices had eased, he claimed …". The content runs to the
    comma before the main clause, whose subject speaks."""
    k = frame.cue_last + 1
    if k >= len(words) or frame.cls != "speech":
        return None
    # "Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox …": a
    # clause without "that" (not "Claiming victory, Trump said …": no clause is claimed)
    that = lower(words[k]) == "that"
    first = k + 1 if that else k
    if not that and not _opens_clause(words, k, that_ahead=False):
        return None
    if frame.lemma.endswith("ing") and frame.lemma not in lexicons.reporting_verbs():
        # a capitalised "Noting" keeps its form as lemma: the base form is the reporting verb's
        stem = frame.lemma[:-3]
        frame.lemma = next((c for c in (stem, stem + "e") if c in lexicons.reporting_verbs()), frame.lemma)
    found = _main_clause_after(words, first + 1, stop_at_marks=True)
    if found is None or not has_clause_verb(words, first, found[0] - 1):
        return None
    comma, end = found
    frame.that, frame.content, frame.subject = that, [(first, comma - 1)], (comma + 1, end)
    return frame


def _main_clause_after(words, start: int, stop_at_marks: bool = False,
                       adjunct: bool = False) -> tuple[int, int] | None:
    """(comma, subject end) of the first comma from ``start`` that leads into a main clause, a
    noun phrase and its finite verb (", the mayor said …", ", he admitted …"), or None. With
    ``adjunct``, a prepositional phrase and a time may open the main clause (", at the rally
    this week she said …")."""
    for comma in range(start, len(words) - 2):
        if words[comma].text in CLAUSE_END or (stop_at_marks and is_quote_mark(words[comma])):
            return None
        if not is_comma(words[comma]):
            continue
        subject = comma + 1
        if adjunct and is_quote_mark(words[subject]) and subject + 1 < len(words) \
                and sum(1 for w in words[start:comma] if is_quote_mark(w)) % 2 == 1:
            # 'While those surveyed said Bush has the “best experience,” Trump is the candidate …':
            # the quotation closes with the comma, and the main clause follows its mark
            end = _subject_and_verb(words, subject + 1)
            if end is not None:
                return subject, end
            continue
        if adjunct and lower(words[subject]) in RELATIVE_PRONOUNS | WH_RELATIVES:
            continue  # "…, which passed, …": a relative clause, not the main clause
        if adjunct and words[subject].upos == "ADP" and lower(words[subject]) in CUE_PREPOSITIONS:
            # ", at the rally this week she said": the subject comes within a few words
            for p in range(subject + 2, min(len(words) - 1, subject + 9)):
                if is_comma(words[p]) or words[p].upos == "PUNCT":
                    break
                found = _subject_and_verb(words, p)
                if found is not None:
                    return comma, found
            continue
        end = _subject_and_verb(words, subject)
        if end is None and adjunct:
            end = _name_and_past(words, subject)
        if end is not None:
            return comma, end
    return None


def _name_and_past(words, start: int) -> int | None:
    """End of a name at ``start`` followed by a past tense the kit tagged a participle and its
    object (", Clinton restricted/VBN comments about …"), or None."""
    end = scan_np_right(words, start)
    if end is None or words[end].upos != "PROPN" or end + 2 >= len(words):
        return None
    verb, after = words[end + 1], words[end + 2]
    return end if verb.upos == "VERB" and verb.xpos == "VBN" and after.upos in {"DET", "NOUN", "PRON", "ADJ", "NUM"} else None


def _subject_and_verb(words, start: int) -> int | None:
    """End of a noun phrase at ``start`` followed by its finite verb (adverbs between), or None."""
    end = scan_np_right(words, start)
    if end is None or end + 1 >= len(words):
        return None
    verb = end + 1
    while verb < len(words) and words[verb].upos == "ADV":
        verb += 1
    return end if verb < len(words) and is_finite_verb(words[verb]) else None


# Subordinators that are prepositions too ("after the vote", "since May", "as a result").
PREPOSITION_SUBORDINATORS = frozenset({"after", "before", "since", "as"})
# Conjunctions of a subordinate clause that may open the sentence before its main clause.
FRONTED_SUBORDINATORS = frozenset({"while", "although", "though", "as", "after", "because", "since", "when",
                                   "whereas", "once", "before"})


def _cut_at_main_clause(words, frame: Frame) -> bool:
    """"While he acknowledged that the leaders remain in jail, he admitted that …": a cue in a
    subordinate clause that opens the sentence reports up to the comma before the main clause.
    The opener may follow a few words ("Ever since she announced her bid last year, she has
    said …", "One week after announcing his support for the bill, the senator voted …"), come
    before a participle ("After saying he was tired, the mayor left …") and the main clause may
    open with an adjunct ("Although in May she said the plan was a mistake, at the rally this
    week she said …"). False when what is left before the comma is no content (the frame is
    dropped: a noun-phrase frame may take the cue)."""
    if not frame.content or frame.position not in {"pre", "participle"}:
        return True
    start = clause_start(words)
    opener = next((j for j in range(start, min(frame.cue_first, start + 4))
                   if lower(words[j]) in FRONTED_SUBORDINATORS and words[j].upos in {"SCONJ", "ADP", "ADV"}), None)
    phrase = _fronted_preposition(words, frame, start) if opener is None else None
    if phrase is not None:
        opener = phrase  # "In addition to stating that …, Clinton has vowed …", "In describing the plan as …, the journalists …"
    elif opener is None or any(w.upos not in {"ADV", "NUM", "NOUN", "ADJ", "DET"} for w in words[start:opener]):
        opener = _inner_opener(words, frame, start)
        if opener is None:
            return True
    right_before = frame.subject[0] - 1 if frame.subject is not None and frame.subject[0] < frame.cue_first \
        else frame.cue_first - 1
    if words[opener].upos != "SCONJ" and lower(words[opener]) in PREPOSITION_SUBORDINATORS and opener != right_before:
        return True  # "After the vote he said the plan, which …": a phrase, not a clause, opens the sentence
    if opener != right_before and any(is_comma(w) or w.text in CLAUSE_END
                                      or is_quote_mark(w) and (is_comma(words[k - 1]) or words[k - 1].text in CLAUSE_END)
                                      for k, w in enumerate(words[opener:frame.cue_first], opener)):
        # "Before the vote, she said …": the opener's clause is over before the cue (but "Once in
        # my early 20s, when my mother mentioned the devil to me, I laughed": a second opener; and
        # a quotation closed without a comma does not end it: 'Though she called the behavior
        # “outrageous” and called for pay to be “clawed back” …, Clinton restricted …')
        opener = _inner_opener(words, frame, start)
        if opener is None:
            return True
    first, last = frame.content[0]
    found = _main_clause_after(words, first + 1, adjunct=True)
    if found is None or found[0] > last:
        return True
    if not _is_content(words, (first, found[0] - 1), frame):
        return False  # "Since announcing his bid, he has said …": no clause is reported before the comma
    # (the closing mark after the comma stays with its quotation: '… the “best experience,” Trump is …')
    frame.content = [(first, found[0] if is_quote_mark(words[found[0]]) else found[0] - 1)] + frame.content[1:]
    if frame.position == "participle" and frame.subject is None and words[found[0] + 1].upos != "ADP":
        frame.subject = (found[0] + 1, found[1])  # "After saying he was tired, the mayor left": the mayor
    return True


def _fronted_preposition(words, frame: Frame, start: int) -> int | None:
    """The preposition of a participle's phrase that opens the sentence ("In addition to stating
    that …", "Despite saying that …"; see ``_preposition_of_speaker``), or None."""
    if frame.position != "participle":
        return None
    b = frame.cue_first - 1
    while b > start and words[b].upos == "ADV":
        b -= 1
    if b < start or not _preposition_of_speaker(words, b) \
            or any(w.upos not in {"ADP", "NOUN", "SCONJ", "ADV", "CCONJ", "DET", "NUM", "ADJ"} for w in words[start:b]):
        return None
    return b


def _inner_opener(words, frame: Frame, start: int) -> int | None:
    """The subordinator right before the cue's subject, after a comma (or a comma and "and" /
    "but"), inside the sentence: "…, and while he said he would hold a hearing, it is unlikely
    …"; None if there is none."""
    inner = frame.subject[0] - 1 if frame.subject is not None and frame.subject[0] < frame.cue_first else None
    if inner is None or inner < start + 2 or lower(words[inner]) not in FRONTED_SUBORDINATORS \
            or not _subordinator_at(words, inner, start) or not (is_comma(words[inner - 1]) or (
                words[inner - 1].upos == "CCONJ" and is_comma(words[inner - 2]))):
        return None
    return inner


def _subordinator_at(words, inner: int, start: int) -> bool:
    """Does words[inner] open a subordinate clause: a subordinating conjunction, or "when" (the
    kit's adverb) before any finite verb of the sentence ("Once in my early 20s, when my mother
    mentioned the devil to me while driving, I laughed")?"""
    if words[inner].upos == "SCONJ":
        return True
    return lower(words[inner]) == "when" and not any(is_finite_verb(w) for w in words[start:inner])


def _passive_frame(frame: Frame, words) -> Frame | None:
    """"X was described by insiders as a “final attempt”": the speaker is the agent after "by";
    with no agent nobody is named, and there is no frame."""
    k = frame.cue_last + 1
    if k >= len(words) or lower(words[k]) != "by":
        return None
    end = scan_np_right(words, k + 1)
    if end is None:
        return None
    frame.subject = (k + 1, end)
    content = _content_after_from(words, end + 1, frame)
    if content is None or not _is_content(words, content, frame):
        return _passive_subject_content(frame, words, end)
    if lower(words[content[0]]) in {"who", "whom", "whose", "which"}:
        return None  # "The claim was repeated by the families who attended": the agent's relative clause
    if lower(words[content[0]]) == "that" and content[0] < content[1]:
        content, frame.that = (content[0] + 1, content[1]), True  # "He was told by aides that …"
    frame.content = [content]
    return frame


def passive_object_frame(frame: Frame, words) -> Frame | None:
    """The passive of a verb whose object is its content ("The move was hotly criticized by
    left-leaning economists"): the agent speaks, the passive subject is the content."""
    k = frame.cue_last + 1
    end = scan_np_right(words, k + 1) if k < len(words) and lower(words[k]) == "by" else None
    if end is None:
        return None
    frame.subject = (k + 1, end)
    return _passive_subject_content(frame, words, end)


def _passive_subject_content(frame: Frame, words, agent_end: int) -> Frame | None:
    """"O'Malley's move was first reported by MSNBC", "The move was hotly criticized by
    left-leaning economists", "Cruz was also endorsed by former rival Carly Fiorina": with
    nothing said after the agent, the passive subject is what the agent reported, rejected or
    backed, for a verb whose object is its content (``object_verbs``) or a speech verb that
    addresses no one (not "he was told by aides"). The subject must be a noun phrase that opens
    the clause (not "which was first reported by …")."""
    lemma = frame.lemma
    if not (lemma in lexicons.object_verbs() or frame.cls == "speech" and lemma not in lexicons.addressee_verbs()
            and lemma not in lexicons.quotation_verbs() and lemma != "ask"):
        return None
    if agent_end + 1 < len(words) and words[agent_end + 1].text not in CLAUSE_END and not is_comma(words[agent_end + 1]):
        return None  # the agent's clause goes on: "was backed by voters who …", "by 5 points in Ohio"
    be = frame.cue_first - 1
    while be > 0 and words[be].upos == "ADV":
        be -= 1
    while be > 0 and words[be - 1].upos in {"AUX", "ADV"} and lower(words[be - 1]) not in {"not", "n't"}:
        be -= 1  # "had been soundly rejected", "has also been endorsed"
    if lower(words[be]) in {"not", "n't"} or any(lower(w) in {"not", "n't", "never"} for w in words[be:frame.cue_first]):
        return None  # "was never mentioned by": nothing was said
    end = be - 1
    start = scan_np_left(words, end) if end >= 0 else None
    if start is None or words[end].upos not in {"NOUN", "PROPN"} or start > clause_start(words) \
            and not (is_comma(words[start - 1]) or words[start - 1].upos == "CCONJ"):
        return None
    frame.position, frame.content = "post", [(start, end)]
    return frame


def _by_agent_end(words, k: int) -> int:
    """Index after an agent phrase "by X" starting at ``k`` (``k`` itself when there is none)."""
    if k < len(words) and lower(words[k]) == "by":
        end = scan_np_right(words, k + 1)
        if end is not None:
            return end + 1
    return k


def _quoted_passive(frame: Frame, words) -> Frame | None:
    """"Defence Minister X was quoted by Reuters as saying that …" and '"…," X was quoted as
    saying by the state broadcaster': the one quoted (the passive subject) speaks; the agent
    only relayed the words (see channels). Without "as saying" there is no frame."""
    v = frame.cue_first
    k = _by_agent_end(words, v + 1)
    if k + 1 >= len(words) or lower(words[k]) != "as" or words[k + 1].xpos != "VBG" \
            or lexicons.verb_class(words[k + 1].lemma, words[k + 1].text) != "speech":
        return None
    after = _by_agent_end(words, k + 2)
    if after < len(words) and lower(words[after]) == "that":
        after, frame.that = after + 1, True
    content = _content_after_from(words, after, frame) if after < len(words) else None
    if content is not None and _is_content(words, content, frame):
        if _subject_left(words, frame, v) is None:
            return None
        frame.content = [content]
        return frame
    frame.position = "post"
    return _post_frame(frame, words)


def _progressive(words, v: int) -> bool:
    """Is the VBG at ``v`` the main verb of a progressive ("is telling", "is once again
    questioning", "isn't saying", "has been claiming")?"""
    return _after_be(words, v)


def passive(words, v: int) -> bool:
    """Is the VBN at ``v`` a passive ("was reported", "was first reported", "had been soundly
    rejected")?"""
    return words[v].xpos == "VBN" and _after_be(words, v, contracted=False)


def _after_be(words, v: int, contracted: bool = True) -> bool:
    """Does a form of "be" stand before words[v], with only adverbs between? A contracted "'s"
    counts only with ``contracted`` (before a participle it is mostly "has": "he's also said")."""
    i = v - 1
    while i >= 0 and (words[i].upos in {"ADV", "PART"} and not is_quote_mark(words[i])):
        i -= 1
    if i >= 0 and not contracted and lower(words[i]) in {"'s", "’s"}:
        return False
    return i >= 0 and words[i].upos == "AUX" and (words[i].lemma or "").lower() == "be"


# Catenatives whose progressive announces a statement still to come ("is going to say").
FUTURE_CATENATIVES = frozenset({"go", "start", "begin"})


def _catenative_anchor(words, v: int) -> int | None:
    """Index of the catenative verb that carries the reporting verb at ``v`` ("went on to say",
    "took to Twitter to accuse", "could not resist pointing out", "began by saying"), or None.
    A future "is going to say" is an intention, not a statement."""
    i = v - 1
    if i >= 0 and lower(words[i]) == "to" and words[v].xpos in {"VB", "VBP"}:
        i -= 1
        if i >= 0 and words[i].upos == "ADJ":
            return _adjective_anchor(words, i)  # "was quick to point out", "are more likely to say"
        j = i
        while j >= 0 and i - j < 4 and words[j].upos in {"PROPN", "NOUN", "DET", "ADJ"}:
            j -= 1
        if j < i and j >= 0 and lower(words[j]) == "to" and (words[j - 1].lemma or "").lower() == "take":
            i = j - 1  # "took to Twitter to accuse"
        elif j < i and j >= 0 and (words[j].lemma or "").lower() == "take" and words[i].upos == "NOUN" \
                and (words[i].lemma or lower(words[i])).lower() in lexicons.catenative_objects():
            i = j  # "are taking pains to say", "took a moment to point out"
    elif words[v].xpos == "VBG":
        if i >= 0 and lower(words[i]) == "by":
            i -= 1  # "began by saying"
    else:
        return None
    while i >= 0 and (words[i].upos == "ADV" or lower(words[i]) in {"on", "not", "n't"}):
        i -= 1
    if i < 0 or words[i].upos != "VERB" or (words[i].lemma or "").lower() not in lexicons.catenative_verbs():
        return None
    if words[i].xpos == "VBG" and _progressive(words, i) and (words[i].lemma or "").lower() in FUTURE_CATENATIVES:
        return None  # "is going to say", "is starting to say" ("is trying to tell", "is continuing to insist" report)
    if words[i].xpos in {"VB", "VBN", "VBG"} and not _progressive(words, i) and not _finite_position(words, i):
        return None
    return i


COMPARATIVES = frozenset({"more", "less"})


def _adjective_anchor(words, a: int) -> int | None:
    """Index of the "be" before the catenative adjective at ``a`` ("Sexton was quick to point out
    that …", "voters are slightly more likely to say that …", ``catenative_adjectives.tsv``), or
    None ("He is likely to say …" predicts; "free to vote" is no adjective of the list)."""
    when = lexicons.catenative_adjectives().get((words[a].lemma or lower(words[a])).lower())
    if when is None:
        return None
    j = a - 1
    if when == "comparative":
        if j < 0 or lower(words[j]) not in COMPARATIVES:
            return None
        j -= 1
    while j >= 0 and words[j].upos == "ADV":
        j -= 1  # "slightly more likely", "generally more likely", "always quick"
    if j < 0 or (words[j].lemma or "").lower() != "be" or not is_finite_verb(words[j]):
        return None
    return j


def chain_anchor(words, v: int) -> int | None:
    """Index of the verb that carries the reporting verb at ``v`` and its subject: a catenative
    verb ("went on to say", ``_catenative_anchor``) or an occasion ("used the speech to call for",
    ``complements.occasion_anchor``); for the second of two coordinated infinitives, the first
    one's ("went on to promote his show and note that …", "used the speech to attack Clinton and
    claim that …"). None otherwise."""
    anchor = _catenative_anchor(words, v)
    if anchor is None:
        anchor = occasion_anchor(words, v)
    if anchor is None and v > 0 and words[v - 1].upos == "CCONJ" and words[v].xpos == "VB" \
            and lexicons.verb_class(words[v].lemma, words[v].text) != "finding":
        # (not "tries to form a government and find a way around a provision that …": a search)
        first = _infinitive_before(words, v - 1)
        if first is not None:
            anchor = chain_anchor(words, first)  # (after its "to": a catenative or an occasion only)
    return anchor


def _infinitive_before(words, cc: int) -> int | None:
    """The bare verb of the to-infinitive that the conjunction at ``cc`` follows in the same clause
    ("to promote his show, and note …" -> promote), or None: no finite verb, clause end or
    quotation mark in between."""
    for j in range(cc - 1, 0, -1):
        w = words[j]
        if w.text in CLAUSE_END or is_quote_mark(w) or is_finite_verb(w) or w.text in {";", ":"}:
            return None
        if w.xpos == "VB" and lower(words[j - 1]) == "to":
            return j
    return None


def _finite_position(words, v: int) -> bool:
    """A VBN/VB-tagged verb still reports when it follows an auxiliary or sits right after its
    subject or a parenthesis (the kit often tags "reported"/"demanded" VBN)."""
    if words[v].deprel == "root" and any(w.head == v + 1 and (w.deprel or "").startswith("nsubj") for w in words):
        return True  # "A campaign ad in 2008 questioned whether …": the parse has its subject
    i = v - 1
    while i >= 0 and (words[i].upos == "ADV" or lower(words[i]) in {"not", "n't"}):
        i -= 1  # "could not resist": "not" is tagged PART or ADV
    if i >= 2 and is_temporal(words[i]) and lower(words[i - 1]) in ADJUNCT_PREPOSITIONS \
            and words[i - 2].upos in {"NOUN", "PROPN"}:
        return True  # "A campaign ad in 2008 questioned whether …" (questioned/VBN)
    if i < 0:
        return False
    before = words[i]
    if words[v].xpos == "VBN" and words[v].deprel == "acl" and before.upos == "NOUN" and words[v].head == i + 1 \
            and (before.lemma or "").lower() in lexicons.reporting_nouns() | lexicons.document_nouns():
        return False  # "In a video statement posted on its page, …": a reduced relative clause
    if words[v].xpos == "VBN" and before.upos == "NOUN" and _naming_verb(words[v]) \
            and (words[v].deprel or "").split(":")[0] in {"acl", "amod", "advcl", "xcomp"} \
            and not (v + 1 < len(words) and words[v + 1].upos == "ADP"):  # (not "Trump called/VBN for a ban")
        # "paying more for items labeled “Made in Ohio,”", "a group called X", "messages later
        # deemed “top secret”": a reduced relative (a past tense the kit tags VBN is the root or a conjunct)
        return False
    if before.upos == "AUX" or is_comma(before) or (before.text in DASHES | {"-"} and not attached(words, i)):
        return True  # (a spaced hyphen for a dash: "Trump - who previously said … - said/VBN at a rally that …")
    if is_quote_mark(before) and i > 0 and is_comma(words[i - 1]):
        return True  # 'Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested/VBN …': a title closes the apposition
    if words[v].xpos == "VBN" and lower(before) in HAVE_FORMS:
        return True  # "Sanders supporters have/VERB long called for her ouster": the kit's tag for the auxiliary
    if before.upos == "CCONJ" and words[v].xpos == "VBN" and _past_before(words, i):
        return True  # "Romney ran on his record and accused Obama of …" (accused/VBN): a second past tense
    if before.text == "%" or (before.xpos == "VBN" and i > 0 and (lower(words[i - 1]) == "those" or (
            lower(before) in POLLED and words[i - 1].upos in {"NOUN", "PROPN"}))):
        return True  # "42% say …", "those surveyed say …", "Cuban-Americans polled said …"
    # (not after a possessive: "his proposed/VBN budget cuts" is an adjective)
    return before.upos in {"NOUN", "PROPN"} or (before.upos == "PRON" and lower(before) not in RELATIVE_PRONOUNS
                                                 and before.xpos != "PRP$" and "Poss=Yes" not in (before.feats or ""))


def _past_before(words, i: int) -> bool:
    """Is the nearest finite verb before words[i] a simple past tense (VBD, no auxiliary "be"/"have"
    before it) or a perfect ("has criticized")? Then a VBN-tagged verb coordinated after it is a
    past tense or a perfect too; after "was arrested and charged" it is a passive. A modal's verb
    takes no past form as its conjunct: in "said he would order a review and warned against …"
    "warned" joins "said"."""
    for j in range(i - 1, -1, -1):
        if words[j].text in CLAUSE_END:
            return False
        if words[j].upos == "AUX" and words[j].xpos == "MD":
            continue
        if words[j].upos == "VERB" and words[j].xpos == "VBN":
            k = j - 1
            while k > 0 and words[k].upos == "ADV":
                k -= 1
            if k >= 0 and words[k].upos == "AUX" and lower(words[k]) in HAVE_FORMS:
                # "Trump has sharply criticized free-trade deals … and called/VBN for steep new tariffs"
                return True
        if words[j].upos in {"VERB", "AUX"} and words[j].xpos not in {"VB", "VBG"}:  # (not "to jolt the economy")
            if words[j].upos == "AUX" and words[j].xpos == "VBD" and (words[j].lemma or "").lower() == "be":
                k = j + 1
                while k < i and words[k].upos in {"ADV", "PART"}:
                    k += 1
                # "… that Machado was “disgusting” and encouraged/VBN Americans to …": a copula's
                # past, not "was arrested and charged/VBN" (an auxiliary)
                return k < i and words[k].upos != "VERB"
            return words[j].xpos == "VBD" and words[j].upos == "VERB" \
                and not (j > 0 and words[j - 1].upos == "AUX")
    return False


def _adverb_tagged_pronoun(words, k: int) -> bool:
    """"Clinton has nevertheless/PRON called his vote an irresponsible one": a word between an
    auxiliary and its verb that the tagger calls a pronoun but is none of the personal pronouns
    is an adverb (not "has he said": an inverted subject)."""
    return words[k].upos == "PRON" and k > 0 and words[k - 1].upos == "AUX" \
        and lower(words[k]) not in lexicons.pronouns() and k + 1 < len(words) and words[k + 1].upos in {"VERB", "AUX"}


def _subject_left(words, frame: Frame, v: int) -> tuple[int, int] | None:
    """Find and set the subject noun phrase left of the verb at ``v`` (skipping adverbs,
    auxiliaries and a parenthesis set off by commas)."""
    end = v - 1
    while end >= 0 and (words[end].upos in SKIPPABLE_BEFORE_VERB and not is_quote_mark(words[end])
                        and not (words[end].upos == "ADV" and end == v - 1 and lone_quantifier(words, end))
                        or _temporal_before(words, end)
                        or (lower(words[end]) in FLOATING_QUANTIFIERS and end + 1 < len(words)
                            and words[end + 1].upos in {"VERB", "AUX"} and end > 0 and words[end - 1].upos == "AUX")
                        or _adverb_tagged_pronoun(words, end)
                        or (lower(words[end]) in HAVE_FORMS and words[v].xpos == "VBN")):
        end -= 1  # "has repeatedly", "on Tuesday", "last week"; "have/VERB long called": the kit's tag
    before_verb = end  # the word before the verb but adverbs, auxiliaries and dates
    if end >= 2 and (words[end].text in DASHES or words[end].text == "-") and not attached(words, end):
        # "Democrats -- including Clinton -- quickly accused …": the subject stands before the dashes
        # (also a spaced hyphen for a dash: "Jane Roe - his partner on the show - told …")
        dash = words[end].text
        opening = next((j for j in range(end - 1, max(0, end - 25), -1) if words[j].text in DASHES
                        or (words[j].text == dash and not attached(words, j))
                        or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
        if opening is not None and (words[opening].text in DASHES or words[opening].text == dash) and opening > 0:
            end = opening - 1
    contact = end - 1 if end >= 1 and words[end].upos == "ADP" and lower(words[end]) in {"to", "with"} else end
    if contact >= 2 and words[contact].upos == "VERB" \
            and words[contact].xpos in {"VBD", "VBP", "VBZ"} and lower(words[contact - 1]) in {"i", "we", "he", "she", "they"} \
            and words[contact - 2].upos in {"NOUN", "PROPN"} and words[contact - 2].xpos in {"NNS", "NNPS", "NN", "NNP"} \
            and lexicons.verb_class(words[contact].lemma, words[contact].text) is None:
        # "all the experts I interviewed said …", "the voters we spoke with said …": a relative
        # clause without its pronoun on the subject
        end = contact - 2
    if end >= 1 and end < v - 1 and words[end].upos == "VERB" and words[end - 1].upos in {"NOUN", "PROPN"} \
            and (words[end].xpos == "VBN" or words[end].xpos == "VBD" and is_temporal(words[end + 1])):
        # "A court document filed Thursday says that …", "The report published/VBD Tuesday showed
        # that …": a reduced relative with its date
        end -= 1
    if end >= 1 and is_comma(words[end]) and words[end - 1].text == ")" and _matching_comma(words, end) is None:
        end -= 1  # "Sen. Jack Reed (D-R.I.), said after a lunch that …": a stray comma after the label
    if end >= 1 and is_comma(words[end]) and _matching_comma(words, end) is None and _stray_comma_before(words, end, v):
        end -= 1  # "But the political editor of The Parisian Marion Mourgue, wrote on X that …": a stray comma
    if end >= 0 and is_comma(words[end]):
        # "X, a trader in Chaman, told …", "officials, speaking anonymously, reiterated …"
        open_comma = _matching_comma(words, end)
        if open_comma is not None and _state_after_city(words, open_comma, end):
            # "The mayor, during a town hall meeting in Dayton, Ohio, said …": "Dayton, Ohio" is
            # one place, and the apposition opens at the comma before it
            earlier = _matching_comma(words, open_comma)
            if earlier is not None and not _clause_between(words, earlier + 1, end - 1):
                open_comma = earlier
        if open_comma is None or _clause_between(words, open_comma + 1, end - 1):
            # "In the world of politics, it is highly unusual for …, said Matt Roe, a speechwriter
            # who …": the words between the commas are a clause, not an apposition of a subject
            return None
        frame.apposition = (open_comma + 1, end - 1)
        end = open_comma - 1
        aside = end
        while aside > 0 and end - aside < 3 and words[aside].upos == "ADV":
            aside -= 1
        if aside < end and aside >= 1 and is_comma(words[aside]):
            # "Sanders, meanwhile, who sits at zero such endorsements, said …": an adverb set off
            # by its own commas stands between the subject and its apposition
            end = aside - 1
    last = end
    if end >= 2 and words[end].text == ")":
        # "The Confederation of British Industry (CBI) warned", "Rep. Jane Doe (D-Ohio) said":
        # keep the bracket with the name
        opening = next((j for j in range(end - 1, max(-1, end - 9), -1) if words[j].text == "("), None)
        if opening is not None and opening > 0:
            end = opening - 1
        elif frame.apposition is None:
            # "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior
            # staffer) says he was unfocused": a long parenthesis describes the subject before it
            opening = next((j for j in range(end - 1, max(-1, end - 30), -1) if words[j].text in {"(", ")"}), None)
            if opening is not None and opening > 0 and words[opening].text == "(" \
                    and words[opening - 1].upos in {"NOUN", "PROPN"}:
                frame.apposition = (opening + 1, end - 1)
                end = last = opening - 1
    if end >= 3 and lower(words[end]) in {"whom", "which"} and lower(words[end - 1]) == "of" and is_comma(words[end - 3]) \
            and (lone_quantifier(words, end - 2) or words[end - 2].upos == "NUM" or lower(words[end - 2]) == "all"):
        # "family members of the victims, many of whom say the claims are unfounded": a share of
        # the group before the comma speaks
        frame.subject = (end - 2, end)
        return frame.subject
    if end >= 1 and lower(words[end]) in {"who", "which", "that"} and words[end].upos in {"PRON", "DET", "SCONJ"} \
            and frame.apposition is None:
        # "an architect who said he was stiffed", "a letter from his doctor that says …": the
        # relative pronoun's antecedent speaks
        antecedent = end - 1
        if is_comma(words[antecedent]):
            antecedent -= 1
        if antecedent >= 0 and lower(words[antecedent]) == "those" and words[antecedent].upos == "PRON":
            return _among_those_who(words, frame, antecedent)
        if lower(words[end]) == "who" and antecedent < end - 1:
            antecedent = _past_age_and_place(words, antecedent)  # "Ana Ruiz, 24, from Dayton, who …"
        if lower(words[end]) == "who" and antecedent > 0 and antecedent < end - 1 \
                and ner_type(words[antecedent]) in NER_PLACE and _subject_left(words, frame, end) is not None:
            # "Jane Roe, a doctor from Dayton, Ohio, who said she knew the family, declined …":
            # "who" is a person, never the place; the relative clause ends at its comma
            start = frame.subject[0]
            frame.relative = start <= clause_start(words) or is_comma(words[start - 1]) or _verb_after_comma(words, v)
            return frame.subject
        start = scan_np_left(words, antecedent) if antecedent >= 0 else None
        if antecedent >= 2 and words[antecedent].upos == "NUM" and lower(words[antecedent - 1]) in {"in", "of"} \
                and words[antecedent - 2].upos == "NUM":
            start = antecedent - 2  # "compared with four in 10 who said they preferred …": a poll's share
        elif start is None or words[antecedent].upos not in {"NOUN", "PROPN"} and words[antecedent].text != "%":
            return None
        if lower(words[end]) == "who":
            start = _person_in_noun_phrase(words, start, antecedent)
        frame.subject = (start, antecedent)
        # "Turkey, which maintains close ties with Kabul, is facilitating …": a relative clause
        # on the sentence's subject ends at its comma; on an object ("… tore into Sen. Jane Roe,
        # who during an interview claimed the president, in six months, had …") it runs on
        frame.relative = is_comma(words[end - 1]) and (start <= clause_start(words) or is_comma(words[start - 1])
                                                        or _verb_after_comma(words, v))
        return frame.subject
    start = scan_np_left(words, end) if end >= 0 else None
    if start is None and end >= 0 and lone_quantifier(words, end):
        start = end  # "Some say the plan will fail", "another says there are about 1,800"
    if start is None and end == before_verb and _finding_noun_as_verb(words[end]):
        # "The latest Reuters poll/VBP showed …", "Exit polling/VBG showed that …": the kit tags the
        # finding noun before the verb as a verb; the noun phrase ends with it
        start = scan_np_left(words, end - 1) if end > 0 and np_word(words[end - 1]) else end
    if start is not None and start >= 2 and frame.apposition is None and lower(words[start - 1]) == "by" \
            and finding_word(words[start - 2]):
        # "A survey by the organization in March found …": the work speaks, not its author's
        # phrase (the finding names its source)
        return _subject_left(words, frame, start - 1)
    if start is not None and start >= 2 and frame.apposition is None and words[start - 1].upos == "ADP" \
            and lower(words[start - 1]) in ADJUNCT_PREPOSITIONS:
        # "Warren, who during a Monday interview claimed …", "McConnell, who in 2010 said …",
        # "A poll released in late August found …": the phrase between subject and verb is when
        # or where, and the subject stands before it
        before = start - 1
        if words[before - 1].upos == "VERB" and words[before - 1].xpos == "VBN":
            before -= 1  # "released in late August": the participle belongs to the subject
        if before > 0 and (words[before - 1].upos in {"NOUN", "PROPN"} or lower(words[before - 1]) in RELATIVE_PRONOUNS
                           or words[before - 1].upos == "PRON" and before == start - 1):
            return _subject_left(words, frame, before)
        # "The announcement came after Pakistan declared …": "after" opens the clause
    if start is not None and start >= 3 and frame.apposition is None and words[start - 1].upos == "ADP" \
            and words[start - 2].upos == "VERB" and words[start - 3].upos in {"NOUN", "PROPN"} \
            and (words[start - 2].xpos in {"VBG", "VBN"} or words[start - 2].xpos == "VBD"
                 and lower(words[start - 1]) not in FRONTED_SUBORDINATORS | {"until", "if"}):
        # "Officials speaking on condition of anonymity said …", "Residents living near the plant
        # said …", "Protesters marching through the streets chanted …": the participle's phrase
        # modifies the subject, which stands before it (the speaker was "condition of anonymity";
        # also a participle the kit tagged a past: "The man charged/VBD with the murder told …",
        # not "The announcement came after Pakistan declared …": "after" opens a clause)
        head = scan_np_left(words, start - 3)
        if head is not None:
            frame.subject = (head, last)
            return frame.subject
    if start is None or lower(words[end]) in RELATIVE_PRONOUNS:
        frame.apposition = None
        return None
    if frame.apposition is None and disagrees(words, start, end, v):
        # "Many farmers who traveled to the capital to protest the new law say they will …": the
        # noun before the verb cannot be its subject; the parse's, further left, is
        parsed = next((j for j in range(start - 1, -1, -1) if words[j].head == v + 1
                       and (words[j].deprel or "").startswith("nsubj") and words[j].upos in {"NOUN", "PROPN", "PRON"}), None)
        if parsed is None:
            parsed = _noun_before_participle(words, start, v)
        if parsed is not None:
            opening = scan_np_left(words, parsed)
            frame.subject = (parsed if opening is None else opening, parsed)
            return frame.subject
    antecedent = _antecedent_before_relative_object(words, start) if frame.apposition is None else None
    if antecedent is not None:
        frame.subject = antecedent
        return frame.subject
    frame.subject = (_coordinated_subject(words, start, aside=v + 1 < len(words) and is_comma(words[v + 1])), last)
    quoted = quoted_as_saying(words, v) if frame.position == "pre" else None
    if quoted is not None:
        # "The newspaper Dawn quoted a senior official as saying (that) the talks had stalled":
        # the one quoted speaks, and what was said begins after "as saying (that)"
        frame.subject, frame.apposition = quoted, None
        first = quoted[1] + 3
        if first < len(words) and lower(words[first]) == "that":
            first, frame.that = first + 1, True
        frame.content = [(max(a, first), b) for a, b in frame.content if b >= first]
    return frame.subject


def _noun_before_participle(words, start: int, v: int) -> int | None:
    """The noun that a participle's phrase before ``start`` hangs on, when it agrees with the verb
    at ``v`` ("Democrats trying to regain control of the Senate in November say …": the parse
    makes "Democrats" the subject of "trying"), or None. No comma or finite verb may stand between."""
    for j in range(start - 1, 0, -1):
        if is_comma(words[j]) or is_finite_verb(words[j]) or is_quote_mark(words[j]) or words[j].text in CLAUSE_END:
            return None
        if words[j].upos == "VERB" and words[j].xpos in {"VBG", "VBN"} and words[j - 1].upos in {"NOUN", "PROPN"}:
            opening = scan_np_left(words, j - 1)
            return j - 1 if not disagrees(words, j - 1 if opening is None else opening, j - 1, v) else None
    return None


def _stray_comma_before(words, comma: int, v: int) -> bool:
    """Is the comma at ``comma``, right before the finite cue at ``v``, a stray one after the
    sentence's subject ("But the political editor of The Parisian Marion Mourgue, wrote on X that
    …")? The noun phrase before it opens the sentence, and the cue goes on with a preposition,
    "that" or a quotation, not with a subject of its own ("The contrast with Trump, said Doyle and
    others, would be clear": an aside; "Clinton, pressed by …": a participle)."""
    if v + 1 >= len(words) or words[v].xpos not in {"VBD", "VBZ", "VBP"} \
            or not (words[v + 1].upos == "ADP" or lower(words[v + 1]) == "that" or is_quote_mark(words[v + 1])):
        return False
    return _opening_noun_phrase(words, comma - 1)


def _opening_noun_phrase(words, end: int) -> bool:
    """Does a noun phrase ending at ``end`` open its sentence (after an opening conjunction: "But
    the political editor …"), with a name or a noun for its head?"""
    start = scan_np_left(words, end)
    if start is None or words[end].upos not in {"PROPN", "NOUN"}:
        return False
    first = clause_start(words)
    if first < len(words) and words[first].upos == "CCONJ":
        first += 1
    return start == first


def _finding_noun_as_verb(word) -> bool:
    """A finding noun ("poll", "polling", "survey") the kit tagged as a verb (VBP, VB, VBG)?"""
    form = lower(word)
    return word.upos == "VERB" and word.xpos in {"VBP", "VB", "VBG"} \
        and (form in lexicons.finding_nouns() or (word.lemma or "").lower() in lexicons.finding_nouns() and form.endswith("ing"))


def _past_age_and_place(words, k: int) -> int:
    """The person before an age and a place set off by commas, given the last word before "who"
    ("Ana Ruiz, 24, from Dayton, who said …" -> Ruiz; "Jo Roe, 62, who …" -> Roe): "who" is the
    person, not the place or the number. ``k`` itself when no such segment ends there."""
    found = k
    for _ in range(3):
        start = k if words[k].upos == "NUM" else scan_np_left(words, k)
        if start is None:
            break
        place = words[k].upos == "PROPN" and start > 0 and words[start - 1].upos == "ADP" \
            and lower(words[start - 1]) in {"from", "of", "in"}
        opening = start - 1 if place else start
        if not (place or words[k].upos == "NUM" and start == k) or opening < 2 or not is_comma(words[opening - 1]):
            break
        k = opening - 2
        if words[k].upos == "PROPN":
            found = k  # (not "as nasty things often do, in the mouth of Donald Trump, who …")
    return found


def _coordinated_subject(words, start: int, aside: bool = False) -> int:
    """Where a subject of two coordinated speakers begins, given the start of the second ("…, he
    and Mr. Allen said", "Trump and his attorneys argued", "…, she and another reporter said"):
    at the first, when the coordination opens its clause (at the sentence's start or
    after a quotation mark, or after a comma when the first speaker is a pronoun or a name); else
    ``start`` ("She left the room and Mr. Allen said …": "the room" is an object; "a coalition of
    minorities, young people and women …": a list). ``aside``: the verb is followed by a comma, a
    report set off inside the clause ("The source of the attraction, union members and leaders
    say, is manifold"), where the comma before the first speaker opens the aside."""
    cc = start - 1
    if cc < 1 or lower(words[cc]) not in {"and", "or"}:
        return start
    first = cc - 1 if words[cc - 1].upos == "PRON" and lower(words[cc - 1]) in SUBJECT_PRONOUNS \
        else scan_np_left(words, cc - 1)
    if first is None or words[cc - 1].upos not in {"NOUN", "PROPN", "PRON"}:
        return start
    if first <= clause_start(words) or is_quote_mark(words[first - 1]):
        return first
    if is_comma(words[first - 1]) and (words[cc - 1].upos in {"PRON", "PROPN"} or aside):
        return first  # (not "a coalition of minorities, young people and women …": a list)
    return start


def _person_in_noun_phrase(words, start: int, end: int) -> int:
    """Where the antecedent of "who" begins in the noun phrase words[start..end]: at the name
    after a preposition when the phrase's head is no person ("hardly an anomaly for Kaine, who
    criticized …": Kaine, tagged a person), else at ``start`` ("the wife of John Roe, who said":
    the wife; "a graduate of Harvard Law School, who": no person's name)."""
    if words[end].upos != "PROPN" or ner_type(words[end]) not in NER_PERSON:
        return start
    for j in range(start + 1, end):
        if words[j].upos == "ADP" and words[j - 1].upos == "NOUN" and not _names_a_speaker(words, j - 1, j - 1) \
                and all(w.upos == "PROPN" for w in words[j + 1:end + 1]):
            return j + 1
    return start


def _antecedent_before_relative_object(words, start: int) -> tuple[int, int] | None:
    """The subject before a relative clause without commas whose object ends just before the
    cue: "economists who favor consumption taxes agree that …" (not "consumption taxes"): the
    noun phrase at ``start`` follows the relative clause's finite verb, and "who" follows a noun
    (not "that", which opens object relatives too: "a gap that homeland/VBP security experts say
    renders …"). None otherwise."""
    j = start - 1
    if j < 2 or not is_finite_verb(words[j]) or words[j].upos != "VERB":
        return None
    k = j - 1
    while k > 0 and words[k].upos == "ADV":
        k -= 1
    if k < 1 or lower(words[k]) != "who" or words[k].upos not in {"PRON", "DET", "SCONJ"} \
            or words[k - 1].upos not in {"NOUN", "PROPN"}:
        return None
    first = scan_np_left(words, k - 1)
    if first is None:
        return None
    if first >= 2 and is_comma(words[first - 1]) and words[first - 2].upos == "PROPN":
        # '“…,” Nate Silver, the polling guru who founded the site tweeted': the name before the
        # apposition speaks
        name = scan_np_left(words, first - 2)
        if name is not None:
            return (name, first - 2)
    return (first, k - 1)


def _state_after_city(words, open_comma: int, close: int) -> bool:
    """Are the words between two commas a place name after a place name ("in Dayton, Ohio,",
    "from Lyon, France,"): the second part of one place, not an apposition?"""
    between = words[open_comma + 1:close]
    return 0 < len(between) <= 3 and open_comma > 0 and words[open_comma - 1].upos == "PROPN" \
        and all(w.upos == "PROPN" and ner_type(w) in NER_PLACE for w in between)


def _clause_between(words, first: int, last: int) -> bool:
    """Do words[first..last] open with a clause, a subject and its finite verb ("it is highly
    unusual for …"), rather than an apposition ("its chief executive", with "its" split as "it
    s") or a relative clause ("who lost")?"""
    if first > last or split_possessive(words[first]) or lower(words[first]) in RELATIVE_PRONOUNS | WH_RELATIVES:
        return False
    return _opens_clause(words, first, that_ahead=False)


def _among_those_who(words, frame: Frame, those: int) -> tuple[int, int] | None:
    """"Jane Roe is among those who say they will not vote", "She was one of those who argued
    that …": the subject of "be among / one of" speaks; a bare "those who say …" is the speaker
    as written."""
    j = those - 1
    if j >= 1 and lower(words[j]) in {"among", "of"}:
        if lower(words[j]) == "of" and lower(words[j - 1]) == "one":
            j -= 1
        be = j - 1
        while be >= 0 and words[be].upos == "ADV":
            be -= 1
        if be >= 1 and (words[be].lemma or "").lower() == "be":
            saved = frame.subject
            found = _subject_left(words, frame, be)
            if found is not None:
                return found
            frame.subject = saved
    if those == clause_start(words) or (those > 0 and words[those - 1].upos in {"ADP", "CCONJ", "VERB", "AUX"}
                                        or is_comma(words[those - 1])):
        frame.subject = (those, those)
        return frame.subject
    return None


def _verb_after_comma(words, v: int) -> bool:
    """Does the first comma after ``v`` lead straight into a finite verb (", is a good example"):
    the relative clause closes there and the main clause goes on?"""
    comma = next((j for j in range(v + 1, len(words)) if is_comma(words[j]) or words[j].text in CLAUSE_END), None)
    if comma is None or not is_comma(words[comma]):
        return False
    k = comma + 1
    while k < len(words) and words[k].upos == "ADV":
        k += 1
    return k < len(words) and is_finite_verb(words[k])


def quoted_as_saying(words, v: int) -> tuple[int, int] | None:
    """'"…," the agency quoted the minister as saying': the one quoted speaks, the agency
    only reports it."""
    if (words[v].lemma or "").lower() != "quote":
        return None
    end = scan_np_right(words, v + 1)
    if end is None:
        # "quoted a senior official as saying" with the noun tagged an adjective: the words up to "as"
        k = v + 1
        while k < len(words) and k - v < 8 and np_word(words[k]) and not is_quote_mark(words[k]):
            k += 1
        end = k - 1 if k > v + 1 and k < len(words) and lower(words[k]) == "as" else None
    if end is None or end + 2 >= len(words) or lower(words[end + 1]) != "as" \
            or words[end + 2].xpos != "VBG" or (words[end + 2].lemma or "").lower() not in lexicons.reporting_verbs():
        return None
    return (v + 1, end)


def _symbol(word) -> bool:
    """A token of symbols only (an emoji), neither a word nor a comma or quotation mark."""
    return not any(ch.isalnum() for ch in word.text) and not is_comma(word) and not is_quote_mark(word) \
        and word.text not in CLAUSE_END


def _temporal_before(words, i: int) -> bool:
    """Is words[i] part of a time expression between a subject and its verb ("on Tuesday")?"""
    if is_temporal(words[i]) and words[i].upos != "NUM":
        # "British Prime Minister Theresa May said …": a month's name right after a given name,
        # with no day after it, ends the name ("Smith on May 5 said" has its preposition and day)
        return not (_month_name(words[i]) and i > 0 and words[i - 1].upos == "PROPN"
                    and not is_temporal(words[i - 1]) and not (i + 1 < len(words) and words[i + 1].upos == "NUM"))
    return lower(words[i]) in {"on", "in", "last", "this", "earlier"} and i + 1 < len(words) and is_temporal(words[i + 1])


def _month_name(word) -> bool:
    """A month's full name, capitalised ("May", "June"; not "Sept." nor "may")."""
    return word.text[:1].isupper() and word.text.isalpha() and lower(word) in lexicons.calendar_names()[1]


OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them", "you"})


def _cue_phrases_end(words, k: int) -> int:
    """The index after the prepositional phrases of the cue from words[k] ("said on Saturday at a
    dinner in Washington …", "said of the deal, …"); ``k`` when none opens there."""
    chain = k
    while chain < len(words) and words[chain].upos == "ADP" and lower(words[chain]) in CUE_PREPOSITIONS:
        np_end = scan_np_right(words, chain + 1)
        if np_end is None:
            break
        chain = np_end + 1
    return chain


def _post_frame(frame: Frame, words) -> Frame | None:
    """CONTENT, the sources said / CONTENT, said the source / CONTENT, officials said, CONTENT."""
    v, last = frame.cue_first, frame.cue_last
    after = last + 1
    while after < len(words) and (is_temporal(words[after]) or lower(words[after]) in {"on", "in"}
                                  and after + 1 < len(words) and is_temporal(words[after + 1])):
        after += 1  # "said on Tuesday", "said in May" (not "wrote in an email to …": the cue's phrase)
    chain = _cue_phrases_end(words, after)
    # "Mr. Rubio said in his 2012 book, ''An American Son.''", "she wrote in her memoir, “Tough
    # Choices.”": the quotation names the work, nothing more was said
    titled = chain > after and chain + 1 < len(words) and is_comma(words[chain]) and _quoted_title(words, chain + 1)
    if not titled and chain > after and chain + 1 < len(words) and is_comma(words[chain]) and (
            is_quote_mark(words[chain + 1]) or words[chain + 1].upos == "CCONJ" and _quotation_after_adverbs(words, chain + 2)):
        # '“It is dead,” Smith said of the deal, “and …”', 'Oz is “smart as hell,” Steve Mosko
        # wrote in an email to the NFL Network’s Rich Eisen, and “full of s---.”': the phrase is the cue's
        after = chain
    if frame.lemma in lexicons.addressee_verbs() and after + 1 < len(words) and after == last + 1 \
            and (words[after].upos == "PROPN" or lower(words[after]) == "the" and words[after + 1].upos == "PROPN") \
            and not is_comma(words[v - 1]):
        # "And yet every Friday, the former HP executive told The Washington Post, Fiorina would
        # lead …": a named addressee, then the clause goes on after its comma
        named = scan_np_right(words, after)
        if named is not None and named + 2 < len(words) and is_comma(words[named + 1]) \
                and all(w.upos == "PROPN" or lower(w) == "the" for w in words[after:named + 1]) \
                and _opens_clause(words, named + 2, that_ahead=False):
            after = named + 1
    if frame.lemma in lexicons.addressee_verbs() and after + 1 < len(words) and lower(words[after]) in OBJECT_PRONOUNS \
            and after == last + 1:
        # "The solution, the partner told them, was simple", "The difference now, he told me on
        # Friday, is that …": the addressee (and a date), then the clause goes on
        dated = after + 1
        while dated < len(words) and _temporal_before(words, dated):
            dated += 1
        if dated < len(words) and is_comma(words[dated]):
            after = dated
    before = v - 1
    while before > 0 and _symbol(words[before]):
        before -= 1
    # '“How many times must we see this?” Clinton said.': the tokenizer ends the quotation's
    # sentence at its "?”", and the attribution stands alone after it
    bare = False
    inverted = before >= 0 and (is_comma(words[before]) or is_quote_mark(words[before])) \
        or (v == clause_start(words) and _follows_quotation(words))
    if inverted and before >= 0 and is_comma(words[before]) and last + 1 < len(words) \
            and (is_temporal(words[last + 1]) or lower(words[last + 1]) in OBJECT_PRONOUNS
                 or frame.lemma in lexicons.addressee_verbs() and _matching_comma(words, before) is not None):
        # '"…," Mitch Roe, R-Ky., said Tuesday.' / '"…," Mr. Roe, 82, told me.' / '"…," Ann Roe, a
        # council member, told Reuters.': a date or an addressee after the verb is no inverted
        # subject (a verb of telling never inverts); the subject stands before the apposition.
        inverted = False
    end = scan_np_right(words, last + 1) if inverted else None  # inverted: ", said the source"
    if end is not None and words[v].xpos == "VBN" and is_comma(words[before]) and not _names_a_speaker(words, last + 1, end):
        return None  # "…, proposed/VBN federal legislation that would …": a participle modifies its noun
    if end is not None and is_comma(words[before]) and _no_speaker_after(words, last + 1):
        # "Several leading candidates, including Jane Roe and Ann Lee, criticized the trade": no
        # speaker after the verb, so no inversion; the subject stands before the comma
        inverted, end = False, None
    if end is not None and _possessed_object(words, frame, last + 1, end):
        return None
    if inverted and (end is None or lower(words[last + 1]) in RELATIVE_PRONOUNS):
        # "Dr. Jane Roe, a former physician, said that …", "“…,” Ann Roe, a writer, said on
        # Twitter": the comma closes an apposition of the subject on the left
        if not (before >= 0 and is_comma(words[before]) and _matching_comma(words, before) is not None):
            return None
        inverted = False
    if inverted and end + 2 < len(words) and lower(words[end + 1]) in {"like", "including"}:
        more = scan_np_right(words, end + 2)  # '…, say experts like Jane Roe, a geologist, is …'
        if more is not None:
            end = more
    if inverted and end + 3 < len(words) and lower(words[end + 1]) == "and" and words[end + 2].upos in NOMINAL_UPOS:
        more = scan_np_right(words, end + 2)  # "The contrast, said Doyle and others, would be clear"
        if more is not None and (is_comma(words[more + 1]) or words[more + 1].text in CLAUSE_END):
            end = more
    if inverted:
        frame.subject, lead = (last + 1, end), before
        bare = before < clause_start(words)
        after = end + 1
        if after < len(words) and is_comma(words[after]):
            # '…," said Jean Dupont, 62, a farmer near Lyon.' / '…," said Ann Roe, a lawyer who
            # has worked on such cases.' / '…," said Nicky Driscoll, 24, from Manchester, who …'
            stop = next((j for j in range(after + 1, len(words)) if words[j].text in CLAUSE_END), len(words))
            tail = words[after + 1:stop]
            relative = next((j for j, w in enumerate(tail) if lower(w) in {"who", "whose", "which", "whom"}
                             or lower(w) == "that" and j > 0 and tail[j - 1].upos in {"NOUN", "PROPN"}), len(tail))
            close = next((j for j in range(after + 1, min(stop, after + 9)) if is_comma(words[j])), None)
            if tail and any(w.upos in {"NOUN", "PROPN", "NUM"} for w in tail[:relative]) \
                    and not any(is_finite_verb(w) and not split_possessive(w) for w in tail[:relative]) and not is_quote_mark(tail[0]):
                # (the apposition names the speaker up to a comma before a date or a place: "…,"
                # said the bureau's director, James B. Comey, on Monday')
                cut = next((j for j in range(after + 2, stop - 1) if is_comma(words[j])
                            and (words[j + 1].upos == "ADP" or is_temporal(words[j + 1]))), None)
                if cut is None and relative < len(tail) and _verb_after_comma(words, after + 1 + relative):
                    # "The council, said Jo Lee, a lawyer who has advised tenants, will appeal": the
                    # relative clause on the apposition closes at its comma and the clause goes on
                    close = next(j for j in range(after + 1 + relative, stop) if is_comma(words[j]))
                    frame.apposition = (after + 1, close - 1)
                    after = close
                else:
                    frame.apposition = (after + 1, (cut if cut is not None else stop) - 1)
                    after = stop
            elif close is not None and close + 1 < stop and lower(words[after + 1]) in {"who", "whose"} \
                    and frame.content is not None and _verb_after_comma(words, after + 1):
                # "And the mayor, said Ann Roe, who remains friendly with him, does not forgive": a
                # relative clause on the speaker closes at its comma and the interrupted clause goes on
                frame.apposition = (after + 1, close - 1)
                after = close
            elif close is not None and close + 1 < stop and (is_finite_verb(words[close + 1]) or is_quote_mark(words[close + 1])) \
                    and any(w.upos == "NOUN" for w in words[after + 1:close]) \
                    and all(np_word(w) or w.upos == "ADP" for w in words[after + 1:close]):
                # 'Part of the problem, say experts like Jane Roe, a geologist, is the ground itself':
                # the apposition closes at its comma and the interrupted clause goes on (or the
                # quotation: '“The risk,” said Edward Leamer, an economist, “is that …”')
                frame.apposition = (after + 1, close - 1)
                after = close
    else:
        if frame.subject is None and _subject_left(words, frame, v) is None:
            return None
        lead = frame.subject[0] - 1
        if lead > 1 and lower(words[lead]) in {"and", "or"} and _report_ends_clause(words, frame):
            first = _coordinated_subject(words, frame.subject[0], aside=True)
            if first < frame.subject[0] and is_comma(words[first - 1]) \
                    and has_clause_verb(words, clause_start(words), first - 2):
                # "Sanders’ support is strong among the most active wing of the unions, teachers
                # and union officials told POLITICO": after a whole clause, the comma opens the
                # speakers' coordination, not a list
                frame.subject, lead = (first, frame.subject[1]), first - 1
        while lead > 0 and _symbol(words[lead]):
            lead -= 1  # '“…,” 😀 she said': an emoji between the quotation and its speaker
        if lead < clause_start(words) and _follows_quotation(words):
            bare = True  # '“…?” Clinton said.'
        elif lead < clause_start(words) or not (is_comma(words[lead]) or is_quote_mark(words[lead])):
            # "He told the host, “…”", "Later he stated, “…”": the quotation after the cue is its content
            return _quotation_after(frame, words, after)
        quoted = quoted_as_saying(words, v)
        if quoted is not None:  # '"…," the agency quoted the minister as saying.'
            frame.subject, frame.apposition = quoted, None
    frame.content = _content_before(words, lead) if lead >= 0 else []
    if not inverted and frame.content and _object_follows(words, frame) \
            and not any(is_quote_mark(w) for w in words[frame.content[0][0]:lead + 1]):
        # "In the interview, Reid, who endorsed Clinton in February, reiterated those feelings":
        # the verb's object follows it, so the clause before the speaker is no content of it
        return None
    tail = None
    if not titled and after < len(words) and is_comma(words[after]) and not _ends(words, after + 1) \
            and (words[after + 1].xpos != "VBG" or not inverted and _gerund_subject(words, after + 1)) \
            and not _subordinate_report(words, after + 1) \
            and not _participle_on_speaker(words, after + 1, lead >= 0 and is_quote_mark(words[lead])) \
            and (lower(words[after + 1]) not in RELATIVE_PRONOUNS
                                                    or _continues_after_aside(words, after + 1)) \
            and (words[after + 1].upos != "CCONJ" or _quotation_after_adverbs(words, after + 2)):
        # (not '“…,” Melanie said, and soon the balloons were dropping': the journalist goes on;
        # but '“I love Larry,” he said, but “when it comes to energy, …”', 'Mills "got an immunity
        # agreement," Jordan said, and still "got to sit in on …"': the quotation does)
        tail = _content_after_from(words, after + 1)
    if frame.content and tail and (_is_content(words, tail, frame) or (
            not has_clause_verb(words, *frame.content[0]) and _verb_opens_tail(words, tail[0])
            and not any(is_quote_mark(w) for w in words[frame.content[0][0]:tail[1] + 1])) or (
            (_continues_after_aside(words, tail[0]) or _verb_left_open(words, frame.content[0]))
            and _is_content(words, frame.content[0], frame)
            and not any(is_quote_mark(w) for w in words[frame.content[0][0]:tail[1] + 1]))):
        if is_quote_mark(words[tail[0]]) and not any(is_quote_mark(w) for w in words[frame.content[0][0]:lead]):
            # "In an interview, X stated, “…”", "As a phone rang, the announcer said, “…”": the
            # words before the speaker set the scene; the quotation is what was said
            frame.position, frame.content = "pre", [tail]
            return frame
        # "The talks, officials said, will resume next week."
        frame.position = "paren"
        frame.content.append(tail)
        return frame
    if frame.content and not _is_content(words, frame.content[0], frame):
        frame.content = []
    if not frame.content:
        if not bare and not _quote_adjacent(words, lead):
            return _quotation_after(frame, words, after)
        return frame
    return frame


def _quoted_title(words, k: int) -> bool:
    """Is the quotation opening at words[k] a title that ends the sentence: two to eight words,
    each longer than three letters capitalised ("“Tough Choices.”", "''An American Son.''")?"""
    if not is_quote_mark(words[k]):
        return False
    close = next((j for j in range(k + 1, min(len(words), k + 11)) if is_quote_mark(words[j])), None)
    if close is None or any(w.text not in CLAUSE_END for w in words[close + 1:]):
        return False
    inner = [w.text for w in words[k + 1:close] if any(ch.isalnum() for ch in w.text)]
    return 2 <= len(inner) <= 8 and all(t[:1].isupper() for t in inner if len(t) > 3) and inner[0][:1].isupper()


def _quotation_after_phrases(words, k: int) -> bool:
    """Do the cue's prepositional phrases from words[k] end at a comma and a conjunction before a
    quotation (", and “…”")?"""
    chain = _cue_phrases_end(words, k)
    return k < chain < len(words) - 2 and is_comma(words[chain]) and words[chain + 1].upos == "CCONJ" \
        and _quotation_after_adverbs(words, chain + 2)


def _quotation_after_adverbs(words, k: int) -> bool:
    """Does a quotation open at words[k], after adverbs ("and still “…”")?"""
    while k < len(words) and words[k].upos == "ADV" and not is_quote_mark(words[k]):
        k += 1
    return k < len(words) and is_quote_mark(words[k])


def _report_ends_clause(words, frame: Frame) -> bool:
    """Does the clause end after the cue, its date or the addressee of "tell" ("…, officials said
    on Monday.", "…, union officials told POLITICO.")? (Not "… a coalition of minorities, young
    people and women reliably show up for …": the verb goes on, and the comma was a list's.)"""
    k = frame.cue_last + 1
    while k < len(words) and (is_temporal(words[k]) or lower(words[k]) in {"on", "in"}):
        k += 1
    if frame.lemma in lexicons.addressee_verbs() and k < len(words) and words[k].upos in {"PROPN", "PRON", "NOUN", "DET"}:
        end = scan_np_right(words, k) if words[k].upos != "PRON" else k
        k = end + 1 if end is not None else k
    return k >= len(words) or words[k].text in CLAUSE_END


def _gerund_subject(words, i: int) -> bool:
    """Does the gerund at words[i] open a clause as its subject, its object and then its verb
    ("…, he said, replacing Clinton would be much more acrimonious")? Not a participle of the
    speaker ("…, he said, adding that …", "…, she said, smiling as the crowd cheered")."""
    if lexicons.verb_class(words[i].lemma, words[i].text) is not None or i + 1 >= len(words):
        return False
    end = scan_np_right(words, i + 1)
    if end is None or end + 1 >= len(words):
        return False
    verb = words[end + 1]
    return verb.xpos == "MD" or (is_finite_verb(verb) and verb.upos in {"AUX", "VERB"})


def _verb_opens_tail(words, i: int) -> bool:
    """Does the clause whose subject stands before an aside go on at words[i] with its verb,
    whatever the kit tagged it: a present verb read as a plural noun ("The nickname, she
    explained, exists/NNS thanks to …", "any attempt to debunk a falsehood, he said, becomes/NNS
    hopeless") or a past read as a participle after adverbs ("The presumed adjustment, they
    concluded, never happened/VBN")?"""
    word = words[i]
    if word.xpos == "NNS" and word.text.islower() and word.text.endswith("s") and not word.text.endswith("ss"):
        return True
    while i < len(words) and words[i].upos == "ADV":
        i += 1
    return i < len(words) and words[i].xpos == "VBN" and words[i].upos == "VERB" \
        and not (i + 1 < len(words) and lower(words[i + 1]) == "by")


def _object_follows(words, frame: Frame) -> bool:
    """Does a noun-phrase object follow the cue ("reiterated those feelings", "rejected both
    objections")? Not an addressee ("told reporters"), a time ("said Tuesday morning") or a
    phrase ("said in his 2012 book")."""
    after = frame.cue_last + 1
    while after < len(words) and (is_temporal(words[after]) or lower(words[after]) in {"late", "early"}):
        after += 1  # "the New York Times reported late Thursday"
    if after >= len(words) or frame.lemma in lexicons.addressee_verbs():
        return False
    w = words[after]
    if lower(w) in {"this", "last", "next", "that", "earlier"}:
        return False
    return w.upos in {"NOUN", "PROPN", "ADJ", "NUM"} or w.upos == "DET" and lower(w) != "that" \
        or lower(w) in POSSESSIVE_DETERMINERS


def _subordinate_report(words, i: int) -> bool:
    """Does a participle of a reporting verb behind a subordinator open at words[i] ('“…,”
    Clinton said, while arguing the U.S. should …', '…, she said, before adding that …', "defended
    the tax by claiming that …")? It is a cue of its own, not more of what was said before it
    (here and in ``complements._content_end``)."""
    return i + 1 < len(words) and lower(words[i]) in {"while", "after", "before", "by", "when"} \
        and words[i + 1].xpos == "VBG" and lexicons.verb_class(words[i + 1].lemma, words[i + 1].text) is not None


def _participle_on_speaker(words, i: int, after_quotation: bool) -> bool:
    """Does a past participle with its complement open at words[i], after the speaker's comma
    ('“…,” said Beau Correll, angered/VBD that party leaders ignored …', '…, flanked by aides')?
    It says how the speaker was, not more of what was said. A past tense the kit tags VBD counts
    only after a quotation: in "The talks, officials said, ended in a deal" it goes on with the
    clause."""
    return (words[i].xpos == "VBN" or words[i].xpos == "VBD" and after_quotation) and i + 1 < len(words) \
        and (lower(words[i + 1]) in {"that", "by"} or words[i + 1].upos == "ADP")


def _names_a_speaker(words, first: int, last: int) -> bool:
    """Can the noun phrase words[first..last] speak: a name, a pronoun, or a noun for a person, an
    organization, a document, a finding or a medium ("noted NBC's Dante Chinni", "said the
    official"), not "federal legislation"?"""
    speakers = lexicons.person_nouns() | lexicons.anonymous_nouns() | lexicons.organization_nouns() \
        | lexicons.title_heads() | lexicons.document_nouns() | lexicons.finding_nouns() | lexicons.media_nouns()
    return any(w.upos in {"PROPN", "PRON"} or (w.lemma or lower(w)).lower() in speakers or lower(w) in speakers
               for w in words[first:last + 1])


def _no_speaker_after(words, first: int) -> bool:
    """Does nothing from words[first] to the next comma or the clause's end name a speaker (no
    name, pronoun or speaker noun: "the trade", "those feelings"; not "a handful of Democrats",
    "lobbyist and GOP strategist Charlie Black")?"""
    stop = next((j for j in range(first, len(words)) if is_comma(words[j]) or words[j].text in CLAUSE_END), len(words))
    return stop > first and not _names_a_speaker(words, first, stop - 1) \
        and not any((w.xpos or "") in {"NNP", "NNPS"} or w.upos == "NOUN" and w.text[:1].isupper()
                    for w in words[first:stop])  # ("say some Democrats/NNS")


def _verb_left_open(words, content: tuple[int, int]) -> bool:
    """Does the clause before an aside stop right after its verb, whose complement comes after
    the aside ("It was, he said, one of the bitterest failures of his presidency", "The plan
    would, she said, cut taxes")?"""
    last = words[content[1]]
    return content[1] > content[0] and (last.upos == "AUX" or (is_finite_verb(last) and last.upos == "VERB"))


def _continues_after_aside(words, i: int) -> bool:
    """Does the clause interrupted by an aside go on at words[i] with a complement of its own
    rather than a new clause: an infinitive ("The mayor has no plans, aides say, to resign"), a
    "that" clause ("It is a warning, she said, that the money is running out"), a reason ("…,
    he said, because he prizes electability") or "for" a subject and its infinitive?"""
    if _infinitive_at(words, i):
        return True
    if lower(words[i]) == "because" and i + 1 < len(words) and _opens_clause(words, i + 1, that_ahead=False):
        return True  # "He is leaning toward Kasich, he said, because he prizes electability": the reason is his
    if lower(words[i]) == "for" and i + 2 < len(words):
        end = scan_np_right(words, i + 1)  # "So it makes sense, strategists said, for Democrats to put …"
        if end is not None and end + 1 < len(words) and _infinitive_at(words, end + 1):
            return True
    return lower(words[i]) == "that" and words[i].upos in {"SCONJ", "PRON"} and i + 1 < len(words) \
        and not _ends(words, i + 1) and has_clause_verb(words, i + 1, min(len(words) - 1, i + 12))


def _possessed_object(words, frame: Frame, first: int, last: int) -> bool:
    """'“…,” reiterated her rejection of all charges': a possessed noun that the parse makes the
    cue's object and that names no person is what was said, not an inverted speaker ("said his
    spokesman" stays one)."""
    if lower(words[first]) not in {"his", "her", "its", "their", "our", "my", "your"}:
        return False
    head = next((w for w in words[first:last + 1] if w.head == frame.cue_first + 1), None)
    if head is None or head.deprel != "obj" or head.upos != "NOUN":
        return False
    lemma = (head.lemma or lower(head)).lower()
    people = lexicons.person_nouns() | lexicons.anonymous_nouns() | {t[0] for t in lexicons.titles() if len(t) == 1}
    return lemma not in people and lower(head) not in people


def _quotation_after(frame: Frame, words, after: int, shared: bool = False) -> Frame | None:
    """A ``pre`` frame whose content is the quotation after the cue, set off by a comma
    ("He told the host, “…”"), or None."""
    k = after
    if frame.lemma in lexicons.addressee_verbs() and k < len(words) and not is_comma(words[k]):
        end = scan_np_right(words, k)  # "told the host, “…”"
        k = end + 1 if end is not None else k
    if not (k + 1 < len(words) and (is_comma(words[k]) or words[k].text == ":") and is_quote_mark(words[k + 1])):
        return None
    content = _content_after_from(words, k + 1, frame)
    if content is None or not _is_content(words, content, frame):
        return None
    if frame.subject is None and not shared:
        return None
    frame.position, frame.content = "pre", [content]
    return frame


def _follows_quotation(words) -> bool:
    """Does the sentence come right after a closing quotation mark on the same line (its
    quotation ended with "?”", "!”" or ".”" and the tokenizer split there)?"""
    text = getattr(getattr(words[0].sent, "doc", None), "text", None) if words else None
    if not text:
        return False
    i = words[0].start_char  # text[:i].rstrip(" \t\u00a0"), without copying the text before
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i >= 2 and text[i - 1] in "”\"’'»" and text[i - 2] in ".!?,…"


def _quote_adjacent(words, index: int) -> bool:
    """Is there a quotation mark at or just before ``index`` (a direct quote's frame)?"""
    return any(is_quote_mark(w) for w in words[max(0, index - 2):index + 1])


def _ends(words, i: int) -> bool:
    return i >= len(words) or words[i].text in CLAUSE_END


def _matching_comma(words, close: int) -> int | None:
    for j in range(close - 1, max(-1, close - 25), -1):
        if is_comma(words[j]):
            return j if j > 0 else None
        if words[j].text in CLAUSE_END or is_quote_mark(words[j]):
            return None
    return None


def _content_before(words, lead: int) -> list[tuple[int, int]]:
    """Content that ends just before ``lead`` (the comma or mark before the speaker)."""
    start = clause_start(words)
    end = lead - 1
    while end >= start and (is_comma(words[end]) or words[end].text in CLAUSE_END):
        end -= 1
    if end < start:
        return []
    return [(start, end)]


def _relative_that(words, j: int) -> bool:
    """Does "that" at ``j``, after a noun, open a relative clause (its subject, a finite verb
    right after it: "investments that soured") rather than a content clause? Not when the kit's
    verb is a plural noun, the subject of a verb after it ('that conventions/VBZ in the past have
    been too dull')."""
    if words[j - 1].upos not in {"NOUN", "PROPN"} or is_temporal(words[j - 1]) or j + 1 >= len(words):
        return False
    verb = words[j + 1]
    if not is_finite_verb(verb) or verb.upos not in {"VERB", "AUX"} \
            or not (words[j].upos == "PRON" or (words[j].deprel or "").startswith("nsubj")):
        return False
    return not (verb.xpos == "VBZ" and verb.upos == "VERB" and (
        _finite_verb_follows(words, j + 2) or j + 2 < len(words) and is_comma(words[j + 2])))


def _finite_verb_follows(words, k: int) -> bool:
    """Is there a finite verb from ``k`` on in the same clause (before a comma, a conjunction or
    the sentence's end)? ('that conventions/VBZ in the past have been too dull': the kit's verb
    was a plural noun, the subject of the one after it)"""
    for w in words[k:]:
        if is_comma(w) or w.text in CLAUSE_END or w.upos == "CCONJ":
            return False
        if is_finite_verb(w) and w.upos in {"VERB", "AUX"}:
            return True
    return False


def _with_content_after(frame: Frame, words) -> Frame | None:
    """Fill the content of a ``pre`` or ``participle`` frame from the words after the cue."""
    k = frame.cue_last + 1
    # "said on Oct. 12 that", "told Geo News that", "confirmed yesterday that"
    # ("told one of his young protégés on a regular basis that …": an addressee may be long)
    reach = 15 if frame.lemma in lexicons.addressee_verbs() else 9
    for j in range(k, min(len(words), k + reach) if frame.cls in {"speech", "finding"} else k):
        if j > k and words[j].xpos == "VB" and lower(words[j - 1]) == "to" \
                and lexicons.verb_class(words[j].lemma, words[j].text) is None:
            # "vowed not to repeat that mistake": the infinitive's own object follows (but
            # "continued to insist that …" reports the that-clause)
            break
        if lower(words[j]) == "that" and words[j].upos in {"SCONJ", "PRON", "DET"}:
            if j > k and frame.lemma not in lexicons.addressee_verbs() and _relative_that(words, j):
                # "may recall other investments that soured": "that" opens a relative clause on
                # the object; on an adjunct's noun nothing follows that was said ('said in a
                # documentary that showed off …', 'said of a list that included …')
                if words[k].upos == "ADP" and lower(words[k]) in CUE_PREPOSITIONS:
                    return None
                break
            if j > k and lower(words[k]) in {"the", "a", "an"} and not _temporal_before(words, k + 1) \
                    and frame.lemma not in lexicons.addressee_verbs() and words[j - 1].upos == "NOUN" \
                    and frame.cls == "speech" and (words[j - 1].lemma or "").lower() not in lexicons.reporting_nouns():
                # "help Mr. Putin maintain the image of the strong leader that Mr. Trump so admires":
                # "that" after the verb's object opens a relative clause on it, no content (not
                # after a noun of saying: "rejected the suggestion that …")
                break
            if all(not is_finite_verb(w) and not is_quote_mark(w) for w in words[k:j]):
                frame.that, k = True, j + 1
            break
        if is_comma(words[j]) and j > k and (frame.lemma in lexicons.addressee_verbs()
                                             or lower(words[k]) in CUE_PREPOSITIONS and words[k].upos == "ADP"):
            # "told Young, who had left the force, that …", "said on CNN, where he is a paid
            # contributor, that …": a relative clause on the addressee or the place, then "that"
            that = _that_after_relative(words, j)
            if that is not None:
                frame.that, k = True, that + 1
            break
        if is_comma(words[j]) and j == k:
            that = _that_after_aside(words, j)
            if that is not None:
                frame.that, k = True, that + 1
            break
        if words[j].text in CLAUSE_END or is_finite_verb(words[j]) or is_comma(words[j]):
            break
    if not frame.that and frame.cls not in {"speech", "finding"} and k + 1 < len(words) and lower(words[k]) == "that" \
            and words[k].upos == "SCONJ":
        frame.that, k = True, k + 1  # "The senator charged that the agency had ignored warnings", "demanded that"
    if not frame.that:
        while k < len(words) and (_time_word(words, k) or (lower(words[k]) == "on" and k + 1 < len(words)
                                                              and is_temporal(words[k + 1]))):
            k += 1
        question = _question_after_addressee(words, frame, k)
        if question is not None:
            k = question  # "asked the mayor whether …": the embedded question is the content
        elif frame.lemma in lexicons.addressee_verbs() and frame.cls == "speech" and k < len(words) \
                and (words[k].upos in {"PROPN", "PRON", "NOUN"}
                     or (words[k].xpos in {"VBZ", "VBP"} and (words[k].lemma or "").lower() in lexicons.person_nouns()
                         and k + 1 < len(words) and words[k + 1].upos in {"DET", "PRON", "PROPN", "NOUN"})  # "told reporters/VBZ the …"
                     or (words[k].upos == "DET" and k + 1 < len(words) and words[k + 1].upos == "PROPN")
                     or (words[k].upos == "ADJ" and k + 1 < len(words) and words[k + 1].xpos == "NNS")  # "told close aides …"
                     or _addressee_before_quotation(words, k)
                     or _definite_addressee(words, k)):
            end = scan_np_right(words, k) if words[k].upos not in {"PRON", "VERB", "AUX"} else k
            if end is not None and end + 1 < len(words) and (
                    words[end + 1].upos not in {"PART", "ADP"} or _temporal_before(words, end + 1)):
                k = end + 1
                while k < len(words) and (is_temporal(words[k]) or lower(words[k]) == "on"):
                    k += 1
        if k < len(words) and words[k].text == ":":
            if k + 1 == len(words):
                return frame  # "He told parliament:" at a line's end introduces the quotation below
            k += 1
    if k < len(words) and is_comma(words[k]):
        if frame.position == "participle" and k + 1 < len(words) and is_quote_mark(words[k + 1]):
            # "…, saying, “We will never deviate” from a data-driven approach": the quotation,
            # and the rest of the clause when it goes on, is the content
            content = _content_after_from(words, k + 1, frame)
            if content is None or not _is_content(words, content, frame):
                return None
            frame.content = [content]
            return frame
        if not frame.that:
            after_aside = _clause_after_aside(words, k) if frame.cls == "speech" and frame.position == "pre" \
                and frame.lemma not in lexicons.addressee_verbs() else None
            if after_aside is None and _clause_after_comma(words, frame, k):
                after_aside = k + 1  # "Leahy previously reported, The Clinton Foundation refused to …"
            if after_aside is None:
                return None
            k = after_aside - 1
        k += 1  # "He said that, if elected, he would …": the aside belongs to the content
    if not frame.that and k < len(words) and words[k].upos == "ADP" and lower(words[k]) in CUE_PREPOSITIONS \
            and not _approximation(words, k):
        # "She said after crunch talks both sides were entrenched", "said on Saturday at a dinner
        # in Washington the vote mattered": the prepositional phrases are the cue's
        chain = _cue_phrases_end(words, k)
        rest = words[chain:]
        if chain > k and rest and is_comma(rest[0]) and _object_before(words, frame.cue_first):
            return None  # "If you look at what we proposed in those years, you see …": "what" was proposed
        if rest and (is_comma(rest[0]) or rest[0].text == ":"):
            rest = rest[1:]  # ('said in a statement: “We won.”': the colon introduces the quotation)
        if chain > k and rest and (lower(rest[0]) in WH_RELATIVES
                                   or (len(rest) > 1 and rest[0].upos == "ADP" and lower(rest[1]) in WH_RELATIVES)):
            return None  # '“It’s finished,” she said of the election, in which …': nothing is reported
        if chain > k and chain + 1 < len(words) and is_comma(words[chain]) and words[chain + 1].xpos == "VBG":
            return None  # '“…,” she admitted to the hosts, noting: “…”': the participle makes its own frame
        if chain > k and chain + 1 < len(words) and is_comma(words[chain]) and is_quote_mark(words[chain + 1]) \
                and frame.position == "pre" and _quotation_before_speaker(words, frame.cue_first):
            return None  # '“It is dead,” Smith said of the deal, “and …”': one quotation around its cue
        if chain > k and (not rest or rest[0].upos in {"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "ADV", "SCONJ"}
                          or lower(rest[0]) in {"both", "either", "neither"}
                          or is_quote_mark(rest[0]) or rest[0].text in CLAUSE_END):
            # (not "a statement posted on the party’s verified page": the phrase is not over)
            if not any(is_finite_verb(w) for w in rest):
                return None  # 'said Thursday on Fox News’s “Fox and Friends.”': nothing is reported
            k = chain + (1 if chain < len(words) and (is_comma(words[chain]) or words[chain].text == ":") else 0)
    short = _short_answer(words, k) if frame.lemma == "say" and not frame.that else None
    if short is not None:
        frame.content = [short]
        return frame
    content = _content_after_from(words, k, frame)
    if content is None:
        return None
    if content[0] > 0 and words[content[0]].upos == "AUX" and (words[content[0]].xpos or "") in FINITE_XPOS:
        # (an auxiliary or copula only: the kit tags nouns as present verbs, "said that efforts/VBZ to …";
        # a tensed one: "showed that being an instrument of change … is" opens with a gerund)
        if frame.that and lower(words[content[0] - 1]) == "that":
            # "Ivana Trump's brief said that was not her view": "that" is the clause's subject
            # (but "What he said was the need to remain tolerant" reports what comes after "was")
            content, frame.that = (content[0] - 1, content[1]), False
    if not _is_content(words, content, frame):
        return None
    if frame.cls in {"directive", "accusation"} or (frame.cls == "speech" and lower(words[content[0]]) in {"to", "not"}) \
            or _addressee_infinitive(words, content, frame):
        content = nonfinite_end(words, frame.cue_first, content)  # "urged Y to …" ends with its verb phrase
    if frame.cls == "evaluative":
        # 'called it “the least bad option”' keeps its object; 'He characterized certain official
        # statements as “treachery.”': an object longer than twice the quoted words is the
        # journalist's description, and what was said is the quoted words
        mark = next((j for j in range(content[0], content[1] + 1) if _holds_mark(words[j])), content[0])
        said = sum(1 for w in words[mark:content[1] + 1] if any(ch.isalnum() for ch in w.text))
        described = sum(1 for w in words[content[0]:mark] if any(ch.isalnum() for ch in w.text))
        if mark + 1 <= content[1] and described > 2 * said:
            content = (mark, content[1])
        content = _naming_end(words, content, _object_before(words, frame.cue_first))
    frame.content = [content]
    return frame


def _quotation_before_speaker(words, v: int) -> bool:
    """Does a quotation close right before the subject of the cue at ``v`` ('“It is dead,” Smith
    said …')?"""
    j = v - 1
    while j >= 0 and (np_word(words[j]) or words[j].upos in {"ADV", "AUX"}) and not is_quote_mark(words[j]):
        j -= 1
    return j >= 1 and is_quote_mark(words[j]) and (is_comma(words[j - 1]) or words[j - 1].text in {"?", "!"})


def _definite_addressee(words, k: int) -> bool:
    """Does a noun phrase with its article at ``k`` stand before a clause of its own, an addressee
    ("told the court he was innocent", "told the crowd the plan was dead"; not "told the truth",
    "told the story of a nurse who …")? (A possessive, a pronoun to the tagger, is read above.)"""
    if words[k].upos != "DET" or lower(words[k]) not in {"the", "a", "an"}:
        return False
    end = scan_np_right(words, k)
    return end is not None and end + 1 < len(words) and words[end].upos in {"NOUN", "PROPN"} \
        and lower(words[end + 1]) not in RELATIVE_PRONOUNS | WH_RELATIVES and _opens_clause(words, end + 1, that_ahead=False)


def _opens_sentence(words, start: int) -> bool:
    """Does the noun phrase at ``start`` open its clause, but for adverbs and an approximation
    before it ("Nearly 40% who said …", "About 40% who said …")?"""
    first = clause_start(words)
    return start <= first or all(words[j].upos == "ADV" or _approximation(words, j) for j in range(first, start))


def _approximation(words, k: int) -> bool:
    """Is "about" at ``k`` an approximation opening the content's subject, not what it was said
    of: "The budget office said about half of the adjustment reflected …", "said about 40 people
    were hurt"?"""
    return lower(words[k]) == "about" and k + 1 < len(words) and (
        words[k + 1].upos == "NUM" or lower(words[k + 1]) in {"half", "a", "one", "two", "three"})


# Answers that stand for a clause: "75 percent of Democrats said yes", "after half said so in
# the earlier poll", "the candidate said no", "Officials would not say otherwise".
SHORT_ANSWERS = frozenset({"so", "yes", "no", "otherwise"})
# "three-quarters said the same of Sanders", "to say the opposite about Clinton"
SAME_ANSWERS = frozenset({"same", "opposite"})
SAME_PREPOSITIONS = frozenset({"of", "for", "about"})


def _short_answer(words, k: int) -> tuple[int, int] | None:
    """The word range of a short answer opening the content at ``k`` (after "say"), or None.
    An answer is a whole content only when no clause goes on after it: "said no one knew" and
    "said so many people came" are clauses."""
    if k >= len(words):
        return None
    after = words[k + 1] if k + 1 < len(words) else None
    if lower(words[k]) in SHORT_ANSWERS:
        if after is not None and lower(after) == "to" and lower(words[k]) in {"yes", "no"}:
            np_end = scan_np_right(words, k + 2)  # "He said no to the Iraq war"
            return (k, np_end) if np_end is not None else None
        if after is None or after.upos in {"PUNCT", "ADP", "SCONJ", "CCONJ"} or after.text in CLAUSE_END:
            return (k, k)
        return None
    if lower(words[k]) in {"when", "why", "how", "where", "whether"} and (after is None or after.text in CLAUSE_END) \
            and any(lower(w) in {"not", "n't", "never"} for w in words[max(0, k - 4):k]):
        return (k, k)  # "Cook did not say when.", "would not say why": the question left unanswered
    if lower(words[k]) == "the" and after is not None and lower(after) in SAME_ANSWERS:
        end = k + 1
        if end + 1 < len(words) and lower(words[end + 1]) == "thing":
            end += 1  # "had basically said the same thing"
        elif end + 1 < len(words) and words[end + 1].upos in {"NOUN", "PROPN", "ADJ"}:
            return None  # "said the same technology could be applied": a clause
        if end + 2 < len(words) and lower(words[end + 1]) in SAME_PREPOSITIONS:
            np_end = scan_np_right(words, end + 2)
            if np_end is not None:
                end = np_end
        nxt = words[end + 1] if end + 1 < len(words) else None
        if nxt is None or not is_finite_verb(nxt):  # not "said the same people voted …"
            return (k, end)
    return None


# Words that open an embedded question: "asked the mayor whether/if/why …". Not "who", "which",
# "when", "where": after a noun they open its relative clause ("told the story of a nurse who …").
QUESTION_OPENERS = frozenset({"whether", "if", "why", "how", "what"})


def _question_after_addressee(words, frame: Frame, k: int) -> int | None:
    """Index of the word opening an embedded question after the addressee of a verb that takes
    one (addressee_verbs.txt), or None: "The reporter asked the mayor whether the budget would be
    cut", "She asked the students if they had read the book", "asked Clinton pointedly whether
    …" (an adverb may follow the addressee). Not "asked the mayor to resign" (an infinitive: the
    directive reads it with its object) nor "asked the question" (no question follows)."""
    if frame.lemma not in lexicons.addressee_verbs() or k >= len(words) \
            or words[k].upos not in {"PROPN", "PRON", "NOUN", "DET"}:
        return None
    # ("asked our followers who …": a possessive opens the addressee's noun phrase)
    end = k if words[k].upos == "PRON" and lower(words[k]) not in POSSESSIVE_DETERMINERS else scan_np_right(words, k)
    if end is None:
        return None
    opener = end + 1
    if opener + 1 < len(words) and words[opener].upos == "ADV" and lower(words[opener + 1]) in QUESTION_OPENERS:
        opener += 1
    if opener + 1 < len(words) and lower(words[opener]) in {"who", "when", "where", "which"} \
            and words[opener + 1].upos in {"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"} \
            and lower(words[opener + 1]) not in {"that", "which", "who"}:
        # "asked our followers who their favorite speaker was": a subject follows the wh-word,
        # so it opens a question, not a relative clause on the addressee ("a nurse who treated him")
        return opener
    return opener if opener < len(words) and lower(words[opener]) in QUESTION_OPENERS else None


def _that_after_aside(words, comma: int) -> int | None:
    """'said, among other things, that …', 'argued, however, that …', 'said, in a statement,
    that …': index of the "that" after a short aside set off by commas right after the cue."""
    if words[comma].text in DASHES:
        # "said — on television, as it happens — that …": an aside between dashes may hold commas
        # and a clause of its own
        close = next((j for j in range(comma + 2, min(len(words), comma + 14)) if words[j].text in DASHES
                      or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
        if close is not None and words[close].text in DASHES and close + 1 < len(words) \
                and lower(words[close + 1]) == "that":
            return close + 1
    # (up to 13 words: "continues to insist, most recently in a Labor Day interview with ABC News,
    # that …"; a comparison with "as" may hold a verb: "cautioned, as did the campaign itself, that …")
    close = _aside_close(words, comma, 14)
    if close is None or lower(words[close + 1]) != "that" or (
            lower(words[comma + 1]) != "as" and any(is_finite_verb(w) for w in words[comma + 1:close])):
        return None
    return close + 1


def _aside_close(words, comma: int, reach: int) -> int | None:
    """The comma that closes a short aside opened by the comma at ``comma`` (within ``reach``
    words, no clause end or quotation mark between, at least one word inside and one after), or None."""
    close = next((j for j in range(comma + 1, min(len(words), comma + reach)) if is_comma(words[j])
                  or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
    if close is None or close == comma + 1 or not is_comma(words[close]) or close + 1 >= len(words):
        return None
    return close


# Openers of an aside that belongs to what is said: "said, if elected, he would cut taxes",
# "says, win or lose in Tuesday’s primary, he’s staying in the race".
CONDITION_OPENERS = frozenset({"if", "unless", "once", "whether", "even", "regardless", "should", "win"})


def _clause_after_comma(words, frame: Frame, comma: int) -> bool:
    """Does a clause of its own follow the comma right after a cue with nothing quoted in the
    sentence ("Breitbart News’ Michael Patrick Leahy previously reported, The Clinton Foundation
    refused to release …", "Q: You said yesterday, the middle class is still getting crushed")?
    (Not after a quotation, where the words after the cue's comma are the journalist's: '“…,” he
    said, the crowd roaring'.)"""
    if frame.cls != "speech" or frame.position != "pre" or frame.lemma in lexicons.addressee_verbs() \
            or any(is_quote_mark(w) for w in words) or comma + 1 >= len(words) \
            or any(is_comma(w) or w.upos in {"VERB", "SCONJ"} or lower(w) in FRONTED_SUBORDINATORS
                   for w in words[clause_start(words):frame.cue_first]):
        # (nor after a phrase and its comma: "In his state, Christie said, offenders are …"
        # interrupts; nor in a subordinate or relative clause: "After the union objected, the case
        # was moved", "the programs she has proposed, she needs to …")
        return False
    following = words[comma + 1]
    if following.upos not in {"DET", "PRON", "PROPN", "NOUN", "NUM"} or lower(following) in RELATIVE_PRONOUNS | WH_RELATIVES:
        return False
    return _opens_clause(words, comma + 1, that_ahead=False)


def _clause_after_aside(words, comma: int) -> int | None:
    """'Rubio said, if elected, he would cut taxes', 'She said, in an interview, the plan was
    dead': where the content starts after a short aside set off by commas right after the cue,
    when a subject and its finite verb follow the aside; a condition belongs to what is said, an
    occasion or an adverb does not. None when no clause follows ('“…,” he said, adding …',
    'The plan, he said, if passed, would …')."""
    close = _aside_close(words, comma, 14)
    subject_end = _subject_and_verb(words, close + 1) if close is not None else None
    if subject_end is None or lower(words[close + 1]) in RELATIVE_PRONOUNS:
        return None
    aside = words[comma + 1:close]
    verb = subject_end + 1
    while words[verb].upos == "ADV":
        verb += 1
    if lower(aside[0]) in {"while", "whereas", "but"} or (
            lexicons.verb_class(words[verb].lemma, words[verb].text) is not None
            and (verb + 1 == len(words) or words[verb + 1].text in CLAUSE_END or is_comma(words[verb + 1]))):
        return None  # "KING-TV reported, while in Chicago the parade began …, the Sun-Times reported": a second report
    if lower(aside[0]) in CONDITION_OPENERS or (len(aside) >= 3 and aside[1].upos == "CCONJ"
                                                and lower(aside[1]) == "or"):
        return comma + 1  # "if elected", "win or lose": the condition is part of the statement
    if aside[0].upos in {"ADV", "ADP", "SCONJ"} or is_temporal(aside[0]):
        return close + 1  # "however", "in an interview", "when asked": the journalist's words
    return None


def _that_after_relative(words, comma: int) -> int | None:
    """'told Young, who had left the force two years before, that …', 'telling Sen. Chuck
    Grassley, chairman of the Senate Judiciary Committee, that …': index of the "that" after a
    relative clause or an apposition on the addressee, set off by commas, or None."""
    if comma + 1 >= len(words):
        return None
    if lower(words[comma + 1]) not in {"who", "which", "where", "when"}:
        end = scan_np_right(words, comma + 1) if np_word(words[comma + 1]) else None
        if end is not None and end + 2 < len(words) and is_comma(words[end + 1]) and lower(words[end + 2]) == "that" \
                and not any(is_finite_verb(w) for w in words[comma + 1:end + 1]):
            return end + 2
        return None
    close = next((j for j in range(comma + 2, min(len(words), comma + 30)) if is_comma(words[j])
                  or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
    if close is None or not is_comma(words[close]) or close + 1 >= len(words) or lower(words[close + 1]) != "that":
        return None
    return close + 1


def _time_word(words, k: int) -> bool:
    """Is words[k] a time word after the cue ("said Tuesday", "said yesterday")? A number that
    counts something is content ("declared 30% tariffs …", "said 12 people were hurt")."""
    if not is_temporal(words[k]) or (words[k].upos == "NUM" and "," in words[k].text):
        return False  # ("says 34,570 citizens cast votes": a count with a thousands comma is no date)
    following = words[k + 1] if k + 1 < len(words) else None
    if lower(words[k]) in {"this", "last", "next"} and not (following is not None and is_temporal(following)):
        return False  # "calls this a false narrative": a time only before one ("said this week")
    return not (words[k].upos == "NUM" and following is not None and (
        following.text in {"%", "percent", "per"} or following.upos in {"NOUN", "SYM", "ADJ"}
        and not is_temporal(following)))


def _addressee_before_quotation(words, k: int) -> bool:
    """"he told the host, “…”": a noun phrase set off from the quotation by a comma or colon."""
    end = scan_np_right(words, k)
    return end is not None and end + 2 < len(words) and (is_comma(words[end + 1]) or words[end + 1].text == ":") \
        and is_quote_mark(words[end + 2])


# Two words after a comma that open the journalist's comparison of a figure.
COMPARISON_OPENERS = frozenset({("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from")})


def _content_after_from(words, k: int, frame: Frame | None = None) -> tuple[int, int] | None:
    """Content from ``k`` to the end of the clause, stopping before a following cue."""
    end = k
    while end < len(words):
        word = words[end]
        if word.text in {";"} or (word.text in CLAUSE_END and not _quote_follows(words, end)):
            break
        if is_comma(word) and end + 1 < len(words) and lower(words[end + 1]) in {"while", "whereas"} \
                and not _aside_in_subject(words, k, end):
            break  # "…, while union leaders urged …": the journalist's contrast, not the content
        if is_comma(word) and end + 2 < len(words) and _outside_quotation(words, k, end) \
                and (lower(words[end + 1]), lower(words[end + 2])) in COMPARISON_OPENERS:
            # "with 50 percent saying she is prepared, compared with the 30 percent who …", "…
            # the wrong track, up from 40 percent in May": the journalist's comparison
            break
        if _journalist_aside(words, k, end):
            break  # "… — a modest boost for the president since …": the journalist's description
        nested = _nested_report(words, k, end) if word.text == ":" and end + 1 < len(words) \
            and is_quote_mark(words[end + 1]) else None
        if nested is not None:
            # "The Parisian reported that the president told close aides …: “The government is
            # going to fall.”": the quotation is the president's, introduced by his own cue; the
            # outer cue reports only that he spoke, nothing of its own ("said he responded: “…”")
            if not any(is_finite_verb(w) for w in words[k:nested] + words[nested + 1:end]):
                return None
            break
        if is_comma(word) and end + 1 < len(words):
            at = end + 2 if is_quote_mark(words[end + 1]) and end + 2 < len(words) else end + 1
            following = words[at]
            if (following.xpos == "VBG" and lexicons.verb_class(following.lemma, following.text)) \
                    or _is_according(words, at):  # ('“…,” according to a guest')
                break
            if _outside_quotation(words, k, end) and _journalist_goes_on(words, k, end, frame):
                break
            if frame is not None and words[frame.cue_first].xpos == "VBD" and _outside_quotation(words, k, end) \
                    and _next_act(words, end + 1) and has_clause_verb(words, k, end - 1):
                # "He later suggested her menstrual cycle was behind her aggressive tone, called her
                # “third-rate” and boycotted one of the debates": the speaker's next act in a list
                break
        if is_quote_mark(word) and end > k and is_comma(words[end - 1]) and end + 2 < len(words) \
                and _outside_quotation(words, k, end + 1) and not any(is_finite_verb(w) for w in words[k:end]) \
                and _journalist_goes_on(words, k, end, frame):
            # 'Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also intensified
            # the dire warnings …': a noun phrase said, and the journalist's contrast after the
            # comma the quotation closed on (after a clause the contrast may be said too: 'He said
            # Pakistan agreed to talks at the request of “brotherly countries,” but recent hostile
            # remarks … reveal …')
            end += 1
            break
        if is_quote_mark(word) and end > k and is_quote_mark(words[k]) and end + 1 < len(words) \
                and lower(words[end + 1]) in SUBORDINATORS \
                and (words[end + 1].upos == "SCONJ" or _subject_and_verb(words, end + 2) is not None
                     or end + 2 < len(words) and words[end + 2].xpos in {"VBN", "VBG", "VBD"} and words[end + 2].upos == "VERB") \
                and sum(1 for w in words[k:end + 1] if is_quote_mark(w)) % 2 == 0 \
                and not any(is_quote_mark(w) for w in words[end + 1:]) \
                and not (frame is not None and frame.lemma in lexicons.addressee_verbs()
                         and not any(w.upos in {"VERB", "AUX"} for w in words[k:end])):
            # 'repeatedly says, "Don't you do it," until gunshots are heard', 'said “We’ll see,” when
            # asked whether …': the quotation was said; the subordinate clause after it is the
            # journalist's (not 'told "Fox and Friends" after he was asked': a quoted name, not a
            # quotation of what was said)
            end += 1
            break
        if (lower(word) in {"and", "but", "while"} or lower(word) == "yet" and is_comma(words[end - 1])) \
                and end + 1 < len(words) and end > k:  # (not "had not yet won")
            following = words[end + 1]
            if frame is not None and frame.cls == "evaluative" and is_quote_mark(words[end - 1]) \
                    and _outside_quotation(words, k, end) and lower(following) in SUBJECT_PRONOUNS \
                    and end + 2 < len(words) and is_finite_verb(words[end + 2]):
                # 'calling him a “nice guy” and he didn’t provide any descriptions for …': what he
                # was called ends with the quotation; the clause after it is the journalist's
                break
            if (is_finite_verb(following) or following.xpos == "VBN") and following.upos == "VERB" and (
                    _quotation_ends_at(words, k, end - 1)
                    or lexicons.verb_class(following.lemma, following.text)
                    or lexicons.refusal_kind(following.lemma, following.text) is not None
                    or (frame is not None and following.head == frame.cue_first + 1)):
                break  # (also "demands accountability …, yet refuses to release his tax records")
            if following.upos == "AUX" and is_finite_verb(following) and frame is not None and following.head:
                # "would offer a prayer … but did not suggest it would be Trump", "said it had
                # connected … but did not say which …": an auxiliary and a verb of saying, or after
                # "but" a verb the parse joins to the cue, are the speaker's next act (not "said it
                # is aware of the claims and is investigating the matter": that was said too)
                verb = words[following.head - 1]
                if verb.upos == "VERB" and end + 1 < following.head - 1 and (
                        lexicons.verb_class(verb.lemma, verb.text)
                        or lower(word) == "but" and verb.head == frame.cue_first + 1
                        and (verb.deprel or "").startswith("conj")):
                    break
            if frame is not None and words[frame.cue_first].xpos == "VBG" and following.xpos == "VBG" \
                    and following.upos == "VERB" and lower(word) == "and" and _outside_quotation(words, k, end) \
                    and (has_clause_verb(words, k, end - 1) or lexicons.verb_class(following.lemma, following.text)):
                # "…, stating there was a benefit … and chiding the media …", "by mentioning the need
                # for a wall and adding, …": a second participle of the speaker, not the content's
                break
            verb = _reporting_clause_at(words, end + 1) if lower(word) != "while" else None
            if verb is not None and _outside_quotation(words, k, end) and not _joins_subjects(words, end, k, verb) \
                    and ((frame is not None and frame.cls != "speech") or has_clause_verb(words, k, end - 1)
                         or any(is_quote_mark(w) for w in words[k:end])):
                # "… the plan was sound, and one in four said it was too costly": a second report
                # (not "Smith, Jones and Brown had said it": the "and" joins the subject's names)
                break
        end += 1
    end -= 1
    while end >= k and (is_comma(words[end]) or words[end].text in {".", ":", "("}):
        end -= 1
    if end < k:
        return None
    return (k, end)


REPORTING_CLASSES = frozenset({"speech", "directive", "accusation", "evaluative"})


def _next_act(words, i: int) -> bool:
    """Is words[i] a simple past tense of a verb that names, blames or urges ("called her
    “third-rate”", "accused", "urged"), never an inverted attribution as "…, said a former
    spokesman" is? After a comma it is the speaker's next act in a list."""
    return i < len(words) and words[i].xpos == "VBD" and words[i].upos == "VERB" \
        and lexicons.verb_class(words[i].lemma, words[i].text) in REPORTING_CLASSES - {"speech"}


def _quotation_ends_at(words, k: int, i: int) -> bool:
    """Is words[k..i] one whole quotation (marks at both ends, every mark closed)? '…chanted
    “What curfew?” and kept going until nearly 2 a.m.': the verb after "and" is the speaker's
    next act, not what was said."""
    return i > k and is_quote_mark(words[k]) and is_quote_mark(words[i]) \
        and sum(1 for w in words[k:i + 1] if is_quote_mark(w)) % 2 == 0


def _nested_report(words, first: int, last: int) -> int | None:
    """The reporting verb with its own subject right before it in words[first..last) ("… that
    the president told close aides …"), or None."""
    return next((j for j in range(first + 1, last) if is_finite_verb(words[j]) and words[j].upos == "VERB"
                 and words[j - 1].upos in {"NOUN", "PROPN", "PRON"}
                 and lower(words[j - 1]) not in RELATIVE_PRONOUNS  # (not "a candidate who promised …:")
                 and lexicons.verb_class(words[j].lemma, words[j].text) == "speech"), None)


def _aside_in_subject(words, k: int, comma: int) -> bool:
    """Does the aside opened at ``comma`` interrupt the content's subject before its verb? "He
    also says the email scandal, while troublesome, was dealt with appropriately": no verb
    before the aside, which closes at a comma right before the content's finite verb."""
    if comma <= k or has_clause_verb(words, k, comma - 1) or words[comma - 1].upos not in {"NOUN", "PROPN", "PRON"}:
        return False
    close = _aside_close(words, comma, 8)
    if close is None or any(is_finite_verb(w) for w in words[comma + 1:close]):
        return False
    verb = close + 1
    while verb < len(words) and words[verb].upos == "ADV":
        verb += 1
    return verb < len(words) and is_finite_verb(words[verb])


def _journalist_aside(words, k: int, i: int) -> bool:
    """Does a dash at words[i] open the journalist's description of what was said, to the end of
    the sentence? "He said he was encouraged by the plan — a modest boost for the president since
    …", "She pledged she would cut the rate to 6 percent — a mark the city hit in 2014": a dash
    with no second dash after it, before an indefinite article, outside a quotation. (Not "said
    the plan — a costly one — would fail": a pair of dashes sets off an aside inside the content.)"""
    return i > k and i + 1 < len(words) and words[i].text in DASHES and not attached(words, i) \
        and lower(words[i + 1]) in {"a", "an"} and not any(w.text in DASHES for w in words[i + 1:]) \
        and _outside_quotation(words, k, i)


NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _joins_subjects(words, cc: int, k: int, verb: int) -> bool:
    """Does the conjunction at words[cc] join the noun phrases of one subject ("Smith, Jones and
    Brown had agreed", "the mayor and the governor have warned"): a list before it, or by the
    parse a conjunct hanging on the subject of the verb at ``verb``?"""
    if cc >= k + 2 and words[cc - 1].upos in {"NOUN", "PROPN"} and is_comma(words[cc - 2]):
        return True
    head = words[cc].head
    if not head or words[head - 1].upos not in NOMINAL_UPOS or not (words[head - 1].deprel or "").startswith("conj"):
        return False
    outer = words[head - 1].head
    return bool(outer) and words[outer - 1].head == verb + 1 and (words[outer - 1].deprel or "").startswith("nsubj")


def _reporting_clause_at(words, i: int) -> int | None:
    """The finite reporting verb of a clause with its own subject starting at words[i] ("she
    accused …", "one in four said …", "the mayor has also warned …"), or None ("and that it
    would …", "and taxes would rise")."""
    while i < len(words) and words[i].upos == "ADV":
        i += 1
    if i >= len(words) or lower(words[i]) in RELATIVE_PRONOUNS | WH_RELATIVES \
            or words[i].upos not in {"PRON", "PROPN", "DET", "NUM", "NOUN", "ADJ"}:
        return None
    end = scan_np_right(words, i)
    if end is None and words[i].upos == "PRON":
        end = i
    if end is None:
        return None
    verb = end + 1
    finite = False
    while verb < len(words) and (words[verb].upos in {"ADV", "AUX", "PART"} or words[verb].xpos == "MD"):
        finite = finite or is_finite_verb(words[verb])
        verb += 1
    if verb >= len(words) or words[verb].upos != "VERB":
        return None
    w = words[verb]
    if not (is_finite_verb(w) or (finite and w.xpos == "VBN")):
        return None
    return verb if lexicons.verb_class(w.lemma, w.text) in REPORTING_CLASSES else None


def _outside_quotation(words, k: int, i: int) -> bool:
    """Is words[i] outside any quotation opened since words[k] (an even number of marks)?"""
    return sum(is_quote_mark(w) for w in words[k:i]) % 2 == 0


def _journalist_goes_on(words, k: int, comma: int, frame: Frame | None) -> bool:
    """After the comma at ``comma``, does the sentence leave the reported content? "…, but many
    companies have found ways around the rules": a contrast with its own subject and verb."""
    following = words[comma + 1]
    # "…, but many companies have found ways …", "…, meanwhile German leaders joined …"
    if lower(following) in {"but", "yet", "meanwhile"} and comma + 2 < len(words) and not is_quote_mark(words[comma + 2]):
        rest = words[comma + 2:]
        stop = next((j for j, w in enumerate(rest) if w.text in CLAUSE_END or is_comma(w)), len(rest))
        clause = rest[:stop]
        if clause and clause[0].upos == "ADP" and not any(is_finite_verb(w) for w in clause) \
                and stop < len(rest) and is_comma(rest[stop]):
            # "…, but for the party, it is a warning sign": a phrase, then the contrast's clause
            # (not "…, but beyond that, he does not want …": a person goes on speaking)
            subject = comma + 2 + stop + 1
            return subject < len(words) and lower(words[subject]) not in {"he", "she", "they", "i", "we"} \
                and _opens_clause(words, subject, that_ahead=False)
        return bool(clause) and not (clause[0].upos in {"VERB", "AUX"} or clause[0].xpos == "MD") \
            and any(is_finite_verb(w) for w in clause)
    return False


def _quote_follows(words, i: int) -> bool:
    """A clause end inside a quotation ("… bitter." he said) does not end the content."""
    return i + 1 < len(words) and is_quote_mark(words[i + 1]) and i + 2 < len(words)


def _is_content(words, content: tuple[int, int], frame: Frame) -> bool:
    """Reported content must be a clause (a finite verb), an infinitive for directive cues,
    or hold a quotation."""
    span = words[content[0]:content[1] + 1]
    if not any(any(ch.isalnum() for ch in w.text) for w in span):
        return False  # only punctuation: "He said “ ”."
    if frame.cls == "evaluative":
        # called the floods "a national tragedy"; 'called it “the least bad option.”': the closing
        # mark after the sentence's stop is left out of the content but still closes the quotation;
        # also when the tokenizer ends the sentence inside the quotation ('… love.' + '”')
        closing = any(is_quote_mark(w) for w in words[content[1] + 1:content[1] + 3])
        marks = [j for j in range(content[0], content[1] + 1) if _holds_mark(words[j])]
        split = len(marks) == 1 and marks[0] < content[1] and _sentence_ends_quoted(words)
        return len(marks) + closing >= 2 or split or _described_as(words, content) \
            or _small_clause(words, content, frame)
    opener = next((w for w in span if w.upos != "CCONJ" and not is_quote_mark(w)), span[0])
    if lower(opener) in ADVERBIAL_OPENERS and not frame.that and _modifies_cue(words, opener, frame) \
            and not (frame.cls == "finding" and lower(opener) == "where" and opener is span[0]) \
            and not _opener_before_main_clause(words, content, frame):
        # (but "the returns show where her support came from": an embedded question)
        # "…, she said when she resigned", "Though his plan would cut taxes, one study found …"
        # (but "He said at least 61 people were killed", "said at one site police fired …")
        return False
    if frame.cls == "directive" and lower(span[0]) == "for":
        return False  # "asked for help": a request for a thing, not reported content
    if frame.cls == "speech" and content[0] > frame.cue_last and (lower(span[0]) == "to" or (
            lower(span[0]) == "not" and len(span) > 1 and lower(span[1]) == "to")):
        # "vowed to rebuild the bridge", "pledged not to raise taxes": a commitment is reported
        # content; other speech verbs before "to" report nothing ("said to be", "spoke to him");
        # a content before the cue may open with a purpose ("To win the White House, candidates
        # need …, analysts say")
        return frame.lemma in lexicons.commissive_verbs() \
            and _infinitive_at(words, content[0] + (lower(span[0]) == "not"))
    if frame.cls == "finding" and frame.position == "pre" and not frame.that:
        # "polls show Clinton ahead": a small clause is no finding; "Early analysis shows the
        # polls may have missed the late swing" is: a subject and its finite verb open the content
        # (also an embedded question: "the returns show where her support came from")
        opener = lower(words[content[0]])
        if opener in WH_COMPLEMENTS | {"where", "what", "who", "when"}:
            return has_clause_verb(words, content[0] + 1, content[1])
        return _opens_clause(words, content[0], that_ahead=False)
    if any(is_quote_mark(w) for w in span):
        return True
    if frame.lemma in lexicons.quotation_verbs() and not frame.that:
        # "continue" reports a quotation ('“…,” she continued') or a that-clause ("continued to
        # assert that …"), not its object or a clause before it: "Clinton’s victories continue her
        # momentum", "Even after the complaint was filed, Lewandowski continued to say he …"
        return False
    if frame.cls == "directive" and lower(span[0]) in {"guilty", "not", "innocent"}:
        return False  # "who pleaded guilty to fraud": a plea in court, not an appeal
    if frame.cls == "accusation" and any(lower(a) in {"of", "for"} and lower(b).endswith("ing")
                                         for a, b in zip(span, span[1:])):
        return True  # "accuse the council of ignoring residents", whatever the tag of "ignoring"
    if frame.cls == "directive" and not frame.that and frame.lemma in lexicons.infinitive_directives():
        # "advised residents to stay indoors": what is demanded is an infinitive (not "is advising
        # Pfizer as it works on a merger", "directed funding to hospitals")
        return any(_infinitive_at(words, j) for j in range(content[0], content[1] + 1))
    if frame.cls == "directive" and lower(span[0]) in QUESTION_OPENERS | {"who", "when", "where", "which"} \
            and has_clause_verb(words, content[0] + 1, content[1]):
        return True  # "asked the students if they were always so serious": a question, its verb "be"
    if frame.cls == "accusation" and _charge_after_object(span):
        return True  # "accused Bondi of hypocrisy", "accused Moraes of censorship": the charge is a noun
    if frame.cls == "accusation" and not frame.that and not any(lower(w) in {"of", "with", "for", "as", "that"} for w in span):
        return False  # "A company he owns has charged the campaign $3.7 million": a price, no charge laid
    if frame.cls in {"directive", "accusation"}:
        return any(w.upos == "VERB" for w in span)
    if frame.that and frame.cls in {"speech", "finding"} and content[1] - content[0] >= 2 \
            and any(lower(w) == "that" and (w.upos in {"SCONJ", "PRON"} or words[content[0]].xpos == "VBG")
                    for w in words[frame.cue_last + 1:content[0]]):
        # (also "argue that/DT trading prisoners encourages/NNS others …": no determiner before a gerund)
        return True  # "Trump asserts that his report provides clarity" (provides/NNS): "that" opens a clause
    if frame.cls == "speech" and not frame.that and frame.lemma in lexicons.gerund_report_verbs() \
            and content[0] == frame.cue_last + 1 and _gerund_at(words, content[0]):
        return True  # "The club reported spending $1.1 million on ads", "proposed not raising taxes"
    if not frame.that and frame.lemma in lexicons.clause_only_verbs() and frame.position in {"pre", "participle"} \
            and not _opens_clause(words, content[0], that_ahead=False):
        return False  # "Trump has maintained a large lead over the pack, …": no clause, no report
    if _addressee_infinitive(words, content, frame):
        return True  # "Trump told Christie to go home", "warned residents to stay indoors"
    return has_clause_verb(words, content[0], content[1]) or broken_clause(words, content, frame)


def _opener_before_main_clause(words, content: tuple[int, int], frame: Frame) -> bool:
    """Does a content before its cue hold its own main clause after the opening phrase's comma?
    "After two decades in Congress as an independent, Sanders plans to remain a Democrat, Devine
    said", "While he is running third in most polls, a strong showing could show his appeal,
    veteran Republicans said": the opening phrase is the content's, whatever the parse hangs it
    on (not "When he resigned, she said": nothing but the opener stands before the cue)."""
    first, last = content
    if last >= frame.cue_first or any(is_quote_mark(w) for w in words[first:last + 2]):
        return False  # (a quotation before the cue is what was said: '… was shout “Yes!” “I loved it,” she said')
    comma = next((j for j in range(first + 1, last) if is_comma(words[j])), None)
    return comma is not None and words[comma + 1].upos in {"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"} \
        and has_clause_verb(words, comma + 1, last)


def _charge_after_object(span) -> bool:
    """Does "of" and a noun phrase follow the accused, with no comma between ("accused Bondi of
    hypocrisy", "accused the former president of sexual assault")? Not a phrase inside the object
    ("criticized Frank Pavone, national director of Priests for Life")."""
    for k in range(1, len(span) - 1):
        if is_comma(span[k]) or span[k].text in DASHES:
            return False
        if lower(span[k]) == "of" and span[k + 1].upos in {"NOUN", "ADJ", "DET"}:
            return True
    return False


def _gerund_at(words, i: int) -> bool:
    """Does a gerund (or "not" and a gerund) open at words[i]?"""
    if lower(words[i]) == "not" and i + 1 < len(words):
        i += 1
    return words[i].xpos == "VBG" and lower(words[i]) != "saying"


def broken_clause(words, content: tuple[int, int], frame: Frame) -> bool:
    """Is the noun-phrase "object" of "say"/"tell" (``clause_object_verbs.txt``) a reported clause
    whose verb the tagger read as a noun or a modifier? The object runs on to the clause's end and
    holds a word that can be the clause's verb: a noun that agrees with the noun before it as a
    present tense would ("Mr. Hale said smugglers dig/NN tunnels under the border", "Experts said
    online success depends/NNS on trust", "Economists say taxing consumption encourages/NNS
    savings"), or a participle right after the noun phrase ("The party says 3,000 citizens living
    abroad cast votes by mail", "He said families of people killed by police file lawsuits").
    The true objects of these verbs stay out (``speech_object_nouns.txt``: "said a prayer for the
    victims", "told a joke about the weather", "said nothing about the plan"), and so do a pronoun
    ("said it to his face") and the addressee of "tell", which is skipped before ("told reporters
    smugglers dig tunnels"; "told a crowd at the rally" reports nothing)."""
    first, last = content
    if frame.cls != "speech" or frame.that or frame.lemma not in lexicons.clause_object_verbs():
        return False
    if last + 1 < len(words) and words[last + 1].text not in CLAUSE_END:
        return False  # the object must reach the clause's end
    if frame.lemma in lexicons.addressee_verbs() and first <= frame.cue_last + 1:
        return False  # "told the council members at a meeting": the noun phrase is the addressee
    if sum(1 for w in words[first:last + 1] if any(ch.isalnum() for ch in w.text)) < 4:
        return False  # "said yes to the plan" is too short to be a clause
    start = first + 1 if words[first].xpos == "VBG" else first  # "say taxing consumption encourages …"
    if lower(words[start]) in NOMINATIVE_PRONOUNS and start + 1 <= last and not is_finite_verb(words[start + 1]):
        # "He said he and Trump differ/NN on Israel": no object is nominative, so a clause is
        # said, whatever the tag of its verb
        return True
    if words[start].upos == "PRON" and not np_word(words[start]):
        return False
    end = scan_np_right(words, start)
    if end is None:
        return False
    if any((w.lemma or lower(w)).lower() in lexicons.speech_object_nouns() or lower(w) in lexicons.speech_object_nouns()
           for w in words[first:end + 1]):
        return False
    for j in range(start + 1, end + 1):
        if _verb_as_noun(words[j - 1], words[j]) and j < last:
            return True
    if words[first].xpos == "VBG" and end + 2 < last and lower(words[end + 1]) in NOUN_PHRASE_PREPOSITIONS:
        # "said having Trump at the top of the GOP ticket puts/NNS even senior Republicans at
        # risk": the gerund's object has a phrase, and the clause's verb is read as a noun in it
        phrase = scan_np_right(words, end + 2)
        if phrase is not None and any(_verb_as_noun(words[j - 1], words[j]) and j < last
                                      for j in range(end + 3, phrase + 1)):
            return True
    after = end + 2 if end + 1 <= last and is_comma(words[end + 1]) else end + 1
    if after <= last and words[after].upos == "VERB" and words[after].xpos in {"VBG", "VBN"}:
        return True
    while after <= last and words[after].upos == "ADV":
        after += 1
    # "Galvin said the polling location never shut/VB its doors": a past tense the kit tags as a
    # bare form, the clause's verb by the parse
    return after <= last and words[after].upos == "VERB" and words[after].xpos == "VB" \
        and (words[after].deprel or "") == "ccomp" and words[after].head == frame.cue_first + 1


# Irregular past tenses the kit tags as nouns after a noun ("the minister stood/NN by …"); none is
# a noun after a subject in a reported clause.
IRREGULAR_PASTS = frozenset({"stood", "held", "told", "knew", "thought", "brought", "bought", "fought", "taught",
                             "sought", "caught", "spoke", "broke", "chose", "wrote", "drove", "rose", "grew",
                             "threw", "flew", "drew", "began", "ran", "won", "gave", "took", "came", "became",
                             "went", "saw", "got", "made", "said", "felt", "kept", "left", "lost", "meant",
                             "met", "paid", "sent", "spent", "built", "sold", "led", "fell"})


def _verb_as_noun(before, word) -> bool:
    """Can ``word``, tagged a noun after the noun ``before``, be a present tense agreeing with it:
    a plural noun and a bare form ("smugglers dig/NN"), a singular noun and an -s form ("success
    depends/NNS")?"""
    form = lower(word)
    if not form.isalpha():
        return False
    if before.xpos in {"NNS", "NNPS"} and word.xpos == "NN" and not form.endswith("s"):
        return True
    if before.upos in {"NOUN", "PROPN"} and word.xpos == "NN" and form in IRREGULAR_PASTS:
        return True  # "said the prime minister stood/NN by his comments": a past tense, whatever the noun
    return before.xpos in {"NN", "NNP", "JJ"} and word.xpos == "NNS" and form.endswith("s") and not form.endswith("ss")


def _sentence_ends_quoted(words) -> bool:
    """Does the sentence end inside a quotation whose closing mark the tokenizer moved to the next
    sentence ('… and love.' then '”')?"""
    text = getattr(getattr(words[0].sent, "doc", None), "text", None) if words else None
    if not text or words[-1].text not in CLAUSE_END:
        return False
    after = text[words[-1].end_char:words[-1].end_char + 2].lstrip(" ")
    return bool(after) and after[0] in "”\"’»"


def _holds_mark(word) -> bool:
    """A quotation mark. (Reading as marks too the NYT's two apostrophes that the tokenizer glues
    to a word or moves past the sentence's stop added 32 frames on PolNeAR train, 21 right: below
    the 80% a rule must reach, so they are left out.)"""
    return is_quote_mark(word)


def _object_before(words, v: int) -> bool:
    """Does the naming verb at ``v`` have its object before its subject, a relative pronoun
    ('what the mayor called “the old model”', 'a clip that the judge called “crude”') or a noun
    before a pronoun subject ('in videos he calls “Money Talk,” the host …')?"""
    i = v - 1
    while i >= 0 and (words[i].upos in {"ADV", "AUX"} or is_temporal(words[i])):
        i -= 1
    start = scan_np_left(words, i) if i >= 0 else None
    if start is None or start == 0:
        return False
    before = words[start - 1]
    if start == i and words[i].upos == "PRON" and before.upos == "NOUN" and not is_temporal(before):
        return True
    return lower(before) in {"what", "that", "which", "whom"}


def _naming_end(words, content: tuple[int, int], object_before: bool = False) -> tuple[int, int]:
    """Where what an evaluative verb calls its object ends (see the two functions below)."""
    marks = [j for j in range(content[0], content[1] + 1) if _holds_mark(words[j])]
    if not marks:
        return _unquoted_complement_end(words, content)
    if len(marks) < 2:
        return content
    return _quoted_complement_end(words, content, marks[0], marks[1], object_before)


def _unquoted_complement_end(words, content: tuple[int, int]) -> tuple[int, int]:
    """"Critics would call them reckless - a charge the mayor rejects": a dash ends what the
    object is called; so does a comma before anything but more of it ("called him a liar, a cheat
    and a fraud"; not "call him competent, after 55 percent said so", "call it a scandal, raising
    the question …"), and a second participle ("calling them thugs and vowing to …")."""
    for j in range(content[0] + 1, content[1]):
        word, following = words[j], words[j + 1]
        if word.text in DASHES or (word.text == "-" and not attached(words, j)):
            return (content[0], j - 1)
        if is_comma(word) and not (following.upos in {"DET", "ADJ", "NOUN", "NUM"}
                                   or lower(following) in POSSESSIVE_DETERMINERS
                                   or following.upos == "PROPN" and j + 2 <= content[1] and is_comma(words[j + 2])
                                   or lower(following) == "as" and j + 2 <= content[1]
                                   and words[j + 2].upos in {"DET", "ADJ", "NOUN"} and not has_clause_verb(words, j + 2, content[1])):
            # (a place set off by commas is more of it, and so is what the object is described as
            # after it: "described a day at home in Burlington, Vermont, as the perfect day off")
            return (content[0], j - 1)
        if word.upos == "CCONJ" and following.xpos == "VBG" and lexicons.verb_class(following.lemma, following.text):
            return (content[0], j - 1)
    if words[content[1]].text in DASHES:
        return (content[0], content[1] - 1)
    return content


def _quoted_complement_end(words, content: tuple[int, int], opening: int, close: int,
                           object_before: bool) -> tuple[int, int]:
    """'Called the long lines “unacceptable,” but said …', 'in videos he calls “Money Talk,”
    pointing to …', 'a clip the judge called “crude,” Smith said …': a comma at the closing mark,
    then a conjunction, a participle, a relative or a clause of its own ends the content (but
    'called it a “mistake,” made by some …' goes on: a participle on the complement). After a
    relative object ("what he calls the “cartel” and cast himself as …": one phrase; not "in which
    he called a rival “lazy”") the closing mark does, unless the quotation modifies a noun ('what
    he calls the “rigged” primary system')."""
    if close >= content[1]:
        return content
    after = words[close + 1]
    if after.text in DASHES or (after.text == "-" and not attached(words, close + 1)):
        return (content[0], close)  # "-- which Tim Cook called ''total political crap'' -- one question …"
    if object_before and all(words[j].upos in {"DET", "ADJ", "ADV"} for j in range(content[0], opening)) \
            and after.upos not in {"NOUN", "PROPN", "ADJ", "NUM"} and after.xpos != "VBG":
        return (content[0], close)
    if after.upos == "CCONJ" and close + 2 <= content[1] and (words[close + 2].upos == "VERB" or (
            words[close + 2].upos == "ADV" and close + 3 <= content[1] and words[close + 3].upos == "VERB")):
        return (content[0], close)  # 'call them "lone wolves" and describe their actions as crimes'
    if not (is_comma(words[close - 1]) or is_comma(after)):
        # 'called Clinton a “champion” for its constituency, citing her work …': the phrase after
        # the quotation goes on to a comma before a participle or a clause of its own
        comma = next((j for j in range(close + 1, content[1]) if is_comma(words[j]) or _holds_mark(words[j])), None)
        if comma is not None and is_comma(words[comma]) and (words[comma + 1].xpos == "VBG" or (
                lower(words[comma + 1]) not in WH_RELATIVES and _subject_and_verb(words, comma + 1) is not None)):
            return (content[0], comma - 1)
        return content
    following = close + 1 + is_comma(after)
    if following > content[1]:
        return (content[0], close)
    word = words[following]
    if word.upos == "CCONJ" or word.xpos == "VBG" or lower(word) in WH_RELATIVES \
            or _subject_and_verb(words, following) is not None:
        return (content[0], close)
    return content


# Pronoun objects of a naming verb: "called them rapists", "calls itself a movement".
NAMING_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "himself", "herself", "itself",
                             "themselves", "this", "that"})
# Labels the object's complement gets from either parser: UD's xcomp, and the kit's second
# object or clause ("called it ''predatory'': it/obj predatory/obj").
COMPLEMENT_DEPRELS = frozenset({"xcomp", "obj", "ccomp", "iobj"})


def _naming_verb(word) -> bool:
    """Is ``word`` a naming verb (``naming_verbs.txt``), by lemma or by form ("dubbed": dubbe)?"""
    return lexicons.is_naming_verb(word.lemma, word.text)


def _small_clause(words, content: tuple[int, int], frame: Frame) -> bool:
    """A naming verb, its object and what the object is called, with no marks: "The senator called
    the plan a giveaway to insurers", "She called the ruling unfair", "deemed them purely
    personal", "calls North Carolina her home state". The complement is a noun or adjective
    phrase hanging on the verb (xcomp, or the kit's second obj) after its object, or, where the
    kit's parse breaks, the phrase right after the object's noun phrase. Not a phone call or a
    meeting: "called him on Sunday", "called an emergency session following the test", "called a
    news conference Tuesday", "called off the strike" have no complement."""
    k, last = content
    if k != frame.cue_last + 1 or frame.position not in {"pre", "participle"} or not _naming_verb(words[frame.cue_first]):
        return False
    if any(tuple(lower(w) for w in words[k:k + len(idiom)]) == idiom for idiom in lexicons.naming_idioms()):
        return False  # "the crew called it a day"
    if any(_holds_mark(w) for w in words[k:last + 1]):
        return False  # a quoted complement is the quotation's (an unclosed mark reports nothing)
    if lower(words[k]) in NAMING_PRONOUNS:
        obj_end = k
    elif lower(words[k]) in POSSESSIVE_DETERMINERS:
        obj_end = scan_np_right(words, k + 1)  # ("my" alone is a pronoun to the scan: "called my friend's mother")
    elif words[k].upos in {"DET", "PROPN", "NOUN", "ADJ", "NUM"}:
        obj_end = scan_np_right(words, k)
    else:
        return False
    if _object_before(words, frame.cue_first):
        return False  # "ending what he calls corruption in politics a major focus": the object is the relative
    if obj_end is None:
        return False
    cue_id = frame.cue_first + 1
    dependents = [j for j in range(k, last + 1) if words[j].head == cue_id and words[j].deprel in COMPLEMENT_DEPRELS]
    # the object, then a complement whose phrase starts after the object's head (it may stand
    # after a prepositional phrase: "called the squabble with the agencies unusual"; the linear
    # scan joins "the decision unfair" and "the town her second home" into one noun phrase)
    first = min(subtree(words, dependents[-1])) if len(dependents) >= 2 else None
    if first is not None and first == dependents[0] + 1 and words[first].upos == words[dependents[0]].upos == "PROPN":
        return False  # "Mr. Obama called Naghmeh/obj Abedini/obj": one name the parser split
    if len(dependents) >= 2 and _complement_word(words, dependents[-1]) and first > dependents[0] \
            and not any(is_comma(words[j]) or words[j].text in DASHES | {"-", "(", ":"} for j in range(k, dependents[-1])):
        # (not "what he called tribalism - a conviction that …": an apposition after the dash)
        return True
    return obj_end < last and _complement_at(words, obj_end + 1, last)


def _complement_word(words, j: int) -> bool:
    """Can words[j] head what an object is called (a common noun or adjective, never a time:
    "called a vote Tuesday", nor a name: "a group that calls itself Liberty Front")?"""
    if words[j].xpos == "VBN" and words[j].deprel == "xcomp":
        # "called the charges unsubstantiated/VBN and fabricated …": a participle's adjective, said
        # of something named before (not "called a meeting scheduled/xcomp for Monday", nor "The
        # so-called reform failed/xcomp": the verb glued to "so-")
        verb = words[j].head - 1
        obj = next((i for i in range(j - 1, verb, -1) if words[i].head == verb + 1 and words[i].deprel == "obj"), None)
        start = min(subtree(words, obj)) if obj is not None else None
        glued = verb > 0 and words[verb - 1].end_char == words[verb].start_char
        return start is not None and lower(words[start]) not in {"a", "an"} and not glued
    return words[j].upos in {"NOUN", "ADJ", "NUM"} and not is_temporal(words[j])


def _complement_at(words, j: int, last: int) -> bool:
    """Does a noun or adjective phrase open at words[j] ("a giveaway to insurers", "unfair",
    "purely personal", "her home state")?"""
    word = words[j]
    if word.upos == "ADV" and j + 1 <= last and words[j + 1].upos == "ADJ":
        return True  # "purely personal"
    if word.upos == "ADJ":
        return not is_temporal(word)
    if word.upos in {"DET", "NOUN", "NUM"} or lower(word) in POSSESSIVE_DETERMINERS:
        end = scan_np_right(words, j)
        return end is not None and not any(is_temporal(w) for w in words[j:end + 1]) \
            and not all(w.upos == "PROPN" for w in words[j + 1:end + 1] if w.upos != "DET")
    return False


def _described_as(words, content: tuple[int, int]) -> bool:
    """"described the plan as unworkable", "portrayed him as a victim", 'described the delay as
    “maddening.”' (a mark opening what it is said to be), "described the summit as Washington
    talking to itself" (a name, when no finite verb makes "as" a conjunction: "described the
    scene as Smith arrived")."""
    end = scan_np_right(words, content[0])
    if end is None and words[content[0]].upos == "PRON" and lower(words[content[0]]) in OBJECT_PRONOUNS | {"it", "her"}:
        end = content[0]
    if end is None and words[content[0]].upos in {"DET", "ADJ", "NOUN", "PROPN"} or \
            end is not None and end + 2 <= content[1] and lower(words[end + 1]) != "as":
        end = _object_before_as(words, content, content[0] if end is None else end)
    if end is None or end + 2 > content[1] or lower(words[end + 1]) != "as":
        return False
    at = end + 3 if is_quote_mark(words[end + 2]) and end + 3 <= content[1] else end + 2
    nxt = words[at]
    if nxt.upos == "PROPN" or lower(nxt) in POSSESSIVE_DETERMINERS:
        return not any(is_finite_verb(w) for w in words[at:content[1] + 1])
    # (a participle too: "described the country as beset by illegal immigrants")
    return nxt.upos in {"DET", "ADJ", "NOUN", "ADV"} or nxt.xpos in {"VBG", "VBN"}


def _object_before_as(words, content: tuple[int, int], end: int) -> int | None:
    """The last word of an object that runs on past the noun phrase to "as" ("described a day at
    home with his grandchildren in Burlington, Vermont, as the perfect day off", "described the
    most engaged rally-goers as seeming …"): phrases, commas and hyphens only, no verb."""
    as_at = next((j for j in range(end + 1, content[1]) if lower(words[j]) == "as"), None)
    if as_at is None:
        return None
    if not all(np_word(w) or w.upos in {"ADP", "ADV", "CCONJ"} or w.xpos in {"VBN", "VBG"} or is_comma(w)
               or w.text in {"-", "–"} for w in words[end + 1:as_at]):
        return None
    return as_at - 1


def _addressee_infinitive(words, content: tuple[int, int], frame: Frame) -> bool:
    """Is the content of a verb of telling its addressee and a to-infinitive, what they were told
    to do ("told Christie to get on a plane", "reminded voters to register")?"""
    if frame.that or frame.lemma not in lexicons.addressee_verbs() or content[0] != frame.cue_last + 1:
        return False
    end = content[0] if words[content[0]].upos == "PRON" else scan_np_right(words, content[0])
    if end is not None and any((w.lemma or lower(w)).lower() in lexicons.speech_object_nouns()
                               for w in words[content[0]:end + 1]):
        return False  # "told the story (not) to scare anyone": what was told, then a purpose
    if end is not None and end + 2 <= content[1] and lower(words[end + 1]) in {"not", "never"}:
        end += 1  # "I told Megyn not to worry"
    return end is not None and end + 1 <= content[1] and _infinitive_at(words, end + 1)


def _infinitive_at(words, i: int) -> bool:
    """Does a to-infinitive start at words[i] ("to rebuild", "to swiftly punish", 'to “defend')?"""
    j = i + 1
    while j < len(words) and (words[j].upos == "ADV" or is_quote_mark(words[j])):
        j += 1
    # (after an opening mark the kit may tag the base form otherwise: 'pledged to “bring/VBG …')
    return lower(words[i]) == "to" and words[i].upos == "PART" and j < len(words) \
        and words[j].upos in {"VERB", "AUX"} and (words[j].xpos == "VB" or (
            is_quote_mark(words[j - 1]) and lower(words[j]) == (words[j].lemma or "").lower()))


# Prepositions of a subject's own phrases (not "as", "since", "after": they may open a clause,
# "denied the claims as the talks stalled/VBN"; nor "by", an agent).
NOUN_PHRASE_PREPOSITIONS = frozenset({"of", "in", "on", "for", "at", "from", "with", "among", "across", "under", "over"})


# Tags the kit gives a past tense straight after its subject (see has_clause_verb).
SLIPPED_PAST_TAGS = frozenset({"VBN", "VB"})


def has_clause_verb(words, first: int, last: int) -> bool:
    """Does words[first..last] hold a finite verb? The kit often tags a past tense right after
    its subject as a participle ("the findings raised more questions": raised/VBN) or a base form
    ("50 percent of respondents chose/VB Clinton"), so such a verb straight after the clause's
    opening noun phrase counts too, unless an agent follows ("negotiations brokered by Qatar" is
    a noun phrase)."""
    if any(is_finite_verb(w) for w in words[first:last + 1]):
        return True
    opener = next((j for j in range(first + 1, min(last, first + 5)) if is_comma(words[j])), None) \
        if words[first].upos in {"ADP", "ADV"} else None
    if opener is not None and all(w.upos in {"ADP", "ADV", "DET", "ADJ", "NOUN", "PROPN", "NUM"} for w in words[first:opener]):
        return has_clause_verb(words, opener + 1, last)  # "In all, hackers compromised/VBN 12 FDIC workstations …"
    np_end = scan_np_right(words, first)
    if np_end is None and first + 1 <= last and lower(words[first]) in APPROXIMATORS:
        np_end = scan_np_right(words, first + 1)  # "about/IN half of the adjustment reflected/VBN …"
    if np_end is None and first + 2 <= last and words[first].xpos == "JJR" and lower(words[first + 1]) == "than":
        np_end = scan_np_right(words, first + 2)  # "more than 1,300 emails contained/VBN …"
    if np_end is not None and np_end + 2 <= last and words[np_end].upos == "PRON" and lower(words[np_end + 1]) == "of":
        np_end = scan_np_right(words, np_end + 2)  # "none of the emails originated/VBN with her"
    for _ in range(2):
        # "about half of the adjustment in its deficit projections reflected/VBN revenue losses":
        # the subject's prepositional phrases stand between it and its verb
        if np_end is None or np_end + 3 > last or lower(words[np_end + 1]) not in NOUN_PHRASE_PREPOSITIONS \
                or words[np_end + 2].xpos == "VBN":
            break
        more = scan_np_right(words, np_end + 2)
        if more is None or more + 1 > last or words[more + 1].xpos not in SLIPPED_PAST_TAGS and words[more + 1].upos != "ADP":
            break
        np_end = more
    verb = np_end + 1 if np_end is not None else None
    return verb is not None and verb <= last and words[verb].xpos in SLIPPED_PAST_TAGS and words[verb].upos == "VERB" \
        and words[np_end].upos in {"NOUN", "PROPN", "PRON", "NUM"} \
        and not (verb + 1 < len(words) and lower(words[verb + 1]) == "by")


def _modifies_cue(words, opener, frame: Frame) -> bool:
    """Does the phrase or clause opened by ``opener`` hang on the cue verb (its head, or its
    head's head, is the cue)?"""
    cue_id = frame.cue_first + 1
    head = opener.head
    if not head:
        return False
    if head == cue_id:
        return True
    return words[head - 1].head == cue_id


def _is_according(words, i: int) -> bool:
    return any(tuple(lower(w) for w in words[i:i + len(p)]) == p for p in _according_phrases())


def _according_phrases():
    return [p for p in lexicons.cue_phrases() if p[0] in {"according", "as"}]


# --- "according to X" --------------------------------------------------------------------

def _according_to(s: int, words, i: int) -> Frame | None:
    if lower(words[i]) not in {"according", "as"}:
        return None  # what _according_phrases() start with (tried on every word: kept cheap)
    phrase = next((p for p in _according_phrases() if tuple(lower(w) for w in words[i:i + len(p)]) == p), None)
    if phrase is None:
        return None
    last = i + len(phrase) - 1
    np_end = scan_np_right(words, last + 1, limit=14)
    source_end = _source_phrase_end(words, last + 1)
    if source_end is not None and (np_end is None or np_end < source_end):
        # "…, according to the Associated/VBN Press.", "according to the most recent data available
        # from the FBI": the source runs to the comma or the sentence's end
        np_end = source_end
    if np_end is None:
        return None
    while np_end + 1 < len(words) and words[np_end + 1].text == ")":
        np_end += 1
    subject_start = last + 1
    for j in range(last + 1, np_end):
        if lower(words[j]) in {"from", "by", "of"} and (words[j - 1].lemma or "").lower() in lexicons.reporting_nouns() \
                | lexicons.finding_nouns() | lexicons.document_nouns() | {"figure"}:
            subject_start = j + 1  # "according to a statement from the ISPR": the ISPR speaks
            break
    subject_end = next((j - 1 for j in range(subject_start + 1, np_end + 1) if words[j].xpos == "VBN"
                        and words[j - 1].upos in {"NOUN", "PROPN"}), np_end)  # ("the center based on census data")
    frame = Frame(s, i, last, " ".join(phrase), "according", "according", subject=(subject_start, subject_end))
    start = clause_start(words)
    after = np_end + 1
    if i <= start + 1:
        if after < len(words) and (words[after].upos == "ADP" or lower(words[after]) in RELATIVE_PRONOUNS):
            # "According to State Department cables at the time that were later released by
            # WikiLeaks, Mr. Manafort … pressed …": the source's phrase goes on to the comma
            # before the main clause
            comma = next((j for j in range(after, len(words)) if is_comma(words[j]) or words[j].text in CLAUSE_END), None)
            if comma is not None and is_comma(words[comma]) and has_clause_verb(words, comma + 1, len(words) - 1):
                after = comma
        if after < len(words) and is_comma(words[after]):
            after = _past_source_aside(words, after + 1)
        content = _content_after_from(words, after)
    else:
        before = _content_before(words, i)
        content = before[0] if before else None
        if content is not None and is_comma(words[i - 1]) and after + 1 < len(words) and is_comma(words[after]) \
                and not _ends(words, after + 1):
            tail_start = _past_source_aside(words, after + 1, mid_sentence=True)
            # ("…, according to the health ministry, which said most victims were women": a
            # relative clause on the source to the sentence's end is no part of what it says)
            tail = _content_after_from(words, tail_start) if lower(words[tail_start]) not in RELATIVE_PRONOUNS else None
            if tail is not None:
                frame.content = _around_aside(words, content, tail)
                return frame
    if content is None or all(w.upos in {"ADV", "PUNCT"} for w in words[content[0]:content[1] + 1]):
        return None  # ("According to MSNBC, basically.": an adverb says nothing)
    frame.content = [content]
    return frame


def _degree_adverb(words, j: int) -> bool:
    """Is words[j] an adverb of an adjective inside a noun phrase ("the most recent YouGov
    survey", "a very early poll")?"""
    return words[j].upos == "ADV" and j + 1 < len(words) and words[j + 1].upos == "ADJ"


def _in_poll(s: int, words, i: int) -> Frame | None:
    """A poll named in an "in" phrase that opens the sentence is the source of the clause after
    the phrase's comma (``poll_nouns.txt``): "In an NBC News/Wall Street Journal poll released
    Monday, 50 percent of respondents chose Clinton". (At the end of a sentence the phrase is too
    often a scene, not a source: "Mr. Bush … sits at single digits in the polls"; measured at
    half the matches on PolNeAR train, it is left out.)"""
    if lower(words[i]) != "in" or words[i].upos != "ADP" or i != clause_start(words):
        return None
    poll = next((j for j in range(i + 1, min(len(words), i + 11))
                 if (words[j].lemma or lower(words[j])).lower() in lexicons.poll_nouns() and words[j].upos == "NOUN"), None)
    if poll is None or any(is_comma(w) or w.text in CLAUSE_END or is_finite_verb(w) or is_quote_mark(w)
                           or w.upos not in NP_UPOS | {"PUNCT", "SYM"} and not _degree_adverb(words, j)
                           for j, w in enumerate(words[i + 1:poll], i + 1)):
        return None
    # the poll's phrase runs to its comma: "of likely voters", "conducted in May", "last month"
    comma = next((j for j in range(poll + 1, min(len(words), poll + 13))
                  if is_comma(words[j]) or words[j].text in CLAUSE_END or is_finite_verb(words[j])
                  or is_quote_mark(words[j])), None)
    if comma is None or not is_comma(words[comma]):
        return None
    end, after = comma - 1, comma + 1
    if after < len(words) and words[after].xpos == "VBN":
        # "In the latest Washington Post-ABC News poll, conducted in May, Clinton led …"
        close = next((j for j in range(after + 1, min(len(words), after + 9)) if is_comma(words[j])), None)
        if close is not None and not any(is_finite_verb(w) for w in words[after:close]):
            after = close + 1
    content = _content_after_from(words, after)
    if content is None or not has_clause_verb(words, content[0], content[1]):
        return None
    return Frame(s, i, i, "in", "according", "according", subject=(i + 1, end), content=[content])


# What opens the question or request of "asked by X …": a question opener, "about", "to", a wh-word.
ASKED_BY_OPENERS = QUESTION_OPENERS | {"about", "to", "who", "when", "where", "which"}


def _asked_by(s: int, words, v: int) -> Frame | None:
    """A question put by the agent of "asked by": "When asked by a reporter whether this differed
    from …, Trump said …", "Asked by Stephanopoulos to respond to Trump's criticism, Carson said",
    "Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's". The
    questioner speaks; the question runs from its opener to the clause's comma or end."""
    word = words[v]
    if lower(word) != "asked" or word.xpos != "VBN" or v + 2 >= len(words) or lower(words[v + 1]) != "by":
        return None
    before = words[v - 1] if v > 0 else None
    if not (v == clause_start(words) or before is not None and (lower(before) in {"when", "after", "once", "if", "as"}
                                                               or (before.lemma or "").lower() == "be")):
        return None
    end = scan_np_right(words, v + 2)
    if end is None or not _names_a_speaker(words, v + 2, end):
        return None
    k = end + 1
    while k < len(words) and (is_temporal(words[k]) or lower(words[k]) in {"on", "in", "during"} and k + 1 < len(words)
                              and is_temporal(words[k + 1])):
        k += 1
    if k >= len(words) or lower(words[k]) not in ASKED_BY_OPENERS:
        return None
    found = _main_clause_after(words, k + 1)  # ("…, Trump said": the main clause after the question)
    last = found[0] if found is not None else next(
        (j for j in range(k + 1, len(words)) if words[j].text in CLAUSE_END or words[j].text in {";", ":"}), len(words))
    content = (k, last - 1)
    if content[1] <= k or not (lower(words[k]) in {"about", "to"} or has_clause_verb(words, k + 1, content[1])):
        return None
    return Frame(s, v, v + 1, "ask", "speech", "pre", subject=(v + 2, end), content=[content])


def _past_source_aside(words, after: int, mid_sentence: bool = False) -> int:
    """The first word after an aside on the source of "according to" that opens at
    words[after] and ends at a comma ("According to an official, who asked not to be named,
    …", "According to the ISPR, the military's media wing, …"), else ``after``. In the middle of
    a sentence a noun aside must be followed by the clause's verb ("At the heart of the trouble,
    according to Dennis Ross, another former envoy, was a decision …"; not "G4S receives,
    according to one report, $234 million …, but …": the object)."""
    close = next((j for j in range(after, len(words)) if is_comma(words[j])), None)
    aside = words[after:close] if close is not None else []
    then = words[close + 1] if close is not None and close + 1 < len(words) else None
    noun_aside = not any(is_finite_verb(w) for w in aside) and then is not None \
        and lower(then) not in RELATIVE_PRONOUNS and then.xpos != "VBG" \
        and (not mid_sentence or (aside[0].upos in {"DET", "ADJ", "NOUN", "PROPN"} and is_finite_verb(then)))
    if aside and (lower(aside[0]) in RELATIVE_PRONOUNS or aside[0].xpos == "VBG" or noun_aside):
        return close + 1
    return after


def _around_aside(words, before: tuple[int, int], tail: tuple[int, int]) -> list[tuple[int, int]]:
    """The content around a mid-sentence "according to X". The clause goes on after the aside
    when the words before it have no verb of their own ("Turnout, according to the commission,
    has risen since May", "Since last November, according to Human Rights Watch, security forces
    have killed …") or the words after it complete their verb ("G4S receives, according to one
    report, $234 million …"): both sides. When the words before end in a conjunction or a
    subordinator, only the clause after the aside ("… because, according to Trump, the media
    would call him a “chicken”"). After a whole clause the words after the aside are the
    journalist's ("…, according to CrowdTangle, a social analytics tool …", "…, according to
    public filings, a huge sum for a firm with 35 partners")."""
    last = words[before[1]]
    if last.upos == "CCONJ" and (words[tail[0]].upos == "VERB" or words[tail[0]].xpos in {"VBD", "VBN"}):
        return [before, tail]  # "… has reshuffled top diplomats and, according to X, adopted a new strategy"
    if last.upos in {"SCONJ", "CCONJ"} or lower(last) == "that" \
            or (last.upos == "ADP" and last.deprel in {"case", "mark"} and last.head - 1 > before[1]):
        return [tail]  # (also "because/ADP", the kit's tag: its head is in the clause after the aside)
    if not has_clause_verb(words, before[0], before[1]) or _object_after_aside(words, before, tail):
        return [before, tail]
    return [before]


def _object_after_aside(words, before: tuple[int, int], tail: tuple[int, int]) -> bool:
    """Do the words after the aside complete a verb left hanging before it (the object of "G4S
    receives, according to one report, $234 million …"), rather than describe the source
    ("according to Bill McInturff, a Republican pollster", "…, who …") or follow a whole clause
    ("…, the pope told reporters, according to Reuters, during …")?"""
    if words[before[1]].upos != "VERB" or lower(words[tail[0]]) in RELATIVE_PRONOUNS:
        return False
    return any(words[j].head == before[1] + 1 and words[j].deprel != "punct" for j in range(tail[0], tail[1] + 1))


def _source_phrase_end(words, start: int) -> int | None:
    """End of the source named after "according to" when the tagger breaks its noun phrase (a
    participle, an adverb, a coordination, a quoted word): the words up to the next comma, bracket
    or clause end, at most 14, with a noun and no finite verb ("according to the Associated
    Press.", "according to exit polling data,", "according to complete but unofficial returns.",
    "according to her “clawback” plan,"), or None."""
    stop = next((j for j in range(start, min(len(words), start + 15))
                 if is_comma(words[j]) or words[j].text in CLAUSE_END or words[j].text in {")", "(", ":"}
                 or words[j].text in DASHES), None)
    if stop is None and start + 15 >= len(words):
        stop = len(words)
    if stop is None or stop == start:
        return None
    phrase = words[start:stop]
    if phrase[0].upos not in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PRON", "VERB"} \
            or (phrase[0].upos == "PRON" and lower(phrase[0]) not in POSSESSIVE_DETERMINERS) \
            or any(is_finite_verb(w) or lower(w) in RELATIVE_PRONOUNS for w in phrase) \
            or not any(w.upos in {"NOUN", "PROPN"} for w in phrase):
        return None
    end = stop - 1
    while end > start and is_quote_mark(words[end]):
        end -= 1
    return end


# --- interrupted reports: "The plan, as described by X, rests on …" --------------------------

def _as_aside(s: int, words, i: int) -> Frame | None:
    """An aside naming who reported the clause around it: "The plan, as described by officials,
    rests on …", "…, as the minister put it, “a new start”", "As she told reporters, the talks …".
    Beliefs and findings stay out ("as many voters believe", "as we learned in Iowa")."""
    if lower(words[i]) != "as":
        return None
    start = clause_start(words)
    # ('… is a "lawful source of investment income," as a Homeland Security memo put it.': the
    # comma inside the closing mark)
    comma = i - 2 if i > start + 1 and is_quote_mark(words[i - 1]) and is_comma(words[i - 2]) else i - 1
    # "…, and as Comey noted, people involved could still face sanctions": after a comma and a
    # conjunction the aside reports the clause that follows it, not the one before
    joined = i >= start + 2 and words[i - 1].upos == "CCONJ" and is_comma(words[i - 2])
    if not (i == start or (i > start and is_comma(words[comma])) or joined
            or all(words[j].upos in {"CCONJ", "ADV"} for j in range(start, i))):  # "But as Clyburn noted, …"
        return None
    k = i + 1
    if k < len(words) and words[k].xpos == "VBN" and k + 2 < len(words) and lower(words[k + 1]) == "by":
        verb, subject_start = k, k + 2  # "as described by X"
        subject_end = scan_np_right(words, subject_start)
        after_verb = subject_end + 1 if subject_end is not None else None
    else:
        subject_start, subject_end = k, scan_np_right(words, k)
        if subject_end is None and k < len(words) and lone_quantifier(words, k):
            subject_end = k  # "…, as some have speculated", "as many have noted"
        if subject_end is None:
            return None
        verb = subject_end + 1
        while verb < len(words) and words[verb].upos in {"AUX", "ADV"}:
            verb += 1  # "as I've suggested"
        if verb >= len(words) or words[verb].upos != "VERB":
            return None
        after_verb = verb + 1
        if not is_finite_verb(words[verb]) and words[verb].xpos != "VBN" \
                and not (lower(words[verb]) == "put" and after_verb < len(words) and lower(words[after_verb]) == "it"):
            return None  # ("put" is tagged VB as often as VBD)
    if subject_end is None or verb >= len(words):
        return None
    lemma = (words[verb].lemma or lower(words[verb])).lower()
    put_it = lemma == "put" and after_verb < len(words) and lower(words[after_verb]) == "it"
    passive = verb == k and subject_start == k + 2
    cls = lexicons.verb_class(words[verb].lemma, words[verb].text)
    if not put_it and cls != "speech" and not (passive and cls == "evaluative"):
        return None  # ("as described by officials": describing is evaluative when it has an object)
    if _infinitive_at(words, after_verb):
        return None  # "as people continue to cross the border, …", "as he vowed to do": an act, not a report
    # the aside closes at the next comma ("as she told reporters on Monday,", "as X put it in an essay,")
    close = next((j for j in range(after_verb, min(len(words), after_verb + 10)) if is_comma(words[j])
                  or words[j].text in CLAUSE_END or is_quote_mark(words[j])), None)
    if close is None or (not is_comma(words[close]) and words[close].text not in CLAUSE_END):
        return None
    if any(is_finite_verb(w) for w in words[after_verb:close]):
        return None  # "as he said he would": the aside has a clause of its own
    frame = Frame(s, verb, verb, "put it" if put_it else lemma, "speech", "paren", subject=(subject_start, subject_end))
    pieces = []
    if i > start and not joined:
        before = _content_before(words, i - 1)
        pieces += before
    if is_comma(words[close]):
        after = _content_after_from(words, close + 1, frame)
        if after is not None:
            pieces.append(after)
    pieces = [p for p in pieces if p[0] <= p[1]]
    if put_it and len(pieces) == 2:
        pieces = pieces[1:]  # "…, as the minister put it, “a new start”": the wording follows the aside
    # the aside interrupts one clause ("The plan, as described by officials, rests on …", whatever
    # the tag of "rests"), or the clause before or after it is whole
    if not pieces or not (len(pieces) == 2 and not put_it or any(has_clause_verb(words, a, b) or any(
            is_quote_mark(w) for w in words[a:b + 1]) for a, b in pieces)):
        return None
    frame.content = pieces
    return frame


# Plural or quantified subjects of a short aside whose verb the tagger reads as a noun.
ASIDE_SUBJECTS = frozenset({"many", "some", "others", "critics", "analysts", "experts", "officials", "aides",
                            "supporters", "observers", "economists", "sources", "advocates", "opponents"})


# The relative pronouns that can be the subject of a reported clause: "which officials said will …".
GAP_RELATIVES = frozenset({"which", "that", "who"})


def _relative_report(s: int, words, v: int) -> Frame | None:
    """A report inside a relative clause whose pronoun is the subject of what was said: "The
    policy changes, which officials said will go into effect in the next few months, …", "an
    event that Carson says led him to Christ", "a law which critics said was discriminatory".
    The speaker stands between the pronoun and the verb; the content is the verb phrase after
    the cue, up to the relative clause's end. The kit tags a plural noun after "which" as a
    present tense ("which officials/VBZ said"): a present tense right before the cue is read as
    the speaker's noun."""
    word = words[v]
    if not (word.xpos or "").startswith("VB") or word.xpos == "VBG" or v + 1 >= len(words):
        return None
    after = words[v + 1]
    if not (is_finite_verb(after)
            or (after.xpos == "VBN" and after.upos == "VERB" and not (v + 2 < len(words) and lower(words[v + 2]) == "by"))):
        return None  # the pronoun is the subject of the content's verb: "said will go", "says led/VBN"
    base = lexicons.verb_base(word.lemma, word.text, lexicons.reporting_verb_heads())
    if lexicons.verb_class(base, word.text) != "speech":
        return None
    j = v - 1
    while j >= 0 and (words[j].upos in {"ADV", "AUX", "PART"} and lower(words[j]) not in GAP_RELATIVES):
        j -= 1  # "which she has repeatedly said"
    if word.xpos == "VBN" and j == v - 1:
        return None  # a participle needs its auxiliary: "has said"
    end = j
    while j >= 0 and end - j < 5 and lower(words[j]) not in GAP_RELATIVES and (
            words[j].upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"}
            or (words[j].xpos in {"VBZ", "VBP"} and words[j].upos == "VERB"
                and (lower(words[j]).endswith("s") or words[j].text[:1].isupper()))):
        j -= 1
    first = j + 1
    while j >= 0 and words[j].upos == "ADV":
        j -= 1  # "which even critics say"
    if first > end or j < 0 or lower(words[j]) not in GAP_RELATIVES or words[j].upos not in {"PRON", "DET", "SCONJ"}:
        return None
    content = _content_after_from(words, v + 1)
    if content is None:
        return None
    # "The changes, which officials said will go into effect soon, will not apply …": the
    # relative clause ends where the main clause's verb comes back after a comma
    back = next((k for k in range(v + 2, content[1]) if is_comma(words[k]) and _outside_quotation(words, v + 1, k)
                 and (is_finite_verb(words[k + 1]) or words[k + 1].xpos == "MD")), None)
    if back is not None:
        content = (v + 1, back - 1)
    return Frame(s, v, v, base, "speech", "pre", subject=(first, end), content=[content])


def _mistagged_aside(s: int, words, v: int) -> Frame | None:
    """"That attitude, many argue, could carry …" with "argue" tagged as a noun: a comma, a
    plural subject, a present-tense reporting verb whatever its tag, a comma."""
    word = words[v]
    if word.upos == "VERB" or v < 2 or v + 2 >= len(words) or not is_comma(words[v + 1]):
        return None
    lemma = lexicons.present_tense_lemma(word.text)
    if lower(words[v - 1]) in ASIDE_SUBJECTS and lexicons.verb_class(lower(word), lower(word)) == "speech":
        subject = v - 1
        if subject > 0 and words[subject - 1].upos in {"ADJ", "DET"} and not is_comma(words[subject - 1]):
            subject -= 1  # "many economists", "some critics"
    elif lemma is not None and word.text[:1].islower() and words[v + 1].text == "," and (
            _agrees(words[v - 1], lower(word) != lemma) or (words[v - 1].xpos == "JJ" and lower(word) != lemma)):
        # "What is less certain, the survey/JJ shows/NNS, is whether …": a short noun phrase that
        # agrees with the verb, between commas (not "— our largest state —")
        subject = next((j for j in range(v - 1, max(0, v - 5), -1) if is_comma(words[j - 1])), None)
        if subject is None or words[subject - 1].text != "," or lower(words[subject]) not in {"the", "a", "an", "this", "that"} \
                or not all(words[j].upos in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"} for j in range(subject, v)):
            return None
    else:
        return None
    if subject < 1 or not is_comma(words[subject - 1]):
        return None
    before = _content_before(words, subject - 1)
    after = _content_after_from(words, v + 2)
    if not before or after is None:
        return None
    frame = Frame(s, v, v, lemma or lower(word), lexicons.reporting_verbs().get(lemma, "speech"), "paren",
                  subject=(subject, v - 1), content=before + [after])
    if not any(has_clause_verb(words, a, b) for a, b in frame.content) and not is_finite_verb(words[after[0]]):
        return None
    return frame


# Nominative pronouns that open a reported clause ("say they will", "shows it has").
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
# Those that are never objects: after "say" they open a clause ("said he and Trump differ/NN …").
NOMINATIVE_PRONOUNS = SUBJECT_PRONOUNS - {"you", "it"}


def _mistagged_present(s: int, words, v: int) -> Frame | None:
    """A present-tense reporting verb that the tagger read as a noun, right after its subject and
    before a clause: "A mere 9 percent say/NN they buy local", "The new survey shows/NNS turnout
    will fall", "Those over 60 say/NN they feel that way". The word before must end a noun
    phrase (a noun, a number, "%", a pronoun) and the words after must open a clause ("that",
    a subject pronoun, or a noun phrase and its finite verb): "the survey results" and "his
    claims were false" stay nouns. (``nlp.selection`` parses such a sentence: same test.)"""
    word = words[v]
    if word.upos not in {"NOUN", "PROPN"} or v == 0 or v + 1 >= len(words) or not word.text[:1].islower():
        return None  # (a capitalised word is a name: "The Washington Post's Robert Costa said")
    lemma = lexicons.present_tense_lemma(word.text)
    if lemma is None:
        return None
    relative = None
    # "Sanders/NNS notes/NNS, “We will win.”": a capitalised noun tagged plural before a verb's
    # -s form is a surname (no plural subject takes it)
    surname = lower(word) != lemma and words[v - 1].text[:1].isupper() and words[v - 1].xpos in {"NNS", "NNPS"}
    if not surname and not _agrees(words[v - 1], lower(word) != lemma) and not _head_agrees(words, v, lower(word) != lemma):
        relative = _relative_antecedent(words, v, lower(word) != lemma)
        if relative is None:
            return None
    if surname and v + 2 < len(words) and words[v + 1].text in {",", ":"} and is_quote_mark(words[v + 2]):
        start = scan_np_left(words, v - 1)  # "Bernie Sanders/NNS notes, “…”"
        frame = Frame(s, v, v, lemma, lexicons.reporting_verbs()[lemma], "pre", subject=(start if start is not None else v - 1, v - 1))
        return _quotation_after(frame, words, v + 1)
    if not _opens_clause(words, v + 1) and not (lemma in lexicons.gerund_report_verbs() and _gerund_at(words, v + 1)):
        return None  # (or a gerund after a verb that reports one: "The Taliban deny/NN harbouring militants")
    frame = _with_content_after(Frame(s, v, v, lemma, lexicons.reporting_verbs()[lemma], "pre"), words)
    if frame is not None and relative is not None:
        frame.subject = relative
        return frame
    if frame is None or _subject_left(words, frame, v) is None:
        return None
    start, end = frame.subject
    while start >= 2 and words[start - 1].upos == "ADP" and lower(words[start - 1]) in SUBJECT_MODIFIER_PREPOSITIONS \
            and words[start - 2].upos in {"NOUN", "PROPN"}:
        # "Most retirees over the age of 70 say …", "Supporters of the mayor say …": the noun the
        # prepositional phrase modifies heads the subject
        left = scan_np_left(words, start - 2)
        if left is None:
            break
        start = left
    if start >= 2 and words[start - 1].upos == "ADP" and lower(words[start - 1]) in SUBJECT_MODIFIER_PREPOSITIONS \
            and words[start - 2].xpos == "VBG" and start - 2 == clause_start(words):
        start -= 2  # "Polling of union voters shows that …": the gerund heads the subject
    frame.subject = (start, end)
    if _object_modifiers(words, frame.subject):
        return None  # "Clinton cited derogatory comments/NNS Trump had made": the verb's object, a noun
    return frame


def _mistagged_post(s: int, words, v: int) -> Frame | None:
    """A present-tense reporting verb the tagger read as a noun at the end of the sentence, after
    its content and a comma: "Silva was a civil engineer …, Portuguese newspaper Correio da Manha
    reports/NNS.", "Turnout will fall, the survey shows/NNS." The noun phrase before it must agree
    with it and follow the comma."""
    word = words[v]
    if word.upos not in {"NOUN", "PROPN"} or v < 3 or not word.text[:1].islower() \
            or not all(w.text in CLAUSE_END or is_quote_mark(w) for w in words[v + 1:]) or v + 1 == len(words):
        return None
    lemma = lexicons.present_tense_lemma(word.text)
    if lemma is None or not _agrees(words[v - 1], lower(word) != lemma):
        return None
    start = scan_np_left(words, v - 1)
    if start is None or start < 2 or not is_comma(words[start - 1]) or _quoted_at(words, start - 1):
        return None
    listed = scan_np_left(words, start - 2)
    if listed is not None and listed > 0 and is_comma(words[listed - 1]):
        return None  # "He read the letters, the notes, union reports.": the last of a list of nouns
    content = _content_before(words, start - 1)
    frame = Frame(s, v, v, lemma, lexicons.reporting_verbs()[lemma], "post", subject=(start, v - 1), content=content)
    if not content or not _is_content(words, content[0], frame) or not has_clause_verb(words, *content[0]):
        return None
    return frame


def _object_modifiers(words, subject: tuple[int, int]) -> bool:
    """Is a frame's "subject" bare modifiers right after a verb ("cited derogatory comments the
    governor had made")? Then they and the "cue" make that verb's object; a subject after a verb
    has a determiner, a name or a pronoun ("features a New York Times report that …")."""
    first, last = subject
    return first > 0 and words[first - 1].upos == "VERB" \
        and all(w.upos in {"NOUN", "ADJ"} and w.text[:1].islower() for w in words[first:last + 1])


def _relative_antecedent(words, v: int, third_singular: bool) -> tuple[int, int] | None:
    """The subject of a present tense tagged as a noun after a relative clause on it, without
    commas: "Many supporters who came to the capital to protest the vote say/NN they will …". The
    noun phrase opens the sentence (after "But", "And"), agrees with the verb, and the relative
    clause has a finite verb of its own and no comma."""
    start = clause_start(words)
    while start < v and words[start].upos == "CCONJ":
        start += 1
    end = scan_np_right(words, start)
    if end is None or end + 3 >= v or lower(words[end + 1]) not in {"who", "that"} or not _agrees(words[end], third_singular) \
            or words[end].upos != "NOUN":
        return None
    if words[v - 1].upos not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}:
        return None  # (nlp.selection parses a sentence with such a word before the mistagged verb)
    between = words[end + 2:v]
    if any(is_comma(w) or w.text in CLAUSE_END or is_quote_mark(w) for w in between) \
            or not any(is_finite_verb(w) for w in between) or len(between) > 14:
        return None
    return (start, end)


# Prepositions of a phrase that modifies a subject noun ("retirees over 70", "supporters of X").
SUBJECT_MODIFIER_PREPOSITIONS = frozenset({"over", "under", "of", "from", "in", "for", "across", "with"})


PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you", "those", "many", "some", "others", "both", "all", "most"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "which", "who", "one", "everyone", "nobody"})


def _head_agrees(words, v: int, third_singular: bool) -> bool:
    """Does the head of a subject with a prepositional modifier agree with the present tense at
    ``v`` ("Polling of union voters shows/NNS that …", "The Republic of Turkey denies/NNS that …")?
    Only before "that", which makes the word a verb."""
    if v + 1 >= len(words) or lower(words[v + 1]) != "that":
        return False
    start = scan_np_left(words, v - 1, limit=6) if words[v - 1].upos in {"NOUN", "PROPN"} else None
    if start is None or start < 2 or words[start - 1].upos != "ADP" \
            or lower(words[start - 1]) not in SUBJECT_MODIFIER_PREPOSITIONS:
        return False
    head = words[start - 2]
    if head.xpos == "VBG":
        return third_singular  # "Polling of union voters shows …": a gerund subject is singular
    return head.upos in {"NOUN", "PROPN"} and _agrees(head, third_singular)


def _agrees(before, third_singular: bool) -> bool:
    """Can ``before`` be the subject of a present tense ``third_singular`` or not: "the survey
    shows", "9 percent say", "Those over 60 say", not "three reasons" or "the fifth state"."""
    if third_singular:
        return (before.xpos in {"NN", "NNP"} and lower(before) != "percent") \
            or (before.upos == "PRON" and lower(before) in SINGULAR_PRONOUNS)
    return before.xpos in {"NNS", "NNPS", "CD"} or before.text == "%" or lower(before) == "percent" \
        or (before.upos == "PRON" and lower(before) in PLURAL_PRONOUNS)


def _opens_clause(words, k: int, that_ahead: bool = True) -> bool:
    """Does a clause start at words[k] (after a cue): "that" within a few words ("say by 55% to 41%
    that …"; only with ``that_ahead``), a subject pronoun, or a noun phrase followed by its
    finite verb?"""
    if k >= len(words):
        return False
    for j in range(k, min(len(words), k + 9) if that_ahead else k):
        if lower(words[j]) == "that" and words[j].upos in {"SCONJ", "PRON", "DET"}:
            return j + 1 < len(words) and not is_finite_verb(words[j + 1])
        if is_finite_verb(words[j]) or is_comma(words[j]) or words[j].text in CLAUSE_END:
            break
    if lower(words[k]) in SUBJECT_PRONOUNS and words[k].upos == "PRON":
        verb = k + 1
    else:
        end = scan_np_right(words, k)
        if end is None:
            return False
        verb = end + 1
        if verb < len(words) and disagrees(words, k, end, verb):
            return False  # "to protest the new law say they …": an object, and the sentence's verb
    while verb < len(words) and (words[verb].upos == "ADV" or is_quote_mark(words[verb]) and verb > k):
        verb += 1  # ("saying Trump’s comments “are based on his opinion”": the quotation opens at the verb)
    if verb + 1 < len(words) and words[verb].xpos == "MD" and lower(words[verb + 1]) == "to":
        return False  # "showed a lack of political will/MD to act": a noun, no clause
    return verb < len(words) and is_finite_verb(words[verb])


# --- expressed attitudes: "expressed hope that …" -------------------------------------------

def attitude_at(words, v: int, nouns: frozenset[str]) -> tuple[str, int] | None:
    """The verb of expressing at ``v`` and the index of the attitude noun of ``nouns`` after it
    (``attitude_expressions.tsv``: "expressed hope", "voiced his deep concern", "raised
    questions"), with a word after the noun, or None."""
    word = words[v]
    table = lexicons.attitude_expressions()
    lemma = lexicons.verb_base(word.lemma, word.text, table["verb"])  # (the kit's "expressing" -> expressing)
    if word.upos != "VERB" or lemma not in table["verb"]:
        return None
    n = v + 1
    while n < len(words) and n - v <= 3 and (words[n].upos in {"DET", "ADJ", "ADV"} or lower(words[n]) in POSSESSIVE_DETERMINERS):
        n += 1  # "expressed his deep concern that"
    # (by its form too, whatever the tag: "expressed hope/VBP that")
    form = lower(words[n]) if n < len(words) else ""
    if n + 1 >= len(words) or words[n].upos not in {"NOUN", "VERB"} or not (
            (words[n].lemma or form).lower() in nouns or form in nouns or form[:-1] in nouns):
        return None
    return lemma, n


def _expressed_attitude(s: int, words, v: int) -> Frame | None:
    """"Mediators expressed hope that further engagement would bear fruit", "Some banks have
    raised concerns that the exchange would collapse", "voicing deep doubt that …": a verb of
    expressing and an attitude noun (``attitude_expressions.tsv``) with its that-clause; verb
    and noun are the cue, the verb's subject speaks (a participle's is shared, see
    ``_share_subjects``)."""
    word = words[v]
    table = lexicons.attitude_expressions()
    found = attitude_at(words, v, table["noun"])
    if found is None or lower(words[found[1] + 1]) != "that":
        return None
    lemma, n = found
    content = _content_after_from(words, n + 2)
    if content is None or not has_clause_verb(words, content[0], content[1]):
        return None
    position = "participle" if word.xpos == "VBG" and not _progressive(words, v) else "pre"
    frame = Frame(s, v, n, lemma, "speech", position, content=[content], that=True)
    if position == "pre":
        _subject_left(words, frame, v)
    else:
        _with_phrase_speaker(words, frame)  # "with officials voicing fears that …": the officials
    return frame


# --- self-descriptions: "a self-described democratic socialist" ----------------------------

def _self_description(s: int, words, i: int) -> Frame | None:
    """"Sen. Bernie Sanders, a self-described democratic socialist, …", "He is a self-proclaimed
    outsider", "self-styled reformer Jane Roe": the noun phrase after the participle is what the
    person calls themselves; the person is the noun phrase the description is in apposition to,
    the subject of "be", or the name after the description."""
    text = lower(words[i])
    if text.startswith("self-") and text[5:] in lexicons.self_descriptions():
        last = i  # one token: "self-described"
    elif text == "self" and i + 2 < len(words) and words[i + 1].text in {"-", "–"} \
            and lower(words[i + 2]) in lexicons.self_descriptions():
        last = i + 2  # the tokenizer's "self - described"
    else:
        return None
    k = last + 1
    end = scan_np_right(words, k)
    if end is None or not any(w.upos == "NOUN" for w in words[k:end + 1]):
        return None
    name = end
    while name > k and words[name].upos == "PROPN":
        name -= 1
    if name < end and words[name].upos == "NOUN":
        # "self-styled reformer Jane Roe": the name after the description speaks
        return Frame(s, i, last, "describe", "speech", "pre", subject=(name + 1, end), content=[(k, name)])
    j = i - 1
    if j >= 0 and words[j].upos == "DET":
        j -= 1
    subject = None
    if j >= 1 and (words[j].lemma or "").lower() == "be" and words[j].upos in {"AUX", "VERB"}:
        start = scan_np_left(words, j - 1)  # "He is a self-proclaimed outsider"
        subject = (start, j - 1) if start is not None else None
    elif j >= 1 and is_comma(words[j]):
        # "Sanders, a self-described …" (also past a party label: "Sanders, I-Vt., a self-described …")
        comma = j
        opening = _matching_comma(words, comma)
        if opening is not None and comma - opening <= 4 and words[opening - 1].upos == "PROPN":
            comma = opening
        start = scan_np_left(words, comma - 1)
        if start is not None and words[comma - 1].upos in {"PROPN", "NOUN"}:
            subject = (start, comma - 1)
    if subject is None:
        return None
    return Frame(s, i, last, "describe", "speech", "pre", subject=subject, content=[(k, end)])


# --- noun cues: "a warning that …" ---------------------------------------------------------

def _noun_cue(s: int, words, n: int) -> Frame | None:
    word = words[n]
    # (a "warning" the tagger read as a participle after a possessive or an article: "his
    # warning/VBG that …", "The minister issued a warning/VBG that …")
    noun = word.upos == "NOUN" or (word.xpos == "VBG" and n > 0 and lower(words[n - 1]) in NOUN_DETERMINERS)
    if not noun or (word.lemma or "").lower() not in lexicons.reporting_nouns():
        return None
    agent = n + 1 < len(words) and lower(words[n + 1]) in {"from", "by"}
    that = next((j for j in range(n + 1, min(len(words), n + (8 if agent else 5))) if lower(words[j]) == "that"), None)
    if that is None or any(is_finite_verb(w) or is_comma(w) for w in words[n + 1:that]):
        return None
    content = _content_after_from(words, that + 1)
    if content is None or not any(is_finite_verb(w) for w in words[content[0]:content[1] + 1]):
        return None
    frame = Frame(s, n, n, (word.lemma or "").lower(), "noun", "noun", content=[content], that=True)
    # The speaker: a possessor ("Pakistan's demand that", "his warning that", "the agency' vow
    # that"), "from X"/"by X" ("a demand from X that", "the suggestion by the mayor that"), or
    # the subject of the verb that governs the noun ("X issued a warning that").
    left = n - 1
    while left >= 0 and (words[left].upos in {"ADJ", "NOUN", "DET", "ADV"} or (words[left].text in {"-", "–"} and attached(words, left))) \
            and possessor(words, left) is None:
        left -= 1  # ("her recent evidence-free assertion that")
    frame.subject = possessor(words, left)
    before = frame.subject[0] - 1 if frame.subject is not None else left
    if before >= 0 and lower(words[before]) in BACKGROUND_PREPOSITIONS:
        return None  # "amid his warning that …": background
    if before < 0 or (before == 0 and words[0].upos == "CCONJ"):
        frame.content = [_subject_clause_end(words, content)]  # "Her warning that … was ignored"
    if frame.subject is None and agent:
        end = scan_np_right(words, n + 2)
        if end is not None and end < that:
            frame.subject = (n + 2, end)
    elif frame.subject is None and left >= 0 and words[left].upos == "VERB" and is_finite_verb(words[left]):
        _subject_left(words, frame, left)
    return frame if frame.subject is not None else None


def _wh_clause_in_noun_phrase(words, j: int) -> bool:
    """Is words[j] "how", "what" or "why" opening a clause that a preposition after a noun ties
    to that noun, in the sentence's subject ("The debate over how …", "The gap between what …";
    not "If you take a look at what we proposed …": an object, after its verb)?"""
    if j < 2 or lower(words[j]) not in WH_OPENERS_OF_SUBJECT:
        return False
    if words[j - 1].upos == "CCONJ":
        # "The difference between what Trump says his plan would do and how experts say it would
        # shape tax law has endured …": the second of two such clauses
        return any(_wh_clause_in_noun_phrase(words, k) for k in range(2, j - 1))
    return words[j - 1].upos == "ADP" and words[j - 2].upos == "NOUN" and not any(is_finite_verb(w) for w in words[:j])


WH_OPENERS_OF_SUBJECT = frozenset({"how", "what", "why"})


def _free_relative_before(words, j: int) -> bool:
    """Is words[j] "how", "what" or "why" opening the clause ("…, how a candidate responds can be
    as important …", "What the mayor says matters"): a clause that is the subject of the verb
    after its own?"""
    return j >= 0 and lower(words[j]) in WH_OPENERS_OF_SUBJECT \
        and (j == 0 or is_comma(words[j - 1]) or words[j - 1].upos == "CCONJ")


def _before_main_verb(words, content: tuple[int, int]) -> tuple[int, int]:
    """The content up to the sentence's own verb: the first finite verb after the content's own
    that follows a noun or a verb with no subordinator between ("it would shape tax law | has
    endured …", "the law would work | has endured …").
    Linear: the kit often makes the cue the root of such a sentence."""
    start, end = content
    seen = False
    for i in range(start, end + 1):
        if not is_finite_verb(words[i]):
            continue
        if seen and words[i - 1].upos in {"NOUN", "PROPN", "NUM", "VERB"} and not _subordinate_subject(words, start, i):
            return (start, i - 1)
        seen = True
    return content


def _subject_clause_end(words, content: tuple[int, int], after_noun: bool = False) -> tuple[int, int]:
    """A that-clause of the noun that opens the sentence ends where the sentence's own verb
    begins: "Her warning that the bridge would close was ignored", "His claim that taxes would
    fall was false": the last finite verb or auxiliary right after a clause verb starts the main
    clause (two finite verb groups side by side meet only there, or after a reduced relative:
    "that the bridge they built will close alarmed the town"). Linear, as the kit often parses the
    noun as a participle or the that-clause as a relative. ``after_noun``: the main verb may follow
    the clause's last noun phrase (the content of a relative clause on the subject)."""
    start, end = content
    for i in range(end, start + 1, -1):  # the last such pair
        before = words[i - 1]
        main = is_finite_verb(words[i]) or (words[i].xpos == "VBN" and before.xpos in {"VB", "VBD", "VBZ", "VBP"})
        # (or after an adjective that completes it: "who said the economy was weak backed/VBN
        # Trump", "Her warning that the bridge was unsafe was ignored")
        complement = before.upos == "ADJ" and (words[i].upos == "VERB" and words[i].xpos in {"VBD", "VBZ", "VBP", "VBN"}
                                                or words[i].upos == "AUX" and is_finite_verb(words[i]))
        # (or after the noun phrase ending the clause: "Voters who say the economy is most important
        # in their vote decision were evenly divided")
        # (not "he believes the Saudi government is …": a clause of its own verb of saying or
        # thinking, without "that")
        nominal = after_noun and before.upos in {"NOUN", "PROPN", "PRON", "NUM"} and is_finite_verb(words[i]) \
            and words[i].xpos in {"VBD", "VBZ", "VBP", "MD"} \
            and not any(lexicons.verb_class(w.lemma or "", w.text) for w in words[start:i - 1] if w.upos == "VERB") \
            and not _subordinate_subject(words, start, i)
        if not (before.upos == "VERB" or complement or nominal) or words[i].upos not in {"AUX", "VERB"} \
                or not (main or complement):
            continue  # ("will close alarmed/VBN the town": the kit's tag for a past after a verb)
        clause = words[start:i - 1]
        if any(w.xpos in {"WP", "WDT", "WRB"} for w in clause):
            return content  # "that what he did was legal": a free relative's verbs
        if is_finite_verb(before) or any(is_finite_verb(w) for w in clause):
            return (start, i - 1)  # (not "that the plan being discussed is flawed")
        return content
    return content


def _subordinate_subject(words, start: int, i: int) -> bool:
    """Does a subordinator stand between the last finite verb before ``i`` and ``i`` ("Trump is
    attacking him because the polls have tightened": "have" is the because-clause's verb)?"""
    for w in reversed(words[start:i]):
        if is_finite_verb(w):
            return False
        if w.upos == "SCONJ" or w.xpos in {"WP", "WDT", "WRB"}:
            return True
    return False


# --- shared subjects -----------------------------------------------------------------------

def _share_subjects(frames: list[Frame], words) -> None:
    """Participial and coordinated cues take the subject of the clause they attach to."""
    for index, frame in enumerate(frames):
        if frame.subject is not None:
            continue
        # (not a noun cue's possessor for a participle: "Wasserman Schultz dismissed Sanders’
        # accusations that …, saying the Sanders campaign chose …": she says it; but "McConnell
        # issued a statement saying …": the noun's subject is the clause's)
        previous = next((p for p in reversed(frames[:index]) if p.subject is not None and p.cls != "according"
                         and not (frame.position == "participle" and p.position == "noun"
                                  and p.subject[1] >= p.cue_first - 2)), None)
        if frame.position == "participle":
            # "…, saying …" speaks for the clause it hangs from, which the parse shows better
            # than the frame before ("X, who …, showed no reaction …, saying …")
            found = _dependency_subject(words, frame.cue_first)
            # ("…, stating it would help farmers and urging colleagues …": "it" is what was stated)
            inside = previous is not None and previous.position in {"pre", "participle"} \
                and any(a <= found[0] <= b for a, b in previous.content) if found else False
            if found is not None and not inside:  # (a subject inside the content before is what was said)
                frame.subject = found
                continue
        frame.subject = previous.subject if previous is not None else _main_clause_subject(words, frame)


# Relations through which a participle hangs from the clause whose subject speaks.
CLIMB_RELATIONS = frozenset({"conj", "advcl", "xcomp", "acl", "obj", "obl", "nmod", "dep"})


def _dependency_subject(words, v: int) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs from, by the parse: up from the cue through
    conjuncts and adjuncts to the first verb, and its subject before the cue ("Sir Keir Starmer
    made a last-minute appeal to resident doctors, saying …"); a verb without one shares the
    subject of the verb it is coordinated with ("Young, who was convicted …, showed no reaction
    apart from turning … and saying …"), and a verb that modifies a noun has that noun for
    subject ("…,’ the straight-talking candidate admitted to the BBC, noting: ‘…’"). A relative
    pronoun gives way to the noun it refers to; a word inside a quotation is never the subject."""
    i, steps = v, 0
    while steps < 8 and words[i].head and (words[i].deprel or "").split(":")[0] in CLIMB_RELATIONS:
        i, steps = words[i].head - 1, steps + 1
        if words[i].upos not in {"VERB", "AUX"}:
            continue
        subjects = [k for k, w in enumerate(words) if w.head == i + 1 and (w.deprel or "").startswith("nsubj")
                    and k < v and not _quoted_at(words, k)]
        named = [k for k in subjects if lower(words[k]) not in RELATIVE_PRONOUNS]
        relation = (words[i].deprel or "").split(":")[0]
        infinitive = any(w.head == i + 1 and lower(w) == "to" for w in words[:i])
        if not named and relation == "acl" and words[i].head and words[i].head - 1 < i and not infinitive:
            named = [words[i].head - 1]  # "Warren, who …" / "the candidate admitted": the noun
        if named:
            # the subject nearest the verb: "Hours after …, Defense Minister X posted"; each
            # word of "Sir Keir Starmer" read as a subject gives the whole name
            end = max(named, key=lambda k: (k < i, k if k < i else -k))
            start = scan_np_left(words, end)
            if start is not None and start >= clause_start(words) and words[end].upos in {"PROPN", "NOUN", "PRON"}:
                return (start, end)
            return None
        if relation not in {"conj", "advcl", "xcomp"} and not (relation == "acl" and infinitive):
            return None  # ("an appeal to resident doctors, saying": the appeal's maker speaks)
    return None


def _quoted_at(words, k: int) -> bool:
    """Is words[k] inside a quotation opened earlier in the sentence (an odd number of marks before it)?"""
    return sum(1 for w in words[:k] if is_quote_mark(w)) % 2 == 1


def _main_clause_subject(words, frame: Frame) -> tuple[int, int] | None:
    """The subject of the verb a participle hangs from ("Asif issued a warning, saying …")."""
    cue = words[frame.cue_first]
    if frame.position == "participle":
        found = _dependency_subject(words, frame.cue_first)
        if found is not None:
            return found
    head_index = cue.head - 1 if cue.head else None
    for _ in range(4):
        # "Obama responded to a mother Wednesday night by saying …": the parse hangs "saying"
        # from "night"; the participle's clause is the verb above it.
        if head_index is None or not 0 <= head_index < len(words) or words[head_index].upos == "VERB":
            break
        head_index = words[head_index].head - 1 if words[head_index].head else None
    candidates = []
    if head_index is not None and 0 <= head_index < frame.cue_first:
        candidates.append(head_index)
    elif cue.head and (cue.deprel or "").split(":")[0] == "conj" and cue.head - 1 < frame.cue_first:
        # "Weber, who advises the governor, is no fan of the mayor but backed his choice": the
        # cue is coordinated with a nominal predicate, whose subject is the parse's
        subject = next((k for k, w in enumerate(words[:cue.head - 1]) if w.head == cue.head
                        and (w.deprel or "").startswith("nsubj") and lower(w) not in RELATIVE_PRONOUNS
                        and w.upos in {"PROPN", "NOUN", "PRON"}), None)
        if subject is not None and any(w.head == cue.head and w.deprel == "cop" for w in words):
            start = scan_np_left(words, subject)
            if start is not None and start >= clause_start(words):
                return (start, subject)
    # Fall back on the first finite verb of the sentence before the cue.
    candidates += [i for i, w in enumerate(words[:frame.cue_first]) if is_finite_verb(w) and w.upos == "VERB"][:1]
    for verb in candidates:
        end = verb - 1
        while end >= 0 and words[end].upos in SKIPPABLE_BEFORE_VERB:
            end -= 1
        if end >= 0 and is_comma(words[end]):
            open_comma = _matching_comma(words, end)
            end = open_comma - 1 if open_comma is not None else end
        start = scan_np_left(words, end) if end >= 0 else None
        if start is not None and start >= clause_start(words):
            return (start, end)
    return None


# Noun-phrase contents ("denied the allegations") are the rules of their own module, tried last.
from .complements import (SUBORDINATORS, finding_frame, nonfinite_end, noun_object_frame, object_frame,  # noqa: E402
                          occasion_anchor, refusal_frame)  # noqa: E402  (complements builds on the helpers above)
