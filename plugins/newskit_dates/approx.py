"""A hedge told after a time: ``the next year or so``, ``a week or so ago``, ``an hour or
so``. TimeML keeps the hedge in the extent and writes the ``mod`` APPROX (TimeBank does so
every time: ``the next two years or so``, ``a week or so ago``). The hedges are rule data
(``approx_after`` in ``data/lexicon.json``)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result

__all__ = ["hedged"]

#: how far after a time its hedge may reach (the longest hedge and its spaces)
_REACH = 40


@cache
def _hedges() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a hedge right after a time, a hedge inside a time's extent)."""
    words = "|".join(r"\s+".join(map(regex.escape, h.split())) for h in sorted(lexicon()["approx_after"], key=len,
                                                                              reverse=True))
    after = regex.compile(r"(?i)\s+(?:" + words + r")(?![\p{L}\p{N}_])")
    inside = regex.compile(r"(?i)(?<![\p{L}\p{N}_])(?:" + words + r")(?![\p{L}\p{N}_])")
    return after, inside


def hedged(text: str, results: list[Result]) -> list[Result]:
    """The results with a hedge after a date or a length taken into its extent, and the
    mod APPROX given to each that holds one (a mod of its own is kept)."""
    after, inside = _hedges()
    out: list[Result] = []
    for i, r in enumerate(results):
        if r.type in ("DATE", "DURATION", "TIME"):
            nxt = results[i + 1].start if i + 1 < len(results) else len(text)
            m = after.match(text[r.end : r.end + _REACH])  # a slice: linear in an endless text
            if m is not None and r.end + m.end() <= nxt:
                r = replace(r, end=r.end + m.end())
            if r.mod is None and inside.search(text[r.start : r.end]):
                r = replace(r, mod="APPROX")
        out.append(r)
    return out
