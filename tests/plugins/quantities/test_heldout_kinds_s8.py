"""Issue #14, session 8: named events whose noun ends in -er ("the 311 disaster", "the
1999 murder"), a counted noun phrase that runs into a name ("the 311 disaster reshaped
Japan's ..."), and plural-only nouns; sentences written for these kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quantities.grammar import find_quantities
from newskit_quantities.units import singular


@pytest.mark.parametrize("text", [
    "The 311 disaster reshaped Japan's energy policy.",
    "Relatives marked the anniversary of the 1988 disaster with a vigil.",
    "Survivors of the 228 massacre testified before the commission.",
    "Investigators reopened the 1985 murder after new evidence emerged.",
])
def test_named_events_in_er_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Of the 10 largest, eight were state-owned.", 10, "largest"),
    ("Relatives of the 311 victims gathered in Sendai.", 311, "victim"),
    ("The 12 member states voted on the budget.", 12, "state"),
])
def test_counts_after_the_still_count(text: str, value: int, unit: str) -> None:
    f = find_quantities(text)[0]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Some 1,500 ethnic Albanians marched through the capital.", 1500, "albanian"),
    ("Police detained 26 suspected Moslem militants overnight.", 26, "militant"),
    ("The 1,000-member evangelical church was fined.", 1000, "member"),
    ("The 12-storey tower was evacuated.", 12, "storey"),
])
def test_a_name_after_one_modifier_is_still_counted(text: str, value: int, unit: str) -> None:
    (f,) = find_quantities(text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(("plural", "singular_"), [
    ("whereabouts", "whereabouts"), ("jeans", "jeans"), ("scissors", "scissors"),
    ("trousers", "trousers"), ("quizzes", "quiz"), ("dwarves", "dwarf"), ("syllabi", "syllabus"),
    ("buzzes", "buzz"), ("sorties", "sortie"), ("casualties", "casualty"), ("series", "series"),
])
def test_plural_only_and_irregular_nouns(plural: str, singular_: str) -> None:
    assert singular(plural) == singular_


NOUNS = ["sortie", "casualty", "quiz", "dwarf", "crisis", "bus", "hero", "wolf", "batch", "box",
         "city", "ferry", "movie", "virus", "analysis", "calf"]


def _plural(noun: str) -> str:
    """An English plural, written independently of the rules under test."""
    irregular = {"quiz": "quizzes", "dwarf": "dwarves", "crisis": "crises", "bus": "buses",
                 "hero": "heroes", "wolf": "wolves", "virus": "viruses", "analysis": "analyses",
                 "calf": "calves"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith(("ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@settings(max_examples=80, deadline=None)
@given(n=st.integers(2, 9999), noun=st.sampled_from(NOUNS))
def test_a_counted_plural_round_trip(n: int, noun: str) -> None:
    """Render "<n> <plural>", read back the count and the singular as its unit."""
    text = f"Officials counted {n} {_plural(noun)} in the region on Monday."
    (f,) = find_quantities(text)
    assert (f.value, f.unit) == (n, noun)
