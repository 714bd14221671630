"""The reviewed word lists in this folder: one loader, loaded once, exposed as sets and maps.

Every linguistic rule looks words up here instead of carrying its own string literals. Each
file is declared once in :data:`FILES` with its columns; :func:`validate` reads them all and
raises :class:`LexiconError` naming the file and line of a malformed row. The service calls it
at start-up, so a bad edit refuses to start instead of failing the first request.

Matching is on lowercase lemmas; :func:`verb_class` also tries the surface form with common
inflections stripped, because a lemmatizer without pretrained vectors garbles rare verbs.
(stdlib only: see README.md.)
"""
from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


class LexiconError(ValueError):
    """A lexicon file is missing or has a malformed row (the message names file and line)."""


@dataclass(frozen=True)
class Spec:
    """A lexicon file's shape: how many TAB columns, and the allowed values of enumerated ones."""

    min_columns: int = 1
    max_columns: int = 1
    choices: tuple[tuple[int, frozenset[str]], ...] = ()


def _one_of(*values: str) -> frozenset[str]:
    return frozenset(values)


GENDERS = _one_of("m", "f")
FILES: dict[str, Spec] = {
    "reporting_verbs.tsv": Spec(2, 2, ((1, _one_of("speech", "directive", "accusation", "evaluative", "belief", "finding")),)),
    "reporting_nouns.txt": Spec(),
    "cue_phrases.txt": Spec(),
    "catenative_verbs.txt": Spec(),
    "catenative_objects.txt": Spec(),
    "adverb_forms.txt": Spec(),
    "verb_only_forms.txt": Spec(),
    "causative_verbs.txt": Spec(),
    "catenative_adjectives.tsv": Spec(2, 2, ((1, _one_of("any", "comparative")),)),
    "addressee_verbs.txt": Spec(),
    "clause_object_verbs.txt": Spec(),
    "speech_object_nouns.txt": Spec(),
    "quotation_verbs.txt": Spec(),
    "commissive_verbs.txt": Spec(),
    "infinitive_directives.txt": Spec(),
    "clause_only_verbs.txt": Spec(),
    "gerund_report_verbs.txt": Spec(),
    "self_descriptions.txt": Spec(),
    "infinitive_nouns.txt": Spec(),
    "attitude_expressions.tsv": Spec(2, 2, ((1, _one_of("verb", "noun", "topic", "preposition")),)),
    "naming_verbs.txt": Spec(),
    "naming_idioms.txt": Spec(),
    "refusal_verbs.tsv": Spec(2, 2, ((1, _one_of("refusal", "speech", "both")),)),
    "content_object_verbs.txt": Spec(),
    "finding_object_verbs.txt": Spec(),
    "stance_object_verbs.tsv": Spec(2, 2, ((1, _one_of("any", "complement")),)),
    "content_nouns.txt": Spec(),
    "occasion_verbs.txt": Spec(),
    "titles.txt": Spec(1, 2, ((1, _one_of("role", "honorific")),)),
    "anonymous_sources.txt": Spec(),
    "anonymity_phrases.txt": Spec(),
    "organization_nouns.txt": Spec(),
    "document_nouns.txt": Spec(),
    "finding_nouns.txt": Spec(),
    "poll_nouns.txt": Spec(),
    "organization_anaphors.txt": Spec(),
    "media_nouns.txt": Spec(1, 2),
    "person_nouns.txt": Spec(),
    "quantity_nouns.txt": Spec(),
    "gendered_words.tsv": Spec(2, 2, ((1, GENDERS),)),
    "pronouns.tsv": Spec(4, 4, ((1, _one_of("m", "f", "n", "x")), (2, _one_of("sing", "plur")),
                                (3, _one_of("person", "organization", "any")))),
    "demonyms.tsv": Spec(1, 3),
    "name_variants.tsv": Spec(1, 2),
    "name_particles.txt": Spec(),
    "post_nominals.txt": Spec(),
    "spelling_variants.tsv": Spec(2, 2),
    "channels.tsv": Spec(2, 2, ((0, _one_of("social_media", "statement", "press_conference", "interview",
                                           "broadcast", "platform", "audience", "publish_verb",
                                           "report_verb")),)),
    "dates.tsv": Spec(3, 3, ((0, _one_of("weekday", "month")),)),
    "time_words.txt": Spec(),
    # Cross-article linking (quotes/linking): comparing quotes, matching names across articles.
    "stopwords.txt": Spec(),
    "elisions.txt": Spec(),
    "light_verbs.tsv": Spec(2, 2, ((0, _one_of("verb", "noun")),)),
    "paraphrases.tsv": Spec(2, 2),
    "name_short_forms.txt": Spec(),
}


