"""Rough rates of a year for the currencies no band of :mod:`figure_bands` ties, so that one
sum told in the local currency by one outlet and in dollars by another compares (``870
billion naira`` / ``about $560 million``, ``Tk 250 crore`` / ``about $21 million``, ``RM5
million`` / ``about US$1.1 million``).

Why: news from a country whose currency is not a major one tells its sums twice over, the
local press in the local currency and the wire services in dollars, and neither converts
in its own text. The bands of ``currency_bands.json`` leave out the currencies that moved
by half over their years (the naira, the shilling, the rand...): no single range holds
them. Over one or two years such a currency holds a rate closely enough for two forms of
one sum to meet; ``data/currency_rates.json`` gives that rate (units to one US dollar), the
years it is taken to hold and a tolerance, and a sum stated outside those years (or at an
unknown date) is never converted.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from newskit.datafiles import package_json

__all__ = ["Rate", "dated_bands", "rate", "stated_years"]

#: units of a currency to one US dollar, the share of itself either side it allows, and the
#: first and last year it is taken to hold
Rate = tuple[float, float, int, int]


@cache
def _rates() -> dict[str, Rate]:
    data: dict[str, Any] = package_json("newskit", "currency_rates.json")
    return {code: (float(r["per_usd"]), float(r["tolerance"]), int(r["years"][0]), int(r["years"][1]))
            for code, r in data["rates"].items()}


def rate(code: str, years: Iterable[int]) -> Rate | None:
    """The rough rate of ``code`` when it holds in every one of ``years`` (at least one)."""
    found = _rates().get(code)
    ys = tuple(years)
    if found is None or not ys or not all(found[2] <= y <= found[3] for y in ys):
        return None
    return found


@cache
def dated_bands(years: frozenset[int]) -> dict[tuple[str, str], tuple[float, float]]:
    """The band of units of each tabled currency to one US dollar, ``(USD, code)``, for the
    currencies whose rate holds in all of ``years``: the rate its tolerance either side."""
    out = {}
    for code in _rates():
        found = rate(code, years)
        if found is not None:
            per_usd, tol = found[0], found[1]
            out[("USD", code)] = (per_usd * (1 - tol), per_usd * (1 + tol))
    return out


def stated_years(stated: Iterable[str | None]) -> frozenset[int] | None:
    """The years amounts were stated in (ISO dates), or None when any date is unknown: a
    rate of a year says nothing of a sum of an unknown one."""
    out = set()
    for s in stated:
        if s is None or not s[:4].isdigit():
            return None
        out.add(int(s[:4]))
    return frozenset(out)
