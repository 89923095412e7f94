"""Session 59 (helper background): a bare number before a partitive of things (``four of the
30 fishing boats``, ``eight of the club's 38 matches``) counts those things, as ``four fishing
boats`` does: a cue only of people (missing, deaths, injured) does not take it
(``figure_measure._classify``). Invented sentences: boats lost in a storm, a striker's missed
matches, a ferry's passengers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, labelled_amounts


def test_a_partitive_of_things_is_no_count_of_missing_people(pipeline: Pipeline) -> None:
    """Fails without the partitive's kind: the boats and the matches were counts of the
    missing."""
    got = figure_measures(pipeline, "Rescuers were still searching for four of the 30 fishing boats that went "
                                    "missing in the storm.")
    assert got.get("four") != "missing", got
    got = figure_measures(pipeline, "The striker has been missing eight of the club's 38 matches with a knee injury.")
    assert got.get("eight") != "missing", got


def test_a_partitive_of_people_keeps_its_cue(pipeline: Pipeline) -> None:
    got = figure_measures(pipeline, "Twelve of the 40 passengers were still missing on Sunday.")
    assert got["Twelve"] == "missing", got
    got = figure_measures(pipeline, "Five of the injured workers were flown to the capital.")
    assert "Five" in got, got


def test_a_cue_heading_the_partitive_keeps_it(pipeline: Pipeline) -> None:
    """``the seven injured``, ``the dead``: an adjective of people heads the partitive, and
    the plural after it is a verb's (``remains``, ``were calves``), no noun of things."""
    got = figure_measures(pipeline, "One of the seven injured remains in a critical condition, the hospital said.")
    assert got["One"] == "injured", got
    got = figure_measures(pipeline, "Police said 14 people died in the fire. Six of the dead were children.")
    assert got["Six"] != "?", got


def test_kin_and_companions_are_people(pipeline: Pipeline) -> None:
    """Kin and companions name persons with no agent suffix (``person_nouns``): a partitive of
    them keeps the cue of people, as does the pro-form ``ones`` (``not_nouns``)."""
    got = figure_measures(pipeline, "The hiker said the bear charged without warning and three of her friends were hurt.")
    assert got["three"] == "injured", got
    got = figure_measures(pipeline, "Two of his sons were killed when the roof fell in.")
    assert got["Two"] == "deaths", got
    got = figure_measures(pipeline, "My daughter was one of the ones trapped in the cable car for six hours.")
    assert not got.get("one", "").startswith("number of ones"), got


def test_missing_boats_are_no_rival_of_the_missing_fishermen(pipeline: Pipeline) -> None:
    """Fails without the partitive's kind: four boats stood against eleven fishermen as one
    count of the missing, updated."""
    got = labelled_amounts(
        pipeline,
        "Rescuers were still searching for four of the 30 fishing boats that went missing in the storm, "
        "the coast guard said.",
        "Eleven fishermen were missing after the storm, the coast guard said.")
    assert got == [], got


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["three", "four", "six", "nine"]),
       st.sampled_from(["trawlers", "containers", "boats", "barges"]))
def test_any_partitive_of_things_is_no_missing_persons(pipeline: Pipeline, n: str, things: str) -> None:
    got = figure_measures(pipeline, f"The coast guard said {n} of the {things} were still missing on Sunday.")
    assert got.get(n) != "missing", got