@lru_cache(maxsize=None)
def _rows(name: str, directory: Path = LEXICON_DIR) -> tuple[tuple[str, ...], ...]:
    """The rows of lexicon file ``name`` (comments and blank lines skipped), checked against its Spec."""
    spec = FILES[name]
    path = Path(directory) / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        where = f"lexicon {path}, line {number}"
        if not spec.min_columns <= len(cells) <= spec.max_columns:
            wanted = (str(spec.min_columns) if spec.min_columns == spec.max_columns
                      else f"{spec.min_columns} to {spec.max_columns}")
            raise LexiconError(f"{where}: {len(cells)} TAB-separated columns, expected {wanted}: {line!r}")
        if not all(cells):
            raise LexiconError(f"{where}: an empty column: {line!r}")
        for column, allowed in spec.choices:
            if column < len(cells) and cells[column] not in allowed:
                raise LexiconError(f"{where}: {cells[column]!r} is not one of {', '.join(sorted(allowed))}")
        rows.append(cells)
    return tuple(rows)


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows(name))


def validate(directory: Path = LEXICON_DIR) -> None:
    """Load every lexicon file (of ``directory``) now; raises :class:`LexiconError` for the first
    malformed row, naming its file and line."""
    for name in FILES:
        _rows(name, Path(directory))


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, str]:
    """lemma (or "lemma particle") -> class: speech | directive | accusation | evaluative | belief | finding."""
    return {row[0].lower(): row[1] for row in _rows("reporting_verbs.tsv")}


@lru_cache(maxsize=None)
def commissive_verbs() -> frozenset[str]:
    """Speech verbs of commitment whose content may be a to-infinitive ("vowed to rebuild")."""
    return _words("commissive_verbs.txt")


@lru_cache(maxsize=None)
def naming_verbs() -> frozenset[str]:
    """Evaluative verbs whose object takes what it is called ("called the plan a giveaway")."""
    return _words("naming_verbs.txt")


@lru_cache(maxsize=None)
def naming_idioms() -> tuple[tuple[str, ...], ...]:
    """Words after a naming verb in an idiom that names nothing ("called it a day") as word tuples."""
    return tuple(tuple(row[0].lower().split()) for row in _rows("naming_idioms.txt"))


@lru_cache(maxsize=None)
def finding_object_verbs() -> frozenset[str]:
    """Finding verbs whose object, said of a poll or a document, is the content ("the poll shows
    the governor ahead")."""
    return _words("finding_object_verbs.txt")


@lru_cache(maxsize=None)
def refusal_verbs() -> dict[str, str]:
    """word -> refusal | speech | both: the verbs of a refusal to speak ("declined", "refused") and
    the verbs of its infinitive besides the speech verbs ("to elaborate", "to name"; ``both``: also
    the noun object, "declined comment")."""
    return {row[0].lower(): row[1] for row in _rows("refusal_verbs.tsv")}


def refusal_entry(lemma: str, form: str) -> str | None:
    """The ``refusal_verbs()`` word a word is, by its lemma, or by its form minus an inflection
    (the kit lemmatizes "declining" as itself), or None."""
    kinds = refusal_verbs()
    for candidate in ((lemma or "").lower(), (form or "").lower()):
        if candidate in kinds:
            return candidate
    form = (form or "").lower()
    for ending in ("ing", "ed", "es", "s", "d"):
        stem = form[:-len(ending)] if form.endswith(ending) else ""
        for candidate in (stem, stem + "e"):
            if len(stem) > 2 and candidate in kinds:
                return candidate
    return None


def refusal_kind(lemma: str, form: str) -> str | None:
    """``refusal_verbs()`` kind (refusal | speech | both) of a word, or None (see ``refusal_entry``)."""
    entry = refusal_entry(lemma, form)
    return refusal_verbs()[entry] if entry is not None else None


