"""Two weekdays told as a range: ``from Monday to Friday``, ``between Tuesday and
Thursday``.

Each weekday is placed on its own by its clause's tense, so the end of a range can come out
before its start: published on a Wednesday, ``was closed from Monday to Friday`` read the
Monday two days before and the Friday five days before; ``will be shut from Monday to
Friday`` the Monday five days on and the Friday two days on. In English a range runs
forward, so the end is the first such weekday after the start. Which of the two moves
follows the tense the days were read in: a range whose start was read after the publication
is ahead (the end moves a week on), any other ends where its end was read (the start moves
a week back).
Only bare weekdays are placed so: a weekday with its own determiner (``next Friday``) or
date is fixed by it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result
from newskit_dates.resolve import fmt_date

__all__ = ["ordered_weekdays"]

_DAY = regex.compile(r"(\d{4}-\d{2}-\d{2})(.*)")
_LAST_WORD = regex.compile(r"(?i)(\p{L}+)\s+$")


@cache
def _patterns() -> tuple[regex.Pattern[str], dict[str, regex.Pattern[str]]]:
    """(a bare weekday with a part of the day or none, the join after each opening word)."""
    lx = lexicon()
    days = "|".join(sorted(lx["weekdays"], key=len, reverse=True))
    pods = "|".join(sorted(lx["parts_of_day"], key=len, reverse=True))
    bare = regex.compile(r"(?i)(?:" + days + r")(?:\s+(?:" + pods + r"))?")
    joins = {
        opener: regex.compile(r"(?i)\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*")
        for opener, words in lx["weekday_range_joins"].items()
    }
    return bare, joins


def _opener(text: str, start: int) -> str | None:
    """The word right before ``start`` (``from``, ``between``), lower case, or None."""
    m = _LAST_WORD.search(text, max(0, start - 12), start)
    return m.group(1).lower() if m else None


def ordered_weekdays(text: str, results: list[Result], dct: dt.date | None) -> list[Result]:
    """``results`` with each range of two bare weekdays put in order (see the module)."""
    if dct is None:
        return results
    bare, joins = _patterns()
    out = list(results)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        join = joins.get(_opener(text, a.start) or "")
        if join is None or not join.fullmatch(text, a.end, b.start):
            continue
        if not (bare.fullmatch(text, a.start, a.end) and bare.fullmatch(text, b.start, b.end)):
            continue
        da, db = _DAY.fullmatch(a.value), _DAY.fullmatch(b.value)
        if da is None or db is None:
            continue
        start, end = dt.date.fromisoformat(da.group(1)), dt.date.fromisoformat(db.group(1))
        if end >= start:
            continue
        if start > dct:  # read ahead: the range starts where it was read to start
            out[i + 1] = replace(b, value=fmt_date(end + dt.timedelta(days=7)) + db.group(2))
        else:  # read in the past: the range ends where it was read to end
            out[i] = replace(a, value=fmt_date(start - dt.timedelta(days=7)) + da.group(2))
    return out
