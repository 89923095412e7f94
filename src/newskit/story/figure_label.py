"""How two amounts of one measure relate: the values each allows (approximation,
rounding), when each was stated, and the label of their difference (consistent, updated,
conflicting)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import _alt, _data, _kind_of_unit, _measures
from newskit.timex import interval

_ERA_SUFFIX = regex.compile(r" in \d{4}$")


def _day(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The interval of a TIMEX3 value, falling back to its date part (``...TMO``)."""
    if not value:
        return None
    iv = interval(value)
    if iv is None and len(value) >= 10:
        iv = interval(value[:10])
    return iv


def figure_range(f: Figure) -> tuple[float, float]:
    """The values an amount allows: its approximation's width, and rounding of a round
    number (``1,100`` may stand for 1,050-1,150, never more than 5% either side)."""
    v = float(f.value or 0)
    h = float(f.high) if f.high is not None else v
    if (f.unit or "").lower() == "percent":
        return _percent_range(f, v, h)
    w = float(_data()["approx_width"].get(f.approx or "", 0.0))
    tol = 0.0
    if isinstance(f.value, int) and f.value >= 100:
        step = 1
        while f.value % (step * 10) == 0:
            step *= 10
        step = min(step, _written_step(f))
        tol = min(step / 2 * 0.999, 0.05 * v) if step >= 100 else 0.0  # a half step rounds up: 125 is no "120"
    lo, hi = v - tol, h + tol
    if f.approx in ("approx", "about"):
        lo, hi = min(lo, v * (1 - w)), max(hi, h * (1 + w))
    elif f.approx == "over":
        hi = max(hi, h * (1 + w))
    elif f.approx == "under":
        lo = min(lo, v * (1 - w))
    elif f.approx == "vague":
        hi = max(hi, h * (1 + w))
    return lo, hi


def _written_step(f: Figure) -> int:
    """The rounding step an amount's own words allow: the last written digit of a mantissa
    before a scale word (``120 million``: a million; ``2.3 million``: 100,000); no limit
    for an amount written in full."""
    m = _scaled().search(f.ref.text) if f.ref is not None else None
    if m is None:
        return 10 ** 15
    scale = int(_data()["scale_words"][m.group(2).lower()])
    digits: int = 10 ** len(m.group(1) or "")
    return max(1, scale // digits)


@cache
def _scaled() -> Any:
    return regex.compile(r"\d(?:\.(\d+))?\s*(" + _alt(list(_data()["scale_words"])) + r")\b", regex.I)


def _percent_range(f: Figure, v: float, h: float) -> tuple[float, float]:
    """Percentages approximate in points, not in per cent of themselves: ``about 64%``
    is 63-65, ``61%`` may be a rounded 60.5-61.5."""
    w = float(_data()["percent_points"].get(f.approx or "", 0.0))
    tol = 0.5 if isinstance(f.value, int) else 0.05
    lo, hi = v - tol, h + tol
    if f.approx in ("approx", "about"):
        lo, hi = v - w, h + w
    elif f.approx in ("over", "vague"):
        hi = h + w
    elif f.approx == "under":
        lo = v - w
    return lo, hi


def _same_amount(a: Figure, b: Figure) -> bool:
    return (a.value, a.high, a.approx) == (b.value, b.high, b.approx)


def _overlap(a: Figure, b: Figure) -> bool:
    ra, rb = figure_range(a), figure_range(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _order(a: Figure, b: Figure) -> int:
    """-1 when ``a`` was stated before ``b``, 1 after, 0 at the same time (or unknown).

    A figure's time is the time its text gives (``34 by Monday``), else its article's
    publication time. Times that do not overlap order two statements; overlapping ones
    are ordered by where they start (``by Monday`` starts before a wire stamped
    ``Monday 12:00``), and only the same start is the same time."""
    ia, ib = _day(a.stated), _day(b.stated)
    if ia is None or ib is None or ia[0] == ib[0]:
        return 0
    if ia[1] <= ib[0] or ib[1] <= ia[0]:
        return -1 if ia[1] <= ib[0] else 1
    return -1 if ia[0] < ib[0] else 1


def _pair_label(a: Figure, b: Figure, over_time: str) -> str | None:
    """How two amounts of one measure relate: None (the same), consistent, updated or
    conflicting; amounts of one article are only ever an update. Over time a rising
    count may only rise, a changing one may move either way, and a fixed property
    (magnitude, deal value, a ransom) is updated only by the source that stated it.
    Different amounts stated at the same time are conflicting."""
    if _same_amount(a, b):
        return None
    apart = a.article != b.article or _two_sources(a, b)
    order = _order(a, b)
    if _overlap(a, b):
        if order and over_time in ("rising", "any") and _rises(*((a, b) if order < 0 else (b, a)), over_time):
            return "updated"  # "at least 14" dead, then 21; "more than 9,000" evacuated, then about 12,000
        return "consistent"
    if order:
        early, late = (a, b) if order < 0 else (b, a)
        falls = figure_range(late)[1] < figure_range(early)[0]
        if (over_time == "rising" and falls) or \
                (over_time == "fixed" and (a.source is None or a.source != b.source)):
            return "conflicting" if apart else None
        return "updated"
    return "conflicting" if apart else None


def _rises(early: Figure, late: Figure, over_time: str = "rising") -> bool:
    """Whether a later count is above the earlier one, not only within its bounds: every
    value the later amount allows is above the earlier's own (``at least 14`` then ``21``;
    ``more than 900`` then ``nearly 1,100`` may be the same count). A count that may move
    either way rises only above all the earlier amount allows, or above its lower bound
    (``more than 9,000`` evacuated, then about 12,000; ``4.1 million`` then ``4.12
    million`` is the same count rounded)."""
    floor = float(early.value or 0)
    if over_time != "rising" and early.approx != "over":
        floor = figure_range(early)[1]
    return figure_range(late)[0] > floor


def _two_sources(a: Figure, b: Figure) -> bool:
    """Two amounts of one article given by different named sources (``Eleven, the railway
    said, while district officials put the number at nine``): a difference the outlet
    reports, compared like amounts of two outlets."""
    sa, sb = _who_says(a), _who_says(b)
    return sa is not None and sb is not None and sa != sb


def _who_says(f: Figure) -> str | None:
    """Who gives an amount: its disputer when it is stated inside a denial (``the union
    called the claim baseless, saying the train had slowed to 70``), else its source."""
    who = f.disputed_by or f.source
    return who.lower() if who else None


def _over_time(measure: str, figs: Sequence[Figure] = ()) -> str:
    """How a measure may change over time (``figures.json``). An earlier event's count
    (``deaths in 1999``) is final, whenever an outlet states it. A sum no measure knows,
    named by its own noun (``a ransom of $4 million``), is a fixed amount: two outlets
    giving two ransoms disagree, one did not update the other. A count no measure knows
    (``number of races``) is ``unknown``: it may move either way, but a later amount within
    an earlier lower bound's reach may be the same count (``at least 11``, then 14)."""
    if _ERA_SUFFIX.search(measure):
        return "fixed"
    for m in sorted(_measures(), key=lambda m: -len(m.name)):
        if measure.startswith(m.name):
            return m.over_time
    if figs and all(_kind_of_unit(f.unit) == "money" for f in figs):
        return "fixed"
    return "unknown"
