"""Session 64 (issue #10): ``ruling`` before the body it names (``the ruling party``, ``the
ruling coalition``, ``the ruling Communist Party``) is an adjective, no court's ruling:
every election story's governing party was a legal event. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _triggers(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return [e.trigger for e in a.events]


@pytest.mark.parametrize("text", [
    "The ruling party came second with 12 seats.",
    "The ruling coalition lost its majority in the upper house.",
    "Delegates of the ruling Communist Party met behind closed doors.",
])
def test_ruling_before_a_body_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert "ruling" not in _triggers(pipeline, text)


@pytest.mark.parametrize("text", [
    "The court ruling was a blow to the mayor.",
    "The judge issued a ruling on Friday.",
    "The ruling is expected to be appealed.",
])
def test_a_court_s_ruling_is_still_an_event(pipeline: Pipeline, text: str) -> None:
    assert "ruling" in _triggers(pipeline, text)
