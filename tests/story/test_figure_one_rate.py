"""Which measures' names may be of one time (``figure_story._one_time``): rates of one unit
of time join as counts do, rates of two units or of a past year do not."""

from __future__ import annotations

from newskit.story.figure_story import _one_time


def test_rates_of_one_unit_of_time_are_of_one_time() -> None:
    assert _one_time("number of visitors per year", "? per year")
    assert _one_time("? per day", "? per day")


def test_rates_of_two_units_or_with_a_year_are_not() -> None:
    assert not _one_time("number of visitors per year", "? per day")
    assert not _one_time("number of visitors per year", "number of visitors")
    assert not _one_time("number of cars in 2025 per year", "? per year")
