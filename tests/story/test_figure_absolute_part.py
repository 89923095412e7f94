"""An amount opening a phrase appended after a comma and told by the state it is in
(``, one with life-threatening injuries``, ``, two in critical condition``) is a part of the
amount before it, never a second total of the measure. Sentences from mining and road
news, not the story sets."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figure_roles


def test_a_state_after_a_comma_makes_a_part(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "Eleven miners were hurt in the blast, two in critical condition, the company said.")
    assert got.get("Eleven") == "total" and got.get("two") == "part", got
    got = figure_roles(pipeline, "Paramedics treated 19 people at the crash site, one with serious head injuries.")
    assert got.get("19") != "part" and got.get("one") == "part", got


def test_a_lone_amount_after_a_comma_stays_a_total(pipeline: Pipeline) -> None:
    got = figure_roles(pipeline, "After the storm, 40 people were in hospital with injuries, officials said.")
    assert got.get("40") == "total", got
