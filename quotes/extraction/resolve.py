"""Resolution: map speaker mentions to the article's canonical speakers.

* people: a name with its title and affiliation is parsed ("Pakistan's Defense Minister
  Khawaja Muhammad Asif" → name Khawaja Muhammad Asif, title Defense Minister, affiliation
  Pakistan); later surnames, spelling variants (Muhammad/Mohammad) and forms without a middle
  name join it; pronouns and bare descriptions ("he", "the 40-year-old") go to the person in
  subject position nearest before them; titled descriptions ("the Pakistani defense
  minister") to the person introduced with that title;
* anonymous sources: each indefinite mention is a source; a definite one ("the source")
  is the latest source with the same head noun;
* organizations: "Pakistan's military" and "the Pakistani military" become one name, an
  acronym in brackets is tied to its expansion, "the report" is the outlet last reporting.

The canonical name of a person is their most complete form in the article. The optional
speaker registry (``registry``) then maps names to registry names across articles.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .. import lexicons
from .intervals import SortedIntervals
from .marks import find_quoted_spans
from .names import (DETERMINERS, NameIndex, ParsedName, american_spelling, another_given_name, given_name_gender, mention_words, normalise,
                    organization_name, parse_name, same_person, strip_determiners, surname_of, text_of,
                    words_before_given_name)
from .mentions import (INDEFINITE, NER_ORG, NER_PERSON, NER_PLACE, classify, head_word, is_title_word, issuer_words, make_mention,
                       ner_type, refers_to_person)
from .words import INDEFINITE_PRONOUNS, POSSESSIVE, QUOTE_MARKS, attached, is_comma, is_finite_verb, is_temporal, lower, party_label_end
from ..records import Mention, Quote, Speaker



@dataclass
class Entity:
    type: str
    names: list[tuple[str, ...]] = field(default_factory=list)  # name forms as written
    title: str | None = None
    affiliation: str | None = None
    description: str | None = None
    head: str | None = None  # head lemma of anonymous/organization descriptions
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    gender: str | None = None  # "m" / "f" when the text marks it (Ms, spokeswoman, "she" before) or the given name does
    place: bool = False  # an organization that is a country or city speaking ("Pakistan said")

    @property
    def name(self) -> str | None:
        """A person's canonical name: the most complete form common to all their full-name
        forms ("Khawaja Asif" from "Khawaja Muhammad Asif" and "Khawaja Asif"), else the
        longest one."""
        if self.type == "person" and self.names:
            # ("Hillary Clinton" stays beside "Rival Hillary Clinton": see names.words_before_given_name)
            multi = [n for n in self.names if len(n) > 1 and (not surname_of(n, self.names)
                                                              or words_before_given_name(n, self.names))] or self.names
            normalised = [{normalise(t) for t in form} for form in multi]
            common = [form for form in multi if all({normalise(t) for t in form} <= other for other in normalised)]
            return " ".join(max(common or multi, key=len))
        return " ".join(self.names[0]) if self.names else None




def _called_so(entity: Entity, name: tuple[str, ...]) -> bool:
    """Has the article already called the person by this name form ("Reyes said …")?"""
    return name in entity.names or any(m.text == " ".join(name) for m in entity.mentions)


def _marked_gender(words, apposition: str | None = None) -> str | None:
    """"m"/"f" when the words (or an apposition) hold a gendered honorific, title or noun."""
    tokens = [lower(w).rstrip(".") for w in words] + (apposition or "").lower().replace(",", " ").split()
    marks = {lexicons.gendered_words()[t] for t in tokens if t in lexicons.gendered_words()}
    return marks.pop() if len(marks) == 1 else None


@dataclass
class Event:
    """A mention of a person in text order, for pronouns and descriptions: its place, whether it
    is a subject (a speaker of a quote always is) and the entity it named."""
    start: int
    sentence: int
    entity: Entity
    subject: bool
    speaker: bool = False  # the mention of a quote's speaker


# How many sentences back a pronoun or a bare description looks for its person.
ANTECEDENT_WINDOW = 3
# How far after a titled description its holder may be named first (Resolver.titled_later).
TITLED_LATER_WINDOW = 2


_BEFORE_OPENING = "".join(sorted(QUOTE_MARKS)) + " \t\n\u00a0"  # what may precede a sentence's first name


class Resolver:
    """Builds the article's entities mention by mention, in text order."""

    def __init__(self, doc, spans):
        self.doc = doc
        self.entities: list[Entity] = []
        self.acronyms = title_acronyms(doc)
        self.all_person_mentions = _person_mentions(doc, spans, self.acronyms)  # (mention, parsed, subject)
        self.person_mentions = list(self.all_person_mentions)
        self.events: list[Event] = []  # in order of their starts
        self.event_of: dict[tuple[int, int], Event] = {}  # (start, id(entity)) -> its event
        self.sentences_ordered = True  # are the events' sentences in the order of their starts?
        self.person_events: list[Event] = []  # the events of entities that were people when added, by start
        self.most_named = None  # _main_person's ranking
        self.anonymous_described: dict[str, Entity] = {}  # anonymous sources by description, lowercase
        self.anonymous_heads: dict[str | None, Entity] = {}  # the latest anonymous source of each head noun
        self.mention_spans: dict[int, tuple[int, dict]] = {}  # id(entity) -> (mentions indexed, {(start, end): [mention]})
        self.people = NameIndex()  # the person entities by their name forms, in the order of self.entities
        self.reported = SortedIntervals([])  # the content pieces of indirect and mixed quotes

    def reported_at(self, offset: int) -> bool:
        return bool(self.reported.covering(offset))

    def person(self, parsed: ParsedName, mention: Mention, subject: bool = True) -> Entity:
        # "Eric Trump" after "Donald Trump … Trump said": the surname alone matches, the given name
        # says a namesake
        matches = [e for e in self.people.candidates(parsed.name)
                   if e.type == "person" and any(same_person(parsed.name, n) for n in e.names)
                   and not another_given_name(parsed.name, e.names)]
        gender = _marked_gender(mention_words(self.doc, mention), mention.apposition)
        if gender is not None and matches:
            # "Mr. Obama" after Barack and Michelle Obama: the honorific's gender rules out the
            # namesake of the other known gender; one already known to be of it comes first.
            matches = [e for e in matches if e.gender == gender] or [e for e in matches if e.gender is None]
        if len(matches) == 1:
            entity = matches[0]
        elif matches:
            # A bare surname shared by two people ("Khan") is the one already called so ("Cruz said
            # …", then "his wife, Heidi Cruz, …", then "Cruz added"), else the one mentioned last.
            matches = [e for e in matches if _called_so(e, parsed.name)] or matches
            entity = max(matches, key=lambda e: max((m.start for m in e.mentions if m.start <= mention.start),
                                                    default=-1))
        else:
            entity = Entity("person")
            self.entities.append(entity)
        if parsed.name not in entity.names:
            entity.names.append(parsed.name)
            self.people.add(parsed.name, entity)
        if parsed.title and len(parsed.title) > len(entity.title or ""):
            entity.title = parsed.title  # the fullest title the article gives
        entity.affiliation = entity.affiliation or parsed.affiliation
        entity.description = entity.description or parsed.description or mention.apposition
        # "Sarah Lind declined to comment. Later, he said …": a given name of one gender marks hers
        entity.gender = entity.gender or gender or given_name_gender(parsed.name)
        entity.aliases.add(mention.text)
        self._mentioned(entity, mention, subject)
        return entity

    def _has_mention(self, entity: Entity, mention: Mention) -> bool:
        """``mention in entity.mentions``, through the entity's mentions by (start, end) — equal
        mentions share their span — brought up to date with what was appended since."""
        synced, spans = self.mention_spans.get(id(entity), (0, {}))
        if synced > len(entity.mentions):
            synced, spans = 0, {}
        for m in entity.mentions[synced:]:
            spans.setdefault((m.start, m.end), []).append(m)
        self.mention_spans[id(entity)] = (len(entity.mentions), spans)
        return any(m == mention for m in spans.get((mention.start, mention.end), ()))

    def _mentioned(self, entity: Entity, mention: Mention, subject: bool = True, speaker: bool = False) -> None:
        if not self._has_mention(entity, mention):
            entity.mentions.append(mention)
        same = self.event_of.get((mention.start, id(entity)))
        if same is None:
            event = Event(mention.start, mention.sentence, entity, subject, speaker)
            self.event_of[(mention.start, id(entity))] = event
            at = bisect.bisect_right(self.events, mention.start, key=lambda e: e.start)  # after those of its start
            self.events.insert(at, event)
            if entity.type == "person":  # (an entity may stop being a person, never become one)
                self.person_events.insert(bisect.bisect_right(self.person_events, mention.start,
                                                              key=lambda e: e.start), event)
            if at > 0 and self.events[at - 1].sentence > event.sentence \
                    or at + 1 < len(self.events) and self.events[at + 1].sentence < event.sentence:
                self.sentences_ordered = False
        elif speaker:
            same.speaker = same.subject = True

    def introduce_people_before(self, offset: int) -> None:
        """Register the named people mentioned before ``offset`` (for pronouns and titles)."""
        while self.person_mentions and self.person_mentions[0][0].start < offset:
            mention, parsed, subject = self.person_mentions.pop(0)
            self.person(parsed, mention, subject)

    def antecedent(self, mention: Mention, gender: str | None = None) -> Entity | None:
        """The person a pronoun or bare description points to.

        "Gautam said …. He also admitted …. At Nawalparasi police … lawmaker Chaudhary's house,
        he added": the person last mentioned as a subject (a speaker, named or already resolved)
        in this sentence or the few before, of the pronoun's gender (not one inside the content a
        quote of the sentence before reported: "Korner said Young had …. She explained"); failing that the last person
        mentioned at all there; failing that the last person of the article so far, or (a
        description before any name: "The health secretary said …" … "Mr Streeting") the
        article's most mentioned person."""
        gender = gender or lexicons.pronoun_genders().get(mention.text.lower())
        end = bisect.bisect_left(self.events, mention.start, key=lambda e: e.start)  # the events before it
        begin = end
        while self.sentences_ordered and begin > 0 \
                and mention.sentence - self.events[begin - 1].sentence <= ANTECEDENT_WINDOW:
            begin -= 1  # (events in text order are in sentence order: the window is the last few)
        events = [e for e in self.events[begin if self.sentences_ordered else 0:end] if e.entity.type == "person"
                  and mention.sentence - e.sentence <= ANTECEDENT_WINDOW
                  and (gender is None or e.entity.gender in (None, gender))]
        # A subject in this sentence or the one before; else the last speaker quoted in the
        # window (a speaker who has been talking keeps "he said"); else any subject, any mention.
        near = [e for e in events if e.subject and mention.sentence - e.sentence <= 1]
        # "Korner said Young had spotted a chance …. She explained …": a subject inside what the
        # sentence before reported is no antecedent while a subject outside it is there.
        pool = [e for e in near if e.sentence == mention.sentence or not self.reported_at(e.start)] or near \
            or [e for e in events if e.speaker] or [e for e in events if e.subject] or events
        if pool:
            entity = max(pool, key=lambda e: e.start).entity
        else:
            # Further back: the person last mentioned as a subject (a speaker who has been
            # talking for paragraphs), else the last one mentioned at all.
            def fits(e: Event) -> bool:
                return e.entity.type == "person" and (gender is None or e.entity.gender in (None, gender))

            people = bisect.bisect_left(self.person_events, mention.start, key=lambda e: e.start)
            last = self._last_event(people, lambda e: e.subject and fits(e)) or self._last_event(people, fits)
            entity = last.entity if last is not None else self._main_person(gender)
        if entity is not None and gender is not None:
            entity.gender = entity.gender or gender  # "she" said: she from now on
        return entity

    def _last_event(self, end: int, test) -> Event | None:
        """The person event before ``person_events[end]`` that passes ``test`` with the latest
        start (of several at that start, the first), walking back: ``max(passing, key=start)``."""
        best = None
        for k in range(end - 1, -1, -1):
            event = self.person_events[k]
            if best is not None and event.start != best.start:
                break
            if test(event):
                best = event
        return best

    def _main_person(self, gender: str | None) -> Entity | None:
        """The person the article names most often (every named mention counted)."""
        if self.most_named is None:  # (the same ranking every time: the named mentions are known at the start)
            names = NameIndex()
            for _, parsed, _ in self.all_person_mentions:
                names.add(parsed.name, parsed)
            counts: list[tuple[int, int, ParsedName, Mention]] = []
            for order, (m, parsed, _) in enumerate(self.all_person_mentions):
                same = sum(1 for other in names.candidates(parsed.name) if same_person(parsed.name, other.name))
                counts.append((same, -order, parsed, m))
            self.most_named = sorted(counts, key=lambda c: c[:2], reverse=True)
        for _, _, parsed, m in self.most_named:
            marked = _marked_gender(mention_words(self.doc, m), m.apposition) or given_name_gender(parsed.name)
            if gender is None or marked in (None, gender):
                self.person_mentions = [c for c in self.person_mentions if c[0] is not m]
                return self.person(parsed, m, True)
        return None

    def known_name(self, words) -> Entity | None:
        """A capitalised word the tagger missed as a name ("Reynolds" tagged NOUN) that repeats
        a person's name seen before. The possessor of a person noun or title is not the one
        described ("Clinton's daughters said", "Smith's lawyer said": not Clinton, not Smith);
        the possessor of a thing is its source ("Trump's campaign said", "Hurt's book says")."""
        owner = self.person_possessor(words)
        kept = [w for w in words[owner + 1:] if w.text[:1].isupper() and not is_title_word(w)
                and lower(w) not in lexicons.demonyms() and lower(w) not in DETERMINERS]
        if not kept:
            return None
        forms = {tuple(w.text for w in kept)}
        if len(words) > 1 and all(w.upos == "PROPN" or w.text in {"-", "‑"} for w in words):
            forms.add(tuple(text_of(words).split()))  # "Holtz-Eakin" written whole
        found = [e for e in (self._namesake(name) for name in forms) if e]
        if len(found) > 1:  # both forms name someone: the one introduced last
            return max(found, key=self.entities.index)
        return found[0] if found else None

    def person_possessor(self, words) -> int:
        """Index of the possessive mark after a person's name before a person noun or title
        ("Clinton's daughters", "Sen. Smith's lawyer", "Trayvon's father"), else -1; not an
        organization's ("NATO's secretary general", "the company's chief executive")."""
        if len(words) > 1 and lower(words[0]) in {"his", "her", "their"} and _person_head(words[1:]):
            return 0  # "his mother said", "her lawyer said": someone described by the one in focus
        owner = _possessor_of_person_noun(words)
        if owner < 0 or ner_type(words[owner - 1]) in NER_PERSON:
            return owner
        return owner if self.known_name(words[:owner]) is not None else -1

    def named_beside(self, mention: Mention) -> Entity | None:
        """The person named in apposition to a description, set off by commas: "Trump's Virginia
        state director, Mike Rubino, reached out", "said the White House spokesman, Josh Earnest."
        (the name closed by a comma or the sentence's end), or opening the sentence before it:
        "Tracy Martin, Trayvon's father, issued …". Not a name that only precedes it: "After
        meeting Smith, the governor said" (Smith does not open the sentence)."""
        text = self.doc.text
        words = mention_words(self.doc, mention)
        # only a person is named so: not "According to an FBI summary of its investigation,
        # Cheryl Mills, a top aide, sent …"
        person = bool(words) and (_person_head(words) or is_title_word(head_word(words)))
        for named, parsed, subject in self.person_mentions if person else ():
            if named.start > mention.end and text[mention.end:named.start].strip() == ",":
                if text[named.end:named.end + 1] not in {",", ".", ";", ""}:
                    return None  # "the governor, John Smith and the mayor …": a list
                self.person_mentions = [c for c in self.person_mentions if c[0] is not named]
                return self.person(parsed, named, subject)
            if named.start > mention.end:
                break
        sentence = self.doc.sentences[mention.sentence].words
        opening = sentence[0].start_char if sentence else mention.start
        if _parenthetical_cue(text, mention.end):
            return None  # "Clinton, a top aide said, “is very confident …”": Clinton is what the aide spoke of
        return next((e for e in reversed(self.entities) if e.type == "person" and any(
            opening <= m.start and not text[opening:m.start].strip(_BEFORE_OPENING)
            and text[m.end:mention.start].strip() == "," for m in e.mentions)), None)

    def _namesake(self, name: tuple[str, ...]) -> Entity | None:
        """The person a name form names: of several ("Reyes" after Tom and Laura Reyes), the one
        already called so, else the one introduced last."""
        people = [e for e in self.people.candidates(name) if e.type == "person" and any(same_person(name, n) for n in e.names)]
        return next((e for e in reversed(people) if _called_so(e, name)), people[-1] if people else None)

    def by_title(self, words) -> Entity | None:
        acronyms = {lower(w) for w in words if lower(w) in self.acronyms}
        if acronyms:
            # "the CJP asked" after "CJP Isa" / "Chief Justice of Pakistan (CJP) Qazi Faez Isa"
            holders = [e for e in self.entities if e.type == "person"
                       and any(acronyms & {t.lower() for t in m.text.replace("(", " ").replace(")", " ").split()}
                               for m in e.mentions)]
            if holders:
                return max(holders, key=lambda e: max(m.start for m in e.mentions))
        best = None
        for entity in self.entities:
            if entity.type == "person" and _holds_title(words, entity.title, entity.affiliation):
                best = entity
        return best

    def titled_later(self, mention: Mention, words) -> Entity | None:
        """The person named in the next two sentences with the title the words give: "Saudi
        Arabia will remain committed …, its energy minister said" before "Saudi Energy Minister
        Prince Abdulaziz bin Salman reaffirmed …". Not one in the description's own sentence: "the
        wannabe Tory leader has blasted the current Conservative leader Rishi Sunak"."""
        for named, parsed, subject in self.person_mentions:
            if 0 < named.sentence - mention.sentence <= TITLED_LATER_WINDOW \
                    and _holds_title(words, parsed.title, parsed.affiliation):
                self.person_mentions = [c for c in self.person_mentions if c[0] is not named]
                return self.person(parsed, named, subject)
        return None

    def resolve(self, mention: Mention) -> Entity:
        self.introduce_people_before(mention.end)
        words = mention_words(self.doc, mention)
        kind = mention.kind
        if kind == "name" and _relative_of_person(words):
            kind = "description"  # "The lawyer for Mr. Smith said": not Smith
        if kind == "name":
            parsed = parse_name(words, self.acronyms)
            if parsed.name:
                return self.person(parsed, mention)
            names = [w for w in words if w.upos == "PROPN"]
            # "Lulz Security had said": capitalised words the tagger calls an organization, of which
            # the last only looks like a title word, name a group, not a role.
            kind = "organization" if names and words[-1].upos == "PROPN" \
                and all(ner_type(w) in NER_ORG for w in names) else "description"
        if kind == "organization" and any(lower(w) in self.acronyms for w in words):
            kind = "description"  # "the CJP asked": a title the article spelled out
        if kind == "pronoun":
            pronoun = lexicons.pronouns().get(mention.text.lower(), {})
            if mention.text.lower() in NON_REFERRING:
                # "There were complaints that …", a generic "you": no one, and not the group that
                # spoke last
                return self._unknown(mention)
            if mention.text.lower() in INDEFINITE_PRONOUNS:
                return self._anonymous(mention, words)  # "someone familiar with the talks said": unnamed
            if pronoun.get("kind") == "person" or mention.text.lower() in {"he", "she"}:
                entity = self.antecedent(mention)  # "he"/"she" are people, never a group
            else:
                # "It added …" / "They said …": the organization or group that spoke last.
                wanted = {"organization"} if pronoun.get("kind") == "organization" else {"organization", "anonymous"}
                entity = next((e for e in reversed(self.entities) if e.type in wanted and e.quotes), None)
            if entity is not None:
                self._mentioned(entity, mention)
                return entity
            return self._unknown(mention)
        if kind == "description":
            named = _trailing_full_name(words)
            if named is not None:
                # "the political editor of The Parisian Marion Mourgue wrote …": the description
                # ends with the full name of the one it describes (not the person in focus)
                parsed = parse_name(words[named:], self.acronyms)
                if parsed.name:
                    return self.person(parsed, mention)
            glued = _glued_given_name(words)
            if glued is not None:
                # "… of The ParisianMarion Mourgue": the scrape lost the space before the given name
                return self.person(ParsedName(glued, None, None, None), mention)
            if _relative_of_person(words):
                # "The wife of Donald Trump said", "the lawyer for Mr. Smith said": someone the one
                # named is related to, unnamed unless named beside ("…, Jane Roe, said")
                entity = self.named_beside(mention)
                if entity is None:
                    return self._anonymous(mention, words)
                self._mentioned(entity, mention)
                return entity
            entity = self.known_name(words) or self.named_beside(mention)
            if entity is None and _plural(words):
                return self._anonymous(mention, words)  # "union leaders", "analysts": an unnamed group
            entity = entity or self.by_title(words)
            if entity is None and self.person_possessor(words) >= 0:
                # "Smith's lawyer said": someone described by the one named, not the person in focus
                entity = self.titled_later(mention, words)
                if entity is None:
                    return self._anonymous(mention, words)
            if entity is None and (refers_to_person(words) or _definite_singular(words)
                                   or any(lower(w) in self.acronyms for w in words)):
                # "the top judge", "the straight-talking candidate": the person in focus, unless
                # another holds the title and the one in focus is not known by it ("Senator John
                # Smith said …. The governor said …", then "Governor Mary Jones")
                entity = self.antecedent(mention, _marked_gender(words))
                if entity is None or not _known_by(words, entity):
                    entity = self.titled_later(mention, words) or entity
                if entity is not None and _possessed(words) and not _described_by_head(words, entity):
                    # "The group's leader said" after "Jane Roe, a teacher, said": the leader of
                    # something named in the description, whom the one in focus is not known as
                    entity = self.titled_later(mention, words)
            if entity is not None:
                self._mentioned(entity, mention)
                return entity
            return self._unknown(mention)
        if kind == "anonymous":
            if words and not _plural(words):
                # "A campaign volunteer, Jane Doe, said": the one the description names; "A New
                # York judge has rejected …" before "Manhattan Supreme Court Justice Frank Nervo
                # rejected that argument": the one named next with that title
                entity = self.named_beside(mention)
                if entity is None and lower(words[0]) in INDEFINITE \
                        and lower(head_word(words)).rstrip(".") in lexicons.title_heads():
                    entity = self.titled_later(mention, words)
                if entity is not None:
                    self._mentioned(entity, mention)
                    return entity
            if _definite_singular(words) and any(is_title_word(w) for w in words):
                # "The BJP spokesperson said" after "BJP national spokesperson Prem Shukla"
                entity = self.by_title(words)
                if entity is not None:
                    self._mentioned(entity, mention)
                    return entity
            return self._anonymous(mention, words)
        if not any(lower(w) in lexicons.organization_nouns() | lexicons.media_nouns()
                   or w.text.isupper() and len(w.text) > 1 for w in words) and not _is_place(words):
            # "Holtz-Eakin added" tagged an organization after "Douglas Holtz-Eakin said": that person
            # (not an acronym, "DNC", nor a place)
            entity = self.known_name(words)
            if entity is not None:
                entity.aliases.add(mention.text)
                self._mentioned(entity, mention)
                return entity
        return self._organization(mention, words)

    def _organization_before(self, mention: Mention) -> Entity | None:
        """The organization mentioned last before "the company" / "the group": an organization
        that is no country, city or outlet, or a one-word "person" without title, honorific or
        gender ("LulzSec said", the tagger's PER for a group), which the anaphor shows to be an
        organization."""
        def last(e: Entity) -> int:
            return max((m.start for m in e.mentions if m.start < mention.start), default=-1)

        def fits(e: Entity) -> bool:
            if e.type == "organization":
                # (a place by the tagger alone may be a company: "Apple/LOC said …. The company
                # said …"; a country the lexicons know is none)
                return (not e.place or not _known_place(e)) and e.head != "news"
            return e.type == "person" and not e.title and e.gender is None \
                and all(len(n) == 1 for n in e.names) and not any(m.kind == "pronoun" for m in e.mentions)

        candidates = [e for e in self.entities if fits(e) and last(e) >= 0]
        if not candidates:
            return None
        entity = max(candidates, key=last)
        if entity.type == "person":
            entity.type = "organization"
            entity.head = entity.head or _head_lemma(mention_words(self.doc, entity.mentions[0]))
        return entity

    def _unknown(self, mention: Mention) -> Entity:
        # "The mayor denied the report and insisted that …": one mention speaks for both verbs;
        # "The mayor said … The mayor also said …": a definite description said again is the same
        # speaker (an indefinite one is not: "A man said … A man said …")
        text = mention.text.lower()
        definite = text.split(" ", 1)[0] in {"the", "this", "that"}
        same = next((e for e in self.entities if e.type == "unknown"
                     and any((m.start, m.end) == (mention.start, mention.end)
                             or (definite and m.text.lower() == text) for m in e.mentions)), None)
        if same is not None:
            if all((m.start, m.end) != (mention.start, mention.end) for m in same.mentions):
                same.mentions.append(mention)
            return same
        entity = Entity("unknown", description=mention.text, mentions=[mention])
        self.entities.append(entity)
        return entity

    def _anonymous(self, mention: Mention, words) -> Entity:
        head = _head_lemma(words)
        definite = words and lower(words[0]) in {"the", "these", "those", "this", "that"}
        # (anonymous sources keep their description and head: looked up, not searched for)
        # The same description again is the same source ("a security source said" twice), but
        # not an indefinite person: "A man said … A man said …" may be two men.
        someone = words and lower(words[0]) in INDEFINITE and head in lexicons.person_nouns()
        entity = None if someone else self.anonymous_described.get(mention.text.lower())
        if entity is not None:
            entity.mentions.append(mention)
            return entity
        if definite:
            if head in lexicons.finding_nouns() | lexicons.document_nouns():
                # "The poll also found" after "A new NBC News-Marist poll found": the poll named before
                entity = next((e for e in reversed(self.entities) if e.head == head
                               and e.type in ("anonymous", "organization")), None)
            elif not any(w.upos == "NUM" for w in words):
                # the latest source with that head noun (not "the 30 percent who say …" after
                # "50 percent saying …": a share given by its figure is a group of its own)
                entity = self.anonymous_heads.get(head)
            if entity is not None:
                entity.mentions.append(mention)
                return entity
        entity = Entity("anonymous", names=[tuple(mention.text.split())], description=mention.text, head=head,
                        mentions=[mention])
        self.entities.append(entity)
        self.anonymous_described.setdefault(mention.text.lower(), entity)  # (the first one described so)
        self.anonymous_heads[head] = entity  # (the latest one with that head)
        return entity

    def _organization(self, mention: Mention, words) -> Entity:
        head = _head_lemma(words)
        stripped = strip_determiners(list(words))
        if head in lexicons.document_nouns() and words and lower(words[0]) in {"the", "that", "this", "its"}:
            # "the letter reads" after "a letter from his doctor": that document; else "the
            # report": the outlet that reported last; "the statement": the organization that
            # spoke last. Never a person mentioned nearby.
            wanted = _is_outlet if head == "report" else (lambda e: e.type == "organization")
            issuer = next((e for e in reversed(self.entities) if e.head == head and e.type in {"anonymous", "organization"}
                           and any(m.start < mention.start for m in e.mentions)), None) \
                or next((e for e in reversed(self.entities) if wanted(e)), None)
            if issuer is not None:
                issuer.mentions.append(mention)
                return issuer
            return self._anonymous(mention, words)
        name, description, aliases = organization_name(words)
        if head in lexicons.finding_nouns() and words:
            # "A new NBC News-Marist poll": the organization is the pollster named before the noun
            issuer = issuer_words(list(words), words.index(head_word(words)))
            if issuer:
                name, description = text_of(issuer), mention.text
        if len(stripped) == 1 and stripped[0].upos in {"NOUN", "ADJ"}:
            # "the military": the latest organization with that head noun; "the ministry" after
            # "the Interior Ministry"; "the company" after "Yahoo says": the organization
            # mentioned last (a country or city is no company).
            earlier = sorted((e for e in self.entities if e.type == "organization" and e.mentions
                              and any(m.start < mention.start for m in e.mentions)),
                             key=lambda e: max(m.start for m in e.mentions if m.start < mention.start), reverse=True)
            entity = next((e for e in earlier if e.head == head), None) \
                or next((e for e in earlier if head in (e.name or "").lower().split()), None)
            if entity is None and head in lexicons.organization_anaphors():
                if lower(words[0]) not in {"the", "this", "that"}:
                    return self._anonymous(mention, words)  # "A group said", "Companies say": unnamed
                entity = self._organization_before(mention)
            if entity is not None:
                self._mentioned(entity, mention)
                return entity
        for entity in self.entities:
            if entity.type == "organization" and ((entity.name or "").lower() == name.lower()
                                                  or name in entity.aliases or entity.name in aliases):
                entity.mentions.append(mention)
                entity.aliases |= aliases
                return entity
        entity = Entity("organization", names=[tuple(name.split())], description=description, head=head,
                        aliases=aliases | {mention.text}, mentions=[mention], place=_is_place(words))
        if head not in lexicons.finding_nouns() and any(lower(w) in lexicons.news_agencies() or lower(w) in {"news"}
                                                        for w in words):
            entity.head = "news"
        self.entities.append(entity)
        return entity


