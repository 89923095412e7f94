"""Numbers and units of time, and the TIMEX3 value of a length: ``two and a half`` ->
2.5, ``minutes`` -> ``TM``, (2.5, ``Y``) -> ``P2Y6M``. Shared by durations, sets and
counted shifts (``three days ago``)."""

from __future__ import annotations

from decimal import Decimal

import regex

from newskit_dates.lexicon import lexicon
from newskit_dates.vocabulary import compiled, numbers

__all__ = ["duration_value", "fraction_after", "is_mixed", "number_of", "unit_code"]


_NUM_SPLIT = regex.compile(r"[\s\-]+")
_MIXED = regex.compile(r"(?i)[\s-]+and[\s-]+(?P<f>\p{L}+(?:[\s-]+\p{L}+)?)\Z")
_HYPHEN_FRACTION = regex.compile(r"(?<=^\d+)-(?=\d/\d$)")


def fraction_after(raw: str) -> tuple[str, float]:
    """The whole part of a mixed number and its fraction: "two and a quarter" -> ("two",
    0.25), "a year-and-a-half"'s "-and-a-half" -> ("", 0.5); (raw, 0.0) when there is none
    (the fractions are ``mixed_fractions`` in ``data/lexicon.json``)."""
    m = _MIXED.search(raw)
    if m is None:
        return raw, 0.0
    frac = lexicon()["mixed_fractions"].get(_NUM_SPLIT.sub(" ", m["f"].lower()))
    if frac is None:
        return raw, 0.0
    return raw[: m.start()], float(frac)


#: the fractions a unit is counted in ("half an hour", "a quarter of a century")
UNIT_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three quarters": 0.75, "two thirds": 2 / 3}


def is_mixed(raw: str) -> bool:
    """Is the number a whole one and a spelled or glyph fraction ("two and a half",
    "three-and-a-quarter", "2\u00bd")? TimeML keeps its decimal in a calendar unit."""
    return raw.endswith("\u00bd") or fraction_after(" " + raw)[1] > 0


def number_of(raw: str) -> float | None:
    """The value of a number written in digits or words; None when unknown."""
    s = raw.lower().strip()
    if not s:
        return None
    if s.endswith("\u00bd") and s[:-1].isdigit():
        return int(s[:-1]) + 0.5  # "2\u00bd years"
    if s[0].isdigit():
        parts = _HYPHEN_FRACTION.sub(" ", s).split()  # "2-1/2 years" as "2 1/2 years"
        try:
            val = float(Decimal(parts[0].replace(",", "")))
        except ArithmeticError:
            return None
        if len(parts) > 1 and "/" in parts[1]:
            a, _, b = parts[1].partition("/")
            if b.isdigit() and a.isdigit() and int(b):
                val += int(a) / int(b)
        return val
    s, half = fraction_after(s)
    s = s.strip()
    nums = numbers()
    s = compiled(r"\s+").sub(" ", s)
    if s in nums:
        return nums[s] + half
    total = 0.0
    for w in _NUM_SPLIT.split(s):
        if w not in nums:
            return None
        total += nums[w]
    return total + half


def unit_code(raw: str) -> tuple[str, float] | None:
    """(TIMEX unit letter, multiplier) for a unit word: ``minutes`` -> (``TM``, 1)."""
    w = compiled(r"\s+").sub(" ", raw.lower())
    units: dict[str, str] = lexicon()["units"]
    plurals: dict[str, str] = lexicon()["unit_plurals"]
    base = None
    if w in units:
        base = w
    else:
        for k, p in plurals.items():
            if p == w:
                base = k
        if base is None and w.endswith("s") and w[:-1] in units:
            base = w[:-1]
    if base is None:
        return None
    code = units[base]
    if base == "minute":
        return "TM", 1
    if base in ("hour", "second"):
        return "T" + code, 1
    if code == "2W":
        return "W", 2
    if code == "E":
        return "Y", 10
    if code == "C":
        return "Y", 100
    return code, 1


def duration_value(n: float | None, code: str, *, decimal: bool = False) -> str:
    """``P24Y``, ``PT3H``, ``PXY``; fractions go down a unit where exact (``P2Y6M``,
    ``PT30M``, "a quarter of a century" ``P25Y``). With ``decimal`` (a spelled-out "X and a
    half"), calendar units keep the decimal as TimeML writes "a year and a half": ``P1.5Y``."""
    time = code.startswith("T")
    u = code[-1]
    pre = "PT" if time else "P"
    if n is None:
        return f"{pre}X{u}"
    n = round(n, 6)
    if n == int(n):
        return f"{pre}{int(n)}{u}"
    if decimal and not time:
        return f"{pre}{n:g}{u}"
    whole, frac = int(n), n - int(n)
    sub = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True), "W": (7, "D", False)}
    if time and u in ("H", "M"):
        low = "M" if u == "H" else "S"
        return f"PT{whole}{u}{round(frac * 60)}{low}" if whole else f"PT{round(frac * 60)}{low}"
    if u in sub and not time:
        k, su, stime = sub[u]
        part = frac * k
        if part == int(part):
            head = f"P{whole}{u}" if whole else "P"
            return head + ("T" if stime else "") + f"{int(part)}{su}"
    return f"{pre}{n:g}{u}"
