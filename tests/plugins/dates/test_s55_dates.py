"""Issue #14, session 55: phrasings of a time that a rule of English places, each tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``Must the board vote on Friday?``, ``Ministers Must Decide on Budget by Friday``, ``Bids
  MUST be filed by Friday``: the present-tense modal ``must`` looks ahead in any case, the
  verb after it in lower case or in the modal's own (a headline's title case, a line in
  capitals); only lower-case ``must`` was read, so these weekdays and months were the last.
* ``the following February``, ``the previous April``: a month a determiner places against the
  time the text told last (they counted from the publication); ``following October's defeat``
  without ``the``: the preposition ``after`` before a month (it was read as the next October).
* ``in 2025, up from 1.4 tonnes a year earlier``, ``a boom a decade earlier``: ``N years
  earlier`` counts back from the year told before it in the sentence (it counted from the
  publication's year); ``ago`` still counts from now.
* ``in the second quarter from 5.0% in the previous quarter``: a step from the quarter the
  report told, as ``the previous month`` steps from the month told (it stepped from the
  publication's quarter).
* ``was moved to Sunday``, ``extended to January``, ``brought forward to Friday``: a decision
  that moves a day names one ahead, as ``postponed to`` did (they were read as the past).
* ``for a third day``, ``a third year in a row``: an ordinal, as ``a second day`` is (read as a
  third of a day); ``a third of a day`` is the fraction.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- "must" in any case


@pytest.mark.parametrize(("text", "expected"), [
    ("Must the council really decide on Friday?", [("Friday", "DATE", "2025-09-19")]),
    ("Ministers Must Decide on Harbour Budget by Friday", [("Friday", "DATE", "2025-09-19")]),
    ("PORT OPERATOR MUST REOPEN TERMINAL ON MONDAY", [("MONDAY", "DATE", "2025-09-22")]),
    ("Under the order, bids MUST be filed by Friday.", [("Friday", "DATE", "2025-09-19")]),
    ("Tenants Must Leave Riverside Flats in August", [("August", "DATE", "2026-08")]),
    ("Mustn't the union ballot its members in March?", [("March", "DATE", "2026-03")]),
])
def test_must_in_any_case_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the perfect after it tells of the past, in a headline too
    ("Pilot Must Have Seen the Warning Light on Friday", [("Friday", "DATE", "2025-09-12")]),
    # a capitalised "must" before a lower-case name is no headline's verb
    ("The Must list: films we saw on Friday", [("Friday", "DATE", "2025-09-12")]),
])
def test_must_in_any_case_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(day=st.sampled_from(WEEKDAYS), shape=st.sampled_from(("title", "upper")))
def test_must_headline_weekday_lies_ahead(day: str, shape: str) -> None:
    """``X Must Act on WEEKDAY`` in a headline: that weekday on or after the publication day."""
    line = f"Regulator Must Rule on Merger by {day}"
    if shape == "upper":
        line = line.upper()
    (found,) = dates(line)
    value = dt.date.fromisoformat(found[2])
    assert 0 <= (value - PUBLISHED).days < 7 and value.strftime("%A") == day


# ---------------------------------------------------------------- "the following February" from the time told


@pytest.mark.parametrize(("text", "expected"), [
    ("The plant was seized in May 2019, and the buyers walked away the following February.",
     [("May 2019", "DATE", "2019-05"), ("following February", "DATE", "2020-02")]),
    ("Work on the dam began on 4 March 2020 and stopped the following December.",
     [("4 March 2020", "DATE", "2020-03-04"), ("following December", "DATE", "2020-12")]),
    ("The brewery was founded in 2011 and listed its shares the following March.",
     [("2011", "DATE", "2011"), ("following March", "DATE", "2012-03")]),
    ("The treaty was signed in June 1990, having been drafted the previous April.",
     [("June 1990", "DATE", "1990-06"), ("previous April", "DATE", "1990-04")]),
    ("The charter was sealed in April 1990; a first draft was read the previous April.",
     [("April 1990", "DATE", "1990-04"), ("previous April", "DATE", "1989-04")]),
    ("The tunnel flooded in October 2021 and only reopened the next January.",
     [("October 2021", "DATE", "2021-10"), ("next January", "DATE", "2022-01")]),
    ("The depot will open in May and close for repairs the following January.",
     [("May", "DATE", "2026-05"), ("following January", "DATE", "2027-01")]),
])
def test_the_following_month_counts_from_the_time_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no "the": the publication's next month
    ("The dam was finished in 2011. Fares rise next February.",
     [("2011", "DATE", "2011"), ("next February", "DATE", "2026-02")]),
    # "the next" in a clause that looks ahead is counted from now, as "the next year" is
    ("The yard was sold in 2011. The vote will be held the next March.",
     [("2011", "DATE", "2011"), ("next March", "DATE", "2026-03")]),
    # nothing told: the publication's
    ("In the following March, the union struck again.", [("following March", "DATE", "2026-03")]),
])
def test_the_following_month_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1950, 2020), told=st.integers(1, 12), month=st.integers(1, 12),
       step=st.sampled_from(("following", "previous")))
def test_the_following_month_is_the_first_after_the_told_month(year: int, told: int, month: int, step: str) -> None:
    """``in MONTH YEAR ... the following / previous MONTH2``: the first MONTH2 after (before) it."""
    names = [dt.date(2000, k, 1).strftime("%B") for k in range(1, 13)]
    text = f"The mill closed in {names[told - 1]} {year} and was sold the {step} {names[month - 1]}."
    found = dates(text)
    value = found[-1][2]
    y, mo = int(value[:4]), int(value[5:7])
    gap = (y * 12 + mo) - (year * 12 + told)
    assert mo == month
    assert (1 <= gap <= 12) if step == "following" else (-12 <= gap <= -1)


# ---------------------------------------------------------------- "following" as a preposition before a month


@pytest.mark.parametrize(("text", "expected"), [
    # "following" without "the" is "after": the month is the clause's, not the next one
    ("The coach was sacked following October's defeat by the league leaders.",
     [("October", "DATE", "2024-10")]),
    ("Shares fell sharply on Monday following August's profit warning.",
     [("Monday", "DATE", "2025-09-15"), ("August", "DATE", "2025-08")]),
    ("Following March's vote, the union called a strike.", [("March", "DATE", "2025-03")]),
])
def test_following_as_a_preposition_before_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "a year earlier" from the year told


@pytest.mark.parametrize(("text", "expected"), [
    ("Toll revenue rose to $41 million in 2023, up from $36 million a year earlier.",
     [("2023", "DATE", "2023"), ("a year earlier", "DATE", "2022")]),
    ("The loss rate stood at 8.2% at the end of 2024, down from 9.5% two years earlier.",
     [("the end of 2024", "DATE", "2024"), ("two years earlier", "DATE", "2022")]),
    ("Its share of the market fell to 20% in 2024 from nearly 50% a decade earlier.",
     [("2024", "DATE", "2024"), ("a decade earlier", "DATE", "2014")]),
    ("The levy was frozen in 2022, after a boom in rooftop panels a decade earlier.",
     [("2022", "DATE", "2022"), ("a decade earlier", "DATE", "2012")]),
])
def test_years_earlier_count_from_the_year_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no year told: the year before the publication's (a report's comparison)
    ("The airline carried 4 million passengers, up from 3.6 million a year earlier.",
     [("a year earlier", "DATE", "2024")]),
    # a month told: the compared month's family
    ("Prices rose 5 percent in October 2024 from a year earlier.",
     [("October 2024", "DATE", "2024-10"), ("a year earlier", "DATE", "2023-10")]),
    # "ago" counts from now
    ("The ban was lifted in 2021; it had been imposed three years ago.",
     [("2021", "DATE", "2021"), ("three years ago", "DATE", "2022")]),
])
def test_years_earlier_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_years_earlier_than_is_a_difference() -> None:
    found = dates("The dam was finished in 1964, four decades earlier than the canal.")
    assert found[0] == ("1964", "DATE", "1964")
    assert ("four decades earlier", "DATE", "1924") not in found


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1900, 2024), n=st.integers(1, 9), unit=st.sampled_from(("years", "decades")))
def test_years_earlier_is_the_told_year_less_n(year: int, n: int, unit: str) -> None:
    """``... in YEAR, up from X N years (decades) earlier``: YEAR less N years (decades)."""
    words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    text = f"Output reached 40 tonnes in {year}, up from 25 tonnes {words[n - 1]} {unit} earlier."
    found = dates(text)
    assert found[-1][2] == str(year - n * (10 if unit == "decades" else 1))


# ---------------------------------------------------------------- "the previous quarter" from the quarter told


@pytest.mark.parametrize(("text", "expected"), [
    ("Unemployment rose to 5.2% in the second quarter from 5.0% in the previous quarter.",
     [("the second quarter", "DATE", "2025-Q2"), ("the previous quarter", "DATE", "2025-Q1")]),
    ("Net income rose in the fourth quarter of 2024 and fell in the following quarter.",
     [("the fourth quarter of 2024", "DATE", "2024-Q4"), ("the following quarter", "DATE", "2025-Q1")]),
    ("Margins widened in the first quarter of 2024 from the previous quarter.",
     [("the first quarter of 2024", "DATE", "2024-Q1"), ("the previous quarter", "DATE", "2023-Q4")]),
    # nothing told: the publication's quarter, stepped
    ("Sales fell in the previous quarter.", [("the previous quarter", "DATE", "2025-Q2")]),
    # "the next quarter" looking ahead: the publication's next one
    ("The firm expects a loss in the next quarter.", [("the next quarter", "DATE", "2025-Q4")]),
])
def test_the_previous_quarter_steps_from_the_quarter_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a day moved to: "moved to Sunday", "extended to January"


@pytest.mark.parametrize(("text", "expected"), [
    ("The match, first scheduled for Saturday, was moved to Sunday.",
     [("Saturday", "DATE", "2025-09-20"), ("Sunday", "DATE", "2025-09-21")]),
    ("The curfew was extended to January.", [("January", "DATE", "2026-01")]),
    ("The vote was shifted to Thursday because of the storm.", [("Thursday", "DATE", "2025-09-18")]),
    ("The refit was planned for December. It was moved to April to avoid the busy season.",
     [("December", "DATE", "2025-12"), ("April", "DATE", "2026-04")]),
    ("The derby has been brought forward to Friday.", [("Friday", "DATE", "2025-09-19")]),
])
def test_a_day_moved_to_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "moved to" a place, the time after its own preposition: the clause's past
    ("The bakery moved its ovens to Dublin in January.", [("January", "DATE", "2025-01")]),
    ("The fighting shifted to the north on Sunday.", [("Sunday", "DATE", "2025-09-14")]),
    ("Cover was extended to include claims made in August.", [("August", "DATE", "2025-08")]),
])
def test_a_day_moved_to_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "a third day" is an ordinal


@pytest.mark.parametrize(("text", "expected"), [
    ("Volunteers spent a third day clearing mud from the high street.", []),
    ("Car exports fell for a third year in 2024.", [("2024", "DATE", "2024")]),
    # with "of" it is a fraction of the unit
    ("The inspection took a third of a day.", [("a third of a day", "DURATION", "P0.333333D")]),
    ("The dam was built a third of a century ago.", [("a third of a century ago", "DATE", "1992")]),
    # "a half day", "a quarter century" are fractions without "of"
    ("Staff work a half day before the holiday.", [("a half day", "DURATION", "PT12H")]),
    ("The fleet was renewed a quarter century ago.", [("a quarter century ago", "DATE", "2000")]),
])
def test_a_third_day_is_an_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(ordinal=st.sampled_from(("second", "third", "fourth", "fifth")),
       unit=st.sampled_from(("day", "week", "month", "year", "night")))
def test_a_count_of_times_is_no_length(ordinal: str, unit: str) -> None:
    """``for a second / third / fourth day``: which day of a run, no length of time."""
    assert dates(f"The strikers stayed out for a {ordinal} {unit}, union leaders said.") == []
