"""Issue #14, session 54: newsy phrasings of a time that a rule of English places, each
tested on sentences written for it (none from a written set, a story set or a corpus):

* ``June of that year``, ``4 May of the same year``, ``in April the following year``, ``the
  spring of that year``, ``the third quarter of the previous year``, ``June of last year``: a
  month, a day, a season or a quarter whose year a phrase after it names, the year the text
  told (``that``, ``the same``), a step from it (``the following``, ``the previous``) or from
  the publication's (``last``, ``next``); the month was read as the publication's and the
  year apart (only ``June that year`` and ``June 4 of that year`` were read whole).
* ``must decide on Friday``, ``must be repaid by November``, ``must not wait until March``: the
  present-tense modal ``must`` takes no past time, so its clause looks ahead (a weekday or a
  month with no other cue was read as the last one); ``must have started on Friday`` tells
  of the past.
* ``last year``, ``this year``, ``next year`` tell a year as one in digits does: ``that year``,
  ``the previous year``, ``May of that year`` after them count from it (they counted from an
  older year told before, or from the publication's).
* ``December 8 to 10``, ``Sept. 20 through 28``, ``from 2 to 9 September``, ``between 5 and 12
  October``, ``on 6, 7 and 8 May``, ``from the 1st to the 15th of June``: a range or a list of
  days with the month told once; each day a date of that month (only ``April 24 and 25`` was
  read whole; the other days were lost), in the year told after the last day (``February 14
  to 15, 2025``, ``December 8 to 10 last year``: the first day took the publication's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- a year named after a month or a season


@pytest.mark.parametrize(("text", "expected"), [
    ("Portugal banned the sprays in March 2021, and Spain followed in June of the same year.",
     [("March 2021", "DATE", "2021-03"), ("June of the same year", "DATE", "2021-06")]),
    ("The levy was passed in 2017 and has applied since January of that year.",
     [("2017", "DATE", "2017"), ("January of that year", "DATE", "2017-01")]),
    ("The mill shut in 2008 and was sold in March of the following year.",
     [("2008", "DATE", "2008"), ("March of the following year", "DATE", "2009-03")]),
    ("The tower was finished in 1931, its steel having been ordered in May of the previous year.",
     [("1931", "DATE", "1931"), ("May of the previous year", "DATE", "1930-05")]),
    ("The ferry sank in 1994. Divers found the wreck in August the following year.",
     [("1994", "DATE", "1994"), ("August the following year", "DATE", "1995-08")]),
    ("The canal opened in 1869 and flooded in late October of that year.",
     [("1869", "DATE", "1869"), ("late October of that year", "DATE", "1869-10")]),
    ("The strike began in 2012, and the pits closed on 9 November of that same year.",
     [("2012", "DATE", "2012"), ("9 November of that same year", "DATE", "2012-11-09")]),
    ("Fares rose in June of last year.", [("June of last year", "DATE", "2024-06")]),
    ("The line will open in March of next year.", [("March of next year", "DATE", "2026-03")]),
])
def test_a_month_or_day_whose_year_a_phrase_after_it_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The dyke was raised in 1953 and breached in the spring of that year.",
     [("1953", "DATE", "1953"), ("the spring of that year", "DATE", "1953-SP")]),
    ("The dyke was raised in 1953 and breached in the winter of the following year.",
     [("1953", "DATE", "1953"), ("the winter of the following year", "DATE", "1954-WI")]),
    ("The brewer earned $4 million in 2016. In the third quarter of that year it lost money.",
     [("2016", "DATE", "2016"), ("the third quarter of that year", "DATE", "2016-Q3")]),
    ("The brewer was listed in 2016 after a loss in the second half of the previous year.",
     [("2016", "DATE", "2016"), ("the second half of the previous year", "DATE", "2015-H2")]),
])
def test_a_season_or_quarter_whose_year_a_phrase_after_it_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Savings made in March of the previous year's budget were spent.",
    "Exports in June last year's deal allowed were halted.",
    "The cut in May of that year's grant hurt the clinic.",
])
def test_a_years_possessive_is_no_year_of_the_month(text: str) -> None:
    """``the previous year's`` owns the noun after it: no year of the month before it."""
    assert not any(t[0].isupper() and "year" in t for t, _, _ in dates(text))