def _relative_of_person(words) -> bool:
    """Is the description a person noun related to someone named after "of", "for" or "to" ("The
    wife of Donald Trump", "the lawyer for Mr. Smith"), or a role for a person named after "for"
    or "to" ("The campaign manager for Donald Trump")? Then the one named is not the one
    described. (A title is not: "the secretary of state John Kerry" is Kerry.)"""
    rel = next((i for i in range(1, len(words) - 1) if lower(words[i]) in {"of", "for", "to"}), None)
    if rel is None or not any(w.upos == "PROPN" for w in words[rel + 1:]):
        return False
    head = rel - 1
    lemma = (words[head].lemma or lower(words[head])).lower()
    rest = words[rel + 1:]
    # (after "for" and "to", any role whose phrase ends with a person's name: "The campaign
    # manager for Donald Trump", not "Ambassador to France")
    worker = lower(words[rel]) in {"for", "to"} and all(w.upos == "PROPN" for w in rest) \
        and any(ner_type(w) in NER_PERSON for w in rest)
    if words[head].upos != "NOUN" or lemma not in lexicons.person_nouns() and not worker:
        return False
    form = tuple(lower(w).rstrip(".") for w in words[head:])
    return not any(len(key) > 2 and key[1] in {"of", "for", "to"} and form[:len(key)] == key for key in lexicons.titles())


