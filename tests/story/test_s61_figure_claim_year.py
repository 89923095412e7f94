"""Session 61 (helper spurious): a claim dated to a whole earlier year tells its amounts of
that year (``In 2024, the government agreed to an increase of 15%``): the year is the amount's
era, background to the story's own figures, though it is also the claim's date
(``figures._era``, ``_earlier_year``). A claim dated by a month or a day keeps its date as a
time, no era. Invented sentences: a rail strike, a port's pay deal, a mill's layoffs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, figures_by_measure

_STRIKE = "In 2024, rail workers stopped for nine days before the government agreed to an increase of 15%."


def test_a_fronted_earlier_year_dates_its_claims_amount(pipeline: Pipeline) -> None:
    """Fails without the rule: the 15% of 2024 read as a figure of the story's time."""
    got = figure_measures(pipeline, _STRIKE)
    assert got.get("15%", "").endswith(" in 2024"), got


def test_a_claim_dated_by_a_month_keeps_no_era(pipeline: Pipeline) -> None:
    got = figure_measures(pipeline, "The port's owners said in January that they had cut 40 jobs.")
    assert not got.get("40", "").endswith(" in 2026"), got


def test_the_earlier_years_rise_is_no_rival_reading(pipeline: Pipeline) -> None:
    """Fails without the rule: 2024's 15% stood beside this year's offer as a reading of it."""
    got = figures_by_measure(pipeline,
                             "The railway has offered an increase of 12% over two years. " + _STRIKE,
                             "The railway offered its workers an increase of 12%, the union said.")
    assert all("15%" not in amounts for _, amounts in got.values()), got


@settings(max_examples=8, deadline=None)
@given(st.integers(2015, 2024), st.sampled_from(["agreed to", "approved", "granted"]))
def test_any_earlier_year_before_a_claim(pipeline: Pipeline, year: int, verb: str) -> None:
    text = f"In {year}, the ministry {verb} an increase of 11% for dock workers after a long strike."
    assert figure_measures(pipeline, text).get("11%", "").endswith(f" in {year}"), text
