"""Issue #14, session 30: an article joined to a fraction word by a hyphen ("a-half",
"a-third", "and a-quarter") is the fraction, as "a half" is. The run of number words took
"a" only before a space, so "fifty and a-half tonnes" read 50 tonnes, "six and a-quarter
percent" 6 percent, and "a-third of the harvest" nothing. The hyphen is taken only before a
fraction word: "an A-one performance" stays no number.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quantities import find_quantities

from .test_wordgrammar_properties import DENOMS, Style, cardinal


def read(text: str) -> list[tuple[str, float]]:
    return [(text[f.start:f.end], float(f.value)) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The convoy unloaded fifty and a-half tonnes of flour at the depot.",
     [("fifty and a-half tonnes", 50.5)]),
    ("Mortgage rates climbed to six and a-quarter percent in March.",
     [("six and a-quarter percent", 6.25)]),
    ("Growers said a-third of the orchard froze overnight.", [("a-third", 1 / 3)]),
    ("A-half of the ballots were counted by noon.", [("A-half", 0.5)]),
    ("The winner finished two hundred and a-tenth of a second ahead.",
     [("two hundred and a-tenth", 200.1)]),
])
def test_a_hyphenated_article_before_a_fraction(text: str, expected: list[tuple[str, float]]) -> None:
    got = read(text)
    assert [t for t, _ in got] == [t for t, _ in expected]
    assert all(abs(v - w) < 1e-9 for (_, v), (_, w) in zip(got, expected, strict=True))


@pytest.mark.parametrize("text", [
    "The quartet gave an A-one performance at the festival.",
    "Critics called it an a-list premiere with no surprises.",
])
def test_a_hyphen_before_other_words_reads_no_number(text: str) -> None:
    assert read(text) == []


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 999_999), den=st.sampled_from(sorted(DENOMS)),
       hyphen=st.booleans(), lead=st.sampled_from(["Officials shipped", "The mill ground"]))
def test_whole_and_a_hyphenated_fraction_reads_back(n: int, den: int, hyphen: bool, lead: str) -> None:
    """A cardinal, "and a-" and a fraction word read back n + 1/den over exactly the words."""
    words = f"{cardinal(n, Style(True, ' ', hyphen))} and a-{DENOMS[den][0]}"
    text = f"{lead} {words} tonnes of grain on Monday."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    f = found[0]
    assert text[f.start:f.end] == words + " tonnes", (text, f)
    assert abs(Fraction(str(f.value)) - (n + Fraction(1, den))) < Fraction(1, 10**9), (text, f)
