"""Whether an article event names a participant of its own that the central event lacks.

A story's central event gathers the reports of one happening, and a cluster that names a
participant the central event does not ("the attack by unknown gunmen on her office") may
be another happening: ``story/central.py`` keeps it apart. But the events plugin's
participants are the capitalised names near a trigger, and two kinds of them name no
party of their own:

* a place ("the knife attack in Oldenburg", "locusts invaded Sindh"): where the news
  happened, which another outlet leaves out or gives as the event's place;
* another form of a party the central event names: a short form of a body's name
  ("Kelvin" for "Kelvin Athletic", "Rheinberg" for "Rheinberg Chemie"), its initials
  ("UAW" for "United Auto Workers"), a person's name with or without a middle initial
  ("Brian G. Nichols" / "Brian Nichols").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newskit.story._common import name_key
from newskit.story.acronyms import initials_of
from newskit.story.features import Unit, shared_who
from newskit.story.places import country_of, within

__all__ = ["one_party", "own_participant", "party_names"]

_INITIAL = regex.compile(r"^\p{Lu}\.?$")
_CAPS = regex.compile(r"^\p{Lu}{2,8}$")


def party_names(units: Iterable[Unit]) -> frozenset[str]:
    """The participants the article events of ``units`` name, as written."""
    return frozenset(w for u in units for w in u.source.who)


def own_participant(u: Unit, host: Sequence[Unit], host_names: frozenset[str], dated: bool) -> bool:
    """The mention's article event names a participant and none of its participants is one
    of the central event's (``host``; ``host_names``: :func:`party_names` of it), nor, in
    dated news (``dated``), a place or another form of a name the central event gives.
    Undated documents (ECB+ topics, two similar happenings each, no day to tell them
    apart) keep every name a participant."""
    if not u.who or any(shared_who(u, v) for v in host):
        return False
    return not dated or not any(_place(w, u) or any(one_party(w, h) for h in host_names) for w in u.source.who)


def _place(name: str, u: Unit) -> bool:
    """A participant that is a place: the event's own place, or one the places tables
    know; never a person the article names."""
    if name_key(name) in u.persons:
        return False
    return within(name, u.source.where) or within(name, u.source.country) or country_of(name) is not None


def one_party(a: str, b: str) -> bool:
    """Two written names of one party: the same name, one the leading words of the other
    ("Kelvin" / "Kelvin Athletic"), one the initials of the other ("UAW" / "United Auto
    Workers"), or the same words but for middle initials ("Brian G. Nichols")."""
    if name_key(a) == name_key(b):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    if not short or not long:
        return False
    if len(short) < len(long) and long[:len(short)] == short:
        return True
    if len(short) == 1 and _CAPS.match(short[0]) and initials_of(" ".join(long)) == short[0]:
        return True
    return _bare(short) == _bare(long) and len(_bare(short)) > 1


def _bare(words: Sequence[str]) -> list[str]:
    """The name's words but its middle initials."""
    return [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _INITIAL.match(w))]
