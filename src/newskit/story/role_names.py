"""A source named by a role is the one person the story gives that title.

One outlet writes ``North Macedonia's interior minister said on Sunday that ...`` and the
next sentence, or another outlet, ``Interior Minister Goran Petrovski told reporters``; a
lead says ``Bolivia's deputy health minister denied ...`` and another article ``Deputy
Health Minister Carla Rojas``. The claims reader names the first source by its role
(``interior minister of North Macedonia``); a pair counted by name must see the minister.

The story's own titles decide: the source is a role in lower case (after a determiner,
before ``of`` and whose it is), and exactly one person of the story carries that role as
their title (the persons reader's ``title``, case aside). The source becomes the name the
story's claims give that person (``Carla Rojas of Bolivia``), else the person's name and
the role's owner when a name (``Goran Petrovski of North Macedonia``; not ``of the city``),
else the name.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newskit import grammar
from newskit.model import Analysis, Claim, PersonMention
from newskit.story._common import name_key

__all__ = ["name_role_sources"]


def _titles(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Each title (lower case) the persons reader gave exactly one person of the story ->
    that person's name."""
    seen: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            if isinstance(m, PersonMention) and m.title and (m.entity or m.text):
                seen.setdefault(" ".join(m.title.lower().split()), set()).add(m.entity or m.text)
    return {t: next(iter(names)) for t, names in seen.items() if len(names) == 1}


def _role(source: str) -> tuple[str, str]:
    """(the role, whose it is) of a source named by a role in lower case (``interior
    minister of North Macedonia``: ``interior minister``, ``North Macedonia``), or by one
    capitalised word, as a headline names its source (``Lawyer: ...``: ``lawyer``); ("", "")
    for any other source."""
    role, _, owner = source.partition(" of ")
    words = [w for w in role.split() if w.lower() not in grammar.DETERMINERS]
    if len(words) == 1 and not owner and words[0][:1].isupper() and words[0][1:].islower() and words[0].isalpha():
        return words[0].lower(), ""  # a headline's "Lawyer: Lindsay Lohan checks into rehab"
    if not words or not all(w.islower() and w.replace("-", "").isalpha() for w in words):
        return "", ""
    return " ".join(words), owner


def _spoken_names(claims: Sequence[Claim]) -> dict[str, str]:
    """Each person's name key -> the ``X of`` form the story's claims give them, when one."""
    out: dict[str, str] = {}
    for c in claims:
        person, of, _ = (c.source or "").partition(" of ")
        if of and c.source_type == "person":
            out.setdefault(name_key(person), c.source or "")
    return out


def name_role_sources(claims: Sequence[Claim], analyses: Sequence[Analysis]) -> list[Claim]:
    """The claims whose source is a role named by the one person of the story who holds
    that title (module docstring)."""
    titles = _titles(analyses)
    if not titles:
        return list(claims)
    spoken = _spoken_names(claims)
    out = []
    for c in claims:
        role, owner = _role(c.source or "")
        person = titles.get(role) if role and c.source_type != "person" else None
        if person is not None:
            name = spoken.get(name_key(person)) or (f"{person} of {owner}" if owner[:1].isupper() else person)
            c = attrs.evolve(c, source=name, source_type="person")
        out.append(c)
    return out
