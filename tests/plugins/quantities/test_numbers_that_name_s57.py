"""Numbers that count nothing (session 57, issue #10): on real multi-outlet news a team's
record before a singular noun of a result (``a 9-14 start``) or after a form of "be"
(``are just 2-8``), and a year after a possessive determiner (``its 2026 results``), were
read as amounts and compared across outlets as counts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities.grammar import find_quantities


def _surfaces(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    "The Hornets fired their coach after a disappointing 9-14 start to the season.",
    "City slumped to a 1-2 defeat at home on Saturday.",
    "The Falcons ended the year with a 10-16 record.",
    "After an 18-30 finish, the club replaced its manager.",
    "The Hornets are just 2-8 in their last ten games.",
    "Before the trade they were 11-19 on the road.",
])
def test_a_record_or_a_score_is_no_amount(text: str) -> None:
    assert not [s for s in _surfaces(text) if "-" in s]


@pytest.mark.parametrize(("text", "surface"), [
    ("The club needs 2-3 wins to stay in the league.", "2-3"),
    ("Between 20-30 people were hurt in the crush.", "20-30"),
    ("Forecasters expect 10-15 centimetres of snow.", "10-15 centimetres"),
    ("Losses were 10-12 per cent higher than forecast.", "10-12 per cent"),
])
def test_a_range_of_plural_things_is_still_an_amount(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@pytest.mark.parametrize("text", [
    "The company will publish its 2026 results in March.",
    "Both reporters reread their 1974 stories about the break-in.",
    "Analysts cut their 2027 forecasts for the group.",
    "She revised her 2019 findings after new samples came in.",
    "Our 2024 figures were never published.",
])
def test_a_year_after_a_possessive_is_no_amount(text: str) -> None:
    assert _surfaces(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("The union said its 1,500 members would strike.", "1,500"),
    ("Their 12 children were taken into care.", "12"),
])
def test_a_count_after_a_possessive_is_still_an_amount(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["start", "record", "defeat", "win", "finish"]))
def test_a_dashed_pair_before_a_result_is_never_an_amount(a: int, b: int, noun: str) -> None:
    text = f"The side made a {a}-{b} {noun} and the coach was pleased."
    assert not [s for s in _surfaces(text) if "-" in s]