def _trailing_full_name(words) -> int | None:
    """Where a full name that ends a description begins: the given name (of the name data) after
    an organization's name in the run of proper nouns at its end, with a surname after it ("the
    political editor of The Parisian Marion Mourgue" -> "Marion"); None otherwise."""
    end = len(words) - 1
    if end < 2 or words[end].upos != "PROPN":
        return None
    start = end
    while start > 0 and words[start - 1].upos == "PROPN":
        start -= 1
    # (the name must follow an organization's name in the run: in "the wife of Donald Trump" or
    # "the wife of President Barack Obama" the one named is not the one described)
    return next((k for k in range(start + 1, end) if given_name_gender((words[k].text, words[end].text))
                 and not any(is_title_word(w) for w in words[start:k])), None)


def _glued_given_name(words) -> tuple[str, ...] | None:
    """The full name at the end of a description whose given name is glued to the word before it
    by a lost space ("the political editor of The ParisianMarion Mourgue" -> ("Marion",
    "Mourgue")): a proper noun whose capitalised tail, after four or more letters, is a given
    name of the name data (not "McDonald", "LeBron", "DeSantis"), then a surname. None otherwise."""
    if len(words) < 3 or words[-1].upos != "PROPN" or words[-2].upos != "PROPN":
        return None
    text = words[-2].text
    cut = next((i for i in range(4, len(text) - 1) if text[i].isupper() and text[i - 1].islower()), None)
    if cut is None or not text[cut:].isalpha() or not given_name_gender((text[cut:], words[-1].text)):
        return None
    return (text[cut:], words[-1].text)


