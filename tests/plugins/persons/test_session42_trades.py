"""Session 42 (issues #10, #14): a firm named by a coined word and its trade.

A two-word run whose last word is a rarer English noun of a trade or an abstract thing
(``Aquaculture``, ``Metering``: its ending, ``trade_noun_endings``) names what a firm does,
not a surname; a surname so formed is in the name lists and stays. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names


@pytest.mark.parametrize("text", [
    "Anglers accused Brenmoor Aquaculture of letting thousands of fish escape.",
    "Residents blamed Quorvane Metering for the faulty readings.",
])
def test_a_coined_word_and_a_trade_noun_is_no_person(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Police questioned Tomas Fleming on Monday.", ["Tomas Fleming"]),
    ("The court heard from Rahim Gaddafi, a cousin of the accused.", ["Rahim Gaddafi"]),
])
def test_a_surname_with_such_an_ending_or_a_rare_name_stays(text: str, names: list[str]) -> None:
    assert person_names(text) == names
