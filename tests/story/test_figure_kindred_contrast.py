"""Kindred measures an article sets against each other: ``27 people had been taken to
hospital, a higher figure than the 18 injured reported by police`` tells one count of the
casualties read two ways, not two counts, so the injured and the hospitalised join
(``figure_kindred.join_kindred``); and two tellers' readings of one moment that an outlet
contrasts conflict even where a bound allows both (``more than 20`` / ``27``:
``figure_label._one_moment_label``). An article that tells both as two counts (``30 injured,
12 of them in hospital``) keeps them apart. Invented sentences: a bus crash, a roof collapse."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figures_by_measure


def test_a_contrasted_hospital_count_joins_the_injured(pipeline: Pipeline) -> None:
    """Fails on the old rule: the second article told both measures, so they stayed apart."""
    first = "Police said 18 people were injured when a bus overturned on a mountain road on Friday morning."
    second = ("Paramedics said 27 people had been taken to hospital after the bus overturned, "
              "a higher figure than the 18 injured reported by police.")
    got = figures_by_measure(pipeline, first, second, published=("2025-05-09T10:00", "2025-05-09T16:00"))
    found = [label for label, amounts in got.values() if {"18", "27"} <= amounts]
    assert found == ["conflicting"], got


def test_a_contrast_beside_an_agreeing_bound_conflicts(pipeline: Pipeline) -> None:
    """Fails on the old rule: ``more than 20`` allows 27, so one moment's two readings agreed."""
    first = "More than 20 people were injured when the roof of the market hall collapsed on Friday, officials said."
    second = ("Paramedics said 27 people had been taken to hospital after the roof collapsed, "
              "a far higher figure than the more than 20 injured given by officials.")
    got = figures_by_measure(pipeline, first, second, published=("2025-05-09T10:00", "2025-05-09T16:00"))
    found = [label for label, amounts in got.values() if {"More than 20", "27"} <= amounts]
    assert found == ["conflicting"], got


def test_an_article_telling_both_counts_keeps_them_apart(pipeline: Pipeline) -> None:
    first = "Police said 18 people were injured when a bus overturned on a mountain road on Friday morning."
    second = "Paramedics said 20 people were injured in the crash, and 14 of them had been taken to hospital."
    got = figures_by_measure(pipeline, first, second, published=("2025-05-09T10:00", "2025-05-09T16:00"))
    assert not [a for _, a in got.values() if "14" in a and ("18" in a or "20" in a)], got


def test_two_tellers_of_one_sentence_count_one_casualty_toll(pipeline: Pipeline) -> None:
    """Fails on the old rule: the article told both measures, so the injured and the treated
    stayed apart and the two tellers' dispute was not surfaced."""
    crash = ("Railway officials said 26 people were injured in the derailment, but doctors at the district "
             "hospital said they had treated more than 40 people.")
    other = "The line between the two towns reopened on Sunday after repairs to the track."
    got = figures_by_measure(pipeline, crash, other, published=("2025-05-09T10:00", "2025-05-10T16:00"))
    found = [label for label, amounts in got.values() if {"26", "more than 40"} <= amounts]
    assert found == ["conflicting"], got


def test_one_tellers_two_counts_of_one_sentence_stay_apart(pipeline: Pipeline) -> None:
    crash = "Railway officials said 26 people were injured in the derailment and 20 were treated in hospital."
    other = "The line between the two towns reopened on Sunday after repairs to the track."
    got = figures_by_measure(pipeline, crash, other, published=("2025-05-09T10:00", "2025-05-10T16:00"))
    assert not [a for _, a in got.values() if {"26", "20"} <= a], got