@lru_cache(maxsize=None)
def content_object_verbs() -> frozenset[str]:
    """Speech-act verbs whose noun-phrase object is the reported content ("denied the allegations")."""
    return _words("content_object_verbs.txt")


@lru_cache(maxsize=None)
def stance_object_verbs() -> dict[str, str]:
    """lemma (or "verb particle") -> any | complement: verbs of public stance whose object, a
    person too, is the reported content ("endorsed the governor"; "criticized the mayor for the
    delays", "thanked the nurses for their work" with a complement)."""
    return {row[0].lower(): row[1] for row in _rows("stance_object_verbs.tsv")}


@lru_cache(maxsize=None)
def content_nouns() -> frozenset[str]:
    """Speech-act nouns with the preposition of their content ("calls for …", "criticism of …")."""
    return _words("content_nouns.txt")


@lru_cache(maxsize=None)
def occasion_verbs() -> frozenset[str]:
    """Verbs whose object is the occasion of a statement ("used his speech to call for …")."""
    return _words("occasion_verbs.txt")


@lru_cache(maxsize=None)
def catenative_verbs() -> frozenset[str]:
    """Verbs through which a reporting verb still reports ("went on to say", "took to X to accuse")."""
    return _words("catenative_verbs.txt")


@lru_cache(maxsize=None)
def verb_only_forms() -> frozenset[str]:
    """Present-tense reporting-verb forms that are no nouns ("says", "writes", "argues")."""
    return _words("verb_only_forms.txt")


@lru_cache(maxsize=None)
def adverb_forms() -> frozenset[str]:
    """Forms that are adverbs only ("sometimes", "seldom"), whatever the tagger read."""
    return _words("adverb_forms.txt")


@lru_cache(maxsize=None)
def catenative_objects() -> frozenset[str]:
    """Nouns that make "take" catenative ("taking pains to say", "took a moment to point out")."""
    return _words("catenative_objects.txt")


@lru_cache(maxsize=None)
def causative_verbs() -> frozenset[str]:
    """Verbs that bring their object to speak ("led her to declare", "prompted the mayor to say")."""
    return _words("causative_verbs.txt")


@lru_cache(maxsize=None)
def catenative_adjectives() -> dict[str, str]:
    """lemma -> any | comparative: adjectives through which a reporting verb still reports ("was
    quick to point out", "are more likely to say": comparative only)."""
    return {row[0].lower(): row[1] for row in _rows("catenative_adjectives.tsv")}


@lru_cache(maxsize=None)
def infinitive_directives() -> frozenset[str]:
    """Directive verbs that report only with their infinitive ("advised residents to stay
    indoors"; not "is advising Pfizer on a merger")."""
    return _words("infinitive_directives.txt")


@lru_cache(maxsize=None)
def clause_only_verbs() -> frozenset[str]:
    """Speech verbs that report only a clause ("maintained they were not marked"; not "has
    maintained a large lead")."""
    return _words("clause_only_verbs.txt")


@lru_cache(maxsize=None)
def gerund_report_verbs() -> frozenset[str]:
    """Speech verbs whose gerund complement is what was said ("reported spending $6 million",
    "proposed building a wall")."""
    return _words("gerund_report_verbs.txt")


@lru_cache(maxsize=None)
def attitude_expressions() -> dict[str, frozenset[str]]:
    """"verb" -> verbs of expressing, "noun" -> attitudes ("expressed hope that …",
    "raised concerns that …"), "topic" -> attitudes said of a topic only ("voiced support for
    …"), "preposition" -> what opens the topic ("expressed concern about …")."""
    rows = _rows("attitude_expressions.tsv")
    return {kind: frozenset(row[0].lower() for row in rows if row[1] == kind)
            for kind in ("verb", "noun", "topic", "preposition")}


@lru_cache(maxsize=None)
def infinitive_nouns() -> frozenset[str]:
    """Nouns whose to-infinitive completes them ("a chance to say goodbye"): no purpose clause."""
    return _words("infinitive_nouns.txt")