@settings(max_examples=40, deadline=None)
@given(st.integers(1950, 2040), st.sampled_from(MONTHS), st.sampled_from(("that", "the same", "the following", "the previous")))
def test_the_year_after_a_month_counts_from_the_year_told(year: int, month: str, words: str) -> None:
    """``MONTH of <words> year`` after a year told is that year's month, a year on or back."""
    step = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}[words]
    got = dates(f"The pier was built in {year}. It burned in {month} of {words} year.")
    assert got[-1] == (f"{month} of {words} year", "DATE", f"{year + step}-{MONTHS.index(month) + 1:02d}")


@settings(max_examples=30, deadline=None)
@given(st.integers(1950, 2040), st.sampled_from(tuple(SEASONS)), st.sampled_from(("that", "the following", "the previous")))
def test_a_season_of_a_year_named_after_it(year: int, season: str, words: str) -> None:
    step = {"that": 0, "the following": 1, "the previous": -1}[words]
    got = dates(f"The pier was built in {year}. It burned in the {season} of {words} year.")
    assert got[-1] == (f"the {season} of {words} year", "DATE", f"{year + step}-{SEASONS[season]}")


# ---------------------------------------------------------------- the present-tense modal "must"


@pytest.mark.parametrize(("text", "expected"), [
    ("The council must decide on Friday.", [("Friday", "DATE", "2025-09-19")]),
    ("Under the ruling, the smelter must cut its emissions by July and pay the farmers.",
     [("July", "DATE", "2026-07")]),
    ("The loan must be repaid in August.", [("August", "DATE", "2026-08")]),
    ("Tenants must still leave the block on Monday.", [("Monday", "DATE", "2025-09-22")]),
    ("Officials said the airline mustn't sell tickets on Sunday.", [("Sunday", "DATE", "2025-09-21")]),
])
def test_must_before_a_verb_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The blaze must have started on Friday.", [("Friday", "DATE", "2025-09-12")]),
    ("Inspectors said the pipe must not have burst until August.", [("August", "DATE", "2025-08")]),
    ("The firm must pay the fee while it still owes staff their wages for June.", [("June", "DATE", "2025-06")]),
])
def test_must_with_the_perfect_or_across_a_clause_is_no_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(("Monday", "Tuesday", "Wednesday", "Thursday",
                                                                             "Friday", "Saturday", "Sunday")))
def test_must_places_a_weekday_ahead(published: dt.date, weekday: str) -> None:
    """``must VERB on WEEKDAY`` is that weekday on or after the publication day, within a week."""
    ((_, _, value),) = dates(f"The panel must rule on {weekday}.", published)
    day = dt.date.fromisoformat(value)
    assert 0 <= (day - published).days < 7 and day.strftime("%A") == weekday


# ---------------------------------------------------------------- last year as a year told


@pytest.mark.parametrize(("text", "expected"), [
    ("The quarry opened in 2019. Output fell last year from 40,000 tonnes the previous year.",
     [("2019", "DATE", "2019"), ("last year", "DATE", "2024"), ("the previous year", "DATE", "2023")]),
    ("The quarry opened in 2019. Output fell last year, and in May of that year a wall collapsed.",
     [("2019", "DATE", "2019"), ("last year", "DATE", "2024"), ("May of that year", "DATE", "2024-05")]),
    ("The quarry opened in 2019. It reopens next year, and that year its licence ends.",
     [("2019", "DATE", "2019"), ("next year", "DATE", "2026"), ("that year", "DATE", "2026")]),
])
def test_last_year_is_a_year_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales fell below last year's total. Delays could last until the middle of next year.",
     [("last year", "DATE", "2024"), ("the middle of next year", "DATE", "2026")]),
    ("The quarry opened in 2019. Output fell last year; the pit closes at the end of next year.",
     [("2019", "DATE", "2019"), ("last year", "DATE", "2024"), ("the end of next year", "DATE", "2026")]),
])
def test_next_year_after_a_position_counts_from_the_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    """``the middle of next year``: the ``the`` is the position's, so ``next year`` is the
    publication's next, not the year after the one told (as ``the next year`` would be)."""
    assert dates(text) == expected


