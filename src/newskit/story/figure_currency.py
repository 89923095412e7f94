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

A name several countries' currencies share (pesos, dinars, shillings, rupees), written bare
(``1 million pesos``, ``2.55 dinars``), is the currency of the country the story's sums are
told in: of that name's countries, the one the sentences of the story's amounts name most
(a country, a city, a demonym); with none named, the name's default, or no rate at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import regex

from newskit.actors import gazetteer_scan
from newskit.datafiles import package_json
from newskit.model import Figure

__all__ = ["YEAR_SETS_KEPT", "Rate", "dated_bands", "local_currencies", "rate", "shared_name", "stated_years", "story_countries"]

#: units of a currency to one US dollar, the share of itself either side it allows, and the
#: first and last year it is taken to hold
Rate = tuple[float, float, int, int]

#: How many sets of years' tables are kept (the most recently asked): a stream of stories
#: (``newskit stories`` over a feed) keeps bringing new sets of years its sums were stated
#: in, and a table was kept for every set ever met (about 28 kB a set with
#: :mod:`figure_bands`' own), where memory should stay flat (issue #11)
YEAR_SETS_KEPT = 256


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "currency_rates.json")
    return data


@cache
def _rates() -> dict[str, Rate]:
    data = _data()
    return {code: (float(r["per_usd"]), float(r["tolerance"]), int(r["years"][0]), int(r["years"][1]))
            for code, r in data["rates"].items()}


def rate(code: str, years: Iterable[int]) -> Rate | None:
    """The rough rate of ``code`` when it holds in every one of ``years`` (at least one)."""
    found = _rates().get(code)
    ys = tuple(years)
    if found is None or not ys or not all(found[2] <= y <= found[3] for y in ys):
        return None
    return found


@lru_cache(maxsize=YEAR_SETS_KEPT)  # bounded: a stream keeps bringing new sets of years
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


@cache
def _shared() -> tuple[tuple[str, Any, str | None, dict[str, str]], ...]:
    """(name, its written forms compiled, default currency, country -> currency) of each
    shared name: a form is a whole word, with no capitalised word right before it (a
    country's adjective: ``Kenyan shillings`` names its currency)."""
    out = []
    for name, info in _data()["shared_names"].items():
        forms = "|".join(regex.escape(w) for w in sorted(info["written"], key=len, reverse=True))
        pattern = regex.compile(r"(?<!\p{Lu}\p{L}*\s+)(?<![\p{L}])(?:" + forms + r")(?![\p{L}])")
        out.append((name, pattern, info["default"], dict(info["countries"])))
    return tuple(out)


def shared_name(f: Figure) -> str | None:
    """The shared currency name a sum is written with bare (``pesos`` of ``1 million
    pesos``, ``rupees`` of ``Rs1.5 million``), or None."""
    text = f.ref.text if f.ref is not None else ""
    return next((name for name, pattern, _, _ in _shared() if pattern.search(text)), None)


def story_countries(figures: Sequence[Figure]) -> Counter[str]:
    """How often each country is named (itself, a place in it, its people's adjective:
    ``the Zambian regulator``) in the sentences that tell the story's amounts, by the
    actors' gazetteer."""
    seen: set[tuple[str, int]] = set()
    out: Counter[str] = Counter()
    for f in figures:
        ev = f.evidence
        if ev is None or (ev.article, ev.start) in seen:
            continue
        seen.add((ev.article, ev.start))
        out.update(a.country for a in gazetteer_scan(ev.text) if a.country)
    return out


def local_currencies(sums: Mapping[str, Sequence[Figure]], figures: Sequence[Figure]) -> dict[str, str | None]:
    """For each currency read whose every sum is written with one bare shared name, the
    currency the story's place makes it (None: none, so no rough rate converts it)."""
    out: dict[str, str | None] = {}
    countries: Counter[str] | None = None
    for code, figs in sums.items():
        names = {shared_name(f) for f in figs}
        if len(names) != 1 or None in names:
            continue
        name = names.pop()
        _, _, default, by_country = next(s for s in _shared() if s[0] == name)
        countries = story_countries(figures) if countries is None else countries
        named = sorted(((countries[c], cur) for c, cur in by_country.items() if countries[c]), reverse=True)
        if len(named) > 1 and named[0][0] == named[1][0]:
            out[code] = None  # two of its countries named as often: no telling which
        else:
            out[code] = named[0][1] if named else default
    return out
