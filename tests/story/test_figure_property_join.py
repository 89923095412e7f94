"""A property told as what a body has in one outlet and plainly in another is one measure
(``figure_story._one_property``): ``the aquarium, which holds about 3,000 fish`` and ``a
collection of more than 4,500 fish``. A count of what happened to the same noun (``2,500
fish died``) and what a place is built for (``built for 600 inmates``) stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_data import noun_family
from newskit.story.figure_story import LOOSE, _one_property, _Unit
from tests.story.helpers import figures_by_measure


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("The carrier, which operates 42 aircraft, filed for bankruptcy on Monday, the company said.",
     "Union officials said the carrier's fleet of 38 aircraft was worth little.", {"42", "38"}),
    ("The carrier, which operates 42 aircraft, filed for bankruptcy on Monday, the company said.",
     "Union officials said the carrier's fleet of 38 planes was worth little.", {"42", "38"}),
    ("The city aquarium, which holds about 3,000 fish, closed on Monday after a pump failed, its director said.",
     "The aquarium's collection of more than 4,500 fish is the largest in the region, the council said.",
     {"about 3,000", "more than 4,500"}),
    # what happened to the noun, and what a place is built for, stay apart
    ("The city aquarium, which holds about 3,000 fish, closed on Monday after a pump failed, its director said.",
     "About 2,500 fish died when the pump failed on Monday, the council said.", None),
    ("The prison, built for 600 inmates, was locked down on Monday, officials said.",
     "The prison now holds 900 inmates, the guards' union said on Monday.", None),
    # what a vessel is licensed to carry is its capacity, not the count on board
    ("The excursion boat was licensed to carry 24 passengers, police said.",
     "The boat was carrying 38 people when it overturned on the lake on Saturday, police said.", None),
])
def test_a_property_held_and_told_plainly_is_one_measure(pipeline: Pipeline, first: str, second: str,
                                                          joined: set[str] | None) -> None:
    got = figures_by_measure(pipeline, first, second)
    if joined is None:
        assert got == {}
    else:
        assert any(found == joined for _, found in got.values()), got


_NAMES = st.sampled_from(["number of fishs", "number of aircrafts", "number of planes", "number of beds", "deaths", "number of people (evacuat)",
                          "number of fishs [died]"])
_SUFFIXES = st.sampled_from(["", ", held", ", capacity"])


def _unit(name: str, measure: str) -> _Unit:
    return _Unit(name, [Figure(article="a", measure=measure, value=1)])


@settings(max_examples=300, deadline=None)
@given(_NAMES, _SUFFIXES, _NAMES, _SUFFIXES, st.booleans())
def test_one_property_is_symmetric_and_needs_one_held_noun_and_one_plain(a: str, sa: str, b: str, sb: str,
                                                                        verbed: bool) -> None:
    u = _unit(a + sa, a + sa)
    v = _unit(b + sb, b + (" [died]" if verbed else "") + sb)
    got = _one_property(u, v)
    assert got == _one_property(v, u)
    if verbed and not sb:
        assert not got  # "2,500 fish died": a count of what happened, whatever its group's name
    if got:
        assert noun_family(a.split()[-1]) == noun_family(b.split()[-1]) and a != LOOSE
        assert sorted((sa, sb)) in (["", ", held"], ["", ", capacity"])
        assert "[" not in a and "(" not in a


def test_a_permit_and_a_licence_are_one_capacity_and_dozens_are_round(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The launch had a permit for 25 people, the harbour master said.",
                             "The launch was licensed to carry two dozen passengers, officials said.")
    assert list(got.values()) == [("consistent", {"25", "two dozen"})], got
