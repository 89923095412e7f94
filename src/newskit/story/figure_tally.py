"""A vote's tally as one amount: ``voted 17-8``, ``passed the measure 18 to 7``, ``backed
the bill by 312 votes to 248``, ``a 61-39 vote``.

Why: outlets report one vote with two numbers that a reader compares as one figure; two
outlets giving ``17-8`` and ``18 to 7`` disagree on the result. The quantities plugin reads
``17-8`` as nothing and ``18 to 7`` as two loose counts, so neither outlet's tally met the
other's. A tally is two numbers joined by a hyphen, a dash or ``to`` (``votes to``), next to
a word of voting in its clause (``voted``, ``passed``, ``approved``, ``a ... vote``:
``tally_cues``, a closed class in ``figures.json``); the same shape beside no such word
(``won 3-1``, ``from 18 to 7``) is no tally. Its value is the votes for; the measure is
``vote tally``, a fixed result: two sources that differ conflict."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["TALLY", "read_tallies"]

#: the measure of a vote's tally
TALLY = "vote tally"
#: how far before a tally its clause's word of voting may stand (``voted on Wednesday``)
_CUE_BACK = 60
#: two counts of votes: ``17-8``, ``18 to 7``, ``312 votes to 248``; not a year span
#: (``2025-26``) nor part of a longer number or a score line's decimals
_SHAPE = regex.compile(r"(?<![\p{L}\p{N}.,/-])(?P<yes>\d{1,3})(?:\s*[-–]\s*|\s+(?:votes?\s+)?to\s+)(?P<no>\d{1,3})"
                       r"(?!\p{N}|%|[.,]\d|[\p{L}-]|\s*(?:%|per\s*cent|percent))", regex.I)
#: what ends a clause between a cue and the tally
_BREAK = regex.compile(r"[.;:!?]|,\s")
#: ``from 18 to 7``: a change or a range, never a tally
_FROM = regex.compile(r"\bfrom\s+$", regex.I)


@cache
def _cue_before() -> regex.Pattern[str]:
    words = alternation(figure_rules()["tally_cues"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + words + r")(?![\p{L}\p{N}])", regex.I)


@cache
def _vote_after() -> regex.Pattern[str]:
    return regex.compile(r"\s*(?:votes?|vote\s+in\s+favou?r)\b", regex.I)


@cache
def _word_after() -> regex.Pattern[str]:
    """A word right after a tally that lets it end there (``17-8 on Wednesday``, ``a 61-39
    vote``); any other (``2-3 weeks``, ``4-5 metres``) makes the numbers a range of its own."""
    words = alternation(figure_rules()["tally_after"])
    return regex.compile(r"\s*(?:[^\s\p{L}]|$|(?:" + words + r")(?![\p{L}\p{N}]))", regex.I)


def _cued(text: str, m: regex.Match[str]) -> bool:
    """Whether a word of voting stands in the tally's clause before it, or ``vote`` right
    after it (``a 61-39 vote``), and the tally ends where its words do."""
    if _FROM.search(text, max(0, m.start() - 6), m.start()) or not match_ahead(_word_after(), text, m.end()):
        return False
    if match_ahead(_vote_after(), text, m.end()):
        return True
    back = text[max(0, m.start() - _CUE_BACK):m.start()]
    breaks = list(_BREAK.finditer(back))
    clause = back[breaks[-1].end():] if breaks else back
    return _cue_before().search(clause) is not None


def read_tallies(text: str, qs: Sequence[QuantityMention]) -> tuple[list[QuantityMention], set[int]]:
    """``qs`` with each vote's tally as one amount (module docstring) in place of the
    counts the plugin read inside it, and the ids of the tallies."""
    tallies = [QuantityMention(start=m.start(), end=m.end(), text=m.group(), value=int(m.group("yes")), unit=None)
               for m in _SHAPE.finditer(text) if _cued(text, m)]
    if not tallies:
        return list(qs), set()
    kept = [q for q in qs if not any(t.start < q.end and q.start < t.end for t in tallies)]
    return sorted([*kept, *tallies], key=lambda q: q.start), {id(t) for t in tallies}