@lru_cache(maxsize=None)
def self_descriptions() -> frozenset[str]:
    """Participles after "self-" through which a person names what they call themselves
    ("a self-described democratic socialist")."""
    return _words("self_descriptions.txt")


@lru_cache(maxsize=None)
def reporting_nouns() -> frozenset[str]:
    return _words("reporting_nouns.txt")


@lru_cache(maxsize=None)
def quotation_verbs() -> frozenset[str]:
    """Verbs that attribute a quotation standing right beside them ('“…,” she continued')."""
    return _words("quotation_verbs.txt")


@lru_cache(maxsize=None)
def addressee_verbs() -> frozenset[str]:
    """Speech verbs whose object is the addressee ("told reporters that", "assured them that")."""
    return _words("addressee_verbs.txt")


@lru_cache(maxsize=None)
def clause_object_verbs() -> frozenset[str]:
    """Speech verbs whose noun phrase running to the clause's end is a broken clause ("said smugglers dig tunnels")."""
    return _words("clause_object_verbs.txt")


@lru_cache(maxsize=None)
def speech_object_nouns() -> frozenset[str]:
    """True noun-phrase objects of "say"/"tell" ("said a prayer", "told a joke", "said nothing")."""
    return _words("speech_object_nouns.txt")


@lru_cache(maxsize=None)
def cue_phrases() -> tuple[tuple[str, ...], ...]:
    """Multiword cue phrases ("according to", "quoted as saying") as word tuples."""
    return tuple(tuple(row[0].lower().split()) for row in _rows("cue_phrases.txt"))


@lru_cache(maxsize=None)
def titles() -> dict[tuple[str, ...], set[str]]:
    """Title word tuples -> kinds ({"role"}, {"honorific"} or both)."""
    out: dict[tuple[str, ...], set[str]] = {}
    for row in _rows("titles.txt"):
        out.setdefault(tuple(row[0].lower().split()), set()).add(row[1] if len(row) > 1 else "role")
    return out


FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "de", "to", "in", "on"})


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every word that occurs in a title ("minister", "defence", "prime", "mr")."""
    return frozenset(w.rstrip(".") for key in titles() for w in key) - FUNCTION_WORDS


@lru_cache(maxsize=None)
def title_heads() -> frozenset[str]:
    """The last word of every title ("minister" of "foreign minister", "mr"): a word that is a
    title by itself, where "foreign" or "information" only modify one."""
    return frozenset(key[-1].rstrip(".") for key in titles()) - FUNCTION_WORDS


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Forms of address and courtesy titles ("mr", "dr", "sheikh", "mawlana"), without final dots."""
    return frozenset(" ".join(key).rstrip(".") for key, kinds in titles().items() if "honorific" in kinds)


@lru_cache(maxsize=None)
def post_nominals() -> frozenset[str]:
    """Letters written after a name ("QC", "Jr"), lowercase without the final dot."""
    return _words("post_nominals.txt")


@lru_cache(maxsize=None)
def anonymous_nouns() -> frozenset[str]:
    return _words("anonymous_sources.txt")


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    return _words("person_nouns.txt")


@lru_cache(maxsize=None)
def quantity_nouns() -> frozenset[str]:
    """Words naming a share or count of a group ("52 percent", "eight of 10 voters", "half")."""
    return _words("quantity_nouns.txt")


@lru_cache(maxsize=None)
def gendered_words() -> dict[str, str]:
    """word -> "m" or "f" (honorifics, gendered titles and person nouns)."""
    return {row[0].lower(): row[1] for row in _rows("gendered_words.tsv")}


@lru_cache(maxsize=None)
def anonymity_phrases() -> tuple[str, ...]:
    return tuple(row[0].lower() for row in _rows("anonymity_phrases.txt"))


@lru_cache(maxsize=None)
def organization_nouns() -> frozenset[str]:
    return _words("organization_nouns.txt")


def role_noun(form: str, lemma: str = "") -> bool:
    """Is the word (its lowercase form or singular, or its lemma) a title, person, group or
    organization noun ("MPs", "Supporters", "Officials"), as opposed to a surname the tagger read
    as a common noun ("Sanders", "Fields")?"""
    form, lemma = form.lower(), lemma.lower()
    return any(w in nouns for w in (form, form.rstrip("s"), lemma)
               for nouns in (title_heads(), person_nouns(), anonymous_nouns(), organization_nouns()))