def _holds_title(words, title: str | None, affiliation: str | None) -> bool:
    """Do the title words of a description ("the Pakistani defense minister") all stand in
    ``title`` ("Defence Minister"), the affiliation (a demonym) agreeing?"""
    ours = {american_spelling(lower(w)) for w in words if is_title_word(w)}
    if not ours or not title:
        return False
    described = next((lexicons.demonyms()[lower(w)] for w in words if lower(w) in lexicons.demonyms()), None)
    return ours <= {normalise(t) for t in american_spelling(title.lower()).split()} \
        and (described is None or affiliation in {None, described})


def _possessed(words) -> bool:
    """Does the description hold a common noun's possessive ("the group's leader", "the company's
    founder")? A name's is an epithet of the person in focus ("David Axelrod called on …" …
    "Obama's former campaign strategist said")."""
    return any((w.xpos == "POS" or w.text in POSSESSIVE) and i > 0 and words[i - 1].upos == "NOUN"
               for i, w in enumerate(words))


def _described_by_head(words, entity: Entity) -> bool:
    """Is the person known by the description's head noun, in their title or the apposition
    that described them ("Jane Roe, the group's leader, …" before "the group's leader")?"""
    head = lower(head_word(words))
    known = " ".join(x for x in (entity.title, entity.description) if x).lower()
    return bool(head) and head in known.split()


