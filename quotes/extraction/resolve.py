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

from dataclasses import dataclass, field

from .. import lexicons
from .marks import find_quoted_spans
from .names import (DETERMINERS, ParsedName, american_spelling, mention_words, normalise, organization_name, parse_name,
                    same_person, strip_determiners, surname_of)
from .mentions import (NER_PERSON, NER_PLACE, classify, head_word, is_title_word, make_mention,
                       ner_type, refers_to_person)
from .words import is_finite_verb, lower
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
    gender: str | None = None  # "m" / "f" when the text marks it (Ms, spokeswoman, "she" before)

    @property
    def name(self) -> str | None:
        """A person's canonical name: the most complete form common to all their full-name
        forms ("Khawaja Asif" from "Khawaja Muhammad Asif" and "Khawaja Asif"), else the
        longest one."""
        if self.type == "person" and self.names:
            multi = [n for n in self.names if len(n) > 1 and not surname_of(n, self.names)] or self.names
            normalised = [{normalise(t) for t in form} for form in multi]
            common = [form for form in multi if all({normalise(t) for t in form} <= other for other in normalised)]
            return " ".join(max(common or multi, key=len))
        return " ".join(self.names[0]) if self.names else None




def _marked_gender(words, apposition: str | None = None) -> str | None:
    """"m"/"f" when the words (or an apposition) hold a gendered honorific, title or noun."""
    tokens = [lower(w).rstrip(".") for w in words] + (apposition or "").lower().replace(",", " ").split()
    marks = {lexicons.gendered_words()[t] for t in tokens if t in lexicons.gendered_words()}
    return marks.pop() if len(marks) == 1 else None


