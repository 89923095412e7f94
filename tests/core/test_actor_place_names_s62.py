"""Place names the gazetteer must read right (session 62): the large cities whose names
carry diacritics, written with or without them, and a local place named after a city."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.text, a.kind, a.country) for a in find_actors(text) if a.is_place]


@pytest.mark.parametrize(("city", "country"), [
    ("São Paulo", "Brazil"), ("Sao Paulo", "Brazil"), ("Montréal", "Canada"), ("Montreal", "Canada"),
    ("Medellín", "Colombia"), ("Kraków", "Poland"), ("Düsseldorf", "Germany"), ("Zürich", "Switzerland"),
])
def test_a_large_city_written_with_or_without_its_diacritics_is_a_place(city: str, country: str) -> None:
    text = f"Thousands of workers marched through {city} on Tuesday."
    assert _places(text) == [(city, "city", country)]


def test_a_capital_written_with_its_accent_is_the_same_capital() -> None:
    assert _places("Talks resumed in Bogotá on Friday.") == [("Bogotá", "capital", "Colombia")]
    assert _places("Talks resumed in Bogota on Friday.") == [("Bogota", "capital", "Colombia")]


@pytest.mark.parametrize("text", [
    "Police raided a warehouse in Barangay San Jose on Tuesday night.",
    "Officers searched Estancia Santa Clara, a cattle ranch near the border.",
    "The parade set off from Calle Santiago at noon.",
])
def test_a_local_place_named_after_a_city_is_no_city_of_another_country(text: str) -> None:
    places = _places(text)
    assert len(places) == 1
    name, kind, country = places[0]
    assert kind == "region" and country is None and name.split()[0] in text


def test_an_english_head_keeps_the_country_of_its_name() -> None:
    # a lake, port or mountain named after a country or city lies in it
    assert _places("The ferry capsized on Lake Malawi late on Saturday.") == [("Malawi", "country", "Malawi")]


def test_a_local_head_alone_is_no_place() -> None:
    assert _places("She stayed at a villa near the coast in Chile.") == [("Chile", "country", "Chile")]


def test_the_persons_plugin_reads_the_core_s_heads_of_local_places() -> None:
    # one list for the gazetteer and the persons plugin, so the two cannot drift apart
    from newskit.actors import named_place_heads, place_heads
    from newskit_persons.lexicon import Lexicon

    lex = Lexicon()
    assert place_heads() <= lex.place_heads_first
    assert named_place_heads() == lex.named_place_heads_first
    assert not place_heads() & named_place_heads()
    assert {"barangay", "kampung", "kiryat"} <= place_heads() and {"villa", "calle"} <= named_place_heads()


@pytest.mark.parametrize(("text", "state"), [
    ("A wildfire forced thousands to flee Paradise, Calif., on Thursday.", "California"),
    ("Dockworkers in Savannah, Ga., walked off the job.", "Georgia"),
    ("Police in Albany, N.Y., arrested two men on Friday.", "New York"),
    ("WICHITA FALLS, Tex. (AP) - A tornado tore through the town.", "Texas"),
])
def test_a_state_ap_style_abbreviates_after_a_town_is_that_state(text: str, state: str) -> None:
    states = [a for a in find_actors(text) if a.kind == "state"]
    assert [(a.place, a.country) for a in states] == [(state, "United States")]
    assert all(text[a.start:a.end].endswith(".") for a in states)


@pytest.mark.parametrize("text", [
    "Hundreds attended a Catholic Mass. The bishop spoke.",
    "The letter was addressed to Miss. Harper at the school.",
    "Ind. voters went to the polls early.",
])
def test_an_abbreviation_not_after_a_town_and_a_comma_is_no_state(text: str) -> None:
    assert not [a for a in find_actors(text) if a.kind == "state"]


@pytest.mark.parametrize(("text", "town", "country"), [
    ("The quake struck near Hualien City, Taiwan, early on Wednesday.", "Hualien City", "Taiwan"),
    ("Rescuers reached Paradise, Calif., by noon.", "Paradise", "United States"),
])
def test_a_name_before_a_comma_and_its_state_or_country_is_a_town_there(text: str, town: str, country: str) -> None:
    found = {a.text: a for a in find_actors(text)}
    assert found[town].is_place and found[town].country == country


def test_a_name_before_a_country_s_possessive_stays_a_name() -> None:
    found = {a.text: a for a in find_actors("Shares in Voltbus, Norway's largest bus maker, fell 4%.")}
    assert "Voltbus" in found and not found["Voltbus"].is_place


@pytest.mark.parametrize(("text", "name", "place", "country"), [
    ("Storm surges flooded dikes across the Netherlands on Sunday.", "Netherlands", "The Netherlands", "The Netherlands"),
    ("Trains to Kiev were suspended on Friday.", "Kiev", "Kyiv", "Ukraine"),
    ("Monsoon rains shut schools in Bombay.", "Bombay", "Mumbai", "India"),
    ("The carnival in Cologne was cancelled.", "Cologne", "Köln", "Germany"),
])
def test_a_place_s_english_or_former_name_is_that_place(text: str, name: str, place: str, country: str) -> None:
    found = {a.text: a for a in find_actors(text)}
    assert (found[name].place, found[name].country) == (place, country)
