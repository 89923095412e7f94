"""A day of the month told by its number alone after a preposition: ``on the 15th``, ``by the
1st``, ``until the 30th``.

News names a day of the month in view so: a month told earlier in the sentence (``In
August the mill closed on the 15th``: 15 August), else the publication's month or the one
next to it, as the clause's tense places it (``was issued on the 15th``, published on the
17th: the 15th two days before; ``will resume on the 1st``: the 1st of the next month).
Only a number with its ordinal ending (``15th``) is read, and only where no noun follows it
(``the 15th century``, ``the 3rd Battalion`` are no days); a spelled ordinal (``on the
fifth``) is as often an attempt or a floor.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.resolve import day_by_tense, fmt_date
from newskit_dates.tense import tense_at
from newskit_dates.vocabulary import day_number

__all__ = ["h_bareday"]


def h_bareday(m: regex.Match[str], ctx: Context) -> Result | None:
    """The day of the month in view the number names (the extent from ``the``); None without a
    publication date or a month in view, or for a day the month lacks."""
    number = day_number(m["dt"])
    start = m.start("the")
    told = _month_in_view(ctx, start)
    if told is not None:
        y, mo = int(told[:4]), int(told[5:7])
        if number > calendar.monthrange(y, mo)[1]:
            return None
        return timex(m, "DATE", fmt_date(dt.date(y, mo, number)), anchor=told, start=start)
    if ctx.dct is None:
        return None
    day = day_by_tense(ctx.dct, number, tense_at(ctx.text, start, m.end()))
    return None if day is None else timex(m, "DATE", fmt_date(day), anchor=ctx.anchor, start=start)


def _month_in_view(ctx: Context, start: int) -> str | None:
    """The month (``YYYY-MM``) of the last full date or month told earlier in the sentence."""
    day = ctx.day_in_sentence(start)
    month = ctx.month_in_sentence(start)
    if day is not None and (month is None or ctx.day_end >= ctx.month_end):
        return f"{day.year:04d}-{day.month:02d}"
    return month
