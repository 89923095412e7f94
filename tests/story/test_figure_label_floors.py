"""A floor told first (``more than 90 people spoke``), then the exact count well above it the
same day: the floor was a first, partial reading the count updates. Sentences of kinds of news
other than the stories where the kind was seen (a council vote, a parliament's roll call): a
public hearing."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figures_by_measure


def test_a_floor_then_an_exact_count_above_its_step_is_an_update(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "More than 40 residents spoke at the public hearing on the quarry, which ended at midnight.",
        "The hearing on the quarry heard from 58 residents before it ended at midnight.",
        published=("2025-06-07T01:00", "2025-06-07T09:00"))
    found = [label for label, amounts in got.values() if {"More than 40", "58"} <= amounts]
    assert found == ["updated"], got


def test_a_floor_then_a_count_within_its_step_is_consistent(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "More than 40 residents spoke at the public hearing on the quarry, which ended at midnight.",
        "The hearing on the quarry heard from 43 residents before it ended at midnight.",
        published=("2025-06-07T01:00", "2025-06-07T09:00"))
    found = [label for label, amounts in got.values() if {"More than 40", "43"} <= amounts]
    assert found == ["consistent"], got
