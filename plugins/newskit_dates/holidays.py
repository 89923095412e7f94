"""Holidays: the day of a named holiday in a given year (fixed, counted from a weekday of
the month, Easter's computus, offsets from another holiday), and its normaliser."""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from newskit_dates.attributive import holiday_names_a_thing, nearest
from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.resolve import fmt_date, safe_date
from newskit_dates.tense import DEADLINE, tense_at
from newskit_dates.vocabulary import compiled

__all__ = ["h_holiday", "holiday_date"]


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * mm + 114) // 31
    day = (h + l_ - 7 * mm + 114) % 31 + 1
    return dt.date(y, month, day)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return nxt - dt.timedelta(days=(nxt.isoweekday() - wd) % 7)


def holiday_date(name: str, y: int) -> dt.date | None:
    n = compiled(r"\s+").sub(" ", name.lower()).replace("\u2019", "'")
    fixed: dict[str, str] = lexicon()["holidays"]
    if n in fixed:
        mo, d = fixed[n].split("-")
        return safe_date(y, int(mo), int(d))
    offsets: dict[str, list[Any]] = lexicon()["holiday_offsets"]
    if n in offsets:
        base, days = offsets[n]  # "Black Friday": the day after Thanksgiving
        b = holiday_date(str(base), y)
        return b + dt.timedelta(days=int(days)) if b else None
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 4, 4)
    if n.startswith("easter"):
        return _easter(y)
    if n == "memorial day":
        return _nth_weekday(y, 5, 1, -1)
    if n == "labor day":
        return _nth_weekday(y, 9, 1, 1)
    return None


def h_holiday(m: regex.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        d = holiday_date(m["hol"], 2001)
        fixed = compiled(r"\s+").sub(" ", m["hol"].lower()).replace("\u2019", "'") in lexicon()["holidays"]
        return timex(m, "DATE", f"XXXX-{d.month:02d}-{d.day:02d}" if d and fixed else "XXXX-XX-XX")
    det = (m["det"] or "").lower()
    y = ctx.dct.year
    d = holiday_date(m["hol"], y)
    if d is None:
        return None
    if not det and holiday_names_a_thing(ctx.text, m.start(), m.end()):
        # "the Christmas parade", "a Christmas float": the thing's verb gives the holiday no tense
        near = [x for x in (holiday_date(m["hol"], y + k) for k in (-1, 0, 1)) if x is not None]
        return timex(m, "DATE", fmt_date(nearest(near, ctx.dct)), anchor=ctx.anchor) if near else None
    tense = "PAST" if det == "last" else "FUTURE" if det == "next" else None if det == "this" else tense_at(ctx.text, m.start(), m.end())
    if (tense == "PAST" and d > ctx.dct) or (det == "last" and d >= ctx.dct):
        d = holiday_date(m["hol"], y - 1)
    elif tense in ("FUTURE", DEADLINE) and d < ctx.dct:
        d = holiday_date(m["hol"], y + 1)
    if d is None:
        return None
    return timex(m, "DATE", fmt_date(d), anchor=ctx.anchor)
