"""A part told after a fronted partitive: ``Of the 40 dead, 26 had been identified by
Monday``, ``Of those rescued, 800 are sleeping in school halls``, ``Of the injured, five are
still in intensive care``.

Why: a sentence that opens with ``Of the ...,`` names a group the story has already counted
and then tells how many of it did something else; the first amount of its main clause is a
part of that group, never a second total of the story's measure. Read as one (``deaths``,
``displaced``), ``26 had been identified`` stood against the ``40`` dead another
outlet gave, and ``800 are sleeping in school halls`` against the ``more than 2,000`` rescued. The
whole inside the phrase (``the 40 dead``) keeps its own role: it is the group's count, often
the very total the outlets compare.

Only the first amount after the phrase's comma is the part (``800 are sleeping in 12 school
halls``: the halls are a count of their own). The words that open such a phrase are
data (``figures.json`` ``fronted_partitives``).

A sentence that opens ``Among the dead were ...`` (``fronted_members``, the verb inverted
after the phrase: ``fronted_member_verbs``) names some members of a group the story counts
(``a couple and their three children``); every count after its verb counts some of those
members, never the group (a sum or a length there, ``who paid 4,000 dinars``, is no count
of members). The label reads a group without them, as it reads it
without a fronted part (:func:`fronted_figure`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.model import Figure, QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_units import dimension

__all__ = ["fronted_figure", "fronted_part"]

#: how many characters the fronted phrase may run before its comma
_PHRASE = 80


@cache
def _fronted() -> regex.Pattern[str]:
    words = alternation(figure_rules()["fronted_partitives"])
    return regex.compile(r"[\s\"“‘'(]*(?:" + words + r")\b[^,;:.!?]{0," + str(_PHRASE) + r"},\s*", regex.I)


def fronted_part(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]) -> bool:
    """Whether amount ``q`` is the first amount of the main clause after a partitive phrase
    that opens its sentence (module docstring)."""
    m = _fronted().match(text, sent[0], q.start)
    if m is None or m.end() > q.start:
        return False
    return not any(m.end() <= o.start < q.start for o in others)


#: at most this many lower-case words of hedge between the phrase's comma and the amount
_HEDGE = regex.compile(r"(?:\p{Ll}+\s+){0,2}")


def fronted_figure(f: Figure) -> bool:
    """Whether a finding's amount follows a fronted partitive that opens its sentence (``Of
    the 40 dead, 31 had been identified``), or is a count after the verb of a fronted ``Among
    the ...`` that names some members of the group (``Among the dead were a family of four``): the label
    reads its group without it, as a part of the whole named there, wherever the join put it
    (``figure_label.group_label``)."""
    if f.evidence is None or f.ref is None:
        return False
    a = f.ref.start - f.evidence.start
    if dimension(f)[0] == "count" and _among_member(f.evidence.text, a):
        return True  # "Among the dead were two brothers": a count of some members, not of the group
    m = _fronted().match(f.evidence.text, 0, a)
    if m is None or m.end() > a:
        return False
    hedge = _HEDGE.match(f.evidence.text, m.end(), a)
    return hedge is not None and hedge.end() == a


@cache
def _members() -> regex.Pattern[str]:
    """A fronted ``Among the ...`` phrase and the verb after it (``Among the dead were ``)."""
    d = figure_rules()
    return regex.compile(r"[\s\"“‘'(]*(?:" + alternation(d["fronted_members"]) + r")\b[^,;:.!?]{0," + str(_PHRASE)
                         + r"}?\b(?:" + alternation(d["fronted_member_verbs"]) + r")\s+", regex.I)


#: a clause break after the members a fronted ``Among the ...`` names
_CLAUSE_BREAK = regex.compile(r"[;:]")


def _among_member(text: str, at: int) -> bool:
    """Whether the amount at ``at`` of a sentence stands after the verb of a fronted ``Among
    the ...`` phrase that opens it, in the clause of the members it names."""
    m = _members().match(text, 0, at)
    return m is not None and m.end() <= at and _CLAUSE_BREAK.search(text, m.end(), at) is None
