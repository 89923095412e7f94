"""Issue #14, session 7: a place named like a person (a given name, then a place or
organisation head) is the place after a preposition of place; the person after a title or
another verb (sentences written for these tests: local and sport news)."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' market moves to a new site at Albert Bridge next month.",
        "Two men were arrested in Victoria Square after the match.",
        "Hikers were found safe near Morgan Hill on Sunday.",
        "The fourth test will be played at Kingsley Park in June.",
    ],
)
def test_after_a_preposition_of_place_it_is_the_place(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Defender Albert Bridge signed a new contract.", "Albert Bridge"),
        ("The trophy was handed to Albert Bridge by the mayor.", "Albert Bridge"),
        ("Striker Benny Hill scored twice.", "Benny Hill"),
    ],
)
def test_elsewhere_a_given_name_before_the_head_stays_a_person(text: str, person: str) -> None:
    assert person in person_names(text)
