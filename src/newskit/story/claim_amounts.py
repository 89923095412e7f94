"""The amounts a claim names, one key each: what ties a denial to the assertion it answers
when they share no other word.

A denial that names the amount another source gave (``dismissed a claim ... that $3
million had changed hands`` / ``the gang had received $3 million``) speaks of that
source's proposition: an exact sum, share or scaled count is rarely named by chance by two
claims of one story. Bare numbers (years, ages, a crew of 22) are left out; only an amount
with a currency, a scale word or a percent sign is a key.
"""

from __future__ import annotations

import regex

__all__ = ["amounts"]

_AMOUNT = regex.compile(r"(?<![\p{L}\p{N}.,])(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
                        r"(?:\s*(?P<scale>million|billion|trillion|bn)(?![\p{L}]))?"
                        r"(?P<pct>\s?%|\s+per\s?cent(?![\p{L}])|\s+percent(?![\p{L}]))?", regex.I)
_SCALES = {"bn": "billion"}


def amounts(text: str) -> frozenset[str]:
    """Keys of the amounts ``text`` names (``$3 million`` -> ``$3million``, ``27 percent``
    -> ``27%``): a currency, a scale or a percent sign makes a number an amount."""
    out = set()
    for m in _AMOUNT.finditer(text):
        cur, scale, pct = m.group("cur") or "", (m.group("scale") or "").lower(), "%" if m.group("pct") else ""
        if cur or scale or pct:
            out.add(f"{cur}{m.group('num').replace(',', '')}{m.group('dec') or ''}{_SCALES.get(scale, scale)}{pct}")
    return frozenset(out)
