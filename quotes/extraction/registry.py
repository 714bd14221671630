"""Speaker registry: one canonical name per speaker across articles.

An optional JSON file (path from ``SPEAKER_REGISTRY``, read by the service's loader) lists
known speakers::

    {"speakers": [
      {"id": "guterres", "name": "António Guterres", "type": "person",
       "aliases": ["Antonio Guterres", "Guterres"], "title": "UN Secretary-General",
       "wikidata": "Q311440"}
    ]}

After an article's speakers are resolved, each one whose name or alias matches an entry
(exactly, or as the same person: spelling variants, an omitted middle name) takes the entry's
name, id, Wikidata id and, when the article gave none, its title.
"""
from __future__ import annotations

from dataclasses import dataclass

from .names import normalise, same_person
from ..records import Speaker, SpeakerType
from ..records.enums import REGISTRY_SPEAKER_TYPES


class RegistryError(ValueError):
    """The registry file is missing or malformed (the message names the file and the entry)."""


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    wikidata: str | None = None

    def forms(self) -> list[tuple[str, ...]]:
        return [tuple(n.split()) for n in (self.name, *self.aliases)]


class Registry:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._exact = {" ".join(normalise(t) for t in form): e for e in entries for form in e.forms()}

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str, type_: str | None = None) -> Entry | None:
        """The entry for ``name``: an exact (normalised) match first, then the same person."""
        key = " ".join(normalise(t) for t in name.split())
        entry = self._exact.get(key)
        if entry is not None and (type_ is None or entry.type == type_):
            return entry
        if type_ in (None, "person") and len(name.split()) > 1:
            for entry in self.entries:
                if entry.type == "person" and any(len(form) > 1 and same_person(tuple(name.split()), form)
                                                  for form in entry.forms()):
                    return entry
        return None

    def apply(self, speaker: Speaker, aliases=()) -> None:
        """Give ``speaker`` its registry identity when one of its names is registered."""
        if speaker.type not in {"person", "organization"}:
            return
        for name in [speaker.name, *sorted(aliases, key=len, reverse=True)]:
            entry = self.lookup(name, speaker.type) if name else None
            if entry is not None:
                speaker.name, speaker.registry_id, speaker.wikidata = entry.name, entry.id, entry.wikidata
                speaker.title = speaker.title or entry.title
                return


def registry_from_json(data, source: str) -> Registry:
    """The registry described by ``data`` (the parsed JSON file); ``source`` names it in errors."""
    items = data.get("speakers") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RegistryError(f'speaker registry {source} must be an object with a "speakers" list')
    entries = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise RegistryError(f"speaker registry {source}: entry {number} needs a non-empty \"name\"")
        type_ = item.get("type", SpeakerType.PERSON)
        if type_ not in REGISTRY_SPEAKER_TYPES:
            raise RegistryError(f"speaker registry {source}: entry {number} has unknown type {type_!r}")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"speaker registry {source}: entry {number} \"aliases\" must be a list of strings")
        entries.append(Entry(id=str(item.get("id") or item["name"]), name=item["name"].strip(),
                             type=SpeakerType(type_), aliases=tuple(a.strip() for a in aliases if a.strip()),
                             title=item.get("title"), wikidata=item.get("wikidata")))
    return Registry(entries)
