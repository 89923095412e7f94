"""Example third-party newskit plugin: country and capital mentions.

It uses only newskit's public API, exactly as any plugin distribution would: an extractor
and its mention type, words for the bundled plugins through their vocabulary hooks
(:mod:`.vocabulary`) and a finding detector for the story (:mod:`.findings`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import ClassVar

import regex
from attrs import frozen

from newskit import Article, Extractor, FindingDetector, Mention, Register, hookimpl
from newskit.vocabulary import EventTrigger, NamedDate, Organisation, SpeechCue, Title, Unit

from . import vocabulary
from .findings import SharedPlaces

__all__ = ["PlaceMention", "PlacesExtractor", "SharedPlaces"]


@frozen(kw_only=True)
class PlaceMention(Mention):
    """A country or capital, with the ISO 3166 code of its country."""

    kind: ClassVar[str] = "place"

    name: str = ""
    country: str = ""


@cache
def _gazetteer() -> tuple[dict[str, str], regex.Pattern[str]]:
    raw = resources.files(__package__).joinpath("data/places.json").read_text(encoding="utf-8")
    places: dict[str, str] = json.loads(raw)["places"]
    names = sorted(places, key=len, reverse=True)
    pattern = regex.compile(r"\b(?:" + "|".join(regex.escape(n) for n in names) + r")\b")
    return places, pattern


class PlacesExtractor:
    """Finds gazetteer places by whole-word match (longest name first)."""

    name = "example-places"
    provides = frozenset({"place"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        places, pattern = _gazetteer()
        for m in pattern.finditer(article.text):
            yield PlaceMention(start=m.start(), end=m.end(), text=m.group(), name=m.group(),
                               country=places[m.group()])


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(PlacesExtractor())


@hookimpl
def newskit_register_mention_types(register: Register[type[Mention]]) -> None:
    register(PlaceMention)


@hookimpl
def newskit_register_finding_detectors(register: Register[FindingDetector]) -> None:
    register(SharedPlaces())


# The vocabulary hooks belong to the bundled plugins: optionalhook, so that this plugin
# still loads when one of them is disabled (its words then simply have no reader).
@hookimpl(optionalhook=True)
def newskit_register_units(register: Register[Unit]) -> None:
    for u in vocabulary.UNITS:
        register(u)


@hookimpl(optionalhook=True)
def newskit_register_titles(register: Register[Title]) -> None:
    for t in vocabulary.TITLES:
        register(t)


@hookimpl(optionalhook=True)
def newskit_register_speech_cues(register: Register[SpeechCue]) -> None:
    for c in vocabulary.SPEECH_CUES:
        register(c)


@hookimpl(optionalhook=True)
def newskit_register_event_triggers(register: Register[EventTrigger]) -> None:
    for t in vocabulary.TRIGGERS:
        register(t)


@hookimpl(optionalhook=True)
def newskit_register_organisations(register: Register[Organisation]) -> None:
    for o in vocabulary.ORGANISATIONS:
        register(o)


@hookimpl(optionalhook=True)
def newskit_register_named_dates(register: Register[NamedDate]) -> None:
    for d in vocabulary.NAMED_DATES:
        register(d)
