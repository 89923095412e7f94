"""Issue #14: kinds of person error seen on held-out news (sentences written for the tests)."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names

from newskit_persons import extract_persons


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rescuers reached Heping Township on foot after the landslide.", "Heping Township"),
        ("The Philippine Sea Plate slides beneath the island at about 8 cm a year.", "Sea Plate"),
        ("Water levels in Sun Moon Lake fell to a record low.", "Moon Lake"),
        ("Villagers in Dongshan Prefecture were evacuated overnight.", "Dongshan Prefecture"),
        ("Boats sheltered in Halong Bay as the typhoon passed.", "Halong Bay"),
    ],
)
def test_a_name_with_a_place_or_feature_head_is_no_person(text: str, place: str) -> None:
    assert not any(place in n for n in person_names(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Director Michael Bay said the film was finished.", "Michael Bay"),
        ("Comedian Benny Hill died in 1992.", "Benny Hill"),
    ],
)
def test_a_given_name_before_a_surname_like_head_stays_a_person(text: str, person: str) -> None:
    assert person in person_names(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Hospital worker Chang Yu-lin was injured.", "Chang Yu-lin"),
        ("Hospital worker Chang Yu-Lin was injured.", "Chang Yu-lin"),
        ("President Tsai Ing-wen visited the site.", "Tsai Ing-wen"),
        ("Vice President Lai Ching-te visited the site.", "Lai Ching-te"),
    ],
)
def test_a_romanised_given_name_is_spelled_one_way_as_romanisation_writes_it(text: str, entity: str) -> None:
    assert [m.entity for m in extract_persons(text)] == [entity]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Prime Minister Jean-Pierre Raffarin resigned.", "Jean-Pierre Raffarin"),
        ("Professor Leif-Eric Easley spoke.", "Leif-Eric Easley"),
    ],
)
def test_a_western_hyphenated_given_name_keeps_its_hyphen(text: str, entity: str) -> None:
    assert [m.entity for m in extract_persons(text)] == [entity]


def test_a_lone_family_name_joins_the_romanised_full_name_in_the_article() -> None:
    text = "Wu Chien-fu, a seismologist, said the fault was active. Wu added that aftershocks were likely."
    assert {m.entity for m in extract_persons(text)} == {"Wu Chien-fu"}
