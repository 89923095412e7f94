"""Issue #14, session 21: kinds read on the dev half of the written check of session 21
(``bench/heldout_like/written_s21/dates.txt``, pages TimeBank + AQUAINT lack) and of ECB+'s
time markables (even topics), each fixed by a mechanism and tested on sentences written for
it (none from a written set or a corpus):

* the wires' ``early``/``late`` before a weekday is in the extent (``late Tuesday``), as
  ECB+ writes it every time and the TIMEX3 guidelines write ``late last night``;
* a clock time keeps a generic US zone (``9:30 a.m. ET``) and ``local time`` in its extent;
* a day after a clock time and ``on`` is a DATE of its own (TimeML keeps prepositions out of
  a TIMEX3), and the clock time is on that day (``at noon on Tuesday``);
* ``over`` before a fraction of a unit after an amount is the span's preposition (``$2
  billion over half a decade``), as it is before a counted length;
* a decade written with an apostrophe (``the 1970's``) after ``the`` or a position;
* ``following`` with no ``the`` before a length is a preposition (``following three years of
  talks``);
* ``that`` after a verb of saying opens a clause: ``confirmed on Thursday that Sunday's
  final`` is Sunday, not "that Sunday", and its tense is the clause's own;
* a day in the possessive whose noun is the subject of a future verb of taking place is
  ahead (``Saturday's derby will kick off``, ``is expected to``); otherwise, and before a
  verb of effects (``Tuesday's hailstorm will cost``), it stays reported as done.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

FRI = dt.date(2024, 5, 17)  # a Friday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dates(text: str, published: dt.date = FRI) -> list[tuple[str, str, str]]:
    return date_triples(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry operator suspended sailings late Thursday.", [("late Thursday", "DATE", "2024-05-16")]),
    ("Rescuers reached the village early Monday.", [("early Monday", "DATE", "2024-05-13")]),
    ("Strikes resumed late Wednesday afternoon.", [("late Wednesday afternoon", "TIME", "2024-05-15TAF")]),
])
def test_early_or_late_is_in_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@given(st.sampled_from(WEEKDAYS), st.sampled_from(("early", "late", "Early", "Late")))
def test_a_weekday_keeps_its_position_word(day: str, pos: str) -> None:
    got = dates(f"Talks between the unions and the ministry broke down {pos} {day}.")
    assert [(g[0], g[1]) for g in got] == [(f"{pos} {day}", "DATE")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The market opens at 9:30 a.m. ET.", [("9:30 a.m. ET", "TIME", "2024-05-17T09:30")]),
    ("Voting ends at 8 p.m. local time.", [("8 p.m. local time", "TIME", "2024-05-17T20:00")]),
])
def test_a_clock_time_keeps_its_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@given(st.integers(1, 12), st.sampled_from(("ET", "CT", "MT", "PT", "local time")))
def test_every_zone_is_in_the_extent(hour: int, zone: str) -> None:
    got = dates(f"The outage began at {hour} a.m. {zone}, the utility said.")
    assert got == [(f"{hour} a.m. {zone}", "TIME", f"2024-05-17T{hour % 12:02d}:00")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The vote is due at noon on Tuesday.",
     [("noon", "TIME", "2024-05-21T12:00"), ("Tuesday", "DATE", "2024-05-21")]),
    ("The fire was put out at 11 p.m. PT on Monday.",
     [("11 p.m. PT", "TIME", "2024-05-13T23:00"), ("Monday", "DATE", "2024-05-13")]),
    ("The hearing opens at 10 a.m. on Friday, June 7.",
     [("10 a.m.", "TIME", "2024-06-07T10:00"), ("Friday, June 7", "DATE", "2024-06-07")]),
])
def test_a_day_after_on_is_a_date_of_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@given(st.integers(1, 12), st.sampled_from(("a.m.", "p.m.")), st.sampled_from(WEEKDAYS),
       st.sampled_from(("will open", "opened", "opens")))
def test_a_clock_time_is_on_the_day_after_on(hour: int, half: str, day: str, verb: str) -> None:
    got = dates(f"The new bridge {verb} to traffic at {hour} {half} on {day}.")
    assert [g[1] for g in got] == ["TIME", "DATE"]
    assert got[0][2][:10] == got[1][2]


def test_over_a_fraction_after_an_amount_is_the_span() -> None:
    assert dates("The utility will spend $2 billion over half a decade.") == [("half a decade", "DURATION", "P5Y")]
    assert dates("The meeting lasted over half an hour.") == [("over half an hour", "DURATION", "PT30M")]


def test_a_decade_with_an_apostrophe() -> None:
    assert dates("The mill closed in the 1970's.") == [("the 1970's", "DATE", "197")]
    assert dates("The band peaked in the late '80's.") == [("the late '80's", "DATE", "198")]
    assert dates("Shops reopened after 2019's floods.") == [("2019", "DATE", "2019")]


def test_following_without_the_is_a_preposition() -> None:
    assert dates("The treaty came following three years of talks.") == [("three years", "DURATION", "P3Y")]
    assert dates("Prices will rise over the following two years.") == [
        ("the following two years", "DURATION", "P2Y")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The league confirmed on Thursday that Sunday's final will start early.",
     [("Thursday", "DATE", "2024-05-16"), ("Sunday", "DATE", "2024-05-19")]),
    ("The coach said that Saturday's defeat hurt.", [("Saturday", "DATE", "2024-05-11")]),
    ("Witnesses said the gunman returned that Sunday.", [("that Sunday", "DATE", "2024-05-12")]),
])
def test_that_after_a_verb_of_saying_opens_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunday's marathon will be the largest the city has held.", [("Sunday", "DATE", "2024-05-19")]),
    ("Saturday's regatta is expected to draw 40 crews.", [("Saturday", "DATE", "2024-05-18")]),
    ("Tuesday's hailstorm will cost insurers millions.", [("Tuesday", "DATE", "2024-05-14")]),
    ("Monday's ruling might not end the dispute.", [("Monday", "DATE", "2024-05-13")]),
    ("Tuesday's vote was close.", [("Tuesday", "DATE", "2024-05-14")]),
    ("Monday's crash killed two people, and more trains will be checked.", [("Monday", "DATE", "2024-05-13")]),
])
def test_a_possessive_day_before_a_future_verb_is_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
