"""Issue #14, session 50: newsy phrasings of a time that a rule of English places, each
tested on sentences written for it (none from a written set, a story set or a corpus):

* ``the last day of August``, ``the first day of March 2024``, ``the second Tuesday of
  November``, ``the last Friday in June``, ``the first week of October``: a day or a week a
  month holds by its place in it (the month alone was found, ``the last Friday of August``
  read as the last Friday before the publication and ``the last week of October`` as the
  week before it).
* ``two weeks from today``, ``three days from tomorrow``: a count ahead from the day named,
  as ``two weeks from now`` already was (the length and the day were read apart).
* ``the first quarter of its 2026 fiscal year``: one period of the fiscal year told after it,
  as ``the first quarter of fiscal 2026`` already was.
* ``FY2026``: the fiscal year written close, as ``FY 2026`` and ``fiscal 2026`` already were;
  ``the third quarter of FY2025``, ``Q3 FY2025``: a quarter of it, one period.
* ``was closed from Monday to Friday``, ``will be shut between Saturday and Tuesday``: two
  weekdays told as a range run forward (each was placed on its own, so the end could come
  out before the start).
* ``denied claims that Saturday's fire ...``: after a noun of saying, ``that`` before a
  weekday's possessive opens the clause told; it is no determiner of the weekday.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.month_days import day_in_month

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = ("first", "second", "third", "fourth")


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- a day by its place in a month


@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour ferry made its final crossing on the last day of August.",
     [("the last day of August", "DATE", "2025-08-31")]),
    ("Ticket sales open on the first day of October.",
     [("the first day of October", "DATE", "2025-10-01")]),
    ("The levy was repealed on the final day of February 2024.",
     [("the final day of February 2024", "DATE", "2024-02-29")]),
    ("The orchestra plays its gala on the second Tuesday of November.",
     [("the second Tuesday of November", "DATE", "2025-11-11")]),
    ("Growers met on the last Friday in June to set the quota.",
     [("the last Friday in June", "DATE", "2025-06-27")]),
    ("The Third Monday of January 2026 is a holiday for the clerks.",
     [("The Third Monday of January 2026", "DATE", "2026-01-19")]),
    ("The race was held on the first Sunday of May last year.",
     [("the first Sunday of May last year", "DATE", "2024-05-05")]),
])
def test_a_day_by_its_place_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The smelter will be shut for the last week of October.",
     [("the last week of October", "DATE", "2025-W44")]),
    ("Wage talks will resume in the first week of October.",
     [("the first week of October", "DATE", "2025-W40")]),
    ("Wage talks stalled in the second week of August.",
     [("the second week of August", "DATE", "2025-W33")]),
    ("The carnival ran in the final week of February 2024.",
     [("the final week of February 2024", "DATE", "2024-W09")]),
])
def test_a_week_by_its_place_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.sampled_from((*ORDINALS, "last")))
def test_a_week_in_a_month_is_the_week_of_its_middle_day(year: int, month: int, ordinal: str) -> None:
    last = calendar.monthrange(year, month)[1]
    middle = last - 3 if ordinal == "last" else 4 + 7 * ORDINALS.index(ordinal)
    placed = dates(f"The fair ran in the {ordinal} week of {MONTHS[month - 1]} {year}.")
    week_of = dates(f"The fair ran in the week of {MONTHS[month - 1]} {middle}, {year}.")
    assert [v for _, _, v in placed] == [v for _, _, v in week_of]
    assert placed[0][0] == f"the {ordinal} week of {MONTHS[month - 1]} {year}"


@pytest.mark.parametrize(("text", "expected"), [
    # a plural is no one day: the month alone, as before
    ("Rain fell in the first days of August.", [("August", "DATE", "2025-08")]),
    # no fifth Monday in February 2025: the month and the weekday apart, as before
    ("The fifth Monday of February 2025 was cold.", [("Monday", "DATE", "2025-09-15"), ("February 2025", "DATE", "2025-02")]),
    ("Wage talks resumed in the first weeks of August.", [("August", "DATE", "2025-08")]),
    ("The fair ran in the fifth week of February 2025.", [("February 2025", "DATE", "2025-02")]),
    # a weekday with no month after it stays a weekday
    ("The clinic shut on the last Friday before the election.", [("last Friday", "DATE", "2025-09-12")]),
])
def test_no_day_in_a_month_without_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_day_in_a_month_with_no_publication_date_needs_its_year() -> None:
    assert dates("The fair opened on the last day of August 2024.", None) == [
        ("the last day of August 2024", "DATE", "2024-08-31")]


@pytest.mark.parametrize(("year", "month", "place", "weekday", "expected"), [
    (2025, 2, -1, None, dt.date(2025, 2, 28)),
    (2024, 2, -1, None, dt.date(2024, 2, 29)),
    (2025, 9, 1, 1, dt.date(2025, 9, 1)),
    (2025, 9, 5, 1, dt.date(2025, 9, 29)),
    (2025, 2, 5, 1, None),
    (2025, 11, 4, 4, dt.date(2025, 11, 27)),
])
def test_day_in_month(year: int, month: int, place: int, weekday: int | None, expected: dt.date | None) -> None:
    assert day_in_month(year, month, place, weekday) == expected


@settings(max_examples=30, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.sampled_from(("last", "final")))
def test_the_last_day_of_a_month_is_its_last_date(year: int, month: int, word: str) -> None:
    last = calendar.monthrange(year, month)[1]
    told = dates(f"The accord was signed on {MONTHS[month - 1]} {last}, {year}.")
    placed = dates(f"The accord was signed on the {word} day of {MONTHS[month - 1]} {year}.")
    assert placed[0][2] == told[0][2] == f"{year}-{month:02d}-{last:02d}"


@settings(max_examples=30, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.integers(0, 3), st.integers(0, 6))
def test_the_nth_weekday_of_a_month_is_that_date(year: int, month: int, nth: int, weekday: int) -> None:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if calendar.weekday(year, month, d) == weekday]
    got = dates(f"The regatta was held on the {ORDINALS[nth]} {WEEKDAYS[weekday]} of {MONTHS[month - 1]} {year}.")
    assert got == [(f"the {ORDINALS[nth]} {WEEKDAYS[weekday]} of {MONTHS[month - 1]} {year}", "DATE",
                    f"{year}-{month:02d}-{days[nth]:02d}")]


# ---------------------------------------------------------------- a count ahead from a day named


@pytest.mark.parametrize(("text", "expected"), [
    ("The tribunal will rule two weeks from today.", [("two weeks from today", "DATE", "2025-10-01")]),
    ("Voting closes a month from today.", [("a month from today", "DATE", "2025-10")]),
    ("The ferry returns to service three days from tomorrow.", [("three days from tomorrow", "DATE", "2025-09-21")]),
    ("Ten years from today, the mine will be exhausted.", [("Ten years from today", "DATE", "2035")]),
])
def test_a_count_ahead_from_a_day_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_count_from_today_without_a_publication_date_is_the_future() -> None:
    assert dates("The tribunal will rule two weeks from today.", None) == [
        ("two weeks from today", "DATE", "FUTURE_REF")]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 20), st.sampled_from(("days", "weeks", "months", "years")),
       st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)))
def test_from_today_is_from_now_and_from_tomorrow_a_day_on(n: int, unit: str, published: dt.date) -> None:
    today = dates(f"The levy ends {n} {unit} from today.", published)
    now = dates(f"The levy ends {n} {unit} from now.", published)
    assert [v for _, _, v in today] == [v for _, _, v in now]
    if unit == "days":
        tomorrow = dates(f"The levy ends {n} days from tomorrow.", published)
        assert tomorrow[0][2] == (published + dt.timedelta(days=n + 1)).isoformat()


# ---------------------------------------------------------------- a fiscal year told after its quarter


@pytest.mark.parametrize(("text", "expected"), [
    ("Orders fell in the first quarter of its 2026 fiscal year.",
     [("the first quarter of its 2026 fiscal year", "DATE", "2026-Q1")]),
    ("Margins widened in the second half of the 2024 fiscal year.",
     [("the second half of the 2024 fiscal year", "DATE", "2024-H2")]),
    ("The brewers expect a rebound in the third quarter of their 2027 fiscal year.",
     [("the third quarter of their 2027 fiscal year", "DATE", "2027-Q3")]),
])
def test_a_quarter_of_a_fiscal_year_told_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ORDINALS), st.integers(1990, 2035), st.sampled_from(("its", "the", "their")))
def test_of_its_year_fiscal_year_is_of_fiscal_year(ordinal: str, year: int, det: str) -> None:
    told = dates(f"Sales rose in the {ordinal} quarter of {det} {year} fiscal year.")
    fiscal = dates(f"Sales rose in the {ordinal} quarter of fiscal {year}.")
    assert [v for _, _, v in told] == [v for _, _, v in fiscal]
    assert told[0][0] == f"the {ordinal} quarter of {det} {year} fiscal year"


# ---------------------------------------------------------------- FY2026


@pytest.mark.parametrize(("text", "expected"), [
    ("The council approved its FY2026 budget.", [("FY2026", "DATE", "2026")]),
    ("Revenue for FY2025 rose 4%.", [("FY2025", "DATE", "2025")]),
    ("The CFY2026 sensor line is sold out.", []),  # a model name, no year
])
def test_the_fiscal_year_written_close(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.integers(1990, 2035))
def test_fy_year_is_fiscal_year(year: int) -> None:
    close = dates(f"The plan for FY{year} was approved.")
    spaced = dates(f"The plan for fiscal {year} was approved.")
    assert [v for _, _, v in close] == [v for _, _, v in spaced] == [str(year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Margins fell in the third quarter of FY2025.", [("the third quarter of FY2025", "DATE", "2025-Q3")]),
    ("Margins fell in Q3 FY2025.", [("Q3 FY2025", "DATE", "2025-Q3")]),
    ("Margins fell in the first half of FY 2024.", [("the first half of FY 2024", "DATE", "2024-H1")]),
])
def test_a_quarter_of_fy_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ORDINALS), st.integers(1990, 2035))
def test_a_quarter_of_fy_year_is_of_fiscal_year(ordinal: str, year: int) -> None:
    close = dates(f"Sales rose in the {ordinal} quarter of FY{year}.")
    fiscal = dates(f"Sales rose in the {ordinal} quarter of fiscal {year}.")
    assert [v for _, _, v in close] == [v for _, _, v in fiscal] == [f"{year}-Q{ORDINALS.index(ordinal) + 1}"]


# ---------------------------------------------------------------- two weekdays as a range


@pytest.mark.parametrize(("text", "expected"), [
    # read in the past: the range ends where its end was read, the start a week back
    ("The ring road was closed from Monday to Friday for resurfacing.",
     [("Monday", "DATE", "2025-09-08"), ("Friday", "DATE", "2025-09-12")]),
    ("The museum was shut between Tuesday and Monday.",
     [("Tuesday", "DATE", "2025-09-09"), ("Monday", "DATE", "2025-09-15")]),
    # read ahead: the range starts where its start was read, the end a week on
    ("The ring road will be closed from Monday to Friday for resurfacing.",
     [("Monday", "DATE", "2025-09-22"), ("Friday", "DATE", "2025-09-26")]),
    ("Trains will not run from Saturday until Tuesday morning.",
     [("Saturday", "DATE", "2025-09-20"), ("Tuesday morning", "TIME", "2025-09-23TMO")]),
    # already in order: unchanged
    ("The ring road was closed from Friday to Monday.",
     [("Friday", "DATE", "2025-09-12"), ("Monday", "DATE", "2025-09-15")]),
    # a determiner fixes its weekday; two weekdays not joined as a range are apart
    ("The ring road was closed from last Monday to Friday.",
     [("last Monday", "DATE", "2025-09-15"), ("Friday", "DATE", "2025-09-12")]),
    ("The ring road was closed on Monday and reopened on Friday.",
     [("Monday", "DATE", "2025-09-15"), ("Friday", "DATE", "2025-09-12")]),
])
def test_two_weekdays_as_a_range_run_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS), st.sampled_from(("was", "will be")),
       st.sampled_from(("from {} to {}", "from {} until {}", "between {} and {}")),
       st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_a_weekday_range_ends_after_it_starts(first: str, second: str, verb: str, form: str,
                                              published: dt.date) -> None:
    assume(first != second)  # "from Monday to Monday" is a week, no order of two days
    got = dates(f"The ferry {verb} suspended " + form.format(first, second) + ".", published)
    assert [t for t, _, _ in got] == [first, second]
    start, end = (dt.date.fromisoformat(v) for _, _, v in got)
    assert start <= end < start + dt.timedelta(days=7)
    # in the past it ends by the publication, ahead it starts after it
    assert end <= published if verb == "was" else start >= published


# ---------------------------------------------------------------- "that" after a noun of saying


@pytest.mark.parametrize(("text", "expected"), [
    ("The fire service rejected claims that Saturday's blaze was started deliberately.",
     [("Saturday", "DATE", "2025-09-13")]),
    ("The coach dismissed suggestions that Sunday's defeat had cost him his job.",
     [("Sunday", "DATE", "2025-09-14")]),
    ("Fears that Monday's outage was a cyberattack spread quickly.",
     [("Monday", "DATE", "2025-09-15")]),
    # no possessive: "that" may be the weekday's determiner ("the news that Tuesday")
    ("On the news that Tuesday, the shares fell.", [("that Tuesday", "DATE", "2025-09-16")]),
    ("The strike began that Monday.", [("that Monday", "DATE", "2025-09-15")]),
])
def test_that_after_a_noun_of_saying(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(("claims", "allegations", "suggestions", "reports", "fears", "rumours", "warnings")),
       st.sampled_from(WEEKDAYS))
def test_a_noun_of_saying_leaves_that_out_of_the_weekday(noun: str, weekday: str) -> None:
    got = dates(f"The mayor denied {noun} that {weekday}'s parade was unsafe.")
    assert [t for t, _, _ in got] == [weekday]
