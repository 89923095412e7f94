"""A person whose role's owner the text only points at speaks for the body that spoke last.

News introduces a body's voice by a role whose owner it leaves to the reader: ``said its
spokeswoman, Marta Lozano``, ``the group's president, Ana Ruiz, said``, ``..., spokesman
Kristof Janssens said``. The owner is the body whose claim the article reported just
before (``A savers' group, Plataforma ..., accused the central bank ... "...," said its
spokeswoman``): the body spoke, then its voice. The source then names both, ``Marta
Lozano of Plataforma ...``, so a reader sees the person and the party, and either names
the side (``newskit.story.contested`` pairs the body's allegation with its people's).

Read from structure, not a list of bodies:

* ``its``/``their`` and a role in apposition before the person (``their`` not with a
  lawyer: a lawyer's clients are as often people);
* ``the <noun>'s`` and a role, the noun a body's head (``union``, ``group``, ``college``:
  ``newskit.body_names`` and the claims' ``definite_anaphors``; not ``the captain's
  lawyer``);
* a bare representative noun right before the name (``spokesman Kristof Janssens``), no
  body's name before it (``SCA spokesman Hisham Nour`` is read elsewhere).

The owner is the latest claim before the person's first such mention, within
``owned_role_window`` characters (``cues.json``), whose source is a body; for ``the
<noun>'s``, the latest whose name holds the noun or that the text describes by it (or any
company for a corporate noun: ``the company's director``); for
``its``, none when that body is a plural (``its`` agrees with no ``Auditors``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit import PersonMention
from newskit.body_names import is_body_head
from newskit.kinds import names_no_company
from newskit.text import ends_as_plural, match_ahead
from newskit.vocabulary import per_vocabulary
from newskit_claims.affiliation import is_role
from newskit_claims.candidate import Candidate
from newskit_claims.cues import alternation, anaphors, cue_data

__all__ = ["resolve_owned_roles"]

#: a body pointed at by a pronoun or a definite head noun, then a role, in apposition
_OWNED = regex.compile(r"(?<![\p{L}'’-])(?:(?P<pron>[Ii]ts|[Tt]heir)|[Tt]he\s+(?P<noun>\p{Ll}{3,})['’]s)\s+"
                       r"(?P<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$")

#: a noun phrase and a comma right before an owned role: the role is that phrase's
_APPOSED_TO = regex.compile(r"(?<![\p{L}'’-])(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,\s+$")


@per_vocabulary
def _bare_representative() -> regex.Pattern[str]:
    """A representative noun right before a name, opening its clause or after a lower-case
    word (``, spokesman``, ``Spokeswoman``, ``said spokesperson``), not after a name."""
    reps = alternation(cue_data()["representatives"])
    return regex.compile(r"(?:^|(?<=[,;:.!?\"“”(]\s*)|(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}-]*\s))"
                         r"(?i:" + reps + r")\s+$")


@cache
def _legal() -> frozenset[str]:
    return frozenset(cue_data()["legal_representatives"])


def _owned_role(text: str, pm: PersonMention) -> tuple[str, str | None] | None:
    """('pronoun' | 'noun' | 'bare', the head noun of ``the <noun>'s``) when the mention
    is introduced by a role whose owner the text only points at; else None."""
    lo = max(0, pm.start - 80)
    m = _OWNED.search(text, lo, pm.start)
    if m is not None and _APPOSED_TO.search(text, max(0, m.start() - 60), m.start()) is not None:
        return None  # "names the club, its president, X": the noun phrase right before owns the role
    if m is not None and is_role(m.group("role").split(" of ")[0]):  # "director of operations"
        if m.group("pron") is not None:
            their = m.group("pron").lower() == "their"
            return None if their and m.group("role").split()[-1] in _legal() else ("pronoun", None)
        noun = m.group("noun")
        return ("noun", noun) if is_body_head(noun) or noun in anaphors() else None
    bare = _bare_representative().search(text, lo, pm.start)
    if bare is not None:
        head = _HEAD_BEFORE.search(text, max(0, bare.start() - 30), bare.start())
        if head is not None and (is_body_head(head.group(1)) or head.group(1) in anaphors()):
            return ("noun", head.group(1))  # "party spokesman Cornelius Banda": the party's, not the last body's
        return ("bare", None)
    return None


#: the lower-case word right before a bare representative noun (``party`` of ``party
#: spokesman``): a body's head there says whose voice it is
_HEAD_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}{3,})\s+$")


#: a description in apposition to a name, before it (``A savers' group, ``, ``The riders'
#: group ``) or after it (``, a riders' association,``): its head says what the name is
_DESCRIBED_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}?(?P<head>\p{Ll}+),?\s+$")
_DESCRIBED_AFTER = regex.compile(r",\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?P<head>\p{Ll}+)(?=[,.;])")
#: the first third-person pronoun after a name: ``it``/``its`` for a body, ``he``/``she`` for a person
_PRONOUN = regex.compile(r"(?<![\p{L}'’-])(?P<it>it|its)(?![\p{L}'’-])|(?<![\p{L}'’-])(?:he|she|his|her|him)(?![\p{L}'’-])",
                         regex.I)


def _named_as_body(text: str, mentions: Sequence[PersonMention]) -> bool:
    """Whether a name the persons reader took for a person's is a body's: no role is
    attached to it, and a description with a body's head stands in apposition to it
    (``A savers' group, Plataforma ...,``) or, with no ``he``/``she`` after any of its
    mentions, an ``it``/``its`` after one (``Sierra Valley Electric denied ... and said
    its equipment``)."""
    if any(m.title for m in mentions):
        return False
    pronouns = set()
    for m in mentions:
        before = _DESCRIBED_BEFORE.search(text, max(0, m.start - 60), m.start)
        after = match_ahead(_DESCRIBED_AFTER, text, m.end)
        if any(d is not None and is_body_head(d.group("head")) for d in (before, after)):
            return True
        pronoun = _PRONOUN.search(text, m.end, m.end + 150)
        if pronoun is not None:
            pronouns.add(pronoun.group("it") is not None)
    return pronouns == {True}


def _is_body(c: Candidate, text: str, persons: Sequence[PersonMention]) -> bool:
    """Whether a claim's source is a body (a name the persons reader took for a person's
    when the text says otherwise: :func:`_named_as_body`)."""
    if not c.source or c.source_type in ("unnamed", "outlet"):
        return False
    if c.source_type != "person":
        return True
    return " of " not in c.source and _named_as_body(text, [p for p in persons if p.entity == c.source])


def _owner(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention], pos: int,
           role: tuple[str, str | None], accusers: frozenset[int] = frozenset()) -> str | None:
    """The body that spoke last before ``pos`` (within ``owned_role_window``): for a head
    noun, the latest whose name holds it or that the text describes by it (``The group,
    Pasajeros Unidos,``); for ``its``, one that is no plural (``Auditors accused Marlo Foods
    ... Its chief executive`` is not the auditors'); none of the claims in ``accusers`` (a
    person who denies is no voice of the body that made the charge: ``Activists accused the
    minister ... Spokesman Ivo Marek called the accusations false``)."""
    window = int(cue_data()["owned_role_window"])
    before = [c for c in cands if c.start < pos and pos - c.start <= window and id(c) not in accusers
              and _is_body(c, text, persons)]
    kind, noun = role
    if noun is not None:
        before = [c for c in before if _named_by(text, c.source or "", noun)]
    last = max(before, key=lambda c: c.start, default=None)
    if last is None or (kind == "pronoun" and _plural(last.source or "")):
        return None
    return last.source


def _named_by(text: str, name: str, noun: str) -> bool:
    """Whether ``the <noun>`` may stand for ``name``: a name holding the noun, one the text
    describes by it, or for a corporate noun (``the company``, ``the group``: ``cues.json``
    ``definite_anaphors``) any name of no public body, party or union."""
    words = [w.lower().rstrip("'’") for w in name.split()]
    if noun in words or _described_as(text, name, noun):
        return True
    return anaphors().get(noun) == "corporate" and not any(names_no_company(w) for w in words)


def _described_as(text: str, name: str, noun: str) -> bool:
    """Whether the text describes ``name`` by ``noun`` in apposition (``The group,
    Pasajeros Unidos,``, ``Pasajeros Unidos, a riders' group,``)."""
    for m in regex.finditer(regex.escape(name), text):
        for d in (_DESCRIBED_BEFORE.search(text, max(0, m.start() - 60), m.start()), match_ahead(_DESCRIBED_AFTER, text, m.end())):
            if d is not None and d.group("head") in (noun, noun + "s"):
                return True
    return False


def _plural(source: str) -> bool:
    """A source that names people in the plural (``Auditors``, ``Angry tenants``): a plural
    noun ending it, alone or lower-case."""
    words = source.split()
    return bool(words) and ends_as_plural(words[-1]) and (len(words) == 1 or words[-1].islower())


def resolve_owned_roles(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention],
                        stances: dict[int, str]) -> None:
    """Each person still named alone whose first owned-role mention points at a body:
    ``Name of Body`` in every claim of theirs (module docstring); a person who denies is
    owned by no body whose claim alleges."""
    alone = {c.source for c in cands if c.source_type == "person" and c.source and
             " of " not in c.source and " for " not in c.source}
    if not alone:
        return
    denying = {c.source for c in cands if stances.get(id(c)) == "denies"}
    accusers = frozenset(id(c) for c in cands if stances.get(id(c)) == "alleges")
    owners: dict[str, str] = {}
    for pm in sorted(persons, key=lambda p: p.start):
        if pm.entity is None or pm.entity not in alone or pm.entity in owners or pm.author:
            continue
        role = _owned_role(text, pm)
        skip = accusers if pm.entity in denying else frozenset()
        owner = _owner(text, cands, persons, pm.start, role, skip) if role is not None else None
        if owner is not None and owner != pm.entity:
            owners[pm.entity] = owner
    for c in cands:
        if c.source_type == "person" and c.source in owners:
            c.source = f"{c.source} of {owners[c.source]}"
