"""Place containment for the story: Hualien City lies within Hualien (County) within Taiwan.

Two sources, looked up in order: newskit's own places table (countries, capitals, large
cities, US states, regions; :func:`newskit.actors.place_country`) and a generated table of
towns of at least 15,000 inhabitants with their country (and US state), made from
GeoNames by ``bench/build_places.py`` (``newskit/data/places_within.json``). An
administrative suffix ("Hualien County", "Gyeonggi Province") names the area around
the town of that name, which is enough to tell that two places can be one.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from newskit.actors import place_country
from newskit.datafiles import package_json
from newskit.spelling import WORDS_KEPT

__all__ = ["chain", "country_of", "listed_country", "within"]

_SUFFIX = regex.compile(r"\s+(?:City|County|Province|Prefecture|District|Region|Municipality|Township|"
                        r"Governorate|Oblast|State)$")
_PREFIX = regex.compile(r"^(?:the\s+)?(?:City|County|Province|Prefecture|District|Region|State)\s+of\s+", regex.I)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Town -> its containers, innermost first."""
    out: dict[str, tuple[str, ...]] = {}
    for container, names in package_json("newskit", "places_within.json")["within"].items():
        parts = tuple(container.split("|"))
        for name in names:
            out.setdefault(name, parts)
            bare = _SUFFIX.sub("", name)
            if bare != name:
                out.setdefault(bare, parts)
    return out


def _bare(place: str) -> str:
    return str(_SUFFIX.sub("", _PREFIX.sub("", place.strip())))


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream of stories keeps naming new places
def chain(place: str | None) -> tuple[str, ...]:
    """The place and what contains it, innermost first: ``Hualien City`` -> ``(Hualien City,
    Hualien, Taiwan)``; ``Woodburn`` -> ``(Woodburn, Oregon, United States)``; unknown
    places give just themselves (and their bare name), None gives ``()``."""
    if not place:
        return ()
    bare = _bare(place)
    country = place_country(place) or place_country(bare)
    found: tuple[str, ...] = (country,) if country else _table().get(place) or _table().get(bare) or ()
    return tuple(dict.fromkeys([place, bare, *found]))


def country_of(place: str | None) -> str | None:
    """The country a place lies in (itself for a country), or None when unknown."""
    if not place:
        return None
    bare = _bare(place)
    found = _table().get(place) or _table().get(bare)
    return place_country(place) or place_country(bare) or (found[-1] if found else None)


def listed_country(place: str | None) -> str | None:
    """The country of a place newskit's own places table lists (countries, capitals, large
    cities, states), or None. The generated towns table names many small places after
    mountains, rivers and regions ("Andes" is also a town in Colombia), so a country found
    only there says where the place *may* be, never that two places exclude each other."""
    if not place:
        return None
    return place_country(place) or place_country(_bare(place))


def within(a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` can be one place: equal, one contains the other, or they name one
    area at two levels (``Hualien City`` and ``Hualien County``)."""
    if not a or not b:
        return False
    return a in chain(b) or b in chain(a) or _bare(a) == _bare(b)
