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

The month may also be named by its step from the publication's (``the 30th of this month``,
``the last day of next month``, ``the first Monday of last month``): ``this`` / ``last`` /
``next month`` name one month of the calendar whatever the clause's tense, so the day in it
is as sure as in a named one (the month alone was found before, and ``the 30th`` left out).
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from newskit_dates.calendar_dates import year_of_month
from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.resolve import add_months, fmt_date, fmt_week
from newskit_dates.vocabulary import day_number, month_of

__all__ = ["day_in_month", "h_monthday", "h_relmonthday", "week_in_month"]


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


#: the reference a month's step gives without a publication date, by its sign
_STEP_REF = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}


def h_relmonthday(m: regex.Match[str], ctx: Context) -> Result | None:
    """The day (or week) the phrase places in the month its step names from the publication's
    (data ``month_steps``); without a publication date only the step's side of it is known
    (``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``, as for ``last month``); None for a day the
    month lacks (``the 31st of next month`` in a month of 30 days: the month's own family
    reads the month alone)."""
    step = int(lexicon()["month_steps"][m["step"].lower()])
    if ctx.dct is None:
        return timex(m, "DATE", _STEP_REF[(step > 0) - (step < 0)])
    year, mo = add_months(ctx.dct.year, ctx.dct.month, step)
    anchor = ctx.anchor
    if m["dt"] or m["dw"]:
        number = day_number(m["dt"] or m["dw"])
        if number > calendar.monthrange(year, mo)[1]:
            return None
        return timex(m, "DATE", fmt_date(dt.date(year, mo, number)), anchor=anchor)
    place = int(lexicon()["place_in_month"][m["nth"].lower()])
    if m["week"]:
        middle = week_in_month(year, mo, place)
        return None if middle is None else timex(m, "DATE", fmt_week(middle), anchor=anchor)
    weekday = int(lexicon()["weekdays"][m["wd"].lower()]) if m["wd"] else None
    day = day_in_month(year, mo, place, weekday)
    return None if day is None else timex(m, "DATE", fmt_date(day), anchor=anchor)


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
