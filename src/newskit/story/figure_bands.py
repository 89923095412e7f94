"""The rates of exchange a sum in one currency may have been converted at, when the story
itself never converts it: a band per currency pair over a span of years
(``data/currency_bands.json``), so that two outlets' ``7.4 million dollars`` and ``EUR
6.8 million`` can be one sum while ``$5 million`` and ``EUR 10 million`` cannot.

A rate is a fact of its own day, so no single rate is known here; what is known is the
range it moved in. A pair the table lacks is joined through one third currency (``GBP`` to
``PLN`` through ``EUR``), which widens the band; a band wider than ``max_ratio`` (its
highest rate over its lowest) says nothing about which sums are one and is never used, nor
is any band for a sum stated outside the table's years. Sums stated in years a rough rate of
:mod:`figure_currency` holds in also have that rate's band against the dollar (the
currencies the table leaves out: the naira, the shilling, the rand...).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from newskit.datafiles import package_json
from newskit.story.figure_currency import YEAR_SETS_KEPT, dated_bands

__all__ = ["Band", "band", "in_years"]

#: (lowest, highest) units of the second currency one unit of the first was worth
Band = tuple[float, float]

#: How many answers of :func:`band` are kept (the most recently asked): one per pair of
#: currencies and set of years, and a stream brings new sets of years (about 300 bytes an
#: answer with its key)
BANDS_KEPT = 1 << 12


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "currency_bands.json")
    return data


@lru_cache(maxsize=YEAR_SETS_KEPT)  # bounded: a stream keeps bringing new sets of years
def _direct(years: frozenset[int] | None = None) -> dict[tuple[str, str], Band]:
    """Every pair of the table both ways round (``USD/EUR`` from ``EUR/USD``), with the
    rough rates' bands of ``years`` (:func:`figure_currency.dated_bands`; the narrower
    where a pair has both)."""
    pairs = [(*pair.split("/"), (float(lo), float(hi))) for pair, (lo, hi) in _table()["bands"].items()]
    if years:
        pairs += [(a, b, found) for (a, b), found in dated_bands(years).items()]
    out: dict[tuple[str, str], Band] = {}
    for a, b, (lo, hi) in pairs:
        if (a, b) not in out or hi / lo < _width(out[(a, b)]):
            out[(a, b)] = (lo, hi)
            out[(b, a)] = (1.0 / hi, 1.0 / lo)
    return out


def _width(b: Band) -> float:
    return b[1] / b[0]


@lru_cache(maxsize=BANDS_KEPT)  # bounded: a stream keeps bringing new sets of years
def band(a: str, b: str, years: frozenset[int] | None = None) -> Band | None:
    """How many units of ``b`` one unit of ``a`` was worth, lowest and highest: the table's
    own pair, else the narrowest through one third currency; None when no band, or only one
    wider than ``max_ratio``, is known. With the ``years`` the sums were stated in, the
    rough rates that hold in all of them count too."""
    direct = _direct(years)
    if a == b:
        return (1.0, 1.0)
    found = direct.get((a, b))
    if found is None:
        through = [(x[0] * y[0], x[1] * y[1]) for (p, c), x in direct.items() if p == a
                   for y in [direct.get((c, b))] if y is not None]
        found = min(through, key=_width, default=None)
    return found if found is not None and _width(found) <= float(_table()["max_ratio"]) else None


def in_years(stated: str | None) -> bool:
    """Whether a sum stated at ``stated`` (an ISO date, or None when unknown) lies in the
    years the bands were read over."""
    if stated is None or not stated[:4].isdigit():
        return True
    first, last = _table()["years"]
    return bool(int(first) <= int(stated[:4]) <= int(last))
