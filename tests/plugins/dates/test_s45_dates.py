"""Issue #14, session 45: anchored times, each fixed by a rule of English and tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``the same year``, ``the same month``, ``that same week``: the unit of the time the text
  told last (``the same year`` was the publication's year, the month and the week were
  not found), unless the words after it compare it with another (``the same month last
  year``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2015, 6, 24)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def dates(text: str) -> list[tuple[str, str, str]]:
    return date_triples(text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("The library opened in 2011. Its first director retired the same year.",
     [("2011", "DATE", "2011"), ("the same year", "DATE", "2011")]),
    ("The library opened in 2011. Its director retired that same year.",
     [("2011", "DATE", "2011"), ("that same year", "DATE", "2011")]),
    ("The library opened in October 2011. Its director retired the same month.",
     [("October 2011", "DATE", "2011-10"), ("the same month", "DATE", "2011-10")]),
    ("The library opened on October 12, 2011. Its director retired the same week.",
     [("October 12, 2011", "DATE", "2011-10-12"), ("the same week", "DATE", "2011-W41")]),
])
def test_the_same_unit_is_the_unit_told_last(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_the_same_month_compared_with_another_year_is_not_the_month_told() -> None:
    found = dates("Ticket sales rose in October 2011 from the same month last year.")
    assert ("the same month", "DATE", "2011-10") not in found


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       unit=st.sampled_from(["week", "month", "year"]), that=st.booleans())
def test_same_unit_round_trip(day: dt.date, unit: str, that: bool) -> None:
    """Render a told day and ``the same`` unit; it reads back as the told day's unit."""
    told = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    phrase = f"{'that' if that else 'the'} same {unit}"
    found = dates(f"The levee broke on {told}. Crews rebuilt it {phrase}.")
    if unit == "week":
        y, w, _ = day.isocalendar()
        want = f"{y:04d}-W{w:02d}"
    elif unit == "month":
        want = f"{day.year:04d}-{day.month:02d}"
    else:
        want = str(day.year)
    assert (phrase, "DATE", want) in found