@lru_cache(maxsize=None)
def organization_anaphors() -> frozenset[str]:
    """Nouns that after "the" stand for an organization named before ("the company", "the group")."""
    return _words("organization_anaphors.txt")


@lru_cache(maxsize=None)
def document_nouns() -> frozenset[str]:
    """Nouns for a document that speaks for its issuer ("the statement said", "the report")."""
    return _words("document_nouns.txt")


@lru_cache(maxsize=None)
def poll_nouns() -> frozenset[str]:
    """Nouns for polls that "in" attributes findings to ("in a CBS News poll last month, she led …")."""
    return _words("poll_nouns.txt")


@lru_cache(maxsize=None)
def finding_nouns() -> frozenset[str]:
    """Nouns for polls, studies and data that report findings ("a new poll found", "federal data show")."""
    return _words("finding_nouns.txt")


@lru_cache(maxsize=None)
def media_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows("media_nouns.txt") if len(row) == 1)


@lru_cache(maxsize=None)
def news_agencies() -> dict[str, str]:
    """Known agency names and acronyms (lowercase) -> acronym as written ("afp" -> "AFP")."""
    out = {}
    for row in _rows("media_nouns.txt"):
        if len(row) >= 2:
            out[row[0].lower()] = row[1]
            out[row[1].lower()] = row[1]
    return out


@lru_cache(maxsize=None)
def pronouns() -> dict[str, dict[str, str]]:
    """pronoun -> {gender, number, kind}."""
    return {row[0].lower(): {"gender": row[1], "number": row[2], "kind": row[3]} for row in _rows("pronouns.tsv")}


@lru_cache(maxsize=None)
def pronoun_genders() -> dict[str, str]:
    """Gendered personal pronouns -> "m"/"f" ("he", "his" -> "m"; "she", "her" -> "f")."""
    return {word: entry["gender"] for word, entry in pronouns().items() if entry["gender"] in GENDERS}


def _demonym_rows():
    for row in _rows("demonyms.tsv"):
        alternatives = row[2].split("|") if len(row) > 2 else []
        yield row[0], (row[1] if len(row) > 1 else None), alternatives


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Any country name, alternative name or demonym (lowercase) -> the country's name."""
    out = {}
    for country, demonym, alternatives in _demonym_rows():
        for name in [country, *([demonym] if demonym else []), *alternatives]:
            out[name.lower()] = country
    return out


@lru_cache(maxsize=None)
def country_demonym() -> dict[str, str]:
    """Country name (lowercase, any alternative) -> demonym ("pakistan" -> "Pakistani")."""
    out = {}
    for country, demonym, alternatives in _demonym_rows():
        if demonym:
            for name in [country, *alternatives]:
                out[name.lower()] = demonym
    return out


@lru_cache(maxsize=None)
def name_variants() -> dict[str, str]:
    """Name spelling variant (lowercase) -> canonical spelling ("mohammad" -> "Muhammad")."""
    out = {}
    for row in _rows("name_variants.tsv"):
        out[row[0].lower()] = row[0]
        for variant in row[1].split("|") if len(row) > 1 else []:
            out[variant.lower()] = row[0]
    return out


@lru_cache(maxsize=None)
def name_particles() -> frozenset[str]:
    """Lowercase particles inside surnames ("bin", "de", "van"): part of the name, not a title."""
    return _words("name_particles.txt")


@lru_cache(maxsize=None)
def spelling_variants() -> dict[str, str]:
    """British spelling -> American spelling of title words ("defence" -> "defense")."""
    return {row[0].lower(): row[1].lower() for row in _rows("spelling_variants.tsv")}


