"""Whether two outlets' amounts, stated hours apart, count one past moment: the amounts of
a finished event told the same day (``At least six vehicles fell``, ``injuring 17``) are
two counts of the event, so their difference is a conflict, not an update; an amount told
as the state of a count when it was stated (``are still missing``, ``were being treated``)
may have moved on in those hours.

Which counts are a finished event's: a count of what happened or one that moves either way
(``figure_label._over_time``: ``happened``, ``any``), told without a present, perfect or
progressive; and the people hurt at an event (``figures.json`` ``event_harm``: injured, taken
to hospital), told without a present or progressive: people are hurt when the event
happens, so ``said 27 had been injured`` is the event's count said later. Deaths are none of
these: the injured die in the following hours, and a toll rises by them. The day an amount was
told is the one its clause names (``On Friday night, officials had spoken of at least 9``:
``figure_told``), else its stamp's: a count an article retells from the day before is that
day's reading, not a rival of the counts given on the day it is stamped with."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_marks import marks_change, snapshot
from newskit.story.figure_told import given_on, held_on
from newskit.story.figure_units import base_value

__all__ = ["is_current", "one_moment"]

#: the words of a count told as a state: present, perfect, progressive ("were living")
_PRESENT = regex.compile(r"\b(?:has|have|had|is|are|remain|remains|remained|still|being|(?:was|were)\s+\p{Ll}+ing)\b",
                         regex.I)
#: the same less the past perfect: "said 27 had been injured" is the event's count
_NOW = regex.compile(r"\b(?:has|have|is|are|remain|remains|remained|still|being|(?:was|were)\s+\p{Ll}+ing)\b", regex.I)
_WHEN = regex.compile(r"\bwhen\b", regex.I)
#: a count told as it stood at a time: a snapshot of a count in progress
_AS_OF = regex.compile(r"\bas\s+of\b", regex.I)
#: how far either side of an amount its verb may stand
_VERB_REACH = 40


def one_moment(early: Figure, late: Figure, over_time: str, measure: str, one_source: bool) -> bool:
    """Whether two amounts of one measure stated the same day count one past moment of a
    finished event, so a later one is no update of the earlier: a count of what happened
    or one that moves either way, the later told as a finished event (``is_current``); or
    the people an event hurt (``event_harm``), the later told by another source, within its
    reach of the earlier and not as a present state (``Seventeen people were injured,
    Ionescu said`` hours after ``12 people were injured``; one source's larger count that
    day is its own update, and ``more than 900`` hours after 57 a toll that grew). A share
    (a vote share, a turnout) is a count in progress."""
    if not _same_day(early, late) or _is_share(early) or snapshot(early):
        return False
    if over_time in ("happened", "any"):
        return not is_current(late)
    return _harm(measure) and not one_source and not _grown(early, late) and not _told_now(late)


def is_current(f: Figure) -> bool:
    """Whether an amount is told as the state of a count when it was stated, not as a
    finished event: a change marker (``now``, ``rose to``), a present or perfect
    (``have been evacuated``, ``are still missing``, ``remain``), a past perfect after a
    verb of saying (``police said 52 had fled``: said then as ``have fled``), a
    progressive (``were living in shelters``) or a time the count stood at (``By Tuesday
    evening the coastguard counted 31 boats``: ``figure_marks.snapshot``). A ``when`` clause after the amount anchors
    it at the event (``had been forced from their homes when the blaze swept through``)."""
    if f.evidence is None or f.ref is None:
        return True
    t, b = f.evidence.text, f.ref.end - f.evidence.start
    if _WHEN.search(t, b, min(len(t), b + 2 * _VERB_REACH)):
        return False
    return marks_change(f) or snapshot(f) or _near(f, _PRESENT)


def _grown(early: Figure, late: Figure) -> bool:
    """Whether a later count lies beyond another source's reach of the earlier
    (``close_ratio``): 57 injured at noon and ``more than 900`` by evening is a toll that
    grew, not a rival count."""
    return base_value(late) > float(figure_rules()["close_ratio"]) * base_value(early)


def _told_now(f: Figure) -> bool:
    """Whether an amount of people hurt is told as a present state (``are being treated``,
    ``remain in hospital``, ``have been admitted``), a change, or a count as of a time
    (``As of 12:00 p.m., 57 people were injured``), not as the event's count."""
    if f.evidence is None or f.ref is None:
        return True
    return marks_change(f) or _near(f, _NOW) or _AS_OF.search(f.evidence.text, 0, f.ref.start - f.evidence.start) is not None


def _near(f: Figure, rx: Any) -> bool:
    assert f.evidence is not None and f.ref is not None
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    return rx.search(t, max(0, a - _VERB_REACH), min(len(t), b + _VERB_REACH)) is not None


@cache
def _harm_measures() -> tuple[str, ...]:
    return tuple(figure_rules()["event_harm"])


def _harm(measure: str) -> bool:
    return measure.startswith(_harm_measures())


def _is_share(f: Figure) -> bool:
    """A percentage (a vote share, a turnout): a count in progress, not an event's count."""
    return (f.unit or "").lower() in ("percent", "percentage point")


def _same_day(a: Figure, b: Figure) -> bool:
    """Whether two amounts were told on one day: the day an amount's clause says it was given
    or held (``On Saturday evening, officials had spoken of at least 14``, told in Sunday's
    article: ``figure_told``), else the day it is stamped with. A count given the day before
    is that day's reading, not a rival of the one an outlet gives on the day of its stamp."""
    da, db = _day_told(a), _day_told(b)
    return bool(da and db and da == db)


def _day_told(f: Figure) -> str | None:
    """The day (``YYYY-MM-DD``) an amount was told: given on, held on, else its stamp's."""
    day = given_on(f) or held_on(f) or f.stated
    return day[:10] if day else None