def _known_by(words, entity: Entity) -> bool:
    """Is the person in focus known by the description's title words, or is it one without any
    ("the straight-talking candidate")? Their title, or the apposition that described them
    ("Khawaja Asif, the defence minister, …"), holds every one."""
    if not any(is_title_word(w) for w in words):
        return True
    return _holds_title(words, entity.title, entity.affiliation) \
        or _holds_title(words, entity.description, entity.affiliation)


def _parenthetical_cue(text: str, end: int) -> bool:
    """Does one word and a comma follow ``end`` ("…, a top aide said, …")?"""
    rest = text[end:end + 40]
    word = rest.lstrip(" \t")
    k = 0
    while k < len(word) and word[k].isalnum():
        k += 1
    return word != rest and k > 0 and word[k:k + 1] == ","


def _is_outlet(entity: Entity) -> bool:
    return entity.type == "organization" and (
        entity.head in lexicons.media_nouns() | {"news"} or "broadcaster" in (entity.description or ""))


def _known_place(entity: Entity) -> bool:
    """Is the entity a country by the lexicons (its name a demonyms.tsv entry), not a place by
    the tagger's guess alone?"""
    return (entity.name or "").lower() in lexicons.demonyms()


def _is_place(words) -> bool:
    """Is the mention a country or city ("Pakistan", "the United States"): its proper nouns
    are a country name or tagged as places?"""
    names = [w for w in words if w.upos == "PROPN"]
    if not names:
        return False
    text = " ".join(lower(w) for w in names)
    return text in lexicons.demonyms() or all(ner_type(w) in NER_PLACE for w in names)


