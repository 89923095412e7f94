"""Session 49 (issue #10): the one capitalised word after a wire dateline is no name when
"of" follows it ("(AP) - Scores of inmates", "(Reuters) - One of the last hospitals": a
number or a part of what follows); a one-word name there still names. Texts invented for
the tests."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors


def _names(text: str) -> list[str]:
    return [a.text for a in find_actors(text)]


@pytest.mark.parametrize(("text", "word"), [
    ("DILI, Timor-Leste (AP) - Dozens of fishermen were rescued on Sunday.", "Dozens"),
    ("SUVA, May 2 (Reuters) - One of the island's two ferries sank on Friday.", "One"),
    ("RIGA (AFP) - Hundreds of drivers joined the strike on Monday.", "Hundreds"),
])
def test_a_word_before_of_after_a_dateline_is_no_name(text: str, word: str) -> None:
    assert word not in _names(text)


def test_a_one_word_name_after_a_dateline_still_names() -> None:
    names = _names("OSLO (Reuters) - Equinor said on Monday it would sell two fields.")
    assert "Equinor" in names, names


@pytest.mark.parametrize("text", [
    "The strike costs the miner about US$600,000 a day, the company said.",
    "Investigators say he took SI$850,000 and NZ$3 million in bribes.",
])
def test_the_letters_of_a_currency_sign_name_no_actor(text: str) -> None:
    assert _names(text) == [], _names(text)


def test_the_country_still_names_itself() -> None:
    assert "US" in _names("The US said on Monday it would send aid worth US$3 million.")


@pytest.mark.parametrize(("text", "place"), [
    ("Thousands of people gathered in Martyrs' Square on Friday.", "Martyrs' Square"),
    ("Police cleared Heroes’ Avenue before the march.", "Heroes’ Avenue"),
])
def test_a_plural_possessive_opens_a_place_name_that_ends_in_a_place_word(text: str, place: str) -> None:
    got = [(a.text, a.kind) for a in find_actors(text)]
    assert (place, "region") in got, got
