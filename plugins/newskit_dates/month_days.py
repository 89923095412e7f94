"""A day or a week a month holds by its place in it: ``the last day of August``, ``the first
day of March 2024``, ``the second Tuesday of November``, ``the last Friday in June``, ``the
first week of October``.

The phrase names one day of the calendar, as ``August 31`` does; without it the month alone
was found (``August``) and a weekday or a week before it was read as one of its own (``the
last Friday of August`` as the last Friday before the publication, ``the last week of
October`` as the week before it). The month's year is found as a bare month's is: told,
``last year``, else by the clause's tense. A week is the ISO week (``2025-W40``) that holds
most of the month's seven days at that place (its first seven days, its last seven ...),
the one holding the middle of them, as ``the week of March 6`` is the week holding that day.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newskit_dates.calendar_dates import year_of_month
from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.resolve import fmt_date, fmt_week
from newskit_dates.vocabulary import month_of

__all__ = ["day_in_month", "h_monthday", "week_in_month"]


def day_in_month(year: int, month: int, place: int, weekday: int | None) -> dt.date | None:
    """The day at ``place`` (1 the first, -1 the last) among the month's days, or among its
    ``weekday`` s (ISO, 1 Monday); None when the month has no such day (a fifth Monday)."""
    last = calendar.monthrange(year, month)[1]
    days = [dt.date(year, month, d) for d in range(1, last + 1)]
    if weekday is not None:
        days = [d for d in days if d.isoweekday() == weekday]
    index = place - 1 if place > 0 else place
    return days[index] if -len(days) <= index < len(days) else None


def week_in_month(year: int, month: int, place: int) -> dt.date | None:
    """The middle day of the month's seven days at ``place`` (1 its first seven, -1 its last
    seven); None when the month has no such seven (a fifth week of February)."""
    last = calendar.monthrange(year, month)[1]
    day = 4 + 7 * (place - 1) if place > 0 else last - 3
    return dt.date(year, month, day) if day + 3 <= last else None


def h_monthday(m: regex.Match[str], ctx: Context) -> Result | None:
    """The day (or week) the phrase places in its month; None (the month's own family reads
    it) when the month's year cannot be found or the month has no such day."""
    mo = month_of(m["mon"])
    if not mo:
        return None
    found = year_of_month(m, ctx, mo)
    if found is None:
        return None
    year, anchor = found
    place = int(lexicon()["place_in_month"][m["nth"].lower()])
    told = int(m["y"]) if m["y"] else None
    if m["week"]:
        middle = week_in_month(year, mo, place)
        return None if middle is None else timex(m, "DATE", fmt_week(middle), anchor=anchor, year=told)
    weekday = int(lexicon()["weekdays"][m["wd"].lower()]) if m["wd"] else None
    day = day_in_month(year, mo, place, weekday)
    if day is None:
        return None
    return timex(m, "DATE", fmt_date(day), anchor=anchor, year=told)
