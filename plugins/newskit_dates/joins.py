"""Durations of several units told as one length or one range (issue #14).

The grammar reads one number and one unit at a time, so "two years and six months",
"six months to a year" and "between a year and 18 months" come out of it as two
durations. TimeML writes each as one TIMEX3: a length of several units is their sum
(``P2Y6M``), a range is its low end with a ``mod`` (``EQUAL_OR_MORE`` for "to", ``APPROX``
for "or", as "two to three weeks" and "weeks or months" are written). The connectors and
their mods are rule data (``duration_joins`` in ``data/lexicon.json``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result

__all__ = ["join_durations"]

_PART = regex.compile(r"(\d+)([YMWDHS])")
_ISO = regex.compile(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?")
# the order of the units from the longest; "M" before "T" is months, after it minutes
_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
# how many of a unit make the next longer one: a part of a sum stays under it
_CARRY = {"M": 12, "D": 31, "TH": 24, "TM": 60, "TS": 60}
_BETWEEN = regex.compile(r"(?i)\bbetween\s+$")


@cache
def _connectors() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    """(a range connector, a sum connector, the mod of each range word)."""
    joins = lexicon()["duration_joins"]
    ranges: dict[str, str] = joins["range"]
    sums: list[str] = joins["sum"]
    words = "|".join(sorted((regex.escape(w) for w in ranges), key=len, reverse=True))
    rng = regex.compile(r"(?i)\s*(?P<w>" + words + r")\s*")
    total = regex.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|(?:" + "|".join(sums) + r")\s+)")
    return rng, total, {k.lower(): v for k, v in ranges.items()}


def _parts(value: str) -> list[tuple[str, int]] | None:
    """``P2Y6M`` -> [("Y", 2), ("M", 6)], ``PT3H20M`` -> [("TH", 3), ("TM", 20)]; None for a
    value that is not whole units."""
    if not _ISO.fullmatch(value) or value in ("P", "PT"):
        return None
    date, _, time = value[1:].partition("T")
    out = [(u, int(n)) for n, u in _PART.findall(date)]
    out += [("T" + u, int(n)) for n, u in _PART.findall(time)]
    return out or None


def _render(parts: list[tuple[str, int]]) -> str:
    date = "".join(f"{n}{u}" for u, n in parts if not u.startswith("T"))
    time = "".join(f"{n}{u[1]}" for u, n in parts if u.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def _sum(a: str, b: str) -> str | None:
    """The length of "A and B" when B's units are all shorter than A's ("two years and six
    months"), else None (not a length of several units)."""
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None or any(u == "W" for u, _ in pa + pb):
        return None
    if _ORDER.index(pa[-1][0]) >= _ORDER.index(pb[0][0]):
        return None
    if any(n >= _CARRY.get(u, n + 1) for u, n in pb):
        return None  # "a year and 18 months" is no way to say a length
    return _render(pa + pb)


def _bare(r: Result) -> bool:
    """A duration with no modifier of its own ("about", a range)."""
    return r.type == "DURATION" and r.mod is None


def _joined(text: str, a: Result, b: Result) -> Result | None:
    """``a`` and ``b`` as one duration when only a connector stands between them."""
    if not (_bare(a) and _bare(b)):
        return None
    rng, total, mods = _connectors()
    gap = text[a.end : b.start]
    head = text[a.start : a.end].lower()
    before = _BETWEEN.search(text, max(0, a.start - 9), a.start)
    between = head.startswith("between ") or before is not None
    m = rng.fullmatch(gap)
    if m and (m["w"].lower() != "and" or between):
        if a.value == b.value:
            return None  # "two years or two years": the same length twice
        start = before.start() if before is not None and m["w"].lower() == "and" else a.start
        return replace(a, start=start, end=b.end, mod=mods[m["w"].lower()])
    if total.fullmatch(gap) and not between:
        value = _sum(a.value, b.value)
        if value is not None:
            return replace(a, end=b.end, value=value)
    return None


def join_durations(text: str, results: list[Result]) -> list[Result]:
    """The results with each run of durations told as one length or one range joined."""
    out: list[Result] = []
    for r in results:
        if out:
            j = _joined(text, out[-1], r)
            if j is not None:
                out[-1] = j
                continue
        out.append(r)
    return out
