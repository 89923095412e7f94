"""A day a month holds by its place in it: ``the last day of August``, ``the first day of
March 2024``, ``the second Tuesday of November``, ``the last Friday in June``.

The phrase names one day of the calendar, as ``August 31`` does; without it the month alone
was found (``August``) and a weekday before it was read as a weekday of its own (``the last
Friday of August`` as the last Friday before the publication). The month's year is found
as a bare month's is: told, ``last year``, else by the clause's tense.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newskit_dates.calendar_dates import year_of_month
from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.resolve import fmt_date
from newskit_dates.vocabulary import month_of

__all__ = ["day_in_month", "h_monthday"]


def day_in_month(year: int, month: int, place: int, weekday: int | None) -> dt.date | None:
    """The day at ``place`` (1 the first, -1 the last) among the month's days, or among its
    ``weekday`` s (ISO, 1 Monday); None when the month has no such day (a fifth Monday)."""
    last = calendar.monthrange(year, month)[1]
    days = [dt.date(year, month, d) for d in range(1, last + 1)]
    if weekday is not None:
        days = [d for d in days if d.isoweekday() == weekday]
    index = place - 1 if place > 0 else place
    return days[index] if -len(days) <= index < len(days) else None


def h_monthday(m: regex.Match[str], ctx: Context) -> Result | None:
    """The day the phrase places in its month; None (the month's own family reads it) when
    the month's year cannot be found or the month has no such day."""
    mo = month_of(m["mon"])
    if not mo:
        return None
    found = year_of_month(m, ctx, mo)
    if found is None:
        return None
    year, anchor = found
    place = int(lexicon()["place_in_month"][m["nth"].lower()])
    weekday = int(lexicon()["weekdays"][m["wd"].lower()]) if m["wd"] else None
    day = day_in_month(year, mo, place, weekday)
    if day is None:
        return None
    return timex(m, "DATE", fmt_date(day), anchor=anchor, year=int(m["y"]) if m["y"] else None)
