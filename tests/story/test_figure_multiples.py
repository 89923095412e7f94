"""A multiple in a comparison (``twice as many``, ``three times the size of``, ``four times
higher than``) is a ratio of two amounts, no figure of either; a multiple with nothing
compared (``conceded four times``) stays a count. Sentences from health, sport, housing
and wildfire news, not the story sets."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _amounts(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-02-01T10:00"}))
    return [f.ref.text for f in article_figures(a, loose=True) if f.ref]


@pytest.mark.parametrize("text", [
    "Clinics in Dhaka said they were seeing twice as many dengue patients as a year earlier.",
    "The blaze has burned an area three times the size of Paris, firefighters said.",
    "Rents in the city are now four times higher than in 2010, the housing agency said.",
])
def test_a_multiple_in_a_comparison_is_no_figure(pipeline: Pipeline, text: str) -> None:
    assert not any("twice" in t or "times" in t for t in _amounts(pipeline, text))


def test_a_multiple_with_nothing_compared_stays(pipeline: Pipeline) -> None:
    assert "four times" in _amounts(pipeline, "The goalkeeper was beaten four times in the first half.")


@pytest.mark.parametrize("text", [
    "The minibus was licensed for 14 people. Witnesses said it was carrying almost twice that number.",
    "The council recorded 40 complaints; residents say the real figure is twice that.",
    "Clinics reported nearly three times as many measles cases as in the spring.",
])
def test_a_hedged_multiple_or_one_of_an_amount_pointed_back_to_is_no_figure(pipeline: Pipeline, text: str) -> None:
    """The multiple's own hedge (``almost``, ``nearly``) and ``that`` pointing back to an earlier
    amount make it a ratio all the same: ``almost twice that number`` is no count on board."""
    assert not any("twice" in t or "times" in t for t in _amounts(pipeline, text))


def test_a_multiple_in_a_period_named_by_this_stays(pipeline: Pipeline) -> None:
    """``three times this season``: a count of goals in a period, not a ratio to ``this``."""
    assert "three times" in _amounts(pipeline, "The striker has scored three times this season.")
