"""Issue #14, session 45: anchored offsets, each fixed by a rule of English and tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``the day before``, ``the week after``, ``the night before``, ``the year before the
  election``: a unit one step from the time the text told last (it was not found at all);
  ``before`` / ``after`` in the extent only when no object follows it, as TimeML leaves a
  signal and its object out; right after the day it names (``on May 9, the day before the
  vote``) the phrase is that day;
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
    ("The ferry sank on April 7. Its engine had failed the day before.",
     [("April 7", "DATE", "2015-04-07"), ("the day before", "DATE", "2015-04-06")]),
    ("The ferry sank on April 7. The day after, divers found the wreck.",
     [("April 7", "DATE", "2015-04-07"), ("The day after", "DATE", "2015-04-08")]),
    ("The ferry sank on April 7. Divers reached it the day after and raised it.",
     [("April 7", "DATE", "2015-04-07"), ("the day after", "DATE", "2015-04-08")]),
    ("The ferry sank on April 7. The captain was questioned the day after the sinking.",
     [("April 7", "DATE", "2015-04-07"), ("the day", "DATE", "2015-04-08")]),
    ("The ferry sank on April 7. Its owner sold two boats the week before.",
     [("April 7", "DATE", "2015-04-07"), ("the week before", "DATE", "2015-W14")]),
    ("The ferry sank on April 7. The crew had slept aboard the night before.",
     [("April 7", "DATE", "2015-04-07"), ("the night before", "TIME", "2015-04-06TNI")]),
    ("The mill closed in 2009. Its owner had sold the land the year before.",
     [("2009", "DATE", "2009"), ("the year before", "DATE", "2008")]),
    ("The mill closed in March 2009. Its staff had struck the month before.",
     [("March 2009", "DATE", "2009-03"), ("the month before", "DATE", "2009-02")]),
])
def test_a_unit_before_or_after_is_one_step_from_the_time_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_unit_before_a_day_set_beside_it_is_that_day() -> None:
    # an apposition names the day it follows: no step from it
    assert dates("The council met on May 9, the day before the vote.") == [
        ("May 9", "DATE", "2015-05-09"), ("the day", "DATE", "2015-05-09")]


def test_the_year_before_in_a_quarterly_report_is_the_year_ago_quarter() -> None:
    # as "a year earlier" is: the quarter told, a year back
    found = dates("The brewer earned $9 million in the second quarter, up from $7 million the year before.")
    assert ("the year before", "DATE", "2014-Q2") in found


def test_a_unit_placed_later_in_is_the_unit_told() -> None:
    # "later in the day before returning": a position inside the day told, "before" opens
    # the next verb
    assert dates("The envoy landed on May 9 and left later in the day before dusk fell.") == [
        ("May 9", "DATE", "2015-05-09"), ("the day", "DATE", "2015-05-09")]


@pytest.mark.parametrize("text", ["The pier was painted the week before last.",
                                  "The pier will be painted the week after next."])
def test_two_steps_from_now_are_not_one_step(text: str) -> None:
    assert not [t for t in dates(text) if t[0].startswith("the week")]


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


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       unit=st.sampled_from(["day", "week", "month", "year"]), after=st.booleans())
def test_offset_round_trip(day: dt.date, unit: str, after: bool) -> None:
    """Render a told day and a unit one step from it; the offset reads back as that unit."""
    told = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    phrase = f"the {unit} {'after' if after else 'before'}"
    found = dates(f"The levee broke on {told}. Crews had patrolled it {phrase}.")
    step = 1 if after else -1
    if unit == "day":
        want = (day + dt.timedelta(days=step)).isoformat()
    elif unit == "week":
        y, w, _ = (day + dt.timedelta(days=7 * step)).isocalendar()
        want = f"{y:04d}-W{w:02d}"
    elif unit == "month":
        total = day.year * 12 + day.month - 1 + step
        want = f"{total // 12:04d}-{total % 12 + 1:02d}"
    else:
        want = str(day.year + step)
    assert (phrase, "DATE", want) in found


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