class Resolver:
    """Builds the article's entities mention by mention, in text order."""

    def __init__(self, doc, spans):
        self.doc = doc
        self.entities: list[Entity] = []
        self.all_person_mentions = _person_mentions(doc, spans)  # (mention, parsed, in_subject_position)
        self.person_mentions = list(self.all_person_mentions)

    def person(self, parsed: ParsedName, mention: Mention) -> Entity:
        matches = [e for e in self.entities
                   if e.type == "person" and any(same_person(parsed.name, n) for n in e.names)]
        if matches:
            # A bare surname shared by two people ("Khan") is the one mentioned last.
            entity = max(matches, key=lambda e: max((m.start for m in e.mentions if m.start <= mention.start),
                                                    default=-1))
        else:
            entity = Entity("person")
            self.entities.append(entity)
        if parsed.name not in entity.names:
            entity.names.append(parsed.name)
        if parsed.title and len(parsed.title) > len(entity.title or ""):
            entity.title = parsed.title  # the fullest title the article gives
        entity.affiliation = entity.affiliation or parsed.affiliation
        entity.description = entity.description or parsed.description or mention.apposition
        entity.gender = entity.gender or _marked_gender(mention_words(self.doc, mention), mention.apposition)
        entity.mentions.append(mention)
        return entity

    def _gender_of(self, parsed: ParsedName, mention: Mention) -> str | None:
        """The gender the text gives the person of a name mention (or of its entity so far)."""
        marked = _marked_gender(mention_words(self.doc, mention), mention.apposition)
        if marked:
            return marked
        entity = next((e for e in self.entities if e.type == "person"
                       and any(same_person(parsed.name, n) for n in e.names)), None)
        return entity.gender if entity else None

    def introduce_people_before(self, offset: int) -> None:
        """Register the named people mentioned before ``offset`` (for pronouns and titles)."""
        while self.person_mentions and self.person_mentions[0][0].start < offset:
            mention, parsed, _ = self.person_mentions.pop(0)
            self.person(parsed, mention)

    def antecedent(self, mention: Mention) -> Entity | None:
        """The person a pronoun or bare description points to: the nearest person in subject
        position in this sentence or the two before, else the last person named."""
        gender = lexicons.pronoun_genders().get(mention.text.lower())
        candidates = [(m, p, subj) for m, p, subj in self.all_person_mentions if m.end <= mention.start
                      and mention.sentence - m.sentence <= 2
                      and (gender is None or self._gender_of(p, m) in (None, gender))]
        subjects = [c for c in candidates if c[2]]
        pool = subjects or candidates
        if pool:
            chosen = max(pool, key=lambda c: (c[0].sentence, c[0].start))
            entity = self.person(chosen[1], chosen[0]) if chosen[1].name else None
        else:
            people = [e for e in self.entities if e.type == "person" and (gender is None or e.gender in (None, gender))]
            entity = people[-1] if people else None
        if entity is not None and gender is not None:
            entity.gender = entity.gender or gender  # "she" said: she from now on
        return entity

    def known_name(self, words) -> Entity | None:
        """A capitalised word the tagger missed as a name ("Reynolds" tagged NOUN) that repeats
        a person's name seen before."""
        name = tuple(w.text for w in words if w.text[:1].isupper() and not is_title_word(w)
                     and lower(w) not in lexicons.demonyms() and lower(w) not in DETERMINERS)
        if not name:
            return None
        return next((e for e in reversed(self.entities) if e.type == "person"
                     and any(same_person(name, n) for n in e.names)), None)

    def by_title(self, words) -> Entity | None:
        title = {lower(w) for w in words if is_title_word(w)}
        affiliation = next((lexicons.demonyms()[lower(w)] for w in words if lower(w) in lexicons.demonyms()), None)
        if not title:
            return None
        best = None
        for entity in self.entities:
            if entity.type != "person" or not entity.title:
                continue
            their = {normalise(t) for t in american_spelling(entity.title.lower()).split()}
            ours = {american_spelling(t) for t in title}
            if ours <= their and (affiliation is None or entity.affiliation in {None, affiliation}):
                best = entity
        return best

    def resolve(self, mention: Mention) -> Entity:
        self.introduce_people_before(mention.end)
        words = mention_words(self.doc, mention)
        kind = mention.kind
        if kind == "name":
            parsed = parse_name(words)
            if parsed.name:
                return self.person(parsed, mention)
            kind = "description"
        if kind == "pronoun":
            pronoun = lexicons.pronouns().get(mention.text.lower(), {})
            if pronoun.get("kind") == "person" or mention.text.lower() in {"he", "she"}:
                entity = self.antecedent(mention)
            else:
                # "It added …" / "They said …": the organization or group that spoke last.
                wanted = {"organization"} if pronoun.get("kind") == "organization" else {"organization", "anonymous"}
                entity = next((e for e in reversed(self.entities) if e.type in wanted and e.quotes), None)
            if entity is not None:
                entity.mentions.append(mention)
                return entity
            return self._unknown(mention)
        if kind == "description":
            entity = self.known_name(words)
            if entity is None and _plural(words):
                return self._anonymous(mention, words)  # "union leaders", "analysts": an unnamed group
            entity = entity or self.by_title(words)
            if entity is None and refers_to_person(words):
                entity = self.antecedent(mention)
            if entity is not None:
                entity.mentions.append(mention)
                return entity
            return self._unknown(mention)
        if kind == "anonymous":
            return self._anonymous(mention, words)
        return self._organization(mention, words)

    def _unknown(self, mention: Mention) -> Entity:
        entity = Entity("unknown", description=mention.text, mentions=[mention])
        self.entities.append(entity)
        return entity

    def _anonymous(self, mention: Mention, words) -> Entity:
        head = _head_lemma(words)
        definite = words and lower(words[0]) in {"the", "these", "those", "this", "that"}
        for entity in self.entities:  # the same description again is the same source
            if entity.type == "anonymous" and (entity.description or "").lower() == mention.text.lower():
                entity.mentions.append(mention)
                return entity
        if definite:
            for entity in reversed(self.entities):
                if entity.type == "anonymous" and entity.head == head:
                    entity.mentions.append(mention)
                    return entity
        entity = Entity("anonymous", names=[tuple(mention.text.split())], description=mention.text, head=head,
                        mentions=[mention])
        self.entities.append(entity)
        return entity

    def _organization(self, mention: Mention, words) -> Entity:
        head = _head_lemma(words)
        stripped = strip_determiners(list(words))
        if head in lexicons.document_nouns() and words and lower(words[0]) in {"the", "that", "this", "its"}:
            # "the report": the outlet that reported last; "the statement": the organization
            # that spoke last.
            wanted = _is_outlet if head == "report" else (lambda e: e.type == "organization")
            issuer = next((e for e in reversed(self.entities) if wanted(e)), None)
            if issuer is not None:
                issuer.mentions.append(mention)
                return issuer
            return self._anonymous(mention, words)
        name, description, aliases = organization_name(words)
        if len(stripped) == 1 and stripped[0].upos in {"NOUN", "ADJ"}:
            # "the military": the latest organization with that head noun.
            for entity in reversed(self.entities):
                if entity.type == "organization" and entity.head == head:
                    entity.mentions.append(mention)
                    return entity
        for entity in self.entities:
            if entity.type == "organization" and (entity.name or "").lower() == name.lower() \
                    or name in entity.aliases or (entity.name in aliases):
                entity.mentions.append(mention)
                entity.aliases |= aliases
                return entity
        entity = Entity("organization", names=[tuple(name.split())], description=description, head=head,
                        aliases=aliases, mentions=[mention])
        if any(lower(w) in lexicons.news_agencies() or lower(w) in {"news"} for w in words):
            entity.head = "news"
        self.entities.append(entity)
        return entity


