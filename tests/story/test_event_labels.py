"""The summary names an event's class by a label that fits every act of the class: the
events plugin's business class holds closures, layoffs and bankruptcies as well as deals,
so a plant's closure is a "business event", never a "business deal". A story written for
this test."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import story_of


def test_a_closure_is_no_deal(pipeline: Pipeline) -> None:
    arts = [
        {"id": "a", "source": "Daily", "published": "2026-04-10T10:00", "title": "Tannery closure ordered",
         "text": "Regulators ordered the closure of the Velka tannery in Dorn on Friday after waste was found in the river."},
        {"id": "b", "source": "Wire", "published": "2026-04-10T15:00", "title": "Dorn tannery shut",
         "text": "The closure of the Velka tannery in Dorn on Friday left 300 people without work."},
    ]
    what = next(line for line in story_of(pipeline, arts).summary if line.startswith("What happened"))
    assert "closure" in what and "business event" in what and "deal" not in what, what
