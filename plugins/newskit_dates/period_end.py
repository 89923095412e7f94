"""``the quarter ended Sept. 30``, ``the half ending June 30``: a reporting period named by
the day it ends is the quarter or half that holds that day.

A bare ``the quarter`` is otherwise the quarter the report is about (the last one ended
before publication); when the words after it tell its last day, that day decides, ahead
of publication (``will report on the quarter ending March 31`` in March) or further back
(``the quarter ended June 30`` in November). A quarter told by its number (``the fiscal
third quarter ended Dec. 31``) keeps its number: a fiscal year need not start in January.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newskit_dates.context import Result

__all__ = ["numbered_quarter", "period_of_end"]

#: a quarter or half told with no number and no year of its own ("the quarter", "the latest
#: quarter", "the current half")
_BARE_PERIOD = regex.compile(r"(?i)(?:the\s+)?(?:(?:latest|current|most\s+recent|recent)\s+)?(quarter|half)")
#: the words between the period and the day it ends ("ended", "that ended", "ending on")
_ENDED = regex.compile(r"(?i)\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|closing)\s+(?:on\s+)?")
_PERIOD_VALUE = regex.compile(r"\d{4}-[QH][1-4]")
_DAY_VALUE = regex.compile(r"(\d{4})-([01]\d)(?:-[0-3]\d)?")
#: a quarter or half told by its number ("the fiscal first quarter", "third-quarter", "Q2")
_NUMBERED = regex.compile(r"(?i)\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b|\b[QH][1-4]\b")


def numbered_quarter(text: str, r: Result) -> bool:
    """Is ``r`` a quarter or half told by its number (``the fiscal first quarter``, ``Q2``)?
    A report that names its fiscal quarter so means that one by a bare quarter after it
    (``... the quarter ended Sept. 30``), whatever months it spans."""
    return bool(_PERIOD_VALUE.fullmatch(r.value) and _NUMBERED.search(text, r.start, r.end))


def period_of_end(text: str, period: Result, end_day: Result) -> Result | None:
    """``period`` placed by ``end_day``, the date told right after it as its end; None when
    ``period`` is no bare quarter or half, or ``end_day`` does not end it."""
    if not _PERIOD_VALUE.fullmatch(period.value) or end_day.type != "DATE":
        return None
    bare = _BARE_PERIOD.fullmatch(text, period.start, period.end)
    day = _DAY_VALUE.fullmatch(end_day.value)
    if bare is None or day is None or not _ENDED.fullmatch(text, period.end, end_day.start):
        return None
    y, mo = int(day.group(1)), int(day.group(2))
    n = (mo - 1) // 3 + 1 if bare.group(1).lower() == "quarter" else (1 if mo <= 6 else 2)
    value = f"{y}-{period.value[5]}{n}"
    return None if value == period.value else replace(period, value=value)
