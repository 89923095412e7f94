"""Issue #14, session 6: kinds of date errors found on hand-written news sentences
(``bench/heldout_like/written/dates.txt``, dev half). Every sentence here was written for
these tests; none is copied from the bench file or a corpus."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.holidays import holiday_date
from newskit_dates.tense import tense_at

THU = dt.date(2027, 3, 11)  # a Thursday


def dates(text: str, published: dt.date = THU) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # a present-tense copula before a day states a schedule: the day ahead
    ("The derby is Saturday, the league confirmed.", [("Saturday", "DATE", "2027-03-13")]),
    ("The hearing is on Monday in Cardiff.", [("Monday", "DATE", "2027-03-15")]),
    # a present passive participle is not a past tense
    ("Both appeals are listed for early May.", [("early May", "DATE", "2027-05")]),
    # a decision naming a later day: that day lies ahead
    ("The match was postponed until Sunday because of snow.", [("Sunday", "DATE", "2027-03-14")]),
    ("The inquest was adjourned until 2 April.", [("2 April", "DATE", "2027-04-02")]),
    # a modal of the future
    ("Prices should fall in the second half, the minister said.", [("the second half", "DATE", "2027-H2")]),
    # the clause's own verb wins over an infinitive of purpose
    ("Farmers blocked roads across the country to protest the tax on Tuesday.", [("Tuesday", "DATE", "2027-03-09")]),
])
def test_tense_of_the_clause_anchors_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_past_weekday_stays_past() -> None:
    """The schedule cues must not turn a reported day into a coming one."""
    assert dates("The ferry was delayed on Sunday by fog.") == [("Sunday", "DATE", "2027-03-07")]
    assert tense_at("Talks are on Friday.", 13, 19) == "FUTURE"


@pytest.mark.parametrize(("text", "expected"), [
    ("Polls closed at 10pm on 4 March.", [("10pm", "TIME", "2027-03-04T22:00"), ("4 March", "DATE", "2027-03-04")]),
    ("The flight left at 6.30am — no, at 07:15 on the 2nd of March.", None),
    ("Kick-off is Saturday at 3 p.m. at the national stadium.",
     [("Saturday", "DATE", "2027-03-13"), ("3 p.m.", "TIME", "2027-03-13T15:00")]),
])
def test_a_clock_time_takes_the_day_written_with_it(text: str, expected: list[tuple[str, str, str]] | None) -> None:
    got = dates(text)
    if expected is None:
        assert ("07:15", "TIME", "2027-03-02T07:15") in got
    else:
        assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports grew in the April-June quarter.", [("the April-June quarter", "DATE", "2026-Q2")]),
    ("Profit doubled in the January-March quarter of 2025.", [("the January-March quarter of 2025", "DATE", "2025-Q1")]),
    ("Orders fell in the July-December half.", [("the July-December half", "DATE", "2026-H2")]),
])
def test_a_quarter_named_by_its_months(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_months_that_are_no_quarter_are_left_to_the_month_rule() -> None:
    got = dates("Sales rose in the February-April period.")
    assert all(v[-3:-1] != "-Q" for _, _, v in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Malls were packed on Black Friday.", [("Black Friday", "DATE", "2026-11-27")]),
    ("Banks close on Good Friday.", [("Good Friday", "DATE", "2027-03-26")]),
    ("The carnival ended on Ash Wednesday.", [("Ash Wednesday", "DATE", "2027-02-10")]),
])
def test_days_named_by_their_distance_from_a_movable_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1950, 2090))
def test_black_friday_and_good_friday_are_fridays(year: int) -> None:
    bf, gf = holiday_date("Black Friday", year), holiday_date("Good Friday", year)
    assert bf is not None and gf is not None
    assert bf.isoweekday() == 5 and bf.month == 11 and 23 <= bf.day <= 29
    assert gf.isoweekday() == 5 and gf + dt.timedelta(days=2) == holiday_date("Easter", year)


def test_the_season_of_a_year() -> None:
    assert dates("The bridge was built in the winter of 1962.") == [("the winter of 1962", "DATE", "1962-WI")]


def test_a_single_day_is_a_duration_not_a_rate() -> None:
    assert dates("The river rose two metres in a single day.") == [("a single day", "DURATION", "P1D")]
    assert dates("The plant makes 300 tonnes a day.") == [("a day", "SET", "P1D")]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@settings(max_examples=40, deadline=None)
@given(q=st.integers(1, 4), year=st.integers(1990, 2040), dash=st.sampled_from(["-", "\u2013", " to "]))
def test_month_span_round_trip(q: int, year: int, dash: str) -> None:
    """Render a calendar quarter by its months, read the quarter back."""
    first, last = MONTHS[3 * q - 3], MONTHS[3 * q - 1]
    surface = f"the {first}{dash}{last} quarter of {year}"
    assert dates(f"Revenue fell in {surface}, the filing showed.") == [(surface, "DATE", f"{year}-Q{q}")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The dam burst on 8 February. Soldiers reached the valley the following morning.",
     [("8 February", "DATE", "2027-02-08"), ("the following morning", "TIME", "2027-02-09TMO")]),
    ("The polls closed on Feb. 20. The previous evening, both leaders held rallies.",
     [("Feb. 20", "DATE", "2027-02-20"), ("The previous evening", "TIME", "2027-02-19TEV")]),
])
def test_a_part_of_day_placed_after_a_stated_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike began on Jan. 12, 2026. Later that week, the mines closed.",
     [("Jan. 12, 2026", "DATE", "2026-01-12"), ("Later that week", "DATE", "2026-W03")]),
    ("The strike began on Jan. 12, 2026. The following week, the mines closed.",
     [("Jan. 12, 2026", "DATE", "2026-01-12"), ("The following week", "DATE", "2026-W04")]),
    ("The mill shut in October 2024 and was sold later that month.",
     [("October 2024", "DATE", "2024-10"), ("later that month", "DATE", "2024-10")]),
])
def test_that_week_and_that_month_follow_the_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_this_week_stays_the_publication_week() -> None:
    assert dates("The strike began on Jan. 12, 2026. Talks resume this week.")[-1] == ("this week", "DATE", "2027-W10")


def test_years_later_is_a_length_anchored_on_the_story() -> None:
    got = dates("The plant closed in 1998. Two years later, the town lost its school.")
    assert got == [("1998", "DATE", "1998"), ("Two years", "DURATION", "P2Y")]
