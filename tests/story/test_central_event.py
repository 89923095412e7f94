"""The story's central event on invented multi-outlet stories: the happening the articles
lead with, one timeline entry, never a casualty count or a past event of the same kind."""

from __future__ import annotations

from typing import Any

import pytest

from newskit import Article, Pipeline, Story
from newskit.story import build_story
from tests.story import figure_stories as stories


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _story(pipeline: Pipeline, arts: list[dict[str, Any]]) -> Story:
    return build_story([pipeline.run(Article.from_dict(a)) for a in arts])


def test_quake_is_the_central_event_not_its_injured(pipeline: Pipeline) -> None:
    story = _story(pipeline, stories.QUAKE)
    central = story.events[0]
    assert central.type == "disaster" and central.trigger in ("earthquake", "quake"), central
    assert set(central.sources) == {a["id"] for a in stories.QUAKE}
    assert central.when is not None and central.when.startswith("2024-04-03")


def test_past_quake_sentences_stay_out_of_the_central_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, stories.QUAKE)
    texts = {a["id"]: a["text"] for a in stories.QUAKE}
    for m in story.events[0].mentions:
        line = texts[m.article][texts[m.article].rfind("\n", 0, m.start) + 1:].split("\n", 1)[0]
        assert "1999" not in line, m
