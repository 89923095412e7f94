"""Session 61 (helper spurious): a bare number between commas after one person named by a
common noun is that person's age (``The skipper, 51, survived``), as it is after a name
(``figure_measure._age_of_a_person``): never a count of the story. Invented sentences: a
lake boat, a tractor crash, a dog attack, a dam."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, figures_by_measure


def test_an_age_after_a_common_noun_of_a_person_is_no_count(pipeline: Pipeline) -> None:
    """Fails without the rule: each number was a count of the measure beside it."""
    for text, age in (("The skipper, 51, survived and is helping police with their inquiries.", "51"),
                      ("Her son, 8, was treated for a cut to his leg.", "8"),
                      ("Police said a second man, 19, was arrested on Tuesday.", "19"),
                      ("The tractor driver, 63, was killed when the trailer overturned.", "63")):
        got = figure_measures(pipeline, text)
        assert age not in got, (text, got)


def test_a_plural_noun_keeps_its_count(pipeline: Pipeline) -> None:
    """A plural noun of persons before the number: the rule leaves it alone."""
    assert "12" in figure_measures(pipeline, "The victims, 12, were taken to the district hospital on Monday.")


def test_the_age_is_no_rival_count(pipeline: Pipeline) -> None:
    """Fails without the rule: the skipper's age stood as a rival count of the rescued."""
    got = figures_by_measure(pipeline,
                             "Police said 31 people were rescued by fishermen. The skipper, 51, survived and was questioned.",
                             "Fishermen rescued 34 people from the water, police said.")
    assert "51" not in got.get("survivors", (None, set()))[1], got


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["skipper", "driver", "pilot", "fisherman", "officer", "woman"]), st.integers(18, 95))
def test_any_age_of_a_person_told_by_a_noun(pipeline: Pipeline, noun: str, age: int) -> None:
    text = f"The {noun}, {age}, survived the crash and was taken to hospital."
    assert str(age) not in figure_measures(pipeline, text), text
