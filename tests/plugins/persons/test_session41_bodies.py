"""Session 41 (issues #10, #14): a body's name taken for a person's.

A run after a sentence's capitalised ``The`` is read as the same run after a lower-case
``the`` (a determiner before a name of no given name marks a thing: ``The Helmsdal Vorden
cooperative said``), and a run that went on with a body's generic head the trim drops
(``Watch``, also a word of a web page's furniture) names that body. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names


@pytest.mark.parametrize("text", [
    "The Helmsdal Vorden cooperative, which owns the turbines, said the blades were sound.",
    "Police said the Helmsdal Vorden cooperative had filed a complaint.",
    "The Kestrup Aldine collective painted the wall in May.",
])
def test_a_determined_run_before_a_body_head_is_no_person(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # a full name after a sentence's The, before a noun it qualifies, stays the person's
    ("The Marc Dutroux case shocked the country.", ["Marc Dutroux"]),
    # a given name opens the run: the determiner says nothing
    ("The Ann Halvorsen campaign said turnout had doubled.", ["Ann Halvorsen"]),
])
def test_a_person_after_a_sentences_the_stays(text: str, names: list[str]) -> None:
    assert person_names(text) == names


@pytest.mark.parametrize("text", [
    "Kweli Procurement Watch accused the ministry of rigging the tender.",
    "The lobby group Kweli Procurement Watch said the award was unlawful.",
    "Amani Budget Watch said the award was unlawful.",
])
def test_a_run_closed_by_a_body_head_the_trim_drops_is_the_body(text: str) -> None:
    assert person_names(text) == []


def test_a_person_before_a_capitalised_word_that_heads_no_body_stays() -> None:
    assert person_names("Ruth Okonkwo Said nothing more.") == ["Ruth Okonkwo"]


@pytest.mark.parametrize("text", [
    "Hallstrand Freight accused its former finance chief of inflating profits.",
    "Ostvik Catering said the meals had been stored correctly.",
])
def test_a_name_ending_in_a_trade_word_is_a_firm(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # a surname that is also a frequent word, but a listed name, stays
    ("Vusi Stone said the team would travel on Monday.", ["Vusi Stone"]),
    # a rare surname of no list, less frequent than a trade word, stays
    ("Leader Muammar Gaddafi said the talks would go on.", ["Muammar Gaddafi"]),
])
def test_a_surname_that_is_no_trade_word_stays(text: str, names: list[str]) -> None:
    assert person_names(text) == names
