"""Session 60 (lead): a capitalised word that is the whole name and only modifies the noun
after it (``European lenders``, ``Nordic banks``, ``Pacific island states``, ``Catholic
mission``) is no actor, while a longer name it opens is one as before (``European Central
Bank``, ``Pacific Orbital``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors


@pytest.mark.parametrize("text", [
    "Harbor Steel is in talks with Japanese and European lenders about a loan.",
    "Shares in Nordic banks fell on Tuesday after the ruling.",
    "The fund lends to Pacific island governments hit by storms.",
    "Families sheltered at the Catholic mission near the river.",
    "Trawlers from the Baltic ports stayed in harbour.",
])
def test_a_lone_modifier_names_no_actor(text: str) -> None:
    modifiers = {"European", "Nordic", "Pacific", "Catholic", "Baltic"}
    assert not [a.text for a in find_actors(text) if a.text in modifiers], find_actors(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The European Investment Bank said it would lend 40 million euros.", "European Investment Bank"),
    ("The launch firm Pacific Orbital said the rocket was ready.", "Pacific Orbital"),
    ("Delegates of the Nordic Council met in Oslo.", "Nordic Council"),
])
def test_a_longer_name_a_modifier_opens_stays_whole(text: str, name: str) -> None:
    assert name in [a.text for a in find_actors(text)], find_actors(text)
