"""Calendar arithmetic for anchoring, and the publication date (the anchor) of an article."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "add_months",
    "day_by_tense",
    "fmt_date",
    "fmt_month",
    "fmt_week",
    "full_year",
    "month_by_tense",
    "monthday_by_tense",
    "safe_date",
    "weekday_by_tense",
]


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """A date, or None when the parts do not make one."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def full_year(last_two: int, near: dt.date | None) -> int:
    """The year whose last two digits are ``last_two`` nearest ``near`` (a fiscal year told
    short, ``FY26``, is one of the years the news is about), this century's without it."""
    if near is None:
        return 2000 + last_two
    base = near.year
    century = base - base % 100
    return min((century - 100 + last_two, century + last_two, century + 100 + last_two), key=lambda y: (abs(y - base), y))


def fmt_date(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def month_by_tense(dct: dt.date, month: int, tense: str | None, *, strict: bool = False) -> int:
    """The year of a bare month: the latest one on/before the publication month for the
    past, the next one on/after it for the future, else the nearest.
    ``strict`` excludes the publication month itself (``last June``, ``next June``).
    A deadline (``until January``) is the nearest such month, the later one on a tie; a
    month that names a thing (``NEAREST``: ``her July tour``) the nearest, the earlier on a tie."""
    if tense in ("DEADLINE", "NEAREST"):
        # a deadline is ahead on a tie; a month naming a thing behind (news reports the past)
        years = (dct.year + 1, dct.year, dct.year - 1)
        return min(years if tense == "DEADLINE" else years[::-1],
                   key=lambda y: abs((y - dct.year) * 12 + month - dct.month))
    if tense == "PAST":
        if month < dct.month or (month == dct.month and not strict):
            return dct.year
        return dct.year - 1
    if tense == "FUTURE":
        if month > dct.month or (month == dct.month and not strict):
            return dct.year
        return dct.year + 1
    # no cue: news mostly reports the past, so a month more than two months ahead is
    # read as last year's
    diff = month - dct.month
    if diff > 2:
        return dct.year - 1
    if diff < -9:
        return dct.year + 1
    return dct.year


def day_by_tense(dct: dt.date, day: int, tense: str | None) -> dt.date | None:
    """The date with day number ``day`` in the publication's month or one of the two either
    side of it (a 31st two months back: ``was closed on the 31st`` told on 2 March): in the
    past the latest on or before ``dct``, in the future the first on or after it, else the
    publication month's (the nearest when that month lacks the day)."""
    days = []
    for step in (-2, -1, 0, 1, 2):
        y, mo = add_months(dct.year, dct.month, step)
        if day <= calendar.monthrange(y, mo)[1]:
            days.append(dt.date(y, mo, day))
    if tense == "PAST":
        past = [d for d in days if d <= dct]
        return past[-1] if past else None
    if tense in ("FUTURE", "DEADLINE"):
        ahead = [d for d in days if d >= dct]
        return ahead[0] if ahead else None
    same = [d for d in days if d.month == dct.month]
    if same:
        return same[0]
    return min(days, key=lambda d: abs((d - dct).days)) if days else None


def monthday_by_tense(dct: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year of a month-day without a year: the nearest such day to publication,
    unless the tense puts it more than two months on the wrong side (then a year
    before/after)."""
    best: tuple[int, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = safe_date(y, month, day) or safe_date(y, month, 28)
        if d is None:
            continue
        delta = (d - dct).days
        if best is None or abs(delta) < abs(best[1]):
            best = (y, delta)
    if best is None:
        return dct.year
    y, delta = best
    if tense == "PAST" and delta > 62:
        return y - 1
    if tense == "FUTURE" and delta < -62:
        return y + 1
    return y


def weekday_by_tense(dct: dt.date, iso_wd: int, tense: str | None, det: str | None,
                     *, clock: bool = False) -> dt.date:
    """The date of a weekday name: ``last`` strictly before, ``next`` strictly after,
    ``this`` in the publication week; otherwise by tense (past by default), the
    publication day itself included.

    ``clock``: the weekday comes with a time of day ("at 7:58 a.m. Wednesday", "early
    Wednesday"). Such a report of the past naming the day *after* publication is about a
    place ahead in time (a quake in Taiwan in an article dated the US evening before), not
    about six days ago: that is the next day. A deadline (``until Friday``) is the coming one;
    ``NEAREST`` the nearer one, the earlier on a tie."""
    cur = dct.isoweekday()
    if clock and det is None and tense != "FUTURE" and (iso_wd - cur) % 7 == 1:
        return dct + dt.timedelta(days=1)
    if det == "this":
        return dct + dt.timedelta(days=iso_wd - cur)
    if det == "last" or det == "past":
        back = (cur - iso_wd) % 7 or 7
        return dct - dt.timedelta(days=back)
    if det in ("next", "coming"):
        fwd = (iso_wd - cur) % 7 or 7
        return dct + dt.timedelta(days=fwd)
    if tense in ("FUTURE", "DEADLINE"):
        return dct + dt.timedelta(days=(iso_wd - cur) % 7)
    if tense == "NEAREST" and (iso_wd - cur) % 7 < (cur - iso_wd) % 7:
        return dct + dt.timedelta(days=(iso_wd - cur) % 7)  # the nearer side, behind on a tie
    return dct - dt.timedelta(days=(cur - iso_wd) % 7)
