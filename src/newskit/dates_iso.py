"""Parsing the ISO-8601 publication dates that arrive with articles."""

from __future__ import annotations

import datetime as dt

from newskit.patterns import compile_pattern

__all__ = ["parse_published"]

_ISO = compile_pattern(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_published(value: object) -> dt.datetime | dt.date | None:
    """``"2024-06-17"`` -> date, ``"2024-06-11T16:51+09:00"`` -> aware datetime, None -> None.

    Raises ValueError for a string that is not ISO-8601 (a clear error beats a guess).
    """
    if value is None or value == "":
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO-8601 string, got {type(value).__name__}")
    s = value.strip()
    m = _ISO.fullmatch(s)
    if not m:
        raise ValueError(f"published {value!r} is not an ISO-8601 date or datetime")
    day = dt.date.fromisoformat(m["date"])
    if m["h"] is None:
        return day
    tz = None
    if m["tz"]:
        if m["tz"] == "Z":
            tz = dt.timezone.utc
        else:
            sign = 1 if m["tz"][0] == "+" else -1
            digits = m["tz"][1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return dt.datetime(day.year, day.month, day.day, int(m["h"]), int(m["m"]), int(m["s"] or 0),
                       tzinfo=tz)
