"""Issue #14, session 52: newsy phrasings of a time that a rule of English places, each
tested on sentences written for it (none from a written set, a story set or a corpus):

* ``the 30th of this month``, ``the 3rd of last month``, ``the last day of next month``,
  ``the first Monday of next month``, ``the second week of last month``: a day or a week
  placed in a month named by its step from the publication's (only the month was found, and
  a weekday before it read as one of its own).
* ``FY26``, ``FY'26``, ``Q3 FY26``, ``the second half of FY25``: a fiscal year told by its
  last two digits, the year of those digits nearest the publication (it was not found, and
  a quarter before it was placed in the publication's year).
* ``on the 15th``, ``by the 1st``, ``until the 30th``: a day of the month in view told by its
  number alone after a preposition (the month told earlier in the sentence, else the
  publication's or the next to it by the clause's tense); it was not found.
* ``a week ago today``, ``two weeks ago yesterday``, ``a year ago today``: a count back from
  the day named after ``ago``, one day of the calendar (the count and the day were read
  apart, and ``a year ago`` as the year).
* ``a week from Friday``, ``three days from Sunday``, ``a week on Monday`` (British): a count
  on from the coming weekday, one day of the calendar (the length and the weekday were read
  apart, the weekday as the last one); not a stretch that starts on the weekday (``for three
  days from Sunday``, a past clause, ``from Monday to Friday``).
* ``the first half of the match``, ``the second quarter of the century``, ``the last half of
  the '90s``: a part of what follows ``of``, no half or quarter of a year (read as the
  publication year's H1 / Q2, and the decade as one of its own beside it).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.resolve import add_months, day_by_tense, full_year

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = ("first", "second", "third", "fourth")
STEPS = {"this": 0, "last": -1, "next": 1}


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- a day of a month named by its step


@pytest.mark.parametrize(("text", "expected"), [
    ("The board votes on the 30th of this month.", [("the 30th of this month", "DATE", "2025-09-30")]),
    ("The quarry reopened on the 3rd of last month.", [("the 3rd of last month", "DATE", "2025-08-03")]),
    ("Bids are due by the twelfth of next month.", [("the twelfth of next month", "DATE", "2025-10-12")]),
    ("The levy lapses on the last day of next month.", [("the last day of next month", "DATE", "2025-10-31")]),
    ("The first day of this month brought frost.", [("The first day of this month", "DATE", "2025-09-01")]),
    ("Dockers walked out on the last Friday of last month.",
     [("the last Friday of last month", "DATE", "2025-08-29")]),
    ("The second Tuesday of next month is polling day.",
     [("The second Tuesday of next month", "DATE", "2025-10-14")]),
    ("Cinemas close on the final Sunday of the coming month.",
     [("the final Sunday of the coming month", "DATE", "2025-10-26")]),
])
def test_a_day_of_a_month_named_by_its_step(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Grain exports slumped in the second week of last month.",
     [("the second week of last month", "DATE", "2025-W33")]),
    ("The smelter restarts in the first week of next month.",
     [("the first week of next month", "DATE", "2025-W40")]),
])
def test_a_week_of_a_month_named_by_its_step(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # October has a 31st; November has none: the month alone, as before
    ("The fund closes on the 31st of next month.", PUBLISHED, [("the 31st of next month", "DATE", "2025-10-31")]),
    ("The fund closes on the 31st of next month.", dt.date(2025, 10, 8), [("next month", "DATE", "2025-11")]),
    # a plural is no one day: the month alone, as before
    ("Rain fell in the first days of last month.", PUBLISHED, [("last month", "DATE", "2025-08")]),
    # "the month" names no step from the publication (a habit: "rent is due on the first of the month")
    ("Rent is due on the last day of the month.", PUBLISHED, []),
])
def test_no_day_in_a_month_named_by_its_step_without_one(text: str, published: dt.date,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The board votes on the 30th of this month.", [("the 30th of this month", "DATE", "PRESENT_REF")]),
    ("The quarry reopened on the 3rd of last month.", [("the 3rd of last month", "DATE", "PAST_REF")]),
    ("The levy lapses on the last day of next month.", [("the last day of next month", "DATE", "FUTURE_REF")]),
])
def test_without_a_publication_date_only_the_side_of_the_step(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, None) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(tuple(STEPS)),
       st.integers(0, 3), st.integers(0, 6))
def test_a_weekday_of_a_stepped_month_is_that_of_the_month_named(published: dt.date, step: str, nth: int,
                                                                  weekday: int) -> None:
    year, month = add_months(published.year, published.month, STEPS[step])
    stepped = dates(f"The regatta is on the {ORDINALS[nth]} {WEEKDAYS[weekday]} of {step} month.", published)
    named = dates(f"The regatta is on the {ORDINALS[nth]} {WEEKDAYS[weekday]} of {MONTHS[month - 1]} {year}.", published)
    assert stepped == [(f"the {ORDINALS[nth]} {WEEKDAYS[weekday]} of {step} month", "DATE", named[0][2])]


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(tuple(STEPS)), st.integers(1, 31))
def test_a_day_of_a_stepped_month_is_that_date(published: dt.date, step: str, day: int) -> None:
    year, month = add_months(published.year, published.month, STEPS[step])
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    got = dates(f"The fee is payable on the {day}{suffix} of {step} month.", published)
    if day <= calendar.monthrange(year, month)[1]:
        assert got == [(f"the {day}{suffix} of {step} month", "DATE", f"{year}-{month:02d}-{day:02d}")]
    else:
        assert got == [(f"{step} month", "DATE", f"{year}-{month:02d}")]


@settings(max_examples=30, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(tuple(STEPS)),
       st.sampled_from((*ORDINALS, "last")))
def test_a_week_of_a_stepped_month_is_that_of_the_month_named(published: dt.date, step: str, ordinal: str) -> None:
    year, month = add_months(published.year, published.month, STEPS[step])
    stepped = dates(f"The fair runs in the {ordinal} week of {step} month.", published)
    named = dates(f"The fair runs in the {ordinal} week of {MONTHS[month - 1]} {year}.", published)
    assert [v for _, _, v in stepped] == [v for _, _, v in named]
    assert stepped[0][0] == f"the {ordinal} week of {step} month"


# ---------------------------------------------------------------- a fiscal year by its last two digits


@pytest.mark.parametrize(("text", "expected"), [
    ("The brewer expects a loss in FY26.", [("FY26", "DATE", "2026")]),
    ("The ministry trimmed its FY'27 capital budget.", [("FY'27", "DATE", "2027")]),
    ("Orders rose in Q3 FY26, the toolmaker said.", [("Q3 FY26", "DATE", "2026-Q3")]),
    ("Margins narrowed in the second half of FY24.", [("the second half of FY24", "DATE", "2024-H2")]),
    ("Freight volumes fell in the last quarter of FY25.", [("the last quarter of FY25", "DATE", "2025-Q4")]),
    ("Bookings for the third quarter of FY26 were strong.", [("the third quarter of FY26", "DATE", "2026-Q3")]),
])
def test_a_fiscal_year_by_its_last_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number after a name that is no fiscal year: nothing, as before
    ("Shares of FY Holdings fell 26 percent.", []),
    # a span of two short years, a number of three digits: nothing, as before
    ("The plan covers FY26-27 and FY260.", []),
])
def test_no_fiscal_year_without_two_digits_after_the_abbreviation(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("last_two", "near", "expected"), [
    (26, dt.date(2025, 9, 17), 2026),
    (99, dt.date(2024, 3, 2), 1999),
    (2, dt.date(1998, 5, 1), 2002),
    (50, None, 2050),
    (99, None, 2099),
])
def test_full_year(last_two: int, near: dt.date | None, expected: int) -> None:
    assert full_year(last_two, near) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(-40, 40), st.sampled_from((1, 2, 3, 4)))
def test_a_short_fiscal_year_names_the_long_one(published: dt.date, ahead: int, quarter: int) -> None:
    year = published.year + ahead
    short = f"{year % 100:02d}"
    assert dates(f"Revenue rose in FY{short}.", published) == [(f"FY{short}", "DATE", str(year))]
    told = dates(f"Revenue rose in Q{quarter} FY{year}.", published)
    assert dates(f"Revenue rose in Q{quarter} FY{short}.", published) == [(f"Q{quarter} FY{short}", "DATE", told[0][2])]


# ---------------------------------------------------------------- a day of the month by its number alone


@pytest.mark.parametrize(("text", "expected"), [
    ("The refinery restarted on the 12th, a spokeswoman said.", [("the 12th", "DATE", "2025-09-12")]),
    ("The tolls will rise on the 1st.", [("the 1st", "DATE", "2025-10-01")]),
    ("Applications are accepted until the 30th.", [("the 30th", "DATE", "2025-09-30")]),
    ("The council will have to answer by the 3rd.", [("the 3rd", "DATE", "2025-10-03")]),
    ("In June the ferry sank on the 4th and was raised on the 21st.",
     [("June", "DATE", "2025-06"), ("the 4th", "DATE", "2025-06-04"), ("the 21st", "DATE", "2025-06-21")]),
    ("Voting began on March 2, 2024 and ended on the 9th.",
     [("March 2, 2024", "DATE", "2024-03-02"), ("the 9th", "DATE", "2024-03-09")]),
    ("The kiln was lit on the 29th when the clay arrived.", [("the 29th", "DATE", "2025-08-29")]),
    ("The line was shut from the 2nd to the 4th, the operator said.",
     [("the 2nd", "DATE", "2025-09-02"), ("the 4th", "DATE", "2025-09-04")]),
])
def test_a_day_of_the_month_by_its_number_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The abbey was built in the 12th century.",
    "The 5th Fusiliers marched on the 2nd Brigade's camp.",
    "She holed out on the 18th green.",
    "He slipped to the 4th place.",
    "The club rose to the 3rd tier of the league.",
    "Crews searched the 2nd and 3rd floors of the depot.",
    "Rescuers reached flats on the 4th and 5th floors.",
])
def test_no_day_where_a_noun_follows_the_number(text: str) -> None:
    assert not [t for t, _, _ in dates(text) if t.startswith(("the 2nd", "the 18th", "the 4th", "the 3rd"))]


def test_a_day_of_the_month_without_a_publication_date_is_not_read() -> None:
    assert dates("The refinery restarted on the 12th.", None) == []


@pytest.mark.parametrize(("published", "day", "tense", "expected"), [
    (dt.date(2025, 9, 17), 15, "PAST", dt.date(2025, 9, 15)),
    (dt.date(2025, 9, 17), 20, "PAST", dt.date(2025, 8, 20)),
    (dt.date(2025, 9, 17), 20, "FUTURE", dt.date(2025, 9, 20)),
    (dt.date(2025, 9, 17), 5, "FUTURE", dt.date(2025, 10, 5)),
    (dt.date(2025, 3, 2), 31, "PAST", dt.date(2025, 1, 31)),
    (dt.date(2025, 3, 2), 31, None, dt.date(2025, 3, 31)),
    (dt.date(2025, 2, 10), 30, None, dt.date(2025, 1, 30)),
])
def test_day_by_tense(published: dt.date, day: int, tense: str | None, expected: dt.date) -> None:
    assert day_by_tense(published, day, tense) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(1, 28))
def test_a_bare_day_in_the_past_is_the_last_such_day_by_the_publication(published: dt.date, day: int) -> None:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    got = dates(f"The depot was closed on the {day}{suffix}.", published)
    value = dt.date.fromisoformat(got[0][2])
    assert got[0][0] == f"the {day}{suffix}"
    assert value.day == day and value <= published and (published - value).days < 31
    ahead = dates(f"The depot will be closed on the {day}{suffix}.", published)
    after = dt.date.fromisoformat(ahead[0][2])
    assert after.day == day and after >= published and (after - published).days < 31


# ---------------------------------------------------------------- a count back from a day named after "ago"


@pytest.mark.parametrize(("text", "expected"), [
    ("The pipeline burst a week ago today.", [("a week ago today", "DATE", "2025-09-10")]),
    ("A year ago today, the stadium roof gave way.", [("A year ago today", "DATE", "2024-09-17")]),
    ("The walkout began two weeks ago yesterday.", [("two weeks ago yesterday", "DATE", "2025-09-02")]),
    ("The quarry flooded a month ago tomorrow.", [("a month ago tomorrow", "DATE", "2025-08-18")]),
])
def test_a_count_back_from_a_day_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the day the count reaches is clamped to the month's last ("a month ago today" told on 31 March)
    ("The levee broke a month ago today.", dt.date(2024, 3, 31), [("a month ago today", "DATE", "2024-02-29")]),
    ("The levee broke a year ago today.", dt.date(2024, 2, 29), [("a year ago today", "DATE", "2023-02-28")]),
    # "today" after a comma is a mention of its own, as before
    ("The mill shut a week ago, and today its workers marched.", PUBLISHED,
     [("a week ago", "DATE", "2025-09-10"), ("today", "DATE", "2025-09-17")]),
])
def test_a_count_back_from_a_day_named_edges(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(2, 30),
       st.sampled_from((("today", 0), ("yesterday", -1), ("tomorrow", 1))), st.sampled_from((("days", 1), ("weeks", 7))))
def test_a_count_back_from_a_day_named_is_that_many_days(published: dt.date, n: int, day: tuple[str, int],
                                                          unit: tuple[str, int]) -> None:
    got = dates(f"The strike began {n} {unit[0]} ago {day[0]}.", published)
    expected = published + dt.timedelta(days=day[1] - n * unit[1])
    assert got == [(f"{n} {unit[0]} ago {day[0]}", "DATE", expected.isoformat())]


# ---------------------------------------------------------------- a count on from a weekday


@pytest.mark.parametrize(("text", "expected"), [
    ("The appeal will be heard a week from Friday.", [("a week from Friday", "DATE", "2025-09-26")]),
    ("Polls close two weeks from Tuesday.", [("two weeks from Tuesday", "DATE", "2025-10-07")]),
    ("The recount is due three days from Sunday.", [("three days from Sunday", "DATE", "2025-09-24")]),
    ("The derby is played a week on Saturday.", [("a week on Saturday", "DATE", "2025-09-27")]),
    ("Works resume a fortnight on Monday.", [("a fortnight on Monday", "DATE", "2025-10-06")]),
])
def test_a_count_on_from_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch that starts on the weekday: the length and the weekday apart, as before
    ("The fair will run for three days from Sunday.", [("three days", "DURATION", "P3D"), ("Sunday", "DATE", "2025-09-21")]),
    ("The fair ran three days from Sunday.", [("three days", "DURATION", "P3D"), ("Sunday", "DATE", "2025-09-14")]),
    ("The mayor was jailed for a week on Monday.", [("a week", "DURATION", "P1W"), ("Monday", "DATE", "2025-09-15")]),
    ("The nurses worked two days on Sunday.", [("two days", "DURATION", "P2D"), ("Sunday", "DATE", "2025-09-14")]),
    ("The pool closes for two weeks from Monday to Friday.",
     [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2025-09-22"), ("Friday", "DATE", "2025-09-26")]),
])
def test_no_count_on_from_a_weekday_for_a_stretch(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 6), st.integers(1, 6))
def test_a_count_on_from_a_weekday_lands_on_that_weekday(published: dt.date, weekday: int, weeks: int) -> None:
    got = dates(f"The ruling is due {weeks} weeks from {WEEKDAYS[weekday]}.", published)
    day = dt.date.fromisoformat(got[0][2])
    assert got[0][0] == f"{weeks} weeks from {WEEKDAYS[weekday]}"
    assert day.weekday() == weekday and 7 * weeks < (day - published).days <= 7 * weeks + 7


# ---------------------------------------------------------------- a half or quarter of another thing


@pytest.mark.parametrize(("text", "expected"), [
    ("The visitors scored twice in the first half of the match.", []),
    ("The fourth quarter of the game was scrappy.", []),
    ("Trade slumped in the second half of the decade.", []),
    ("Rates rose by three quarters of a point.", []),
    ("Trading was brisk in the last half of the '90s.", [("the '90s", "DATE", "199")]),
])
def test_a_half_of_another_thing_is_no_half_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose in the first half of the year.", [("the first half of the year", "DATE", "2025-H1")]),
    ("Margins fell in the first half of last year.", [("the first half of last year", "DATE", "2024-H1")]),
    ("Costs rose in the third quarter of its fiscal year.", [("the third quarter", "DATE", "2025-Q3")]),
    ("The mill posted net income for the fiscal second quarter of $4.1 million.",
     [("the fiscal second quarter", "DATE", "2025-Q2")]),
])
def test_a_half_of_a_year_stays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