def _plural(words) -> bool:
    """Is the mention's head a plural common noun ("union leaders", "Farmers in the region")?"""
    if not words:
        return False
    head = head_word(words)
    if lower(head) in lexicons.news_agencies():
        return False  # "Reuters said", the agency's name read as a plural noun
    return head.xpos == "NNS" and (not head.text[:1].isupper() or head is words[0] and head.id == 1)


def _definite_singular(words) -> bool:
    """"the top judge", "The leadership hopeful": a definite description of one, by a common noun."""
    words = [w for w in words if w.upos != "PUNCT"]
    if len(words) < 2 or lower(words[0]) not in {"the", "this", "that"}:
        return False
    head = head_word(words)
    return head.upos in {"NOUN", "ADJ"} and head.xpos not in {"NNS", "NNPS"} \
        and (head.lemma or "").lower() not in lexicons.organization_nouns() | lexicons.document_nouns() \
        | lexicons.media_nouns() | lexicons.finding_nouns()


def _possessor_of_person_noun(words) -> int:
    """Index of the possessive mark of a capitalised possessor before a person noun or title
    ("Clinton's daughters", "NATO's secretary general"), else -1."""
    owner = max((k for k, w in enumerate(words[:-1]) if w.text in POSSESSIVE), default=-1)
    if owner < 1 or not words[owner - 1].text[:1].isupper():
        return -1
    return owner if _person_head(words[owner + 1:]) else -1


def _person_head(words) -> bool:
    """Is the head a person noun or a title ("daughters", "lawyer", "secretary general")?"""
    head = head_word(words)
    lemma = (head.lemma or "").lower()
    return lower(head).rstrip(".") in lexicons.title_heads() or lemma in lexicons.title_heads() \
        or lemma in lexicons.person_nouns()


def _head_lemma(words) -> str | None:
    """Lowercase lemma of the mention's head word ("sources" → "source")."""
    words = [w for w in words if w.upos != "PUNCT"]
    if not words:
        return None
    head = head_word(words)
    return (head.lemma or head.text).lower()


def title_acronyms(doc) -> frozenset[str]:
    """Acronyms the article defines for a title: "Chief Justice of Pakistan (CJP) Qazi Faez Isa"
    makes "CJP" a title ("CJP Isa said", "the CJP asked"), lowercase."""
    out = set()
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words) - 1):
            if words[k - 1].text == "(" and words[k + 1].text == ")" and words[k].text.isupper() \
                    and len(words[k].text) > 1:
                before = [w for w in words[max(0, k - 6):k - 1] if lower(w) != "of"]
                title = next((w for w in reversed(before) if is_title_word(w)), None)
                if title is not None and lower(title) in lexicons.title_heads() \
                        and words[k].text[0] == next(w for w in before if w.text[:1].isupper()).text[0]:
                    out.add(lower(words[k]))
    return frozenset(out)


def _name_run_end(words, i: int, acronyms=frozenset()) -> int:
    """Last index of the run of name words starting at ``i``: proper nouns, with particles
    ("Ursula von der Leyen", "Izz ad-Din al-Qassam"), joining hyphens and a possessive between
    proper nouns ("Pakistan's Khawaja Asif")."""
    j = i
    while j + 1 < len(words):
        nxt = words[j + 1]
        if nxt.upos == "PROPN" or _after_honorific(words, j + 1):
            j += 1
        elif nxt.text in {"'s", "’s"} and j + 2 < len(words) and words[j + 2].upos == "PROPN":
            j += 1
        elif (lower(nxt) in lexicons.name_particles() or nxt.text in {"-", "‑"} and attached(words, j + 1)) \
                and _particle_leads_to_name(words, j + 1):
            j += 1
        else:
            break
    return j