def test_the_past_year_tells_no_year() -> None:
    """``the past year`` is the stretch up to now, no year that ``that year`` names."""
    got = dates("The quarry opened in 2019. Output has fallen over the past year, a drop not seen since that year.")
    assert got[-1] == ("that year", "DATE", "2019")


# ---------------------------------------------------------------- days with their month told once


@pytest.mark.parametrize(("text", "expected"), [
    ("Pickets blocked the depot from March 3 to 6.", [("March 3", "DATE", "2025-03-03"), ("6", "DATE", "2025-03-06")]),
    ("The fair runs Oct. 2 through 5.", [("Oct. 2", "DATE", "2025-10-02"), ("5", "DATE", "2025-10-05")]),
    ("The museum shut on the night of January 4 to 5, 2023, when a pipe burst.",
     [("January 4", "DATE", "2023-01-04"), ("5, 2023", "DATE", "2023-01-05")]),
    ("Ferries were halted from December 28 to 30 last year.",
     [("December 28", "DATE", "2024-12-28"), ("30 last year", "DATE", "2024-12-30")]),
    ("The survey was run from 2 to 9 June.", [("2", "DATE", "2025-06-02"), ("9 June", "DATE", "2025-06-09")]),
    ("The consulate will be closed between 5 and 12 October.",
     [("5", "DATE", "2025-10-05"), ("12 October", "DATE", "2025-10-12")]),
    ("Marches were held on 6, 7 and 8 May.",
     [("6", "DATE", "2025-05-06"), ("7", "DATE", "2025-05-07"), ("8 May", "DATE", "2025-05-08")]),
    ("The fete was held on the 2nd, 3rd and 4th of July.",  # session 52: no day of the publication's month
     [("the 2nd", "DATE", "2025-07-02"), ("3rd", "DATE", "2025-07-03"), ("4th of July", "DATE", "2025-07-04")]),
    ("Bids are taken from the 1st to the 15th of November.",
     [("the 1st", "DATE", "2025-11-01"), ("the 15th of November", "DATE", "2025-11-15")]),
])
def test_days_with_their_month_told_once(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Temperatures climbed on June 5 to 10 degrees.", [("June 5", "DATE", "2025-06-05")]),
    ("She spoke on March 3 to 10,000 supporters.", [("March 3", "DATE", "2025-03-03")]),
    ("He moved on May 2 to 10 Downing Street.", [("May 2", "DATE", "2025-05-02")]),
    ("The side won 3 to 2 in May.", [("May", "DATE", "2025-05")]),
])
def test_a_number_after_a_date_is_no_day_of_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A number of something after ``to`` (a noun, a thousands comma, a name) is no day."""
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(1995, 2035), st.integers(1, 12), st.integers(1, 27), st.integers(1, 12),
       st.sampled_from(("to", "through", "and")))
def test_a_range_told_with_one_month_and_year_is_of_that_month_and_year(
        year: int, month: int, first: int, span: int, join: str) -> None:
    """``MONTH D1 <join> D2, YEAR`` and ``from D1 to D2 MONTH YEAR``: both days are of that
    month and year."""
    last = min(first + span, 28)
    if last <= first:
        return
    name = MONTHS[month - 1]
    want = [f"{year}-{month:02d}-{first:02d}", f"{year}-{month:02d}-{last:02d}"]
    american = dates(f"The depot was shut {name} {first} {join} {last}, {year}, the port said.")
    british = dates(f"The depot was shut from {first} {join} {last} {name} {year}, the port said.")
    assert [v for _, _, v in american] == want
    assert [v for _, _, v in british] == want
