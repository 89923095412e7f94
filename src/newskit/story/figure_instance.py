"""Amounts of an earlier or like instance of what the story tells: ``a similar disaster at
a hospital in the capital killed more than 80``, ``the previous record of 190 kilograms``,
``The previous rise, in 2024, took petrol from 595 to 650 francs``.

Why: news sets its event beside the last one of its kind, and the amounts of that one are
background, not readings of the story's own count. Read as the story's, the earlier
disaster's dead stood against this one's as a rival toll, the old record against the new
lift. A date in the clause already marks such an amount (``figures``' era: ``In 2019 a
quake killed 2,400``); this reads the instance when no date is told, by the noun phrase
that names it: an adjective of an earlier or like instance (``figures.json``
``instance_adjectives``: previous, earlier, similar, prior) after ``the``, ``a`` or a
possessive, heading the amount's clause before the amount with no clause break between
(a comma only around a dated aside: ``The previous rise, in 2024, took``), or followed by
``of`` and the amount (``broke the previous mark of 190 kilograms``). Such an amount, told
with no date, is left out: an undated instance cannot be told apart from others of its kind.
A dated one keeps its era and is compared only with the same background.

An event told at a distance of months or more from the story's is another instance too:
an amount in the clause that a span and ``after`` or ``before`` open (``The disaster came
three years after 36 people died``, ``17 months after a cluster of 28 overdoses``;
``instance_spans``), with no clause break between.

Not an instance: a phrase naming a reading of a count (``an earlier estimate``, ``the
previous figure``: a revision of the story's own count) or a time (``the previous day``,
``an earlier session``: when, not what; ``instance_not_heads``)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.story.figure_data import alternation, figure_rules

__all__ = ["of_earlier_instance"]

#: how far before an amount the phrase naming another instance may stand
_REACH = 160
#: how far after its clause's opening the phrase may stand (a time or place phrase between)
_OPENING_REACH = 60


@cache
def _instance_rx() -> Any:
    """``the previous longest speech``, ``a similar heist``: a determiner, an adjective of
    another instance and the one to three words that follow it."""
    d = figure_rules()
    return regex.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:" + alternation(d["instance_adjectives"]) + r")\s+"
                         r"(?P<words>[\p{L}'’-]+(?:\s+[\p{Ll}'’-]+){0,2})", regex.I)


@cache
def _not_heads() -> frozenset[str]:
    return frozenset(figure_rules()["instance_not_heads"])


#: ", in 2024,", ", on Friday,": a dated or placed aside set off by commas
_ASIDE = regex.compile(r",\s+(?:in|on|at|during|from|over)\s+[^,;:()]{1,40},", regex.I)
#: what ends a clause between the phrase and the amount
_BREAK = regex.compile(r"[,;:()\u2014\u2013]|\b(?:and|but|or|while|whereas|which|who|whom|that|when|because|after|"
                       r"before|said|says)\b", regex.I)
#: the phrase opens its clause, so it is the clause's subject: the sentence's start, a
#: clause break or a subordinator before it, and at most a time or place phrase between
#: (``In 2018 a similar release``, ``Weeks earlier a similar collapse``, ``months after a
#: similar disaster``)
_OPENS = regex.compile(r"(?:^|[,;:]|\b(?:when|after|since|before|as|while|because|where|until)\b)\s*"
                       r"(?:(?:(?:in|on|at|during|by)\s+[\p{L}\p{N}’' -]{1,30}?|(?:\p{L}+\s+){1,2}(?:earlier|ago|before))"
                       r",?\s+)?$", regex.I)
#: the amount is the phrase's own: ``the previous record of 190 kilograms``
_OF = regex.compile(r"(?:[\p{L}'’-]+\s+){1,3}?of\s+(?:\p{Ll}+\s+){0,2}")


@cache
def _span_rx() -> Any:
    """``three years after``, ``17 months before``: a span of months or more opening a
    clause of another event (``instance_spans``); not a duration of the main verb (``halted
    production for a month after a leak``)."""
    d = figure_rules()["instance_spans"]
    return regex.compile(r"(?<![\p{L}\p{N}])(?<!\bfor\s+)(?:\p{N}+|" + alternation(d["counts"]) + r")\s+(?:" + alternation(d["units"])
                         + r")\s+(?:" + alternation(d["links"]) + r")\s+", regex.I)


def _last_match(rx: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match of ``rx`` in ``text[lo:hi]`` (the phrase nearest before an amount)."""
    last = None
    for m in rx.finditer(text, lo, hi):
        last = m
    return last


def _in_dated_clause(text: str, lo: int, start: int) -> bool:
    """Whether the amount at ``start`` lies in a clause opened by a span of months or more
    and ``after``/``before`` (``three years after 36 people died``), no break between."""
    m = _last_match(_span_rx(), text, lo, start)
    return m is not None and _BREAK.search(text, m.end(), start) is None


def of_earlier_instance(text: str, sent_start: int, start: int) -> bool:
    """Whether the amount at ``start`` of ``text`` is an earlier or like instance's (module
    docstring): in a clause a span opens (:func:`_in_dated_clause`), or after the last such
    phrase before it in its sentence, not a reading or a time,
    either the subject of the amount's clause with no clause break between or the noun
    phrase the amount follows after ``of``."""
    lo = max(sent_start, start - _REACH)
    if _in_dated_clause(text, lo, start):
        return True
    m = _last_match(_instance_rx(), text, lo, start)
    if m is None:
        return False
    words = m.group("words").split()
    if any(w.lower().strip("'’") in _not_heads() for w in words):
        return False
    if _OF.fullmatch(text, m.start("words"), start):
        return True
    between = _ASIDE.sub(" ", text[m.end():start])
    if _BREAK.search(between) is not None:
        return False
    opening = m.start() - sent_start <= _OPENING_REACH
    return _OPENS.search(text[sent_start if opening else m.start() - _OPENING_REACH:m.start()]) is not None
