"""Issue #14, session 7: a name repeated alone after the article gave it in full.

A lone word the first pass reads as something else (a place, a word after a determiner, an
organisation word) is the person when the article gives it as the surname of a full name;
a lone given name is the person when it is the given name of a full name of the article,
and both join that person's entity. Sentences written for these tests (courts, science,
business, local news)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_entities


@pytest.mark.parametrize(
    ("text", "lone", "full"),
    [
        # a surname that is also a place name (Dole, Chester, Orange ...)
        ("The bakery was founded by Anne Dole in 1988. Last week Dole's son took over the ovens.", "Dole", "Anne Dole"),
        ("Defence lawyer Mark Chester asked for bail. The judge rejected Chester's request.", "Chester", "Mark Chester"),
        # after a determiner and an adjective
        ("The surgeon, Helena Marchetti, led the team. A tired Marchetti told reporters the operation took nine hours.",
         "Marchetti", "Helena Marchetti"),
        ("The trial of Viktor Olsztyn opened on Monday. The court heard that a 19-year-old Olsztyn had run the scheme.",
         "Olsztyn", "Viktor Olsztyn"),
    ],
)
def test_a_lone_word_read_as_something_else_is_the_surname_of_the_full_name(text: str, lone: str, full: str) -> None:
    got = person_entities(text)
    assert (lone, full) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Dole were cancelled after the storm.",
        "A tired Marchetti family waited outside the hospital.",
        "The court heard that a 19-year-old Olsztyn student had run the scheme.",
        "Fans of Mark Chester travelled from Chester to watch the final.",
    ],
)
def test_without_the_full_name_or_after_a_place_preposition_it_stays_no_person(text: str) -> None:
    got = [t for t, _ in person_entities(text)]
    assert all(t not in ("Dole", "Marchetti", "Olsztyn", "Chester") for t in got), got


@pytest.mark.parametrize(
    ("text", "lone", "full"),
    [
        ("Councillor Sarah Raman opened the library. \"Sarah fought for this building,\" a neighbour said.",
         "Sarah", "Sarah Raman"),
        ("Goalkeeper Tobias Lindqvist saved two penalties. Afterwards Tobias thanked the fans.", "Tobias", "Tobias Lindqvist"),
    ],
)
def test_a_lone_given_name_of_a_full_name_is_that_person(text: str, lone: str, full: str) -> None:
    assert (lone, full) in person_entities(text)


def test_a_lone_given_name_without_its_full_name_is_not_read() -> None:
    assert [t for t, _ in person_entities("Tobias thanked the fans.")] == []


@settings(max_examples=40, deadline=None)
@given(
    given_name=st.sampled_from(["Helena", "Tobias", "Anne", "Daniel", "Sarah", "Kwame"]),
    surname=st.sampled_from(["Marchetti", "Lindqvist", "Dole", "Chester", "Mensah"]),
    lead=st.sampled_from(["A tired", "The injured", "Later", "On Friday,"]),
)
def test_property_a_repeated_surname_always_joins_the_full_name(given_name: str, surname: str, lead: str) -> None:
    text = f"Engineer {given_name} {surname} inspected the bridge. {lead} {surname} said it was safe."
    got = person_entities(text)
    assert (f"{given_name} {surname}", f"{given_name} {surname}") in got, got
    assert (surname, f"{given_name} {surname}") in got, got
