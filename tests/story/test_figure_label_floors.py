"""A floor told first (``more than 90 people spoke``), then the exact count well above it the
same day: the floor was a first, partial reading the count updates; a count within the floor's
round step is the count the floor stood for, of a count that only rises too. Sentences of kinds
of news other than the stories where the kind was seen (a council vote, a parliament's roll
call, an earthquake's damaged houses): a public hearing, a hailstorm."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from tests.story.helpers import figures_by_measure, sentence_figure


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


def _told(text: str, amount: str, value: int, approx: str | None, article: str, stated: str) -> Figure:
    """One amount of an invented sentence, told by the same agency in every article."""
    return sentence_figure(text, amount, value, approx=approx, article=article, source="civil defence agency", stated=stated)


def test_a_floor_of_a_rising_count_then_a_count_within_its_round_step_is_consistent() -> None:
    """``more than 300`` homes damaged, then ``318`` the next morning: the floor is a count of
    three hundred and some, which the exact count tells; a count that only rises is updated
    only by a count above that step (``412``), as ``at least 14`` dead is by ``21``."""
    floor = _told("More than 300 homes were damaged by the hailstorm, the civil defence agency said.",
                  "More than 300", 300, "over", "a1", "2026-05-04T18:00")
    within = _told("The agency said 318 homes had been damaged by the hailstorm.", "318", 318, None, "a2",
                   "2026-05-05T08:00")
    above = _told("The agency said 412 homes had been damaged by the hailstorm.", "412", 412, None, "a2",
                  "2026-05-05T08:00")
    assert _pair_label(floor, within, "rising", "buildings damaged") == "consistent"
    assert _pair_label(floor, above, "rising", "buildings damaged") == "updated"
    small = _told("At least 14 people died in the hailstorm, the civil defence agency said.", "At least 14", 14, "over",
                  "a1", "2026-05-04T18:00")
    later = _told("The agency said 21 people had died in the hailstorm.", "21", 21, None, "a2", "2026-05-05T08:00")
    assert _pair_label(small, later, "rising", "deaths") == "updated"


def test_a_floor_told_as_a_count_still_moving_is_updated_by_a_count_within_its_step() -> None:
    """``has risen to more than 300``: the floor is a count in progress, so the exact count told
    the next morning (``318``) updates it."""
    moving = _told("The number of homes damaged by the hailstorm has risen to more than 300, the civil defence agency said.",
                   "more than 300", 300, "over", "a1", "2026-05-04T18:00")
    within = _told("The agency said 318 homes had been damaged by the hailstorm.", "318", 318, None, "a2",
                   "2026-05-05T08:00")
    assert _pair_label(moving, within, "rising", "buildings damaged") == "updated"
