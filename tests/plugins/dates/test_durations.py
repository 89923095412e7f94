"""Durations beyond "N units": ranges ("three to four days"), fractions of a unit ("half an
hour", "a quarter of a century"), mixed numbers ("a year and a half"), offsets anchored on
an event ("two days after the attack"); real sentences and a render/parse-back property."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

EX = DatesExtractor()
MON = dt.date(2024, 6, 17)


def dates(text: str) -> list[tuple[str, str, str, str | None]]:
    out = []
    for m in EX.extract(Article(id="t", text=text, published=MON), []):
        assert isinstance(m, DateMention)
        out.append((m.text, m.type, m.value, m.mod))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers said the search could take three to four days.",
     [("three to four days", "DURATION", "P3D", "EQUAL_OR_MORE")]),
    ("Results are expected within 24-48 hours, officials said.",
     [("24-48 hours", "DURATION", "PT24H", "EQUAL_OR_MORE")]),
    ("The repairs will last between two and three weeks.",
     [("between two and three weeks", "DURATION", "P2W", "EQUAL_OR_MORE")]),
    ("Talks may drag on for two or three years.",
     [("two or three years", "DURATION", "P2Y", "APPROX")]),
    ("The strike lasted about six to eight months.",
     [("about six to eight months", "DURATION", "P6M", "APPROX")]),
])
def test_duration_ranges(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The dispute has simmered for a quarter of a century.",
     [("a quarter of a century", "DURATION", "P25Y", None)]),
    ("Passengers waited half an hour on the tarmac.",
     [("half an hour", "DURATION", "PT30M", None)]),
    ("The war lasted a year and a half.", [("a year and a half", "DURATION", "P1.5Y", None)]),
    ("The minister gave a half-hour speech.", [("a half-hour", "DURATION", "PT30M", None)]),
    ("Crews needed three quarters of an hour to reach the site.",
     [("three quarters of an hour", "DURATION", "PT45M", None)]),
    ("Trading was halted for half a day.", [("half a day", "DURATION", "PT12H", None)]),
    ("The flight took two and a half hours.", [("two and a half hours", "DURATION", "PT2H30M", None)]),
])
def test_fractional_durations(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


def test_an_ordinal_is_not_a_fraction() -> None:
    assert dates("Workers walked out on their third day-long strike.") == [
        ("day-long", "DURATION", "P1D", None)]


def test_offset_after_an_event_reads_the_duration() -> None:
    got = dates("Two days after the attack, police made the first arrests.")
    assert got[0] == ("Two days", "DURATION", "P2D", None)


WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "TH", "minute": "TM"}


def render(n: int, words: bool) -> str:
    return WORDS[n - 1] if words else str(n)


@settings(max_examples=120, deadline=None)
@given(low=st.integers(1, 19), gap=st.integers(1, 5), unit=st.sampled_from(sorted(UNIT)),
       words=st.booleans(), conn=st.sampled_from([" to ", "-", " or ", "between"]))
def test_duration_range_round_trip(low: int, gap: int, unit: str, words: bool, conn: str) -> None:
    """Render a duration range, read it back: one mention over the whole range, the low
    end as its value, EQUAL_OR_MORE (APPROX for "or")."""
    high = min(low + gap, 20)
    if conn == "-" and words:
        conn = " to "
    a, b = render(low, words), render(high, words)
    surface = (f"between {a} and {b} {unit}s" if conn == "between" else f"{a}{conn}{b} {unit}s")
    text = f"Officials said the work would take {surface}, weather permitting."
    code = UNIT[unit]
    value = f"PT{low}{code[1]}" if code.startswith("T") else f"P{low}{code}"
    mod = "APPROX" if conn == " or " else "EQUAL_OR_MORE"
    assert dates(text) == [(surface, "DURATION", value, mod)]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 12), unit=st.sampled_from(["year", "month", "week", "day"]))
def test_and_a_half_round_trip(n: int, unit: str) -> None:
    """ "N years and a half" / "N and a half years" read back as N.5 of the unit."""
    num = "a" if n == 1 else WORDS[n - 1]
    plural = "" if n == 1 else "s"
    surface = f"{num} {unit}{plural} and a half"
    text = f"The programme ran for {surface} in total."
    assert dates(text) == [(surface, "DURATION", f"P{n}.5{UNIT[unit]}", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked the market on March 3. The same day, troops sealed the border.",
     [("March 3", "DATE", "2024-03-03", None), ("The same day", "DATE", "2024-03-03", None)]),
    ("The ceasefire began on May 2, 2024. The next day, aid convoys crossed.",
     [("May 2, 2024", "DATE", "2024-05-02", None), ("The next day", "DATE", "2024-05-03", None)]),
    ("Voting ended on June 9. Earlier that day, turnout passed 50 percent.",
     [("June 9", "DATE", "2024-06-09", None), ("Earlier that day", "DATE", "2024-06-09", None)]),
])
def test_days_anchored_on_the_last_date(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


def test_a_bare_that_day_is_left_alone() -> None:
    assert dates("Traders lost money on trades made that day.") == []
