"""Example third-party newskit plugin: country and capital mentions.

It uses only newskit's public API, exactly as any plugin distribution would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import ClassVar

import regex
from attrs import frozen

from newskit import Article, Extractor, Mention, Register, hookimpl

__all__ = ["PlaceMention", "PlacesExtractor"]


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
