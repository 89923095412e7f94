"""An amount's value in the base unit of its dimension, and the values its written form
allows: what lets two outlets' amounts be compared whatever unit, unit spelling or number
form each wrote (``14-mile`` / ``about 22km``, ``14,200 megawatts`` / ``14.2GW``, ``47C`` /
``116.6F``).

* **the dimension** of an amount comes from its unit (a closed class per dimension in
  ``figures.json`` ``unit_dimensions``: money per currency, percent, duration, length,
  mass, power, speed, temperature...; a bare number or a counted noun is a ``count``); two
  dimensions never measure one thing, and two currencies are converted only at the rates
  the story's own outlets give (``figure_rates``: ``€110 million (£94.6 million)``; a
  rate of exchange is a fact of its own day, never a fixed one of the code);
* **the base value** is the value times its unit's factor, after the unit's offset for a
  scale with another zero (``unit_offsets``: degrees Fahrenheit);
* **the precision of a measurement**: an amount of a measured dimension (not a count, not
  a sum, not a percentage) is a rounded reading, so its value stands for half a step of its
  last written digit either side (``82`` metres for 81.5-82.5, ``14.2`` GW for 14.15-14.25,
  ``3,000`` nautical miles for at most 5% either side). A converted amount is rounded in
  its own unit (``116.6F`` for 47C, ``about 22km`` for 14 miles), so two forms of one
  measurement overlap once each keeps its own precision. Counts are exact (``27`` injured
  is no rounded 30); a sum is exact in its own currency and as precise as the story's rate
  in another (``conversion_tolerance``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache

import attrs
import regex

from newskit import Number
from newskit.model import Figure, QuantityMention
from newskit.story.figure_data import figure_rules, unit_dimensions
from newskit.story.figure_rates import conversion_share, currency_dimension, is_converted

__all__ = ["as_share", "base_range", "base_value", "dimension", "is_fraction_word", "is_measured", "is_reading",
           "measurement_step", "on_interval_scale", "spread", "to_base", "unit_dimension"]

_ISO = regex.compile(r"[A-Z]{3}")

#: a percent written as such: digits, a sign or the word (``18%``, ``64 per cent``, ``five percent``)
_PERCENT_WRITTEN = regex.compile(r"\d|%|\bper\s*cent", regex.I)

#: dimensions whose amounts are counted or fixed by a text, not read off an instrument
_EXACT = ("count", "percent", "multiple", "magnitude")


@cache
def _offsets() -> dict[str, float]:
    """The units whose zero is not the base unit's (``°F``): added before the factor."""
    return {u.lower(): float(v) for u, v in figure_rules()["unit_offsets"].items() if not u.startswith("_")}


def _unit_dimension(unit: str | None) -> tuple[str, float]:
    u = (unit or "").strip()
    if _ISO.fullmatch(u):
        return currency_dimension(u)  # the story's rates decide: never kept
    return _table_dimension(u.lower())


@lru_cache(maxsize=4096)
def _table_dimension(unit: str) -> tuple[str, float]:
    """(dimension, factor) of a unit that is no currency, as the table gives it: the
    comparisons of a story's amounts ask for each pair of amounts, so it is kept (bounded: a
    counted noun is a unit too)."""
    return unit_dimensions().get(unit, ("count", 1.0))


def dimension(f: Figure) -> tuple[str, float]:
    """(dimension, factor to its base unit) of an amount: ``money:USD``, ``percent``,
    ``length``, ``duration``...; a bare number or a counted noun is a ``count``."""
    return _unit_dimension(f.unit)


def unit_dimension(unit: str | None) -> tuple[str, float]:
    """:func:`dimension` of an amount in ``unit`` (an amount not yet a figure)."""
    return _unit_dimension(unit)


def _percent_of(v: Number) -> Number:
    d = Decimal(v) * 100
    return int(d) if d == d.to_integral_value() else d.normalize()


def as_share(q: QuantityMention) -> QuantityMention:
    """A fraction written in words with no unit (``about a fifth`` of the staff, ``nearly
    two-thirds``, ``half``) is a share of a whole: read in percent, as ``18%`` or ``64 per
    cent`` of it are, so that one share in two forms compares (a count is never a fraction
    of one)."""
    if q.unit is not None or q.value is None or not 0 < q.value < 1 or _PERCENT_WRITTEN.search(q.text):
        return q
    return attrs.evolve(q, value=_percent_of(q.value), high=None if q.high is None else _percent_of(q.high),
                        unit="percent")


