"""A cable, pipeline or power line cut or severed is a happening (an outage's cause: a ship's
anchor dragging through undersea cables, saboteurs cutting a fibre link), told by "cut" and
"sever" only with the link they break (triggers.json ``word_lists.links``): "cut costs", "cut
the waiting list" and "severed ties" tell no damage. The -ing nouns of violent acts ("the
slaying") are triggers too, and an -ing noun's plural ("the killings") is one family with its
act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("Two undersea cables were cut on Wednesday, slowing internet access across the region.", "cut"),
    ("A trawler's anchor cut the cable off the northern coast, the operator said.", "cut"),
    ("Engineers said the cable cut would take a fortnight to repair.", "cut"),
    ("Saboteurs severed a fibre link between the two islands overnight.", "severed"),
    ("The gas pipeline was severed by a landslide on Sunday.", "severed"),
])
def test_a_link_cut_or_severed_is_a_happening(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("The council will cut the waiting list by half within a year.", "cut"),
    ("The government severed ties with its neighbour in March.", "severed"),
    ("The utility cut prices on its pipeline contracts.", "cut"),
])
def test_a_cut_of_no_link_is_no_damage(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("Police charged a farmhand on Friday in the slayings of two hikers.", "slayings"),
    ("The slaying shocked the village, the mayor said.", "slaying"),
    ("The poisoning of the former envoy was ordered from abroad, prosecutors said.", "poisoning"),
])
def test_the_ing_nouns_of_violent_acts_are_triggers(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "violence"


@pytest.mark.parametrize(("plural", "other"), [
    ("killings", "killed"), ("shootings", "shooting"), ("slayings", "slain"), ("bombings", "bombing"),
])
def test_an_ing_nouns_plural_is_its_acts_family(plural: str, other: str) -> None:
    assert family(plural) == family(other)


@pytest.mark.parametrize(("word", "kept"), [("savings", "saving"), ("things", "thing"), ("kings", "king")])
def test_a_short_noun_in_ings_keeps_its_own_stem(word: str, kept: str) -> None:
    assert family(word) == kept
