"""Session 53: a measure's cue word that is the subject of a verb of telling names who
tells the amount, not what it counts ("Survivors say there were more than 250", "...,
witnesses said"); the amount takes the measure its own clause names. Invented sentences
(river and road news), not the story sets'."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text: f.measure for f in article_figures(analysis, loose=True) if f.ref is not None}


@pytest.mark.parametrize(("text", "amount"), [
    ("Survivors said more than 120 people had boarded the canoe at Mbaiki.", "more than 120"),
    ("Survivors say there were at least 90 people on the lorry.", "at least 90"),
    ("There were at least 90 people on the lorry, survivors said.", "at least 90"),
])
def test_the_tellers_noun_is_not_the_measure(pipeline: Pipeline, text: str, amount: str) -> None:
    assert _measures(pipeline, text)[amount] != "survivors"


@pytest.mark.parametrize("text", [
    "Fishermen pulled 64 survivors from the river on Sunday.",
    "Some 64 survivors said they had seen the pilot jump.",
])
def test_a_counted_survivor_is_still_a_survivor(pipeline: Pipeline, text: str) -> None:
    assert "survivors" in _measures(pipeline, text).values()
