"""Amounts of a lesser event told beside the story's own: an aftershock's magnitude.

Why: a quake story gives the quake's magnitude and, often in the same article, an
aftershock's (``A magnitude 4.8 aftershock hit the coast on Monday``, ``More than 200
aftershocks were recorded, the strongest of magnitude 4.2``). Both are read as the
``magnitude`` measure, so the aftershock's stood against the quake's readings by other
agencies as a rival magnitude. Several aftershocks are several events (the strongest by one
evening, another the next day), so they are no measure the story's outlets dispute: the
amount is dropped. Which event an amount belongs to is the nearest event noun: one right
after it (``a magnitude 4.8 aftershock``, ``the magnitude 6.4 quake``), else the last one
before it in its sentence (``aftershocks had been recorded since the quake, which it
measured at magnitude 6.4``: the quake's). An apposition opened by a superlative after a
lesser event's noun names one of those events, whatever noun closes it (``dozens of
aftershocks, the strongest a magnitude 5.2 tremor``: ``tremor`` is one of the aftershocks,
not the quake). The nouns are data (``figures.json`` ``lesser_events``: for each measure,
the main event's nouns, the lesser events' and the superlatives)."""

from __future__ import annotations

from functools import cache

import regex
from attrs import frozen

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["of_lesser_event"]


@frozen
class _Events:
    """One measure's event nouns: ``noun`` finds either kind, ``lesser`` tells which."""

    noun: regex.Pattern[str]
    lesser: frozenset[str]
    #: a noun right after the amount, at most one word between (``magnitude 4.8 aftershock``)
    after: regex.Pattern[str]
    #: what lies between a lesser event's noun and an amount inside an apposition naming one
    #: of them (``, the strongest a magnitude``, ``, the largest of them at``)
    apposed: regex.Pattern[str]


@cache
def _events() -> dict[str, _Events]:
    out: dict[str, _Events] = {}
    for measure, nouns in figure_rules()["lesser_events"].items():
        every = alternation([*nouns["main"], *nouns["lesser"]])
        out[measure] = _Events(noun=regex.compile(r"\b(?:" + every + r")\b", regex.I),
                               lesser=frozenset(w.lower() for w in nouns["lesser"]),
                               after=regex.compile(r"(?:[-\s]+\p{L}+)?[-\s]+(" + every + r")\b", regex.I),
                               apposed=regex.compile(r",\s+the\s+(?:" + alternation(nouns["superlatives"]) + r")\b[^,.;:()]*",
                                                     regex.I))
    return out


def of_lesser_event(text: str, sent: tuple[int, int], q: QuantityMention, measure: str) -> bool:
    """Whether amount ``q`` of ``measure`` is a lesser event's (module docstring)."""
    events = _events().get(measure)
    if events is None:
        return False
    before = list(events.noun.finditer(text, sent[0], q.start))
    if before and before[-1].group().lower() in events.lesser and \
            events.apposed.fullmatch(text, before[-1].end(), q.start):
        return True  # "dozens of aftershocks, the strongest a magnitude 5.2 tremor": one of the aftershocks
    right = match_ahead(events.after, text, q.end)
    if right is not None:
        return right.group(1).lower() in events.lesser
    return bool(before) and before[-1].group().lower() in events.lesser
