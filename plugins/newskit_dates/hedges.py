"""A hedge or a bound told after a time: ``the next year or so``, ``a week or so ago``,
``three years or more``, ``10 minutes or less``, ``1994 or later``. TimeML keeps it in the
extent and writes it as the ``mod`` (TimeBank: ``the next two years or so`` APPROX, ``1994
or later`` ON_OR_AFTER). The words are rule data (``hedges_after`` in
``data/lexicon.json``, by mod); a bound of amount follows a length, a bound in time a date
or a clock time, a hedge any of them."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from newskit.text import compile_pattern
from newskit_dates.lexicon import lexicon
from newskit_dates.normalize import Result

__all__ = ["hedged"]

#: how far after a time its hedge may reach (the longest hedge and its spaces)
_REACH = 40
#: the types of time each mod may follow (a length is more or less, a date later or earlier)
_TYPES = {"APPROX": ("DATE", "DURATION", "TIME"), "EQUAL_OR_MORE": ("DURATION",), "EQUAL_OR_LESS": ("DURATION",),
          "ON_OR_AFTER": ("DATE", "TIME"), "ON_OR_BEFORE": ("DATE", "TIME")}


@cache
def _hedges() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    """(a hedge right after a time, a hedge inside a time's extent, the mod of each hedge)."""
    mods = {" ".join(h.lower().split()): mod for mod, hs in lexicon()["hedges_after"].items() for h in hs}
    words = "|".join(r"\s+".join(map(regex.escape, h.split())) for h in sorted(mods, key=len, reverse=True))
    after = compile_pattern(r"(?i)\s+(?P<h>" + words + r")(?![\p{L}\p{N}_])")
    inside = compile_pattern(r"(?i)(?<![\p{L}\p{N}_])(?P<h>" + words + r")(?![\p{L}\p{N}_])")
    return after, inside, mods


def hedged(text: str, results: list[Result]) -> list[Result]:
    """The results with a hedge or bound after a date or a length taken into its extent,
    and its mod given to each that holds one (a mod of its own is kept)."""
    after, inside, mods = _hedges()
    out: list[Result] = []
    for i, r in enumerate(results):
        nxt = results[i + 1].start if i + 1 < len(results) else len(text)
        m = after.match(text[r.end : r.end + _REACH])  # a slice: linear in an endless text
        if m is not None and r.end + m.end() <= nxt and r.type in _TYPES[_mod(m, mods)]:
            r = replace(r, end=r.end + m.end())
        held = inside.search(text[r.start : r.end]) if r.mod is None else None
        if held is not None and r.type in _TYPES[_mod(held, mods)]:
            r = replace(r, mod=_mod(held, mods))
        out.append(r)
    return out


def _mod(m: regex.Match[str], mods: dict[str, str]) -> str:
    return mods[" ".join(m["h"].lower().split())]
