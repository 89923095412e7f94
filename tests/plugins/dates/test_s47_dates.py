"""Issue #14, session 47: times placed by a rule of English, each tested on sentences
written for it (none from a written set, a story set or a corpus):

* ``that summer``, ``later that winter``, ``the following spring``, ``the next winter``,
  ``the previous autumn``: a season placed against the time the text told last, a year
  told alone included (``in 2009 ... that summer`` was the publication's summer; ``the
  following spring`` after a year alone was the one after the publication).
* ``rain is likely on Friday``, ``showers are forecast for Saturday``, ``snow is possible
  Thursday night``: a word of likelihood or forecast after a present-tense copula looks
  ahead, as ``will`` does (the weekday was the past one).
* ``sentenced on March 1 to five years``: a digit right after a month's name is the day
  of a date, not the low end of a range of lengths (``1 to five years`` was read as P1Y,
  and the date was lost).
* ``the law comes into force in April``: the third person of a schedule phrase states a
  schedule as its base form does (the month was read in the past of a participle before
  it, ``the law, passed in 2021, comes into force in mid-April``).
* ``the end of the week``, ``early in the week``, ``the start of the week``: a part of the
  week of the day told last, else of the publication's, as ``later in the week`` is (not
  found; ``the end of the month`` was).
* ``ministers are meeting on Friday``, ``the team is flying to Madrid on Sunday``: the
  present progressive of a verb of arrangement states a plan, as the present simple of a
  schedule verb does (the weekday was the past one).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The ferry line was sold in 2009. That summer its new owner cut two routes.", "That summer", "2009-SU"),
    ("The ferry line was sold in 2009, and that summer its new owner cut two routes.", "that summer", "2009-SU"),
    ("The ferry line will be sold in 2027; that autumn its routes will change.", "that autumn", "2027-FA"),
    ("The orchard was planted in 2011, and the following spring it gave its first apples.",
     "the following spring", "2012-SP"),
    ("The orchard was planted in 2011, and the next spring it gave its first apples.", "the next spring", "2012-SP"),
    ("The orchard was planted in 2011 after a frost the previous winter.", "the previous winter", "2010-WI"),
    ("The orchard was planted in 2011 and the following winter was the coldest in years.",
     "the following winter", "2011-WI"),
    ("The pier closed in May 2020 and reopened that autumn.", "that autumn", "2020-FA"),
    ("The pier closed in December 2018, and later that winter a storm broke it.", "later that winter", "2018-WI"),
    ("The pier closed in January 2019 and reopened that summer.", "that summer", "2019-SU"),
])
def test_a_season_is_placed_against_the_time_told(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)


def test_that_summer_with_no_time_told_is_the_publications() -> None:
    assert dates("That summer was the hottest on record.", dt.date(2024, 10, 12)) == [
        ("That summer", "DATE", "2024-SU")]


def test_a_month_told_after_the_year_is_the_anchor() -> None:
    found = dates("The band formed in 2015. It split in March 2017, and that winter its singer went solo.")
    assert ("that winter", "DATE", "2017-WI") in found


@settings(max_examples=30, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2040), season=st.sampled_from(sorted(SEASONS)),
       det=st.sampled_from(["that", "the following", "the previous"]))
def test_season_after_a_year_round_trip(year: int, season: str, det: str) -> None:
    """Render a year told alone and ``that`` / ``the following`` / ``the previous`` season;
    it reads back as that year's season, the first one after the year, or the last one
    before it (winter belongs to its December)."""
    code = SEASONS[season]
    if det == "that":
        want = year
    elif det == "the following":
        want = year if code == "WI" else year + 1
    else:
        want = year - 1
    found = dates(f"The ferry line was sold in {year}, and {det} {season} its owner cut two routes.")
    assert (f"{det} {season}", "DATE", f"{want}-{code}") in found


@settings(max_examples=30, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2040), month=st.integers(min_value=1, max_value=12),
       season=st.sampled_from(sorted(SEASONS)))
def test_that_season_after_a_month_round_trip(year: int, month: int, season: str) -> None:
    """Render a told month and ``that`` season: the season the month falls in when it is
    of that name (January's winter began the December before), else the month's year's."""
    code = SEASONS[season]
    want = year - 1 if code == "WI" and month <= 2 else year
    found = dates(f"The pier closed in {MONTHS[month - 1]} {year}, and that {season} a storm broke it.")
    assert (f"that {season}", "DATE", f"{want}-{code}") in found


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Rain is likely on Friday, forecasters said.", "Friday", "2024-03-15"),
    ("Heavy snow is possible on high ground on Saturday.", "Saturday", "2024-03-16"),
    ("Snow is possible in the hills Thursday night, forecasters said.", "Thursday night", "2024-03-14TNI"),
    ("Thunderstorms are predicted for Thursday afternoon.", "Thursday afternoon", "2024-03-14TAF"),
    ("A deal is still possible by Friday, the mediators said.", "Friday", "2024-03-15"),
    ("Showers are also possible on Saturday.", "Saturday", "2024-03-16"),
])
def test_a_present_likelihood_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert any(f == phrase and v == value for f, _, v in dates(text))


@pytest.mark.parametrize(("text", "value"), [
    ("It is possible that the thief entered the house on Friday.", "2024-03-08"),
    ("He is likely to have left the city on Friday, police said.", "2024-03-08"),
    ("Rain was likely on Friday, but the day stayed dry.", "2024-03-08"),
    ("The man who died on Friday is likely to have been poisoned.", "2024-03-08"),
])
def test_a_past_verb_or_copula_keeps_the_past(text: str, value: str) -> None:
    """The verb nearer the time (``entered``, ``left``), a past copula, or a likelihood
    after the time (the predicate of the subject the time is in) leave the past."""
    assert ("Friday", "DATE", value) in dates(text)


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS),
       predicate=st.sampled_from(["is likely", "is possible", "is forecast", "is predicted", "is also possible"]))
