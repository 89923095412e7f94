"""Issue #14, numbers on held-out suites: the kinds a per-kind check against Recognizers-Text
conventions showed (bench/heldout_like/kinds_specs.py), each on sentences written for these
tests, with a hypothesis round trip per form:

* ages written "N years of age" and "a 3 year-old boy" (the hyphen after a space), and
  "a one year old", "a one-year-old" ("one" after "a" is no pronoun in an age);
* a scale letter after a space ("50 M", "45.6 b"), under the same guards as a glued one;
* an ungrouped long number where an amount stands ("was 4098390", alone on a line), while a
  code after a noun stays out ("case 891031");
* fraction words of a billion and a trillion ("one billionth", "a hundred trillionths");
* "13e2" is 1,300, not a year;
* "a year and a half" gives no stray quantity "a half";
* "half a percentage point", "half a percent": the unit after "half a";
* after "between", a reading that swallows the range's "and" is two numbers ("between three
  hundred and one thousand" is 300 to 1,000).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quantities import find_quantities

from .test_wordgrammar_properties import Style, cardinal


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The victim, 45 years of age, was taken to hospital.", [("45 years of age", 45, "year")]),
    ("Children under six months of age were vaccinated first.",
     [("under six months of age", 6, "month")]),
    ("A 3 year-old boy was found safe.", [("3 year-old", 3, "year")]),
    ("The foal is ten days old.", [("ten days old", 10, "day")]),
    ("He adopted a one year old dog.", [("one year old", 1, "year")]),
    ("A one-year-old boy was found.", [("one-year-old", 1, "year")]),
    ("It was a one-sided game.", []),
    ("The drought lasted 3 years.", []),
    ("He is 45 years older than his wife.", []),
])
def test_ages(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert read(text) == [(t, Decimal(v), u) for t, v, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund raised 50 M last year.", [("50 M", 50_000_000, None)]),
    ("Exports fell to 45.6 b in May.", [("45.6 b", 45_600_000_000, None)]),
    ("The deal is worth $20 B to the group.", [("$20 B", 20_000_000_000, "USD")]),
    ("The city won a 4 M grant.", [("4 M", 4_000_000, "grant")]),
    # a whole number and a spaced lower-case b stays a letter, as glued "1500b" does
    ("Storage rose to 375 b overall.", [("375", 375, None)]),
    ("Plan 7 B was approved.", []),
])
def test_spaced_scale_letters(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert read(text) == [(t, Decimal(v), u) for t, v, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The final count was 4098390, officials said.", [("4098390", 4098390, None)]),
    ("Turnout reached 1250300 by noon.", [("1250300", 1250300, None)]),
    ("123456789", [("123456789", 123456789, None)]),
    ("Police reopened case 891031 on Monday.", []),
    ("Flight 10234 landed late.", []),
])
def test_ungrouped_long_numbers(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert read(text) == [(t, Decimal(v), u) for t, v, u in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The clock drifts by one billionth of a second.", [("one billionth", Decimal("1E-9"))]),
    ("The error was a hundred trillionths.", [("a hundred trillionths", Decimal("1E-10"))]),
    ("Only two billionths of the signal remained.", [("two billionths", Decimal("2E-9"))]),
    ("The index stood at 13e2 points.", [("13e2 points", Decimal(1300))]),
    ("The rebuild took a decade and a half.", []),
    ("Talks dragged on for a year and a half.", []),
    ("The bank cut its rate by half a percentage point.",
     [("half a percentage point", Decimal("0.5"))]),
    ("Inflation eased by half a percent in March.", [("half a percent", Decimal("0.5"))]),
])
def test_fraction_words_and_years(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert [(t, v) for t, v, _ in read(text)] == expected


# ---------------------------------------------------------------- round trips

@settings(max_examples=60, deadline=None)
@given(st.integers(1, 99), st.sampled_from(["year", "month", "week", "day"]),
       st.sampled_from(["{n} {u}s of age", "{n} {u}s old", "{n} {u}-old", "{n}-{u}-old"]),
       st.booleans())
def test_age_round_trip(n: int, unit: str, form: str, words: bool) -> None:
    said = cardinal(n, Style(True, " ", True)) if words else str(n)
    phrase = form.format(n=said, u=unit)
    text = f"The patient, {phrase}, was stable."
    assert read(text) == [(phrase, Decimal(n), unit)]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 999), st.integers(1, 9), st.sampled_from([("M", 10**6), ("b", 10**9), ("B", 10**9),
                                                              ("k", 10**3), ("bn", 10**9)]))
def test_spaced_scale_round_trip(whole: int, tenth: int, scale: tuple[str, int]) -> None:
    phrase = f"{whole}.{tenth} {scale[0]}"
    text = f"The total reached {phrase} on Monday."
    assert read(text) == [(phrase, (Decimal(whole) + Decimal(tenth) / 10) * scale[1], None)]


@settings(max_examples=60, deadline=None)
@given(st.integers(10_000, 10**12), st.sampled_from(["was", "reached", "of", "about"]))
def test_ungrouped_amount_round_trip(n: int, before: str) -> None:
    text = f"The figure {before} {n} in the last count."
    got = read(text)
    assert len(got) == 1 and got[0][0].endswith(str(n)) and got[0][1] == n


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9), st.sampled_from([(10**9, "billionth"), (10**12, "trillionth"),
                                           (10**6, "millionth")]))
def test_small_fraction_round_trip(n: int, den: tuple[int, str]) -> None:
    said = ("one " + den[1]) if n == 1 else f"{cardinal(n, Style(True, ' ', True))} {den[1]}s"
    text = f"The drift was {said} of a second."
    got = read(text)
    assert [(t, v) for t, v, _ in got] == [(said, Decimal(n) / den[0])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Between three hundred and one thousand people came.",
     [("Between three hundred and one thousand", 300, 1000)]),
    ("Between two hundred and fifty and three hundred boats sailed.",
     [("Between two hundred and fifty and three hundred", 250, 300)]),
    ("The hall took three hundred and one thousand visitors.",
     [("three hundred and one thousand", 301000, None)]),
    ("They sold between five thousand and six hundred tickets.",
     [("five thousand and six hundred", 5600, None)]),
])
def test_between_keeps_its_and(text: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert [(text[f.start:f.end], f.value, f.high) for f in find_quantities(text)] == expected
