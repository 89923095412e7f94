"""A fire's containment only grows while crews work (``figures.json`` measure
``containment``, over time ``rising``): a later, larger share is an update, whoever tells it,
where a percent no measure names would be read as a fixed property two outlets dispute.
Invented sentences: a forest fire in the hills, a peat fire."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figures_by_measure


def test_a_later_larger_containment_updates_the_earlier(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "The forest fire above Ridgeford had burned 3,000 acres and was 10 percent contained on Monday.",
        "Firefighters said the Ridgeford fire was 45 percent contained on Wednesday after winds dropped.",
        published=("2025-09-01T09:00", "2025-09-03T18:00"))
    found = [(measure, label) for measure, (label, amounts) in got.items() if {"10 percent", "45 percent"} <= amounts]
    assert found == [("containment", "updated")], got


def test_a_later_smaller_containment_from_another_teller_conflicts(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "The peat fire near Marsh End was 60 percent contained, the fire service said on Tuesday.",
        "The peat fire near Marsh End was only 20 percent contained on Wednesday, a county spokeswoman said.",
        published=("2025-07-15T12:00", "2025-07-16T12:00"))
    found = [label for label, amounts in got.values() if {"60 percent", "20 percent"} <= amounts]
    assert found == ["conflicting"], got
