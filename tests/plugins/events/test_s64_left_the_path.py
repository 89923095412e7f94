"""Session 64 (issue #10): a vehicle or an aircraft that skids, slides, overshoots or
overruns off its path is an accident (``slid off an icy runway``, ``skidded off the
road``); the same verbs of prices are none (``shares slid``, ``slid into recession``).
The plane that ``slid off the runway`` in three outlets was no event, and the story's
central event became the injuries. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _types(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return {e.trigger: e.type for e in a.events}


@pytest.mark.parametrize(("text", "word"), [
    ("A Boeing 737 with 140 people aboard slid off an icy runway in Kiruna late on Friday.", "slid"),
    ("The coach skidded off the road and came to rest in a ditch.", "skidded"),
    ("A cargo plane overran the runway at Ivalo in heavy snow.", "overran"),
    ("The airliner overshot the runway on landing.", "overshot"),
])
def test_leaving_the_path_is_an_accident(pipeline: Pipeline, text: str, word: str) -> None:
    assert _types(pipeline, text).get(word) == "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("Shares slid off their highs on Monday.", "slid"),
    ("The economy slid into recession last year.", "slid"),
])
def test_prices_that_slide_are_no_accident(pipeline: Pipeline, text: str, word: str) -> None:
    assert _types(pipeline, text).get(word) != "disaster"


@pytest.mark.parametrize("text", [
    "The rocket's launch was delayed by high winds over the range.",
    "It was the maiden launch of the heavy-lift vehicle.",
])
def test_a_rocket_s_launch_is_a_movement(pipeline: Pipeline, text: str) -> None:
    """Session 64: ``launch`` after a word of spaceflight (``the rocket's launch``, ``maiden
    launch``) is the flight, not a product's launch."""
    assert _types(pipeline, text).get("launch") == "movement"


def test_a_product_launch_stays_an_announcement(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Sales rose after the launch of the new phone.").get("launch") == "announcement"
