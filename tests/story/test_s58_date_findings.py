"""Session 58 (issue #10): a date finding on real news (ECB+) set ``Thursday`` against
``early Friday, around 1:30 a.m.`` for one check-in, and showed as its evidence the person's
name in each headline, not the words that dated it.

* A clock time in the first hours after a day ends is that day's night (``late Thursday
  night`` / ``around 1:30 a.m. Friday``): one time, not two dates that differ.
* A date finding's evidence is the words that date each reading (``Monday night``), not the
  event's participants or place."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story import build_story
from newskit.story.claims import _differ
from tests.story.helpers import outlet_articles


def test_the_small_hours_are_the_night_before() -> None:
    assert not _differ("2013-05-02", "2013-05-03T01:30")
    assert not _differ("2013-05-03T01:30", "2013-05-02")
    assert _differ("2013-05-02", "2013-05-03T09:30")  # the next morning is the next day
    assert _differ("2013-05-02", "2013-05-04T01:30")
    assert _differ("2013-05-03", "2013-05-03T01:30") is False  # inside the day


@given(st.integers(min_value=0, max_value=3), st.integers(min_value=0, max_value=59))
def test_every_small_hour_is_the_night(hour: int, minute: int) -> None:
    assert not _differ("2026-02-12", f"2026-02-13T{hour:02d}:{minute:02d}")


@given(st.integers(min_value=5, max_value=23), st.integers(min_value=0, max_value=59))
def test_the_next_day_proper_differs(hour: int, minute: int) -> None:
    assert _differ("2026-02-12", f"2026-02-13T{hour:02d}:{minute:02d}")


def test_a_date_finding_shows_the_words_that_date_it(pipeline: Pipeline) -> None:
    texts = ["A fire destroyed the old dairy warehouse in Palmer early on Tuesday, officials said.",
             "Fire destroyed the historic dairy warehouse in Palmer on Monday night, the fire chief said.",
             "The historic warehouse in Palmer was destroyed by fire on Tuesday morning."]
    story = build_story([pipeline.run(a) for a in outlet_articles(texts, published=["2025-06-04"] * 3)])
    dates = [f for f in story.conflicts if f.type == "dates"]
    assert dates
    assert {r.text for r in dates[0].refs} == {"Tuesday", "Tuesday morning", "Monday night"}


def test_near_times_and_a_holding_year_are_one_reading() -> None:
    """Real news gave "2013 vs 2013-09-13 vs 2013-09-13T19:00 vs 2013-09-13T19:01 vs
    2013-09-18 vs 2013-09-20" for one killing: the year held every day, so it anchored the far
    days (later articles' own dates), and two times a minute apart stood as two readings."""
    from newskit.story.claims import _near_readings, _readings, _without_holders

    given = {"2013": {"A", "B"}, "2013-09-13": {"C"}, "2013-09-13T19:00": {"D"},
             "2013-09-13T19:01": {"E"}, "2013-09-18": {"F"}, "2013-09-20": {"G"}}
    assert _without_holders(_near_readings(_readings(given))) == [("2013-09-13T19:00", {"C", "D", "E"})]
    # a month beside two days that differ is no side of the disagreement
    given = {"2026-11": {"A"}, "2026-11-24": {"C"}, "2026-11-25": {"D"}}
    assert _without_holders(_near_readings(_readings(given))) == [("2026-11-24", {"C"}), ("2026-11-25", {"D"})]
