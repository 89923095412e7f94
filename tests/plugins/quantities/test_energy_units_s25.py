"""Issue #10, session 25: an amount of energy in watt-hours with a metric prefix is read whole
in every spelling news uses, with a space or a hyphen, singular or plural (``30 gigawatt
hours`` was read as 30 gigawatts, a power, cut short of its ``hours``); sentences of energy
news written for these tests (storage, output, demand)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities import find_quantities

_UNITS = {"kilowatt": "kWh", "megawatt": "MWh", "gigawatt": "GWh", "terawatt": "TWh"}


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The reservoir can store 30 gigawatt hours of power for the grid.", ("30 gigawatt hours", 30, "GWh")),
    ("Wind farms produced 1.2 terawatt hours in March.", ("1.2 terawatt hours", "1.2", "TWh")),
    ("A 400-megawatt-hour battery opened near the port.", ("400-megawatt-hour", 400, "MWh")),
    ("The average home uses 2,700 kilowatt-hour a year.", ("2,700 kilowatt-hour", 2700, "kWh")),
])
def test_energy_in_watt_hours_is_read_whole(text: str, expected: tuple[str, int | str, str]) -> None:
    span, value, unit = expected
    assert read(text) == [(span, Decimal(str(value)), unit)]


def test_power_without_hours_stays_power() -> None:
    assert read("The plant can deliver 30 gigawatts at peak.") == [("30 gigawatts", Decimal(30), "GW")]


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(sorted(_UNITS)),
       st.sampled_from([" {p} hours", " {p}-hours", " {p} hour", " {p}-hour"]))
def test_every_spelling_of_a_watt_hour_reads_its_unit(n: int, prefix: str, form: str) -> None:
    told = f"{n}" + form.format(p=prefix)
    (got,) = find_quantities(f"Demand reached {told} on Tuesday.")
    assert (got.value, got.unit) == (n, _UNITS[prefix])
