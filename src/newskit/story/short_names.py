"""A body's short name and its full name are one source: ``Harbor Point Research, a short
seller, said`` in one sentence, ``Harbor Point said it had bet against the stock`` in the
next, ``Pagora has dismissed Harbor Point's claims`` in another outlet. News shortens a name
once it has given it whole; a pair or a corroboration counted by name must not see two
sources there.

A source name is the short form of another when the other starts with it and goes on only
in words of a firm's trade or legal form (``Harbor Point`` / ``Harbor Point Research``,
``Velantis`` / ``Velantis Therapeutics``; ``story.json`` ``name_suffixes``), never in a name
of its own (``Northbridge`` / ``Northbridge Supporters' Trust`` are a club and its fans) or
a coordination (``United States and allies``), and it is the short form of exactly one name
of the story.
Persons are left to the persons plugin's own linking (their entity names).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs

from newskit.model import Claim
from newskit.story._common import story_data

__all__ = ["full_source_names"]


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.casefold() for w in story_data()["name_suffixes"])


def _longer(short: str, names: set[str]) -> set[str]:
    return {n for n in names if n != short and n.startswith(short + " ")
            and all(w.casefold() in _suffixes() for w in n[len(short) + 1:].split())}


def full_source_names(claims: Sequence[Claim]) -> list[Claim]:
    """The claims with each short source name replaced by the one full name of the story
    it shortens (a person's name is left as it is)."""
    names = {c.source for c in claims if c.source and c.source_type != "person"}
    full = {n: next(iter(longer)) for n in names if len(longer := _longer(n, names)) == 1}
    if not full:
        return list(claims)
    return [attrs.evolve(c, source=full[c.source]) if c.source in full and c.source_type != "person" else c
            for c in claims]