def _particle_leads_to_name(words, k: int) -> bool:
    """Is the particle or hyphen at ``k`` followed (through more particles) by a proper noun?"""
    for m in range(k + 1, min(k + 4, len(words))):
        if words[m].upos == "PROPN":
            return True
        if not (lower(words[m]) in lexicons.name_particles() or words[m].text in {"-", "‑"}):
            return False
    return False


def _after_honorific(words, k: int) -> bool:
    """A capitalised word the tagger missed as a name right after "Mr"/"Dr"/"Sheikh" ("Mr Streeting")."""
    return k > 0 and words[k].text[:1].isupper() and words[k].text.isalpha() and not is_title_word(words[k]) \
        and lower(words[k - 1]).rstrip(".") in lexicons.honorifics()


LOCATIVE = frozenset({"at", "in", "from", "near", "to", "across", "into"})


def _person_mentions(doc, spans, acronyms=frozenset()):
    """Named people in the text outside quotations: (Mention, ParsedName, in subject position).

    A run of proper nouns names a person when a title precedes it, NER says person, it follows
    "named"/"called", it looks like a first and last name, or it repeats part of a person's
    name seen before ("Asif" after "Khawaja Asif"). Places (NER LOC/GPE/FAC) need a title; a
    date ("Thursday") and a lone name after a place preposition ("At Jumla police …") are none.
    """
    quoted = SortedIntervals((s.open_mark, s.outer_end, s) for s in spans)  # by [opening mark, closing mark]
    out: list = []
    known = NameIndex()  # the names of the people found so far
    for index, sentence in enumerate(doc.sentences):
        words = sentence.words
        first_verb = next((i for i, w in enumerate(words) if is_finite_verb(w) and w.upos == "VERB"), len(words))
        i = 0
        while i < len(words):
            label = party_label_end(words, i)
            if label is not None:
                i = label + 1  # "(D-Mo.)" after a name is a party and state, no person
                continue
            if (words[i].upos != "PROPN" or not any(c.isalnum() for c in words[i].text)) \
                    and not _after_honorific(words, i):
                # '" ― Carl Roe.': a dash the tagger read as a proper noun starts no name
                i += 1
                continue
            j = _name_run_end(words, i, acronyms)
            if j == i and lower(words[i]).rstrip(".") in lexicons.post_nominals():
                i += 1  # "Joseph R. Biden Jr.": the suffix cut off its name is no person
                continue
            while j > i and lower(words[j]).rstrip(".") in lexicons.post_nominals():
                j -= 1  # "Joanna Korner QC": letters after the name are no part of it
            if _modifies_a_title(words, j):
                i = j + 1  # "The former DNC chairman said": the title's organization, no person
                continue
            start = i
            while start > 0 and (is_title_word(words[start - 1]) or lower(words[start - 1]) in lexicons.demonyms()
                                 or lower(words[start - 1]) in acronyms
                                 or words[start - 1].text == ")" and start > 2 and lower(words[start - 2]) in acronyms
                                 or words[start - 1].text == "(" and start < i
                                 or start < i and is_title_word(words[start]) and _title_modifier(words[start - 1])):
                start -= 1  # "Chief Election Commissioner (CEC) Raza Khan": "Election" modifies the title
            if start > 1 and words[start - 1].text in {"'s", "’s"} and lower(words[start - 2]) in lexicons.demonyms():
                start -= 2
            span = words[start:j + 1]
            if start > 1 and lower(words[start - 1]) in {"of", "for"} and words[start - 2].upos in {"PROPN", "NOUN"} \
                    and words[start - 2].text[:1].isupper() and not is_title_word(words[start - 2]):
                i = j + 1
                continue  # "Confederation of British Industry": the tail of an organization's name
            if start > 1 and lower(words[start - 1]) == "of" and is_title_word(words[start - 2]):
                # "Chief Justice of Pakistan (CJP) Qazi Faez Isa": the place ends the title
                k = start - 2
                while k > 0 and (is_title_word(words[k - 1]) or words[k - 1].text[:1].isupper()
                                 and words[k - 1].upos in {"PROPN", "NOUN", "ADJ"}):
                    k -= 1
                if any(w.upos == "PROPN" and lower(w) not in acronyms and not is_title_word(w)
                       and lower(w) not in lexicons.demonyms() for w in words[start:j + 1]):
                    start = k
                    span = words[start:j + 1]
            named = start > 0 and lower(words[start - 1]) in {"named", "called"}
            name_words = [w for w in span if w.upos == "PROPN" and not is_title_word(w)]
            if name_words and all(is_temporal(w) for w in name_words):
                i = j + 1
                continue  # "on Thursday", "Dec 12": a date, never a person
            if not quoted.covering(span[0].start_char) and _classify_person_run(span, acronyms):
                parsed = parse_name(span, acronyms)
                role = _role_before_apposition(words, start, j)
                if role is not None and parsed.title is None:
                    parsed = ParsedName(parsed.name, role, parsed.affiliation, parsed.description)
                titled = role is not None or any(is_title_word(w) and lower(w).rstrip(".") in lexicons.title_heads() for w in span) \
                    or any(lower(w) in acronyms for w in span)
                tags = {ner_type(w) for w in span if w.upos == "PROPN"}
                place = bool(tags & NER_PLACE) and not titled and not named
                lone_place = len(parsed.name) == 1 and start > 0 and lower(words[start - 1]) in LOCATIVE \
                    and not titled
                if start > 0 and lower(words[start - 1]) == "the" and not titled:
                    i = j + 1
                    continue  # "The Vanguard Front said": people's names take no article
                person = titled or named or (tags & NER_PERSON and not place and not lone_place) \
                    or (_two_names(span) and not place) or any(same_person(parsed.name, k) for k in known.candidates(parsed.name))
                if parsed.name and person:
                    known.add(parsed.name, parsed.name)
                    mention = make_mention(doc.text, index, words, start, j)
                    out.append((mention, parsed, _in_subject_position(words, start, j, first_verb)))
            i = j + 1
    return out


def _modifies_a_title(words, end: int) -> bool:
    """Do the proper nouns ending at words[end] modify a title that no name follows ("The
    former DNC chairman said", "a Trump adviser said")? Then they name the title's organization or
    the one it serves, and the speaker is the title's unnamed holder ("DNC Chairman Donna
    Brazile" has the holder's name after it)."""
    k = end + 1
    if k >= len(words) or not is_title_word(words[k]) or words[k].upos != "NOUN":
        return False
    while k < len(words) and is_title_word(words[k]):
        k += 1
    return k >= len(words) or words[k].upos != "PROPN"


