"""A part told after a fronted partitive: ``Of the 40 dead, 26 had been identified by
Monday``, ``Of those rescued, 800 are sleeping in school halls``, ``Of the injured, five are
still in intensive care``, or after one fronted by inversion: ``Among the dead were two
brothers``, ``Among them was a family of four``.

Why: a sentence that opens with ``Of the ...,`` names a group the story has already counted
and then tells how many of it did something else; the first amount of its main clause is a
part of that group, never a second total of the story's measure. Read as one (``deaths``,
``displaced``), ``26 had been identified`` stood against the ``40`` dead another
outlet gave, and ``800 are sleeping in school halls`` against the ``more than 2,000`` rescued. The
whole inside the phrase (``the 40 dead``) keeps its own role: it is the group's count, often
the very total the outlets compare.

Only the first amount after the phrase's comma is the part (``800 are sleeping in 12 school
halls``: the halls are a count of their own). The inverted phrase puts its subject after a
copula (``Among the dead were two brothers, aged 8 and 12``): the subject's amount, at most a
few words after the copula, is the part; read as a toll, ``two`` stood against the ``at least
6`` dead the outlets compare. For the label, every count after the copula in the clause
of the members it names counts some of them (``Among the dead were a couple and their three
children``), never the group: the label reads a group without them, as it reads it without
a fronted part (:func:`fronted_figure`; a sum or a length there, ``who paid 4,000 dinars``,
is no count of members). The words that open such phrases are data (``figures.json``
``fronted_partitives``, ``fronted_inverted``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.model import Figure, QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_units import dimension

__all__ = ["fronted_figure", "fronted_part", "fronted_phrase", "inverted_part"]

#: how many characters the fronted phrase may run before its comma (or its copula)
_PHRASE = 80

#: at most this many lower-case words between an inverted phrase's copula and its amount
#: (``were a family of four``, ``was at least``)
_SUBJECT_WORDS = 3


@cache
def _fronted() -> regex.Pattern[str]:
    words = alternation(figure_rules()["fronted_partitives"])
    return regex.compile(r"[\s\"“‘'(]*(?:" + words + r")\b[^,;:.!?]{0," + str(_PHRASE) + r"},\s*", regex.I)


def _inverted_phrase() -> str:
    """``Among the dead were ``: an opening, a determiner, the group and a copula."""
    data = figure_rules()["fronted_inverted"]
    return (r"[\s\"“‘'(]*(?:" + alternation(data["openings"]) + r")\s+(?:" + alternation(data["determiners"]) +
            r")\b[^,;:.!?]{0," + str(_PHRASE) + r"}?\s(?:" + alternation(data["copulas"]) + r")\s+")


@cache
def _inverted() -> regex.Pattern[str]:
    """``Among the dead were (a family of) ``, up to the amount of the inverted subject."""
    return regex.compile(_inverted_phrase() + r"(?:\p{Ll}+\s+){0," + str(_SUBJECT_WORDS) + "}", regex.I)


@cache
def _members() -> regex.Pattern[str]:
    """``Among the dead were ``, up to the members it names."""
    return regex.compile(_inverted_phrase(), regex.I)


#: a clause break after the members a fronted ``Among the ...`` names
_CLAUSE_BREAK = regex.compile(r"[;:]")


def inverted_part(text: str, start: int, at: int) -> bool:
    """Whether the amount at ``at`` is the subject of a partitive phrase fronted by
    inversion that opens the sentence at ``start`` (``Among the dead were two brothers``)."""
    return _inverted().fullmatch(text, start, at) is not None


def _among_member(text: str, at: int) -> bool:
    """Whether the amount at ``at`` of a sentence stands after the copula of a fronted
    ``Among the ...`` phrase that opens it, in the clause of the members it names."""
    m = _members().match(text, 0, at)
    return m is not None and m.end() <= at and _CLAUSE_BREAK.search(text, m.end(), at) is None


def fronted_part(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]) -> bool:
    """Whether amount ``q`` is the first amount of the main clause after a partitive phrase
    that opens its sentence, or the subject of one fronted by inversion (module docstring)."""
    if inverted_part(text, sent[0], q.start):
        return True
    m = _fronted().match(text, sent[0], q.start)
    if m is None or m.end() > q.start:
        return False
    return not any(m.end() <= o.start < q.start for o in others)


#: at most this many lower-case words of hedge between the phrase's comma and the amount
_HEDGE = regex.compile(r"(?:\p{Ll}+\s+){0,2}")


def fronted_figure(f: Figure) -> bool:
    """Whether a finding's amount follows a fronted partitive that opens its sentence (``Of
    the 40 dead, 31 had been identified``), or is a count after the copula of a fronted
    ``Among the ...`` that names some members of the group (``Among the dead were a family of
    four``): the label reads its group without it, as a part of the whole named there,
    wherever the join put it (``figure_label.group_label``)."""
    if f.evidence is None or f.ref is None:
        return False
    a = f.ref.start - f.evidence.start
    if inverted_part(f.evidence.text, 0, a) or (dimension(f)[0] == "count" and _among_member(f.evidence.text, a)):
        return True  # "Among the dead were two brothers": a count of some members, not of the group
    return fronted_phrase(f) is not None


def fronted_phrase(f: Figure) -> tuple[int, int] | None:
    """The story offsets of the fronted partitive phrase (``Of the 40 dead, ``) whose part is
    ``f``, the first amount after its comma (a hedge between), or None."""
    if f.evidence is None or f.ref is None:
        return None
    a = f.ref.start - f.evidence.start
    m = _fronted().match(f.evidence.text, 0, a)
    if m is None or m.end() > a:
        return None
    hedge = _HEDGE.match(f.evidence.text, m.end(), a)
    if hedge is None or hedge.end() != a:
        return None
    return f.evidence.start + m.start(), f.evidence.start + m.end()
