"""Ages told with an article for their number: ``a century old``, ``more than a decade
old``, ``a century and a half old``. The number grammar reads a digit or a number word
before a time word (``150 years old``); an article there is a count of one (and a half
with ``and a half``), which only the age's ``old`` makes an amount: ``a year`` alone
is the dates plugin's duration."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache

import regex

from newskit import Number
from newskit.text import compile_pattern

from .lexicon import OUTSIDE_SPAN, Lexicon, approximator_before
from .units import singular


@cache
def _article_age(time_units: frozenset[str]) -> regex.Pattern[str]:
    """``a``/``an``, a time word (plural forms too), ``and a half``, ``old``: compiled once
    for the lexicon's time words."""
    words = sorted((w for w in time_units if w.isalpha() and len(w) > 2), key=len, reverse=True)
    return compile_pattern(
        r"(?<![\p{L}\p{N}-])(?i:an?)[ \t\u00a0]+(?P<unit>(?i:" + "|".join(words) + r"))"
        r"(?P<half>[ \t\u00a0]+(?i:and)[ \t\u00a0]+(?i:a)[ \t\u00a0]+(?i:half))?[ \t\u00a0]+(?i:old)(?![\p{L}\p{N}-])")


def article_ages(text: str, lx: Lexicon, taken: Sequence[tuple[int, int]]
                 ) -> list[tuple[int, int, Number, str | None, str]]:
    """(start, end, value, approx, unit) of every age whose number is an article, its
    approximator before it included (``more than a century old``: over 1 century); none
    that overlaps a span in ``taken``."""
    out = []
    for m in _article_age(lx.time_units).finditer(text):
        start, approx = m.start(), None
        found = approximator_before(text, start, lx, whole=False)
        if found is not None and found[1] not in OUTSIDE_SPAN:
            start, approx = found[0].start(), lx.approx_map[found[1]]
        if any(s < m.end() and start < e for s, e in taken):
            continue
        value: Number = Decimal("1.5") if m.group("half") else 1
        out.append((start, m.end(), value, approx, singular(m.group("unit").lower())))
    return out
