"""A count of what happens in an ordinary period: ``Avalanches kill about 20 people in an
average winter``, ``Some 2,000 reindeer are killed by trains in a typical year``.

Why: such a count tells how many a kind of happening takes over many of them, the yardstick
a story sets its own event against; it is no reading of the event's count. Read as the
story's ``deaths``, the average winter's 20 stood against another outlet's ``21 people have
died since November`` as one toll told two ways, and the typical year's 2,000 reindeer
against the train's 106. The rate words right after an amount (``figure_measure.rate_of``:
``9,200 vehicles daily``) reach five words; a period named ordinary (``in a typical year``,
``in an average winter``) says the same of any amount of its clause, wherever the phrase
stands in it (``In an average year, around 1,200 cases are notified``). The amount then
measures per that period, its own measure. A clause of another count (``; this winter 31
have died``, ``compared with``, ``but``) ends the reach. The words are data
(``figures.json`` ``habitual_periods``)."""

from __future__ import annotations

from functools import cache

import regex
from attrs import frozen

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["habitual_period"]


@frozen
class _Habitual:
    """The phrase of an ordinary period (its period word as group 1) and the clause breaks
    that end its reach."""

    phrase: regex.Pattern[str]
    clause_break: regex.Pattern[str]


@cache
def _habitual() -> _Habitual:
    data = figure_rules()["habitual_periods"]
    return _Habitual(
        phrase=regex.compile(r"\b(?:" + alternation(data["openers"]) + r")\s+(" + alternation(data["periods"]) + r")\b",
                             regex.I),
        clause_break=regex.compile(r"[;:—–]|\b(?:" + alternation(data["clause_breaks"]) + r")\b", regex.I))


def habitual_period(text: str, sent: tuple[int, int], q: QuantityMention) -> str | None:
    """The ordinary period (``year``, ``winter``) amount ``q`` counts over, when its clause
    names one (module docstring); else None."""
    data = _habitual()
    for m in data.phrase.finditer(text, sent[0], sent[1]):
        lo, hi = (m.end(), q.start) if m.end() <= q.start else (q.end, m.start())
        if lo <= hi and data.clause_break.search(text, lo, hi) is None:
            return str(m.group(1)).lower()
    return None
