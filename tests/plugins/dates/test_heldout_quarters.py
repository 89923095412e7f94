"""Issue #14, dates on held-out text: "quarter" as a fraction is no span of quarters.
"three-quarters" (hyphen, plural), "ten and a quarter" (after a number and "and"),
"a quarter point" / "a quarter percent" (a fraction of a unit of rate) are fractions;
"for three quarters" and "two straight quarters" stay durations. Sentences written for
these tests, and a property over numbers said in digits and words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

MON = dt.date(2024, 6, 17)
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fifteen", "twenty", "forty"]


def dates(text: str) -> list[tuple[str, str, str]]:
    return date_triples(text, MON)


@pytest.mark.parametrize(("text", "expected"), [
    ("About three-quarters of voters backed the plan.", []),
    ("The pole is ten and a quarter metres tall.", []),
    ("The Fed raised rates by a quarter point.", []),
    ("Yields rose a quarter percent on Friday.", [("Friday", "DATE", "2024-06-14")]),
    ("Sales grew for three quarters.", [("three quarters", "DURATION", "P3Q")]),
    ("The firm lost money for two straight quarters.",
     [("two straight quarters", "DURATION", "P2Q")]),
])
def test_quarter_as_fraction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=50, deadline=None)
@given(st.one_of(st.integers(1, 999).map(str), st.sampled_from(WORDS)),
       st.sampled_from(["a quarter", "one quarter"]))
def test_number_and_a_quarter_is_no_duration(n: str, q: str) -> None:
    assert dates(f"The beam is {n} and {q} inches wide.") == []
