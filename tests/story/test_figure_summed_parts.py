"""A count followed in its sentence by ``and N more`` of the same measure is a part of a sum
the sentence leaves unstated ("Three patients died at the scene and two more died later":
five died), never a rival of the total other outlets give. An increment of another measure
("Two people died and dozens more were hurt") leaves the first count whole. Sentences
written for this test, not taken from the story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-04-01T10:00"}))
    return {f.ref.text: f.role for f in article_figures(a, loose=True) if f.ref}


def test_a_count_before_more_of_its_measure_is_a_part(pipeline: Pipeline) -> None:
    got = _roles(pipeline, "Four climbers died on the glacier and three more died later in a hospital in Chamonix.")
    assert got.get("Four") == "part" and got.get("three") == "increment", got
    got = _roles(pipeline, "Nine people were arrested at the port and four more were arrested at a warehouse.")
    assert got.get("Nine") == "part", got


def test_more_of_another_measure_leaves_the_count_whole(pipeline: Pipeline) -> None:
    got = _roles(pipeline, "Two people died and dozens more were injured when the bridge collapsed on Sunday.")
    assert got.get("Two") == "total", got
    got = _roles(pipeline, "Five workers were killed in the blast, and 12 others were taken to hospital.")
    assert got.get("Five") == "total", got
