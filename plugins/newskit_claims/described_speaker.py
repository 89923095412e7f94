"""The speaker of a description is its head, not a name inside it.

The quotes plugin reads a reported clause's speaker as the name nearest its cue. When that
name sits inside a description of the speaker, the speaker is the description's head; when
it is a role with the person's name in apposition after it (``its vice-president, Carlos
Anchorena Paz, said``), the person (:func:`apposed_person`):

* a name opening the clause, then an aside that holds the name read (``Rahmat Hidayat, a
  member of the House of Representatives' defence commission, alleged``): the name before
  the aside speaks;
* an indefinite description opening the clause whose head a participle or a preposition
  qualifies, the name read the object of a preposition in it (``A lawyer representing 40 savers in a Liège bank has accused``, ``A
  pharmacist employed by a Mombasa clinic``): an unnamed ``lawyer`` speaks, never the
  place or body inside the phrase.
"""

from __future__ import annotations

import regex

from newskit.actors import ActorIndex
from newskit.text import match_ahead
from newskit_claims.lexical import FUNCTION_WORDS
from newskit_claims.subjects import Subject, aside_before

__all__ = ["apposed_person", "described_speaker"]

#: a name (capitalised words) opening the clause, right before an aside
_NAME = regex.compile(r"\s*(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})")
#: an indefinite description whose head noun a participle or a preposition qualifies
_HEADED = regex.compile(r"(?:A|An|a|an)\s+(?P<head>\p{Ll}{3,})\s+(?:\p{Ll}{3,}(?:ing|ed)|at|in|from|with|near|who)(?![\p{L}])")


#: a preposition (and a determiner) right before a name: the name is its object
_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|at|from|by|with|near|of|for|on)\s+(?:(?:a|an|the)\s+)?$")


def _after_preposition(text: str, speaker: str, lo: int, hi: int) -> bool:
    """Whether ``speaker`` is named between ``lo`` and ``hi`` as a preposition's object
    (``in a Liège bank``), not as the description's own name (``A group calling itself
    Eastgate Tenants Action``)."""
    at = text.find(speaker, lo, hi)
    return at >= 0 and _PREPOSITION_BEFORE.search(text, max(0, at - 20), at) is not None


#: what lies between a role read as the speaker and a person's name in apposition to it
#: (the rest of the role maybe: ``director`` ``of operations, ``)
_APPOSITION = regex.compile(r"(?:\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?,\s+")
#: what may follow that name: the apposition's closing comma or the cue
_APPOSITION_END = regex.compile(r"\s*,|\s+(?=\p{Ll})")


def apposed_person(text: str, sref: tuple[int, int], actors: ActorIndex) -> Subject | None:
    """The person named in apposition right after a role read as the speaker (``its
    vice-president, Carlos Anchorena Paz, said``, ``the group's director of operations,
    Olivia Swaak, said``): the person speaks, the role only says what they are."""
    gap = match_ahead(_APPOSITION, text, sref[1])
    if gap is None:
        return None
    person = next((a for a in actors.between(gap.end(), gap.end() + 80) if a.start == gap.end() and a.kind == "person"),
                  None)
    if person is None or match_ahead(_APPOSITION_END, text, person.end) is None:
        return None
    return person.name, "person", (person.start, person.end)


def described_speaker(text: str, lo: int, speaker: str, sref: tuple[int, int], cue_start: int,
                      actors: ActorIndex) -> Subject | None:
    """The description's head when the speaker read lies inside a description of who
    speaks (module docstring); None when it does not."""
    aside = aside_before(text, lo, cue_start)
    if aside is not None and aside[0] <= sref[0] and sref[1] <= aside[1]:
        m = _NAME.fullmatch(text, lo, aside[0])
        if m is not None and m.group("name").split()[0].lower() not in FUNCTION_WORDS:
            s, e = m.span("name")
            person = any(a.kind == "person" and a.start == s for a in actors.between(s, e))
            return m.group("name"), "person" if person else "organisation", (s, e)
    start = min(sref[0], lo + len(text[lo:sref[0]]) - len(text[lo:sref[0]].lstrip()))
    head = match_ahead(_HEADED, text, start)
    if head is not None and head.end("head") < sref[1] and sref[1] <= cue_start and \
            _after_preposition(text, speaker, head.end(), cue_start):
        return f"unnamed {head.group('head')}", "group", (head.start("head"), head.end("head"))
    return None