def test_likelihood_reads_as_will_round_trip(published: dt.date, weekday: str, predicate: str) -> None:
    """``Rain PREDICATE on WEEKDAY`` names the weekday ``Rain will fall on WEEKDAY`` does."""
    likely = [v for f, _, v in dates(f"Rain {predicate} on {weekday}.", published) if f == weekday]
    will = [v for f, _, v in dates(f"Rain will fall on {weekday}.", published) if f == weekday]
    assert likely == will
    assert will and will[0] >= published.isoformat()


@pytest.mark.parametrize(("text", "expected"), [
    ("The treasurer was sentenced on March 1 to five years.",
     [("March 1", "DATE", "2024-03-01"), ("five years", "DURATION", "P5Y")]),
    ("The treasurer was jailed on Feb. 3 to 10 years in prison.",
     [("Feb. 3", "DATE", "2024-02-03"), ("10 years", "DURATION", "P10Y")]),
])
def test_a_day_of_a_month_opens_no_range_of_lengths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_range_of_lengths_after_other_words_is_kept() -> None:
    assert dates("The plan would extend the term by 3 to 5 years.") == [("3 to 5 years", "DURATION", "P3Y")]


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2001, 12, 31)),
       years=st.integers(min_value=2, max_value=30), abbreviated=st.booleans())
def test_day_then_length_round_trip(day: dt.date, years: int, abbreviated: bool) -> None:
    """Render ``sentenced on MONTH DAY to N years``: it reads back as the date the sentence
    without the length reads, and a length of N years."""
    month = MONTHS[day.month - 1]
    name = (month[:3] + ".") if abbreviated and len(month) > 4 else month
    alone = dates(f"The treasurer was sentenced on {name} {day.day}.")
    found = dates(f"The treasurer was sentenced on {name} {day.day} to {years} years.")
    assert found == [*alone, (f"{years} years", "DURATION", f"P{years}Y")]
    assert alone and alone[0][:2] == (f"{name} {day.day}", "DATE")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The ban, approved in 2021, comes into force in mid-April.", "mid-April", "2024-04"),
    ("The levy, agreed last year, comes into effect in May.", "May", "2024-05"),
])
def test_a_schedule_phrase_in_the_third_person_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)


def parts(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str | None]]:
    """(text, value, mod) of every date mention."""
    out = []
    for m in DatesExtractor().extract(Article(id="t", text=text, published=published), []):
        assert isinstance(m, DateMention)
        out.append((m.text, m.value, m.mod))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("The offer expires at the end of the week.", ("the end of the week", "2024-W11", "END")),
    ("Ticket sales slowed early in the week.", ("early in the week", "2024-W11", "START")),
    ("Shares slipped at the start of the week.", ("the start of the week", "2024-W11", "START")),
])
def test_a_part_of_the_week_is_the_publications_week(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in parts(text)


WEEK_PARTS = {"by the end of the week": ("the end of the week", "END"),
              "early in the week": ("early in the week", "START"),
              "at the start of the week": ("the start of the week", "START")}


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       phrase=st.sampled_from(sorted(WEEK_PARTS)))
def test_week_part_after_a_told_day_round_trip(day: dt.date, phrase: str) -> None:
    """Render a told day and a part of the week: it reads back as that day's ISO week."""
    y, w, _ = day.isocalendar()
    text, mod = WEEK_PARTS[phrase]
    found = parts(f"The dam burst on {MONTHS[day.month - 1]} {day.day}, {day.year}, and {phrase} the river fell.")
    assert (text, f"{y:04d}-W{w:02d}", mod) in found


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Finance ministers are meeting on Friday to discuss the levy.", "Friday", "2024-03-15"),
    ("The squad is flying to Lisbon on Sunday.", "Sunday", "2024-03-17"),
    ("The prince is visiting the flooded towns on Thursday.", "Thursday", "2024-03-14"),
])
def test_a_present_progressive_of_arrangement_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in dates(text)


@pytest.mark.parametrize("text", [
    "Finance ministers were meeting on Friday when the news broke.",
    "The squad is flying home the keeper injured on Friday.",
])
def test_a_past_form_keeps_the_past_of_an_arrangement(text: str) -> None:
    assert ("Friday", "DATE", "2024-03-08") in dates(text)


@settings(max_examples=30, deadline=None)
@given(published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       weekday=st.sampled_from(WEEKDAYS), verb=st.sampled_from(["meeting", "flying to Rome", "visiting Rome"]),
       clock=st.sampled_from(["", "at 9 a.m. ", "at 7 p.m. "]))
def test_progressive_reads_as_will_round_trip(published: dt.date, weekday: str, verb: str, clock: str) -> None:
    """``Ministers are VERB [at CLOCK] on WEEKDAY`` names the weekday ``Ministers will
    VERB`` does (``meet``, ``fly``, ``visit``)."""
    base = {"meeting": "meet", "flying to Rome": "fly to Rome", "visiting Rome": "visit Rome"}[verb]
    progressive = [v for f, _, v in dates(f"Ministers are {verb} {clock}on {weekday}.", published) if f == weekday]
    will = [v for f, _, v in dates(f"Ministers will {base} {clock}on {weekday}.", published) if f == weekday]
    assert progressive == will
