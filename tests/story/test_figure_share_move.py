"""A share price's move is a reading of a moving price (``figures.json`` measure ``share
price move``: ``shares fell``, ``shares rose``, ``shares closed``...; over time ``any``): the
fall an outlet gives during the day and the one another gives later are the move updated,
where a percent no measure names would be read as a fixed property two outlets dispute.
Invented sentences: a shipping line's profit warning, a chip maker's order."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import article_measures, figures_by_measure


def test_a_move_told_later_updates_the_earlier(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "Shares of the shipping line Baltra fell 9% in Oslo after it cut its profit forecast.",
        "Baltra's shares closed down 14% on Tuesday, their worst day in six years.",
        published=("2025-11-04T10:00", "2025-11-04T19:00"))
    found = [(measure, label) for measure, (label, amounts) in got.items() if {"9%", "14%"} <= amounts]
    assert found == [("share price move", "updated")], got


def test_a_rise_is_read_as_the_same_measure(pipeline: Pipeline) -> None:
    measures = article_measures(pipeline, "The chip maker's shares rose 11% after it won the order from the carmaker.")
    assert measures.get("11%") == "share price move", measures
