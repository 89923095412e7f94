"""Session 58: a game's quarter or half is a period of play, not of the year. Real news
(ECB+, an NFL game) dated the game "2012-Q4" from ``the fourth quarter`` and the story set
that against a ``2013`` elsewhere. A quarter or half told with no year, in a sentence
holding a word only play has, is no date; an earnings report's ``fourth quarter`` stays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2012, 12, 24)


def _values(text: str) -> list[str]:
    return [t[2] for t in date_triples(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Okafor threw a touchdown pass with 5:12 left in the fourth quarter.",
    "The Hawks trailed by nine early in the second quarter.",
    "Mendes scored twice in the second half after a goalless first half.",
    "The Rams fumbled on their own 20 in the third quarter, and the Bears kicked a field goal.",
])
def test_a_period_of_play_is_no_date(text: str) -> None:
    assert not any(v[4:6] in ("-Q", "-H") for v in _values(text)), _values(text)


@pytest.mark.parametrize(("text", "value"), [
    ("The company expects profits to rise in the fourth quarter.", "2012-Q4"),
    ("Sales fell in the first quarter of 2012, when the plant scored poorly on output.", "2012-Q1"),
    ("Earnings rose 8 percentage points in the fourth quarter.", "2012-Q4"),
    ("Output recovered in the second half.", "2012-H2"),
])
def test_a_quarter_of_the_year_stays(text: str, value: str) -> None:
    assert value in _values(text)


@settings(max_examples=30, deadline=None)
@given(ordinal=st.sampled_from(["first", "second", "third", "fourth"]),
       play=st.sampled_from(["a touchdown", "a field goal", "two free throws", "a three-pointer"]),
       verb=st.sampled_from(["added", "kicked", "made", "hit"]))
def test_play_in_any_quarter(ordinal: str, play: str, verb: str) -> None:
    assert _values(f"Lindqvist {verb} {play} in the {ordinal} quarter.") == []
