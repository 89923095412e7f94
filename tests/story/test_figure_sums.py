"""Counts told as the parts of a sum (``carrying 68 passengers and four crew``): another
outlet's count that is the sum is no rival of the first part (``story/figure_sums.py``).
Sentences written for these tests (not taken from any scored story)."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import amounts, figure_conflicts


def _findings(pipeline: Pipeline, *texts: str) -> list[set[str]]:
    return [amounts(f) for f in figure_conflicts(pipeline, texts, "2025-06-0{n}T0{n}:00")]


def test_a_total_that_is_the_sum_of_two_counts_is_no_rival_of_the_first(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The small plane was carrying 16 passengers and three crew when it crashed into a hillside "
                    "on Monday, the authority said.",
                    "The plane had 19 people on board when it crashed on Monday, officials said.")
    assert got == [], got


def test_the_sum_told_by_the_same_outlet_is_no_rival_either(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "A coach with 37 people on board overturned on the mountain road on Sunday. It was carrying "
                    "35 pupils and two teachers, police said.",
                    "The coach overturned on a mountain road on Sunday, police said.")
    assert got == [], got


def test_another_outlets_count_of_the_first_noun_stays_its_rival(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The ferry was carrying 412 passengers and 30 crew when it ran aground on Monday, the "
                    "coastguard said.",
                    "The ferry had more than 440 people on board when it ran aground, officials said.",
                    "The ferry, with 409 passengers aboard, ran aground on Monday.")
    assert any({"412", "409"} <= a for a in got), got


def test_two_clauses_joined_by_and_are_no_sum(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The small plane was carrying 16 passengers when it crashed on Monday, and three crew "
                    "were also aboard, the authority said.",
                    "The plane had 19 people on board when it crashed on Monday, officials said.")
    assert any({"16", "19"} <= a for a in got), got


def test_a_count_and_one_more_told_with_an_article_is_a_part(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "Six tourists and a guide hurt in the rockfall were treated in hospital on Sunday.",
                    "Seven people were injured in the rockfall on Sunday, the mountain rescue service said.")
    assert got == [], got


def test_one_more_of_another_measure_makes_no_sum(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "The landslide buried three cars and a van on the coast road on Sunday. Four people were "
                    "taken to hospital.",
                    "Five cars were buried by the landslide on the coast road, police said on Monday.")
    assert any({"three", "Five"} <= a for a in got), got