def _is_outlet(entity: Entity) -> bool:
    return entity.type == "organization" and (
        entity.head in lexicons.media_nouns() | {"news"} or "broadcaster" in (entity.description or ""))


def _plural(words) -> bool:
    """Is the mention's head a plural common noun ("union leaders", "Farmers in the region")?"""
    if not words:
        return False
    head = head_word(words)
    return head.xpos == "NNS" and (not head.text[:1].isupper() or head is words[0] and head.id == 1)


def _head_lemma(words) -> str | None:
    """Lowercase lemma of the mention's head word ("sources" → "source")."""
    words = [w for w in words if w.upos != "PUNCT"]
    if not words:
        return None
    head = head_word(words)
    return (head.lemma or head.text).lower()


def _person_mentions(doc, spans):
    """Named people in the text outside quotations: (Mention, ParsedName, in subject position).

    A run of proper nouns names a person when a title precedes it, NER says person, it follows
    "named"/"called", it looks like a first and last name, or it repeats part of a person's
    name seen before ("Asif" after "Khawaja Asif"). Places (NER LOC/GPE/FAC) need a title.
    """
    quoted = [(s.open_mark, s.outer_end) for s in spans]
    out: list = []
    known: list[tuple[str, ...]] = []
    for index, sentence in enumerate(doc.sentences):
        words = sentence.words
        first_verb = next((i for i, w in enumerate(words) if is_finite_verb(w) and w.upos == "VERB"), len(words))
        i = 0
        while i < len(words):
            if words[i].upos != "PROPN":
                i += 1
                continue
            j = i
            while j + 1 < len(words) and (words[j + 1].upos == "PROPN" or words[j + 1].text in {"'s", "’s"}
                                          and j + 2 < len(words) and words[j + 2].upos == "PROPN"):
                j += 1
            start = i
            while start > 0 and (is_title_word(words[start - 1]) or lower(words[start - 1]) in lexicons.demonyms()):
                start -= 1
            if start > 1 and words[start - 1].text in {"'s", "’s"} and lower(words[start - 2]) in lexicons.demonyms():
                start -= 2
            span = words[start:j + 1]
            if start > 1 and lower(words[start - 1]) in {"of", "for"} and words[start - 2].upos in {"PROPN", "NOUN"} \
                    and words[start - 2].text[:1].isupper():
                i = j + 1
                continue  # "Confederation of British Industry": the tail of an organization's name
            named = start > 0 and lower(words[start - 1]) in {"named", "called"}
            if not any(a <= span[0].start_char < b for a, b in quoted) and classify(span, len(span) - 1) == "name":
                parsed = parse_name(span)
                titled = any(is_title_word(w) for w in span)
                tags = {ner_type(w) for w in span if w.upos == "PROPN"}
                place = bool(tags & NER_PLACE) and not titled and not named
                person = titled or named or (tags & NER_PERSON and not place) or (_two_names(span) and not place) \
                    or any(same_person(parsed.name, k) for k in known)
                if parsed.name and person:
                    known.append(parsed.name)
                    mention = make_mention(doc.text, index, words, start, j)
                    subject = start < first_verb and (start == 0 or words[start - 1].upos not in {"ADP"})
                    out.append((mention, parsed, subject))
            i = j + 1
    return out


def _two_names(span) -> bool:
    names = [w for w in span if w.upos == "PROPN"]
    return len(names) >= 2 and all(w.text[:1].isupper() and not w.text.isupper() for w in names)


def resolve_speakers(doc, quotes: list[Quote], registry=None, spans=None) -> list[Speaker]:
    """Assign ``speaker_id`` to every quote and return the article's speakers. ``spans`` are
    the text's quotations (``marks.find_quoted_spans``; found here if not given)."""
    resolver = Resolver(doc, find_quoted_spans(doc.text) if spans is None else spans)
    for index, quote in enumerate(quotes):
        if quote.mention is None:
            continue
        entity = resolver.resolve(quote.mention)
        entity.quotes.append(index)
    resolver.introduce_people_before(len(doc.text) + 1)
    speakers = []
    for entity in resolver.entities:
        if not entity.quotes:
            continue
        speaker = Speaker(id=f"s{len(speakers) + 1}", name=entity.name, type=entity.type, title=entity.title,
                          affiliation=entity.affiliation, description=entity.description,
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


def _unique(mentions):
    seen, out = set(), []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out
