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


def test_a_floor_held_to_beside_a_count_it_allows_is_consistent(pipeline: Pipeline) -> None:
    """``maintained that`` marks a teller standing by its count; beside another's count that
    its floor allows (more than 300 / 318) the two say the same, so no conflict."""
    got = figures_by_measure(
        pipeline,
        "Inspectors found that 318 crates of the imported cheese were mislabelled at the port, the customs agency said.",
        "Customs officials have maintained that more than 300 crates of the cheese were mislabelled at the port.",
        published=("2025-06-07T01:00", "2025-06-08T09:00"))
    found = [label for label, amounts in got.values() if {"318", "more than 300"} <= amounts]
    assert found == ["consistent"], got


def test_a_count_held_to_against_one_it_exceeds_still_conflicts(pipeline: Pipeline) -> None:
    """Held to beside a count outside what its floor allows, the teller's figure conflicts."""
    got = figures_by_measure(
        pipeline,
        "Inspectors found that 180 crates of the imported cheese were mislabelled at the port, the customs agency said.",
        "Customs officials have maintained that more than 300 crates of the cheese were mislabelled at the port.",
        published=("2025-06-07T01:00", "2025-06-08T09:00"))
    found = [label for label, amounts in got.values() if {"180", "more than 300"} <= amounts]
    assert found == ["conflicting"], got
