"""TIMEX3 value algebra: the interval a value denotes, and whether two values agree.

Used by ``DateMention.interval()`` and by the story to merge events whose dates are
stated at different granularities (``2024-06`` contains ``2024-06-18/2024-06-19``), and
whether a date in a text is a time at all or an era that describes a thing.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from newskit.model import DateMention

__all__ = ["attributive_date", "compatible", "interval", "readable"]

_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
_PART = regex.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<mo>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2})(?::(?P<mi>\d{2}))?[^/]*)?)?"
    r"|W(?P<w>\d{2})|Q(?P<q>[1-4])|H(?P<hf>[12])|(?P<s>SP|SU|FA|WI)))?"
)
_DECADE = regex.compile(r"(?P<c>\d{3})X|(?P<cc>\d{2})XX")

#: TIMEX3's parts of a day and their words
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_DAY_PART = regex.compile(r"(\d{4}-\d{2}-\d{2})T(" + "|".join(_PARTS_OF_DAY) + ")")
_WEEK = regex.compile(r"(\d{4})-W(\d{2})")


def readable(value: str) -> str:
    """A TIMEX3 value as a report shows it to a reader: a part of a day and a week in words
    (``2026-07-13TEV`` -> ``2026-07-13 evening``, ``2026-W28`` -> ``week 28 of 2026``),
    every other value as it is (a day, a clock time and a month already read)."""
    m = _DAY_PART.fullmatch(value)
    if m is not None:
        return f"{m.group(1)} {_PARTS_OF_DAY[m.group(2)]}"
    m = _WEEK.fullmatch(value)
    if m is not None:
        return f"week {int(m.group(2))} of {m.group(1)}"
    return value


def _add_months(year: int, month: int, n: int) -> dt.datetime:
    total = year * 12 + (month - 1) + n
    if total // 12 > dt.MAXYEAR:  # the end of 9999: open-ended, not an error
        return dt.datetime.max
    return dt.datetime(total // 12, total % 12 + 1, 1)


def _plus(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    try:
        return start + delta
    except OverflowError:  # "9999-12-31" ends past datetime's range
        return dt.datetime.max


def _one(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    m = _PART.fullmatch(value)
    if m:
        y = int(m["y"])
        if m["d"]:
            start = dt.datetime(y, int(m["mo"]), int(m["d"]))
            if m["h"]:
                start = start.replace(hour=int(m["h"]), minute=int(m["mi"] or 0))
                return start, _plus(start, dt.timedelta(minutes=1) if m["mi"] else dt.timedelta(hours=1))
            return start, _plus(start, dt.timedelta(days=1))
        if m["mo"]:
            return dt.datetime(y, int(m["mo"]), 1), _add_months(y, int(m["mo"]), 1)
        if m["w"]:
            start = dt.datetime.fromisocalendar(y, int(m["w"]), 1)
            return start, _plus(start, dt.timedelta(days=7))
        if m["q"]:
            mo = 3 * (int(m["q"]) - 1) + 1
            return dt.datetime(y, mo, 1), _add_months(y, mo, 3)
        if m["hf"]:
            mo = 1 if m["hf"] == "1" else 7
            return dt.datetime(y, mo, 1), _add_months(y, mo, 6)
        if m["s"]:
            a, b = _SEASONS[m["s"]]
            return _add_months(y, 1, a - 1), _add_months(y, 1, b - 1)
        return dt.datetime(y, 1, 1), _add_months(y, 1, 12)
    d = _DECADE.fullmatch(value)
    if d:
        if d["c"]:
            y = int(d["c"]) * 10
            return dt.datetime(y, 1, 1), _add_months(y, 1, 120)
        y = int(d["cc"]) * 100
        return dt.datetime(max(y, 1), 1, 1), _add_months(y, 1, 1200)
    return None


@lru_cache(maxsize=8192)  # a story compares the same few values for every pair of mentions
def interval(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The half-open interval ``[start, end)`` a TIMEX3 date/time value denotes.

    ``2024-06`` -> June 2024; ``2024-06-18/2024-06-19`` -> 18 June 00:00 to 20 June 00:00;
    ``2024-Q2``, ``2024-SU``, ``2024-W25``, ``199X`` (the 1990s) work too. Durations, sets,
    ``PAST_REF`` and values with unknown parts (``XXXX-06-18``) give None, as do impossible
    dates (``2024-02-30``); an interval running past the year 9999 ends at
    ``datetime.max``. Never raises. Times are naive
    (any zone offset is ignored): this is for comparing dates, not for clocks.
    """
    if not value:
        return None
    value = value.strip()
    try:
        if "/" in value:
            a, _, b = value.partition("/")
            ia, ib = _one(a), _one(b)
            if ia is None or ib is None:
                return None
            return ia[0], max(ia[1], ib[1])
        return _one(value)
    except ValueError:  # no such day (2024-02-30), year 0, week 53 of a 52-week year
        return None


def compatible(a: str | None, b: str | None) -> bool:
    """True when two date values can denote the same time (their intervals overlap);
    values without an interval are compatible only when equal."""
    if a is None or b is None:
        return True
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return a == b
    return ia[0] < ib[1] and ib[0] < ia[1]


#: a date made a compound modifier of the noun after it ("a 19th-century statue", "the
#: 1990s-era rules"): it dates that thing, never an act. A day so joined ("a Monday-night
#: raid") still dates one, so only a year, decade or century value counts.
_ATTRIBUTIVE_END = regex.compile(r"-(?:century|centuries|millennium)$", regex.I)
_HYPHEN_WORD = regex.compile(r"-\p{L}")
_ERA_VALUE = regex.compile(r"\d{2,4}")


def attributive_date(text: str, m: DateMention) -> bool:
    """Whether the date ``m`` is a hyphened modifier of the noun after it (an era, not a time)."""
    if _ATTRIBUTIVE_END.search(m.text):
        return True
    return bool(_ERA_VALUE.fullmatch(m.value or "")) and _HYPHEN_WORD.match(text, m.end, min(len(text), m.end + 2)) is not None
