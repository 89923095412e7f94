"""Issue #14, session 17: number kinds where newskit's reading differed from the held-out
numbers suite (Recognizers-Text), on sentences written for these tests (sport, farming,
science, shipping, elections), with a hypothesis round trip per form:

* a comma after a scale word ends a number in words: prose spells a compound number without
  one, so "five thousand, three hundred" is two numbers (a list, or an apposition: "five
  thousand, three hundred of them in France"); "and" or nothing still joins the groups;
* digits grouped by spaces ("86 034 647") are one number before a clause's comma too (the
  comma used to split them into "86" and "647"); before a comma and more digits they stay
  apart, as a list ("4 100, 200 and 300");
* "half" before a scale word multiplies it, as "a half" and "half a" did ("the half million
  residents" was a million), and so does a digit fraction ("1/2 million" was 0.5 and a
  stray million);
* "below zero" after a number is its sign ("20 below zero" was 20 and a stray zero).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities import find_quantities
from newskit_quantities.numbers import parse_words

from .test_wordgrammar_properties import SCALES, Style, below_thousand, cardinal


def read(text: str) -> list[tuple[str, Decimal]]:
    return [(text[f.start:f.end], Decimal(str(f.value))) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The stadium sold five thousand, three hundred of them to season-ticket holders.",
     [("five thousand", 5000), ("three hundred", 300)]),
    ("Growers shipped two million, four hundred thousand more crates than a year ago.",
     [("two million", 2000000), ("four hundred thousand", 400000)]),
    ("Growers shipped two million four hundred thousand crates this year.",
     [("two million four hundred thousand", 2400000)]),
    ("The probe logged one thousand and sixty readings.", [("one thousand and sixty", 1060)]),
])
def test_a_comma_after_a_scale_ends_a_number(text: str, expected: list[tuple[str, int]]) -> None:
    assert read(text) == [(t, Decimal(v)) for t, v in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The port handled 12 406 118, the authority said.", [("12 406 118", 12406118)]),
    ("Turnout reached 3 051 200, up from the last vote.", [("3 051 200", 3051200)]),
    ("Heats of 4 100, 200 and 300 metres were run.", [("4", 4), ("100", 100), ("200", 200), ("300 metres", 300)]),
])
def test_space_grouped_digits_before_a_comma(text: str, expected: list[tuple[str, int]]) -> None:
    assert read(text) == [(t, Decimal(v)) for t, v in expected]


def groups_of(n: int, s: Style) -> list[tuple[str, int]]:
    """The scale groups of ``n`` in words with their values ("two million", 2000000)."""
    out = []
    for scale, name in SCALES:
        if n >= scale:
            out.append((below_thousand(n // scale, s) + " " + name, n // scale * scale))
            n %= scale
    if n:
        out.append((below_thousand(n, s), n))
    return out


@given(st.integers(1000, 10**12 - 1), st.booleans(), st.booleans())
def test_comma_groups_read_back_one_number_each(n: int, and_hundred: bool, hyphen: bool) -> None:
    """Render a cardinal with a comma between its scale groups; each group reads back as
    one number, its own value."""
    groups = groups_of(n, Style(and_hundred, ", ", hyphen))
    tokens = " , ".join(g for g, _ in groups).replace("-", " ").split()
    assert [s.value for s in parse_words(tokens)] == [v for _, v in groups]


@given(st.integers(1000, 10**12 - 1), st.booleans())
def test_joined_groups_read_back_whole(n: int, with_and: bool) -> None:
    """The same cardinal with nothing or "and" between its groups is one number."""
    words = cardinal(n, Style(True, " and " if with_and else " ", False))
    assert [s.value for s in parse_words(words.split())] == [n]


@given(st.integers(1000, 10**12 - 1),
       st.sampled_from(["the authority said", "up from last year", "a record"]))
def test_space_grouped_round_trip(n: int, tail: str) -> None:
    """Digits grouped by spaces, then a comma and words, read back as one number."""
    digits = f"{n:,}".replace(",", " ")
    assert read(f"The port handled {digits}, {tail}.") == [(digits, Decimal(n))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods left the half million residents of the delta without water.",
     [("half million", 500000)]),
    ("The club paid some half billion for the stadium.", [("some half billion", 500000000)]),
    ("The bakery sold half dozen boxes before noon.", [("half dozen", 6)]),
    ("The charity raised 1/2 million in a week.", [("1/2 million", 500000)]),
    ("Farmers planted 3/4 million hectares of maize.", [("3/4 million hectares", 750000)]),
    ("He ate 1/2 of the pie.", [("1/2", Decimal("0.5"))]),
    ("The vote split the party in half.", []),
])
def test_half_and_digit_fractions_before_a_scale(text: str, expected: list[tuple[str, object]]) -> None:
    assert read(text) == [(t, Decimal(v)) for t, v in expected]


@given(st.sampled_from([("thousand", 1000), ("million", 10**6), ("billion", 10**9)]),
       st.sampled_from([("half ", 1, 2), ("1/2 ", 1, 2), ("1/4 ", 1, 4), ("3/4 ", 3, 4)]))
def test_fraction_before_a_scale_round_trip(scale: tuple[str, int], frac: tuple[str, int, int]) -> None:
    """A fraction (the word "half" or digits) before a scale word reads back as its share
    of the scale, over both words."""
    words, num, den = frac
    phrase = f"{words}{scale[0]}"
    assert read(f"Officials said the fund reached {phrase} on Monday.") == [
        (phrase, Decimal(scale[1] * num) / den)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Overnight lows of 20 below zero froze the harbour.", [("20 below zero", -20)]),
    ("The thermometer read five degrees below zero at dawn.", [("five degrees below zero", -5)]),
    ("Freezers keep vaccines at -70 degrees.", [("-70 degrees", -70)]),
    ("The index fell below zero last week.", [("below zero", 0)]),
])
def test_below_zero_is_a_sign(text: str, expected: list[tuple[str, int]]) -> None:
    assert read(text) == [(t, Decimal(v)) for t, v in expected]


@given(st.integers(1, 80), st.sampled_from(["", " degrees", " degrees Fahrenheit"]), st.booleans())
def test_below_zero_round_trip(n: int, unit: str, in_words: bool) -> None:
    """Any temperature said "N (degrees) below zero" reads back as -N over all its words."""
    number = cardinal(n, Style(True, " ", True)) if in_words else str(n)
    phrase = f"{number}{unit} below zero"
    assert read(f"Forecasters expect {phrase} on Friday night.") == [(phrase, Decimal(-n))]
