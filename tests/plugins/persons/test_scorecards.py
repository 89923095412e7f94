"""Issue #14, session 7: cricket scorecards (invented players; the shapes of a scorecard):
a stumping mark is no name particle, and a bowler's figures mark the name before them."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names

from newskit_persons import extract_persons


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("T. Okonkwo st Pemberton b Rashidi 17", ["T. Okonkwo", "Pemberton", "Rashidi"]),
        ("A. Fairweather st Ndlovu b Karunaratne 4", ["A. Fairweather", "Ndlovu", "Karunaratne"]),
    ],
)
def test_a_stumping_mark_is_no_particle(text: str, want: list[str]) -> None:
    assert person_names(text) == want


def test_a_name_particle_still_joins() -> None:
    assert person_names("The prize went to Ana de Oliveira on Sunday.") == ["Ana de Oliveira"]


def test_bowling_figures_mark_the_bowler() -> None:
    text = "Bowling : Karunaratne 10-1-41-2 , Rashidi 9.4-0-52-3 , Pemberton 6-0-33-0 ."
    assert person_names(text) == ["Karunaratne", "Rashidi", "Pemberton"]


def test_figures_after_an_ordinary_word_are_no_name() -> None:
    assert person_names("Result : Total 10-1-41-2 after rain .") == []


def test_two_initials_of_one_surname_are_two_people() -> None:
    text = "Bowling : R. Pemberton 8-0-41-1 , K. Pemberton 6-1-22-2 ."
    ents = {m.text: m.entity_id for m in extract_persons(text)}
    assert ents["R. Pemberton"] != ents["K. Pemberton"]


def test_the_same_initial_and_surname_is_one_person() -> None:
    text = "R. Pemberton took two wickets. Later R. Pemberton was run out."
    ids = {m.entity_id for m in extract_persons(text)}
    assert len(ids) == 1