def _title_modifier(word) -> bool:
    """A capitalised word right before a title word that belongs to it ("Election" in "Chief
    Election Commissioner"): no date, no demonym, no sentence-opening function word."""
    return word.text[:1].isupper() and word.upos in {"PROPN", "NOUN"} and not is_temporal(word) \
        and lower(word) not in lexicons.demonyms() and word.text.isalpha() and ner_type(word) is None


def _role_before_apposition(words, start: int, end: int) -> str | None:
    """"directed the PTI lawyer, Uzair Bhandari, to read": the name set off by commas after a
    definite description with a title names that role's holder; the title's words, or None."""
    if start < 3 or not is_comma(words[start - 1]) or not (end + 1 < len(words) and is_comma(words[end + 1])):
        return None
    k = start - 2
    if not is_title_word(words[k]):
        return None
    while k > 0 and (is_title_word(words[k - 1]) or words[k - 1].upos in {"PROPN", "ADJ"}
                     or words[k - 1].upos == "NOUN" and words[k - 1].deprel == "compound"):
        k -= 1
    if k == 0 or lower(words[k - 1]) not in {"the", "its", "his", "her", "their"}:
        return None
    return text_of(words[k:start - 1])


# Dependency relations of a noun phrase that is no subject of its clause.
NON_SUBJECT = frozenset({"obj", "iobj", "obl", "nmod", "nmod:poss", "conj", "appos", "obl:agent", "obl:tmod"})


def _in_subject_position(words, start: int, end: int, first_verb: int) -> bool:
    """Is the name words[start..end] the subject of its clause? The parse says so ("nsubj"),
    or, where it gives no object-like relation, the name comes before the first finite verb
    and after no preposition ("… admitted to the Beeb's Adam Fleming and Chris Mason": no)."""
    relation = words[end].deprel or ""
    if relation.startswith("nsubj"):
        return True
    if relation in NON_SUBJECT:
        return False
    return start < first_verb and (start == 0 or words[start - 1].upos not in {"ADP"})


def _classify_person_run(span, acronyms) -> bool:
    """Does a run of (title and) name words read as a person's name?"""
    if any(lower(w) in acronyms for w in span):
        return True  # "CJP Isa"
    if any(_after_honorific(span, k) for k in range(1, len(span))):
        return True  # "Mr Streeting", the name read as a verb
    return classify(span, len(span) - 1) == "name"


def _two_names(span) -> bool:
    names = [w for w in span if w.upos == "PROPN"]
    return len(names) >= 2 and all(w.text[:1].isupper() and not w.text.isupper() for w in names)


# Pronouns that name nobody: an existential "there", a generic "you".
NON_REFERRING = frozenset({"there", "you", "yourself", "yourselves"})


def resolve_speakers(doc, quotes: list[Quote], registry=None, spans=None) -> list[Speaker]:
    """Assign ``speaker_id`` to every quote and return the article's speakers. ``spans`` are
    the text's quotations (``marks.find_quoted_spans``; found here if not given)."""
    resolver = Resolver(doc, find_quoted_spans(doc.text) if spans is None else spans)
    resolver.reported = SortedIntervals((start, end, None) for q in quotes if q.type != "direct"
                                        for start, end in q.pieces)
    for index, quote in enumerate(quotes):
        if quote.mention is None:
            continue
        entity = resolver.resolve(quote.mention)
        entity.quotes.append(index)
        resolver._mentioned(entity, quote.mention, subject=True, speaker=True)
    resolver.introduce_people_before(len(doc.text) + 1)
    _name_the_unnamed_source(resolver)
    speakers = []
    for entity in resolver.entities:
        if not entity.quotes:
            continue
        speaker = Speaker(id=f"s{len(speakers) + 1}", name=entity.name, type=entity.type, title=entity.title,
                          affiliation=entity.affiliation, description=entity.description,
                          aliases=_aliases(entity),
                          mentions=sorted(_unique(entity.mentions), key=lambda m: m.start),
                          quote_ids=[quotes[i].id for i in sorted(set(entity.quotes))])
        if entity.type == "unknown":
            speaker.name = None
        if registry is not None:
            registry.apply(speaker, aliases=entity.aliases | {" ".join(n) for n in entity.names})
        for i in entity.quotes:
            quotes[i].speaker_id = speaker.id
        speakers.append(speaker)
    return speakers


# How many sentences after an unnamed source ("A senior Hamas official said") its name may follow.
NAMED_AFTER = 2


def _name_the_unnamed_source(resolver: Resolver) -> None:
    """"A senior Hamas official has said …" then "The Lebanon-based Hamas official Osama Hamdan
    said …": a source introduced by an indefinite title and named with that title (and the same
    affiliation) in the next sentence or two is that person. Two people who fit leave it unnamed."""
    doc = resolver.doc
    for source in [e for e in resolver.entities if e.type == "anonymous" and e.quotes]:
        first = min(source.mentions, key=lambda m: m.start)
        words = mention_words(doc, first)
        if not words or lower(words[0]) not in {"a", "an", "one"} or _plural(words) \
                or not is_title_word(head_word(words)):
            continue
        head = lower(head_word(words)).rstrip(".")
        affiliation = {normalise(w.text) for w in words[1:] if w.upos == "PROPN" or lower(w) in lexicons.demonyms()}
        fits = []
        for person in resolver.entities:
            if person.type != "person" or not person.title or head not in person.title.lower().split():
                continue
            named = [m for m in person.mentions if m.kind == "name" and m.start > first.end
                     and 0 < m.sentence - first.sentence <= NAMED_AFTER]
            said = {normalise(t) for m in named for t in m.text.replace("-", " ").split()}
            if named and affiliation <= said | {normalise(t) for t in (person.affiliation or "").split()}:
                fits.append(person)
        if len(fits) == 1:
            person = fits[0]
            person.quotes.extend(source.quotes)
            person.mentions.extend(source.mentions)
            person.description = person.description or first.text
            source.quotes = []


def _aliases(entity: Entity) -> list[str]:
    """Every distinct surface form of the entity's name: its name and organization mentions as
    written ("Defence Minister Khawaja Asif", "Asif"), and its name forms; no pronouns or
    descriptions."""
    if entity.type == "unknown":
        return []
    kinds = {"name", "organization"} if entity.type == "person" else {"name", "organization", "anonymous"}
    forms = [m.text for m in sorted(entity.mentions, key=lambda m: m.start) if m.kind in kinds]
    forms += [" ".join(n) for n in entity.names] + sorted(entity.aliases)
    out: list[str] = []
    for form in forms:
        if form and form not in out and form.lower() not in lexicons.pronouns():
            out.append(form)
    return out


def _unique(mentions):
    seen, out = set(), []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out
