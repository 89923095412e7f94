"""One amount told in two unit systems (figure_units, figure_story.split_by_magnitude, the
quantities plugin's unit words): a frost in Celsius and in Fahrenheit, a speed per second
and per hour, a length in metres and in feet, a tonnage and an area in two systems.
Invented sentences of kinds of news other than the read stories (a cold snap, a probe, a
harbour, a dam, a grain harvest)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_data import unit_dimensions
from newskit.story.figure_label import _overlap
from newskit.story.figure_story import split_by_magnitude
from newskit.story.figure_units import base_value, on_interval_scale, to_base
from tests.story.helpers import figures_by_measure, first_figure


def _fig(text: str, article: str = "a1", stated: str = "2025-01-14") -> Figure:
    return first_figure(text, article, stated)


def test_a_frost_in_two_scales_is_one_band_of_magnitude() -> None:
    """``minus 18C`` and ``0F`` (-17.8C) lie below zero: no ratio of two temperatures tells
    them apart, so the magnitude split keeps them together (it set each apart before)."""
    c = _fig("Overnight the mercury fell to minus 18C in the valley.")
    f = _fig("Overnight the mercury fell to 0F in the valley.", "a2")
    assert on_interval_scale(c) and on_interval_scale(f)
    assert len(split_by_magnitude([c, f])) == 1
    assert _overlap(c, f)


def test_two_falls_below_zero_of_one_size_are_one_band() -> None:
    """Two negative amounts of one size are one band, as two positive ones are; a count is
    on no interval scale."""
    a = _fig("Exports changed by -7.4% in March.")
    b = _fig("Exports changed by minus 7.4 percent in March.", "a2")
    assert base_value(a) < 0 and base_value(b) < 0
    assert len(split_by_magnitude([a, b])) == 1
    assert not on_interval_scale(_fig("Some 40 families were moved."))


def test_a_cold_snap_told_in_celsius_and_fahrenheit_is_one_consistent_figure(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline,
                             "The lowest overnight temperature in the valley was minus 23C, forecasters said.",
                             "The lowest overnight temperature in the valley was minus 9 degrees Fahrenheit.")
    assert ("consistent", {"minus 23C", "minus 9 degrees Fahrenheit"}) in got.values(), got


def test_a_speed_per_second_is_a_speed() -> None:
    """``11 kilometres per second`` is 39,600 km/h, ``about 40,000 km/h`` restates it;
    ``7 miles a second`` is 40,555 km/h."""
    probe = _fig("The probe hit the atmosphere at 11 kilometres per second.")
    assert probe.unit == "km/s"
    assert base_value(probe) == pytest.approx(39_600)
    assert _overlap(probe, _fig("The probe was travelling at about 40,000 km/h.", "a2"))
    miles = _fig("The probe was moving at 7 miles a second.", "a2")
    assert miles.unit == "mile/s" and base_value(miles) == pytest.approx(40_555.47, rel=1e-5)


def test_nanometres_are_no_nautical_miles() -> None:
    """A chip's ``3 nanometres`` is a billionth of a metre; ``12 nm`` off a coast is
    nautical miles."""
    assert base_value(_fig("The plant will make chips at 3 nanometres.")) == pytest.approx(3e-9)
    assert base_value(_fig("The tanker sank 12 nm off the coast.")) == pytest.approx(22_224)


def test_the_factors_of_the_imperial_units_are_exact() -> None:
    """A pound is 0.45359237 kg, a US gallon 3.785411784 litres, an acre 4,046.8564224
    square metres, a short ton 907.18474 kg (the definitions, not a rounding)."""
    assert to_base(1, "lb") == 0.45359237
    assert to_base(1, "gallon") == 3.785411784
    assert to_base(1, "acre") == 4046.8564224
    assert to_base(1, "ton") == 907.18474
    assert to_base(212, "°F") == pytest.approx(100.0)


#: unit words of the quantities plugin and the unit each is read as, by dimension
_SPELLED = {
    "length": [("kilometres", "km"), ("miles", "mile"), ("metres", "m"), ("feet", "ft"), ("yards", "yd")],
    "area": [("hectares", "ha"), ("acres", "acre"), ("square kilometres", "km2"), ("square miles", "mi2")],
    "volume": [("litres", "l"), ("gallons", "gallon"), ("cubic metres", "m3")],
    "mass": [("tonnes", "tonne"), ("kilograms", "kg"), ("ounces", "oz")],
    "speed": [("kilometres per hour", "km/h"), ("miles per hour", "mph"), ("knots", "knot"),
              ("metres per second", "m/s"), ("kilometres per second", "km/s")],
    "temperature": [("degrees Celsius", "°C"), ("degrees Fahrenheit", "°F")],
}


@st.composite
def _two_units(draw: st.DrawFn) -> tuple[str, str, str, str]:
    units = _SPELLED[draw(st.sampled_from(sorted(_SPELLED)))]
    a = draw(st.sampled_from(units))
    b = draw(st.sampled_from([u for u in units if u != a]))
    return (*a, *b)


@settings(max_examples=60, deadline=None)
@given(_two_units(), st.integers(min_value=2, max_value=9000))
def test_an_amount_converted_into_another_unit_reads_back_as_the_same(units: tuple[str, str, str, str],
                                                                        value: int) -> None:
    """Any whole amount in one unit and its conversion into another unit of its dimension,
    rounded to four significant digits as a writer would, parse back (the plugin's unit
    words) to amounts that agree within what each form allows (the table's factors and
    offsets)."""
    word_a, unit_a, word_b, unit_b = units
    base = to_base(value, unit_a)
    offset = to_base(0, unit_b)
    converted = (base - offset) / (to_base(1, unit_b) - offset)
    written = Decimal(str(converted)).quantize(Decimal(10) ** (Decimal(str(abs(converted))).adjusted() - 3))
    a = _fig(f"The reading was {value:,} {word_a} on Monday.")
    b = _fig(f"The reading was {written:,f} {word_b} on Monday.", "a2")
    assert (a.unit, b.unit) == (unit_a, unit_b)
    assert unit_dimensions()[unit_a.lower()][0] == unit_dimensions()[unit_b.lower()][0]
    assert base_value(b) == pytest.approx(base, rel=2e-3, abs=0.05)
    assert _overlap(a, b), (value, unit_a, written, unit_b)


def test_a_ton_allows_the_short_the_long_and_the_metric_ton() -> None:
    """A wire's ``12,000 tons`` of grain is 10,886 to 12,192 tonnes by its readings: another
    outlet's ``about 11,500 tonnes`` agrees with it; ``9,000 tonnes`` agrees with none."""
    tons = _fig("The ship was carrying 12,000 tons of wheat when it ran aground.")
    assert _overlap(tons, _fig("The ship was carrying about 11,500 tonnes of wheat.", "a2"))
    assert not _overlap(tons, _fig("The ship was carrying 9,000 tonnes of wheat.", "a2"))
    assert base_value(tons) == pytest.approx(12_000 * 907.18474)


def test_a_deadweight_tonnage_is_in_tonnes() -> None:
    """Shipping news' ``dwt`` is deadweight tonnes, not the jeweller's pennyweight."""
    assert base_value(_fig("The 82,000 dwt bulk carrier lost power.")) == pytest.approx(82_000_000)