@lru_cache(maxsize=None)
def channels() -> dict[str, dict[tuple[str, ...], str]]:
    """Channel kind -> {phrase word tuple -> kind}, from ``channels.tsv``."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for kind, phrase in _rows("channels.tsv"):
        out.setdefault(kind, {})[tuple(phrase.lower().split())] = kind
    return out


@lru_cache(maxsize=None)
def channel_heads() -> frozenset[str]:
    """The last words of the channel phrases of ``channels.tsv`` ("speech" of "televised speech")."""
    return frozenset(phrase[-1] for phrases in channels().values() for phrase in phrases)


@lru_cache(maxsize=None)
def calendar_names() -> tuple[dict[str, int], dict[str, int]]:
    """(weekday word -> 0..6, month word -> 1..12), lowercase, from ``dates.tsv``."""
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    for kind, word, number in _rows("dates.tsv"):
        try:
            value = int(number)
        except ValueError:
            raise LexiconError(f"lexicon {LEXICON_DIR / 'dates.tsv'}: {number!r} is not a number") from None
        (weekdays if kind == "weekday" else months)[word.lower()] = value
    return weekdays, months


@lru_cache(maxsize=None)
def time_words() -> frozenset[str]:
    """Words of a time expression, for telling a date from a speaker: full weekday names, every
    month form, and the relative words of ``time_words.txt`` ("yesterday", "week")."""
    weekdays, months = calendar_names()
    full_days = {word for word in weekdays if len(word) == max(len(w) for w, n in weekdays.items()
                                                               if n == weekdays[word])}
    return frozenset(full_days) | frozenset(months) | _words("time_words.txt")


_SUFFIXES = ("ing", "ed", "es", "s", "d")


def _inflected_entry(lemma: str, form: str, table) -> str | None:
    """The entry of ``table`` a word is, by its lemma or by its form minus an inflection (the kit's
    lemma slips: "touted" -> "toute", "dubbed" -> "dubbe"), or None."""
    lemma = (lemma or "").lower()
    if lemma in table:
        return lemma
    form = (form or "").lower()
    for suffix in _SUFFIXES:
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
                              stem[:-1] + "y" if stem.endswith("i") else stem):  # "decried" -> decry
                if candidate in table:
                    return candidate
    return None


@lru_cache(maxsize=None)
def reporting_verb_heads() -> frozenset[str]:
    """The verbs the entries of ``reporting_verbs.tsv`` start with ("point" of "point out")."""
    return frozenset(entry.split()[0] for entry in reporting_verbs())


@lru_cache(maxsize=None)
def object_verbs() -> frozenset[str]:
    """The verbs whose noun-phrase object is the content: ``content_object_verbs.txt`` and the
    stance verbs of ``stance_object_verbs.tsv``."""
    return content_object_verbs() | frozenset(stance_object_verbs())


@lru_cache(maxsize=None)
def object_verb_heads() -> frozenset[str]:
    """The verbs the entries of :func:`object_verbs` start with ("rail" of "rail against")."""
    return frozenset(entry.split()[0] for entry in object_verbs())


def verb_base(lemma: str, form: str, heads: frozenset[str]) -> str:
    """The verb of ``heads`` a word is, by its lemma or its form minus an inflection, else its lemma:
    the first word of a phrasal entry despite the kit's lemma slips ("railed against" -> raile)."""
    return _inflected_entry(lemma, form, heads) or (lemma or form or "").lower()


def verb_class(lemma: str, form: str) -> str | None:
    """Reporting-verb class of a word from its lemma, or from its form minus an inflection."""
    entry = _inflected_entry(lemma, form, reporting_verbs())
    return reporting_verbs()[entry] if entry is not None else None


def is_naming_verb(lemma: str, form: str) -> bool:
    """Is a word a naming verb (``naming_verbs.txt``), by its lemma or its form minus an inflection?"""
    return _inflected_entry(lemma, form, naming_verbs()) is not None


def present_tense_lemma(form: str) -> str | None:
    """The reporting verb whose plain present tense ``form`` is ("say", "says", "shows",
    "vows", "pushes", "denies"), whatever the tagger made of it, or None. For the tagger's slips that read
    a present-tense verb after its subject as a noun ("A mere 9 percent say/NN …", "the survey
    shows/NNS …"): ``cues`` and ``nlp.selection`` both read it."""
    verbs = reporting_verbs()
    form = (form or "").lower()
    for candidate in (form, form[:-1] if form.endswith("s") else None, form[:-2] if form.endswith("es") else None,
                      form[:-3] + "y" if form.endswith("ies") else None):  # ("denies", "replies")
        if candidate and " " not in candidate and verbs.get(candidate) in {"speech", "finding"}:
            return candidate
    return None


