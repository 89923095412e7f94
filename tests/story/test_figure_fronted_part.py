"""A sentence that opens with a partitive phrase (``Of the 40 dead, 26 had been identified``)
tells a part of the group it names: the first amount of its main clause is a part, never a
second total of the story's measure, while the whole inside the phrase keeps its role.
Invented sentences, not the story sets."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_fronted import fronted_part, inverted_part
from tests.story.helpers import figure_roles


def test_the_first_amount_after_a_fronted_partitive_is_a_part(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Of the 40 dead, 26 had been identified by Monday, the coroner said.")
    assert got.get("26") == "part" and got.get("40") != "part", got
    got = figure_roles(pipeline, "Of those rescued, 800 are sleeping in school halls, the mayor said.")
    assert got.get("800") == "part", got
    got = figure_roles(pipeline, "Of the injured, five are still in intensive care.")
    assert got.get("five") == "part", got


def test_only_the_first_amount_of_the_main_clause_is_the_part(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Of those rescued, 800 are sleeping in 12 school halls, the mayor said.")
    assert got.get("800") == "part" and got.get("12") != "part", got


def test_an_amount_with_no_fronted_partitive_stays_a_total(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "After the flood, 26 bodies had been identified by Monday, the coroner said.")
    assert got.get("26") == "total", got
    got = figure_roles(pipeline, "Officials said 26 of the dead had been identified.")
    assert got.get("26") != "whole", got


def test_the_phrase_must_open_the_sentence() -> None:
    text = "He said that of the dead, 26 had been identified."
    q = QuantityMention(start=text.index("26"), end=text.index("26") + 2, text="26")
    assert not fronted_part(text, (0, len(text)), q, [])
    text = "Of the dead, 26 had been identified."
    q = QuantityMention(start=text.index("26"), end=text.index("26") + 2, text="26")
    assert fronted_part(text, (0, len(text)), q, [])


def test_the_subject_of_a_partitive_fronted_by_inversion_is_a_part(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "The storm killed at least 9 people. Among the dead were two sisters from a coastal village.")
    assert got.get("two") == "part" and got.get("at least 9") == "total", got
    got = figure_roles(pipeline, "The blast killed 13 people. Among them was a family of five returning from a wedding.")
    assert got.get("five") == "part", got


def test_an_inverted_phrase_must_open_the_sentence_and_reach_its_amount() -> None:
    text = "Among the dead were two sisters."
    assert inverted_part(text, 0, text.index("two"))
    text = "Rescuers said two sisters were among the dead."
    assert not inverted_part(text, 0, text.index("two"))
    text = "Among the dead were the driver, his wife and their two sons."
    assert not inverted_part(text, 0, text.index("two"))
