"""Persons kinds of session 63 (issue #14): the titles of local office that US and British
news writes before a name (``Harris County Sheriff Ed Gonzalez``, ``Coroner Ann Burke``,
``Alderman Tom Reyes``) are titles, so the name after them is a person's and the office is
its title. Before, a sheriff's name in a county's phrase was no person at all, and a
parish's phrase was read into the name. A river's head written first after *the* (``the
River Wenning``) names the river, though ``River`` is a given name too. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newskit_persons import extract_persons


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.title) for m in extract_persons(text)]


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Harris County Sheriff Ed Gonzalez said two deputies were hurt in the chase.", "Ed Gonzalez",
     "Harris County Sheriff"),
    ("Ascension Parish Sheriff Bobby Landry said the fire was out by midnight.", "Bobby Landry",
     "Ascension Parish Sheriff"),
    ("The body was identified by Coroner Ann Burke on Thursday.", "Ann Burke", "Coroner"),
    ("Alderman Tom Reyes voted against the budget on Monday.", "Tom Reyes", "Alderman"),
    ("State Trooper Dan Cole said the driver was not hurt.", "Dan Cole", "State Trooper"),
])
def test_a_title_of_local_office_is_the_title_of_the_name_after_it(text: str, person: str, title: str) -> None:
    assert _people(text) == [(person, title)]


@pytest.mark.parametrize("text", [
    "The court heard that sewage spills into the River Wenning near Bentham had killed trout.",
    "Divers searched the River Avon near Bath for a second day.",
])
def test_a_river_after_the_is_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_given_name_river_without_the_is_still_a_person() -> None:
    assert _people("The actor River Phoenix died in 1993.") == [("River Phoenix", "actor")]
