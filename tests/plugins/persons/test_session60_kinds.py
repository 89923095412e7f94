"""Persons kinds of session 60 (issue #14): a two-letter acronym opens a body's name before
a word no list gives as a name (``JR Hokkaido``, ``DP World``), while before a listed surname
it stays a person's initials (``TJ Watt``). Sentences written for these tests."""

from __future__ import annotations

from tests.plugins.persons.helpers import person_names


def test_a_two_letter_acronym_before_a_place_names_a_railway() -> None:
    text = (
        "JR Hokkaido said on Monday it would cut 12 winter trains from the timetable . "
        "Mayor Keiko Arimura said the count left out holiday trains ."
    )
    assert person_names(text) == ["Keiko Arimura"]


def test_a_two_letter_acronym_before_an_ordinary_word_names_a_firm() -> None:
    text = "DP World said on Monday it would buy the terminal , chief executive Omar Haddad said ."
    assert person_names(text) == ["Omar Haddad"]


def test_two_initials_before_a_surname_keep_the_person() -> None:
    text = "TJ Watt said the defence had held for four quarters ."
    assert person_names(text) == ["Watt"]
