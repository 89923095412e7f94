"""Issue #14, session 8: duration ranges written with hyphens ("two-to-three days", "a two-
to three-week delay"), "a day or two", "a second" as an ordinal before a noun ("a second
straight day"), and "last" as a verb after a modal ("would last three days"); sentences
written for these kinds, and render/parse-back properties for the new range forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

EX = DatesExtractor()
WED = dt.date(2025, 3, 12)


def dates(text: str) -> list[tuple[str, str, str, str | None]]:
    out = []
    for m in EX.extract(Article(id="t", text=text, published=WED), []):
        assert isinstance(m, DateMention)
        out.append((m.text, m.type, m.value, m.mod))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Forecasters expect rain for two-to-three days along the coast.",
     [("two-to-three days", "DURATION", "P2D", "EQUAL_OR_MORE")]),
    ("New vaccines usually take 3-to-5 years to reach clinics.",
     [("3-to-5 years", "DURATION", "P3Y", "EQUAL_OR_MORE")]),
    ("The refinery announced a two- to three-week shutdown for repairs.",
     [("two- to three-week", "DURATION", "P2W", "EQUAL_OR_MORE")]),
    ("Airlines warned of a two- or three-hour wait at security.",
     [("two- or three-hour", "DURATION", "PT2H", "APPROX")]),
])
def test_hyphenated_duration_ranges(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The coastal road will stay closed for a day or two.",
     [("a day or two", "DURATION", "P1D", "APPROX")]),
    ("Negotiators hope to resume talks in an hour or two.",
     [("an hour or two", "DURATION", "PT1H", "APPROX")]),
    ("The striker may need a month or two to recover.",
     [("a month or two", "DURATION", "P1M", "APPROX")]),
    ("The alarm sounded for a second or two before it stopped.",
     [("a second or two", "DURATION", "PT1S", "APPROX")]),
])
def test_a_unit_or_two(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


def test_a_unit_or_two_before_ago_is_a_date() -> None:
    assert dates("The ferry sank a week or two ago, relatives said.") == [
        ("a week or two ago", "DATE", "2025-03-05", None)]


def test_or_so_is_no_range() -> None:
    # a hedge, not a range: one length, APPROX as TimeBank writes "the next two years or so"
    assert dates("The vote was delayed for a week or so.") == [("a week or so", "DURATION", "P1W", "APPROX")]


@pytest.mark.parametrize("text", [
    "Shares of the lender fell for a second straight day.",
    "Riot police fired a second volley of tear gas at the crowd.",
    "The incumbent was forced into a second round of voting.",
    "The rover will attempt the climb for a second time.",
    "A second Chinese survey ship entered the area.",
])
def test_a_second_before_a_noun_is_an_ordinal(text: str) -> None:
    assert [d for d in dates(text) if d[2] == "PT1S"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("The goalkeeper hesitated for a second before diving.", "a second"),
    ("A second later the lights in the stadium went out.", "A second"),
    ("For a second, nobody in the courtroom moved.", "a second"),
    ("The sprinter finished a second behind the winner.", "a second"),
])
def test_a_second_as_a_length_of_time(text: str, surface: str) -> None:
    assert (surface, "DURATION", "PT1S", None) in dates(text)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The transport strike would last three days, unions warned.", "three days", "P3D"),
    ("Forecasters said the heatwave could last several more weeks.", "several more weeks", "PXW"),
    ("The curfew is expected to last two-to-three days.", "two-to-three days", "P2D"),
])
def test_last_after_a_modal_is_the_verb(text: str, surface: str, value: str) -> None:
    assert [(d[0], d[2]) for d in dates(text)] == [(surface, value)]


def test_the_last_n_days_keeps_its_words() -> None:
    assert dates("Prices rose over the last three days.") == [("the last three days", "DURATION", "P3D", None)]


WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "TH"}


def _value(n: int, unit: str) -> str:
    code = UNIT[unit]
    return f"PT{n}{code[1]}" if code.startswith("T") else f"P{n}{code}"


@settings(max_examples=120, deadline=None)
@given(low=st.integers(1, 11), gap=st.integers(1, 4), unit=st.sampled_from(sorted(UNIT)),
       words=st.booleans(), form=st.sampled_from(["-to-", "- to ", "- or ", "-or-"]),
       adjective=st.booleans())
def test_hyphenated_range_round_trip(low: int, gap: int, unit: str, words: bool, form: str,
                                     adjective: bool) -> None:
    """Render a range with a hyphen ("two-to-three days", "a two- to three-day strike"),
    read it back: one duration over the range, the low end its value, EQUAL_OR_MORE
    (APPROX for "or")."""
    high = min(low + gap, 12)
    a, b = (WORDS[low - 1], WORDS[high - 1]) if words else (str(low), str(high))
    surface = f"{a}{form}{b}-{unit}" if adjective else f"{a}{form}{b} {unit}s"
    text = (f"Unions called a {surface} strike at the port." if adjective
            else f"Unions said the strike at the port would last {surface}.")
    mod = "APPROX" if "or" in form else "EQUAL_OR_MORE"
    assert dates(text) == [(surface, "DURATION", _value(low, unit), mod)]


@settings(max_examples=40, deadline=None)
@given(unit=st.sampled_from(sorted(UNIT)), few=st.sampled_from(["two", "three"]))
def test_a_unit_or_few_round_trip(unit: str, few: str) -> None:
    """ "a day or two", "an hour or three": the one unit as the value, APPROX."""
    art = "an" if unit == "hour" else "a"
    surface = f"{art} {unit} or {few}"
    text = f"Engineers said repairs would take {surface}, not more."
    assert dates(text) == [(surface, "DURATION", _value(1, unit), "APPROX")]