def is_fraction_word(f: Figure) -> bool:
    """Whether a share was written as a fraction (``a fifth``): a rounding to a simple
    fraction, looser than the last digit of ``18%``."""
    return (f.unit or "").lower() == "percent" and f.ref is not None and not _PERCENT_WRITTEN.search(f.ref.text)


def is_measured(unit: str | None) -> bool:
    """Whether a unit is one of measure (``kg``, ``km``, ``MW``), not a counted noun."""
    return (unit or "").lower() in unit_dimensions()


def is_reading(f: Figure) -> bool:
    """Whether an amount is a reading of a measured dimension (a duration, a length, a
    mass...), not a count, a sum or a share fixed by a text."""
    return _unit_dimension(f.unit)[0].split(":")[0] not in (*_EXACT, "money")


@cache
def _interval_dimensions() -> frozenset[str]:
    """The dimensions with a unit whose zero is a convention (``°F``, ``°C``): temperature."""
    table = unit_dimensions()
    return frozenset(table[u][0] for u in _offsets() if u in table)


def on_interval_scale(f: Figure) -> bool:
    """Whether an amount is read on a scale whose zero is a convention (a temperature):
    ``minus 14C`` is no smaller an amount than ``7F``, and no ratio of two such readings
    says how far apart they lie."""
    return dimension(f)[0] in _interval_dimensions()


def to_base(value: float, unit: str | None) -> float:
    """A value written in ``unit`` in its dimension's base unit (``14`` mile -> 22530.8 m,
    ``116.6`` °F -> 47.0 °C)."""
    return (value + _offsets().get((unit or "").strip().lower(), 0.0)) * _unit_dimension(unit)[1]


@cache
def _readings() -> dict[str, tuple[float, float]]:
    """The units one name stands for several of (``ton``, ``gallon``): their lowest and
    highest factors (``unit_readings``)."""
    return {u.lower(): (float(lo), float(hi)) for u, (lo, hi) in figure_rules()["unit_readings"].items()}


def base_range(low: float, high: float, unit: str | None) -> tuple[float, float]:
    """The values from ``low`` to ``high`` written in ``unit`` span in the base unit: in a
    unit one name stands for several of (``15,000 tons``: short, long or metric), every
    reading's (:func:`to_base` of each end otherwise)."""
    span = _readings().get((unit or "").strip().lower())
    if span is None:
        return to_base(low, unit), to_base(high, unit)
    ends = [v * k for v in (low, high) for k in span]
    return min(ends), max(ends)


def base_value(f: Figure) -> float:
    """An amount's (low) value in its dimension's base unit."""
    return to_base(float(f.value or 0), f.unit)


def spread(values: Sequence[float]) -> float | None:
    """How many times the smallest magnitude the largest is, for values of one sign (a
    fall of ``-7.4%`` and ``minus 7.4 percent``, ``minus 14C`` and ``7F`` are as close as
    two rises); None when a value is zero or the signs differ: no ratio says how far apart
    those lie."""
    if not values or any(v == 0 for v in values) or len({v > 0 for v in values}) > 1:
        return None
    sizes = [abs(v) for v in values]
    return max(sizes) / min(sizes)


def measurement_step(f: Figure) -> float:
    """Half the step of the last written digit of a measured amount, in its own unit, at
    most ``measurement_tolerance`` of its value (``82``: 0.5; ``14.2``: 0.05; ``3,000``:
    150, not 500); 0 for an amount of an exact dimension (a count, a sum, a percentage),
    unless a sum is converted at the story's rate (``conversion_tolerance`` of it)."""
    if f.value is None:
        return 0.0
    if is_converted(f.unit):
        return conversion_share(str(f.unit).strip()) * abs(float(f.value))
    if not is_reading(f):
        return 0.0
    exp = Decimal(str(f.value)).normalize().as_tuple().exponent
    step = 10.0 ** int(exp) if isinstance(exp, int) else 1.0
    return min(step / 2, float(figure_rules()["measurement_tolerance"]) * abs(float(f.value)))

