"""The time a story event is dated by, from the times its mentions give."""

from __future__ import annotations

from newskit.story.events import best_when


def test_agreeing_values_give_the_most_specific() -> None:
    assert best_when(["2026-05", "2026-05-14", "2026-W20"]) == "2026-05-14"


def test_a_week_never_outvotes_the_day_it_holds() -> None:
    # "a court decision this week" (three outlets), "ruled Thursday" (two), one stray Friday
    values = ["2026-W20"] * 3 + ["2026-05-14"] * 2 + ["2026-05-15"]
    assert best_when(values) == "2026-05-14"


def test_disagreeing_days_go_to_the_one_told_most() -> None:
    assert best_when(["2026-05-12", "2026-05-14", "2026-05-14"]) == "2026-05-14"


def test_a_wider_time_told_most_wins_over_a_day_outside_it() -> None:
    assert best_when(["2026-05"] * 3 + ["2026-06-02"]) == "2026-05"


def test_no_values_no_time() -> None:
    assert best_when([]) is None


def test_a_vague_time_gains_nothing_from_a_vaguer_one() -> None:
    # decided on a day, to take effect "in 2027" and "in the first half of 2027"
    assert best_when(["2026-09-11", "2027", "2027-H1"]) == "2026-09-11"


def test_a_part_of_a_day_is_that_day() -> None:
    assert best_when(["2026-11-24TMO", "2026-W48"]) == "2026-11-24TMO"
