"""Session 59 (helper background): two counts whose modifiers are coordinated before one head
noun (``One Australian and one English climber``, ``two Belgian and three Dutch tourists``)
are parts of their sum when another count of the story gives that sum (``figure_sums``).
Invented sentences: climbers killed on a mountain, tourists hurt in a capsizing, firefighting
aircraft."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import labelled_amounts


def test_elided_counts_are_parts_of_the_toll_another_outlet_gives(pipeline: Pipeline) -> None:
    """Fails without ``_elided``: ``one`` English climber stood against ``Two`` climbers as
    one toll updated."""
    got = labelled_amounts(
        pipeline,
        "One Australian and one English climber have fallen to their deaths in the Southern Alps, police said.",
        "Two climbers were killed in separate falls in the Southern Alps this weekend, police said.")
    assert got == [], got


def test_elided_counts_of_the_injured(pipeline: Pipeline) -> None:
    """Fails without ``_elided``: three Dutch tourists stood against the five hurt."""
    got = labelled_amounts(
        pipeline,
        "Two Belgian and three Dutch tourists were injured when the boat capsized, police said.",
        "Five tourists were hurt when a boat overturned near the island, police said.")
    assert not any("three" in amounts for _, amounts in got), got


def test_a_sum_no_outlet_gives_leaves_the_counts_as_they_are(pipeline: Pipeline) -> None:
    """With no count of the sum, the pair is not read as parts: another outlet's count of the
    same kind (three tourists) is still compared."""
    got = labelled_amounts(
        pipeline,
        "Two Belgian and three Dutch tourists were injured when the boat capsized, police said.",
        "Seven tourists were hurt when a boat overturned near the island, police said.")
    assert any("Seven" in amounts for _, amounts in got), got


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["Kenyan", "Chilean", "Polish", "Nepali"]), st.sampled_from(["Irish", "Dutch", "Korean"]),
       st.sampled_from([("two", "three", "Five"), ("one", "four", "Five"), ("three", "three", "Six")]))
def test_any_two_nationalities_sharing_a_noun_sum_to_the_toll(pipeline: Pipeline, first: str, second: str,
                                                                counts: tuple[str, str, str]) -> None:
    one, two, total = counts
    got = labelled_amounts(
        pipeline,
        f"{one.capitalize()} {first} and {two} {second} hikers were killed in the avalanche, rescuers said.",
        f"{total} hikers died when an avalanche struck the trail, rescuers said.")
    assert got == [], got