# Modals that open names too ("Theresa May", "Will Hurd"): kept capitalised in a headline
_NAME_MODALS = frozenset({"may", "will", "can", "must", "might", "shall"})


@lru_cache(maxsize=None)
def _headline_verbs() -> frozenset[str]:
    return (reporting_verb_heads() | object_verb_heads() | frozenset(e.split()[0] for e in stance_object_verbs())
            | attitude_expressions()["verb"] | naming_verbs())


def headline_lowercase(form: str) -> bool:
    """Is ``form`` (lowercase) a word a title-case headline capitalises that is no name: a
    function word of ``stopwords.txt`` ("From", "To", "His") or a form of a verb the cues read
    ("Says", "Endorses", "Slams", "Blasted")? Read as the lowercase word it is
    (``nlp.annotator.lowercase_title_case``)."""
    if form in _NAME_MODALS:
        return False
    return form in stopwords() or form in verb_only_forms() or form in _headline_verbs() \
        or _inflected_entry("", form, _headline_verbs()) is not None


@lru_cache(maxsize=None)
def light_verbs() -> dict[str, frozenset[str]]:
    """``light_verbs.tsv`` by kind: ``verb`` (lemmas whose speech-act noun object is their
    subject's statement: "made a plea for", "issued a statement on") and ``noun`` ("noun
    preposition" entries that report only as such a verb's object: "made no mention of")."""
    kinds: dict[str, set[str]] = {"verb": set(), "noun": set()}
    for kind, entry in _rows("light_verbs.tsv"):
        kinds[kind].add(entry.lower())
    return {kind: frozenset(entries) for kind, entries in kinds.items()}


@lru_cache(maxsize=None)
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe for left-out letters ("‘em", "‘til"): no opening
    quotation mark."""
    return _words("elisions.txt")


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Words left out when two quotes' contents are compared."""
    return _words("stopwords.txt")


@lru_cache(maxsize=None)
def paraphrases() -> dict[tuple[str, ...], str]:
    """Phrase (word tuple) -> concept: words news reports use for one another ("dialogue" / "talks")."""
    return {tuple(phrase.strip().lower().split()): row[0].lower()
            for row in _rows("paraphrases.tsv") for phrase in row[1].split("|") if phrase.strip()}


@lru_cache(maxsize=None)
def name_short_forms() -> tuple[str, ...]:
    """Endings that make a given name's long form from its short one ("Inam" + "ullah"), longest first."""
    return tuple(sorted(_words("name_short_forms.txt"), key=len, reverse=True))


# Given names of one gender: the name data of the nomquamgender package (MIT; counts of men and
# women with each given name across national and other sources). A name counts only when at least
# GIVEN_NAME_MIN_COUNT people bear it and its share of women is at most GIVEN_NAME_MAX_UNCERTAINTY
# away from 0 or 1 (the package's own default threshold): "Sarah" f, "John" m, "Jordan", "Jean",
# "Kim" neither.
GIVEN_NAME_MAX_UNCERTAINTY = 0.1
GIVEN_NAME_MIN_COUNT = 50


# One entry of the package's data file: "name": [sources, count, share of women, ...
_NAME_ROW = re.compile(r'"((?:[^"\\]|\\.)*)": \[\d+, (\d+), ([0-9.eE+-]+)')


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Lowercase given name -> "m"/"f" for the confident names of the package's data; empty when
    the package is not installed. The data file is scanned entry by entry, keeping only the
    confident names (a json.load of all 720,000 would hold some 200 MB), and read directly: the
    package's module imports pandas, which the rules do not need."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(list(spec.submodule_search_locations)[0]) / "name_data.json"
    if not path.is_file():
        return {}
    genders = {}
    for row in _NAME_ROW.finditer(path.read_text(encoding="utf-8")):
        count, women = int(row[2]), float(row[3])
        if count >= GIVEN_NAME_MIN_COUNT and min(women, 1 - women) <= GIVEN_NAME_MAX_UNCERTAINTY:
            genders[json.loads(f'"{row[1]}"')] = "f" if women >= 0.5 else "m"
    return genders
