"""Issue #14, session 36: two kinds of calendar date, each fixed by a rule of English and
tested on sentences written for it (none from a written set or a corpus):

* a day of the month spelled as an ordinal word, as broadcasts and speeches say it
  (``March eighth``, ``March the 14th``, ``the twenty-first of October``, ``the Fourth of
  July``): one date (it was read as the bare month, ``2014-03``); after its month only
  before a year, a stop or a clause's edge, so an ordinal of a thing stays out (``the June
  second round``, ``a third of March sales``);
* ``this`` before ``past`` or ``coming`` is the determiner of the time it places (``this
  past weekend``, ``this coming Friday``, ``this coming Sunday, March 8``): in the extent,
  as TimeBank writes it (it was left out: ``past weekend``);
* a length with a fraction before ``ago`` or ``from now`` is a date, as every counted
  length there is (``a quarter of a century ago``, ``a quarter-century ago``, ``a decade and
  a half ago``): it was read as the length alone; years that are not whole count back in
  months (``a year and a half ago`` as ``18 months ago``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2014, 9, 17)  # a Wednesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ONES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth")


def dates(text: str) -> list[tuple[str, str, str]]:
    return date_triples(text, PUBLISHED)


def spelled(day: int) -> str:
    """The ordinal word of a day of the month, as English writes it."""
    if day < 10:
        return ONES[day - 1]
    if day < 20:
        return TEENS[day - 10]
    tens = {2: "twenty", 3: "thirty"}[day // 10]
    return f"{tens}-{ONES[day % 10 - 1]}" if day % 10 else tens[:-1] + "ieth"


@pytest.mark.parametrize(("text", "expected"), [
    ("The river barge docked on March eighth, 1998, after a long haul.", [("March eighth, 1998", "DATE", "1998-03-08")]),
    ("The choir sang at the abbey on the twenty-first of October 2009.",
     [("the twenty-first of October 2009", "DATE", "2009-10-21")]),
    ("The lifeboat crew was honoured on March the 14th, 2011.", [("March the 14th, 2011", "DATE", "2011-03-14")]),
    ("Neighbours gathered for fireworks on the Fourth of July, 2012.",
     [("the Fourth of July, 2012", "DATE", "2012-07-04")]),
    ("The ferry resumed sailing on the first of May last year.", [("the first of May last year", "DATE", "2013-05-01")]),
    ("The orchard opened on June second and closed for repairs.", [("June second", "DATE", "2014-06-02")]),
])
def test_a_day_spelled_as_an_ordinal_is_one_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters return for the June second round of the mayoral race.", [("June", "DATE", "2014-06")]),
    ("A third of March sales came from the coastal shops.", [("March", "DATE", "2014-03")]),
    ("In May first-quarter bookings at the inn were counted.", [("May", "DATE", "2014-05"),
                                                                 ("first-quarter", "DATE", "2014-Q1")]),
])
def test_an_ordinal_of_a_thing_after_a_month_stays_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms flooded the valley roads this past weekend.", [("this past weekend", "DATE", "2014-W37-WE")]),
    ("The vineyard lost its crop this past spring.", [("this past spring", "DATE", "2014-SP")]),
    ("The tenants' association meets this coming Friday.", [("this coming Friday", "DATE", "2014-09-19")]),
    ("The regatta starts this coming Sunday, September 21.",
     [("this coming Sunday, September 21", "DATE", "2014-09-21")]),
    ("This past Monday the pier reopened to anglers.", [("This past Monday", "DATE", "2014-09-15")]),
])
def test_this_before_past_or_coming_is_in_the_extent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.integers(1995, 2012),
       st.sampled_from(("{m} {d}, {y}", "{m} the {d}, {y}", "the {d} of {m} {y}", "the {d} of {m}, {y}")),
       st.booleans())
def test_a_rendered_spelled_date_parses_back(month: int, day: int, year: int, form: str, capital: bool) -> None:
    """Render a date with its day as an ordinal word (any month, day and order), read it back:
    one date, the whole phrase, the day, month and year told."""
    word = spelled(day)
    if capital and form.startswith("the"):
        word = word.capitalize()
    phrase = form.format(m=MONTHS[month - 1], d=word, y=year)
    text = f"The museum's new wing was opened on {phrase}, officials said."
    assert dates(text) == [(phrase, "DATE", f"{year}-{month:02d}-{day:02d}")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The covered market was built a quarter of a century ago.",
     [("a quarter of a century ago", "DATE", "1989")]),
    ("The rowing club folded a quarter-century ago.", [("a quarter-century ago", "DATE", "1989")]),
    ("The ferry route was dropped a decade and a half ago.", [("a decade and a half ago", "DATE", "1999")]),
    ("The bakery changed hands a year and a half ago.", [("a year and a half ago", "DATE", "2013-03")]),
    ("The tram line may reopen a year and a half from now.", [("a year and a half from now", "DATE", "2016-03")]),
    ("A decade and a half later the orchard was sold.", [("A decade and a half", "DURATION", "P15Y")]),
])
def test_a_length_with_a_fraction_counted_back_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


UNIT_YEARS = {"decade": 10, "century": 100}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(UNIT_YEARS)), st.sampled_from(("a quarter of a {u}", "a quarter-{u}", "a {u} and a half",
                                                              "half a {u}")))
def test_a_rendered_fraction_of_a_long_unit_ago_parses_back(unit: str, form: str) -> None:
    """Render a fraction of a decade or century counted back, read it back: one date, the
    phrase with its ``ago``, that many years before the publication date (a year, or a
    month when the years are not whole: a quarter of a decade)."""
    phrase = form.format(u=unit) + " ago"
    share = {"a quarter of": 0.25, "a quarter-": 0.25, "and a half": 1.5, "half a": 0.5}
    years = next(v for k, v in share.items() if k in form) * UNIT_YEARS[unit]
    text = f"The lighthouse was automated {phrase}, the trust said."
    if years == int(years):
        value = str(PUBLISHED.year - int(years))
    else:  # years that are not whole count back in months
        back = PUBLISHED.year * 12 + PUBLISHED.month - 1 - int(years * 12)
        value = f"{back // 12}-{back % 12 + 1:02d}"
    assert dates(text) == [(phrase, "DATE", value)]
