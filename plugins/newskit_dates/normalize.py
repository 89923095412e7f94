"""Normalisation: one handler per pattern family turns a match into a TIMEX3
(type, value, mod), anchored on the publication date when the expression is relative.

This module is the table from family to handler; the handlers live with their kind of
time: :mod:`.calendar_dates`, :mod:`.relative`, :mod:`.periods`, :mod:`.seasons`,
:mod:`.holidays`, :mod:`.clock`, :mod:`.durations`, :mod:`.sets` and :mod:`.vague`, on
:mod:`.context` (what a handler sees and gives), :mod:`.vocabulary`, :mod:`.neighbours`
and :mod:`.lengths`."""

from __future__ import annotations

import regex

from newskit_dates.bare_days import h_bareday
from newskit_dates.calendar_dates import (
    h_dayconj,
    h_daylist,
    h_decade,
    h_dmy,
    h_iso,
    h_mdy,
    h_month,
    h_numeric,
    h_weekof,
    h_wordyear,
    h_year,
)
from newskit_dates.clock import h_time
from newskit_dates.context import Context, Handler, Result
from newskit_dates.durations import h_duration, h_fracdur, h_unitlong, h_vagueunit
from newskit_dates.holidays import h_holiday
from newskit_dates.month_days import h_monthday, h_relmonthday
from newskit_dates.periods import h_monthspan, h_quarter, h_theunit, h_yearadj
from newskit_dates.relative import h_ago, h_dayrel, h_deictic, h_relunit, h_weekday
from newskit_dates.seasons import h_season
from newskit_dates.sets import h_set
from newskit_dates.twostep import h_twostep
from newskit_dates.vague import h_vague

__all__ = ["Context", "Result", "handle"]


HANDLERS: dict[str, Handler] = {
    "iso": h_iso, "numeric": h_numeric, "mdy": h_mdy, "dmy": h_dmy, "month": h_month, "monthday": h_monthday,
    "relmonthday": h_relmonthday,
    "relunit": h_relunit, "twostep": h_twostep, "decade": h_decade, "year": h_year, "quarter": h_quarter,
    "monthspan": h_monthspan, "season": h_season, "deictic": h_deictic, "weekday": h_weekday, "time": h_time,
    "ago": h_ago, "duration": h_duration, "fracdur": h_fracdur, "dayrel": h_dayrel, "vagueunit": h_vagueunit, "set": h_set,
    "holiday": h_holiday, "vague": h_vague, "yearadj": h_yearadj, "theunit": h_theunit,
    "wordyear": h_wordyear, "dayconj": h_dayconj, "daylist": h_daylist, "unitlong": h_unitlong, "weekof": h_weekof,
    "bareday": h_bareday,
}


def handle(family: str, m: regex.Match[str], ctx: Context) -> Result | None:
    """Normalise one match; None rejects it (not a temporal expression here)."""
    try:
        return HANDLERS[family](m, ctx)
    except (ValueError, KeyError, OverflowError, IndexError, ArithmeticError):
        return None
