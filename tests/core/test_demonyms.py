"""The gazetteer's people's adjectives (``places.json`` ``demonyms``) cover the world's
states, not the ones earlier stories happened in: an adjective it lacks (``Ghanaian
boxer Emmanuel Ofori``) was read as a body's name and the person said to speak for it."""

from __future__ import annotations

import json

import pytest

from newskit.actors import find_actors, is_demonym
from newskit.patterns import read_data


@pytest.mark.parametrize("word", ["Ghanaian", "Tanzanian", "Emirati", "Omani", "Fijian", "Tongan", "Icelandic",
                                  "Jamaican", "Senegalese", "Kyrgyz", "Tajik", "Slovenian", "Uruguayan"])
def test_a_peoples_adjective_of_any_state(word: str) -> None:
    assert is_demonym(word)


def test_every_adjective_names_a_place_of_the_gazetteer() -> None:
    data = json.loads(read_data("newskit", "places.json"))
    assert not [c for c in data["demonyms"].values() if c not in data["places"]]


def test_an_adjective_before_a_name_is_no_body_of_its_own() -> None:
    actors = find_actors("The family of Ghanaian boxer Kwame Mensah Boateng said he had complained of headaches.")
    assert [(a.text, a.kind) for a in actors if a.text.startswith("Ghanaian")] == [("Ghanaian", "demonym")]


@pytest.mark.parametrize("word", ["Congolese", "Guinean", "Dominican"])
def test_an_adjective_several_states_share_names_none(word: str) -> None:
    assert not is_demonym(word)
