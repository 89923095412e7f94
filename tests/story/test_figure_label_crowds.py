"""A crowd is counted at its gathering (``figure_label.label_over_time``): two tellers'
different figures for one rally or match are rival estimates, whenever each was told; a
crowd told as grown (``had swelled to``) is an update. Invented sentences of kinds of news
other than the stories where the kind was seen (a pop concert, a farmers' march)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story.figure_label import label_over_time
from tests.story.helpers import figures_by_measure


def test_the_label_reads_a_crowd_as_a_fixed_count_and_other_measures_as_the_join_does() -> None:
    assert label_over_time("crowd size", "any") == "fixed"
    assert label_over_time("crowd size (officers)", "any") == "fixed"
    assert label_over_time("deaths", "rising") == "rising"


def test_two_tellers_figures_for_one_past_gathering_conflict_days_apart(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "About 6,000 farmers marched through Lyon on Saturday against the new water tariffs, police said.",
        "The farmers' union said on Monday that 11,000 people had marched through Lyon on Saturday.",
        published=("2025-06-07T19:00", "2025-06-09T10:00"))
    found = [label for label, amounts in got.values() if {"About 6,000", "11,000"} <= amounts]
    assert found == ["conflicting"], got


def test_a_crowd_told_as_grown_updates_the_earlier_figure(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "About 6,000 fans gathered outside the stadium in Cardiff on Saturday morning before the concert, police said.",
        "The crowd outside the stadium in Cardiff had grown to more than 20,000 by Saturday evening, police said.",
        published=("2025-06-07T11:00", "2025-06-07T21:00"))
    found = [label for label, amounts in got.values() if {"About 6,000", "more than 20,000"} <= amounts]
    assert found == ["updated"], got
