"""An injury is no news of its own beside an event that could be (story/central.py
``_tolls_yield``): a person hurt is the toll of a cause or the reason for an act
("placed on the injured list", "ruled out of the final"), while a death may be the news
itself ("the actress died"). Stories written for these tests (a rugby club, a cycling team,
a hiking accident)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story import build_story
from tests.story.helpers import titled_articles

_PLACED = [
    ("2026-03-04", "Harbour Rovers place captain Lewis on injured list",
     "Harbour Rovers placed captain Tom Lewis on the injured list on Tuesday after his knee injury. "
     "Lewis was injured in the second half against Eastfield and the injury needs surgery. "
     "The injured forward joins two other injured players."),
    ("2026-03-04", "Rovers put Lewis on injured list",
     "The Rovers placed Tom Lewis on the injured list on Tuesday. His injury, suffered on Saturday, "
     "is a torn ligament, and the injured captain will miss eight weeks."),
    ("2026-03-04", "Lewis placed on injured list by Rovers",
     "Tom Lewis was placed on the injured list by Harbour Rovers on Tuesday with a knee injury. "
     "Coach Ann Moss said the injury was a blow."),
]

_HURT_ALONE = [
    ("2026-05-10", "Three hikers injured on Ben Loch",
     "Three hikers were injured on Ben Loch on Sunday. The injured walkers were flown to hospital."),
    ("2026-05-10", "Hikers hurt on mountain",
     "Three walkers were hurt on Ben Loch on Sunday afternoon. Their injuries are not serious."),
]


def _first_words(rows: list[tuple[str, str, str]]) -> set[str]:
    story = build_story([Pipeline.build().run(a) for a in titled_articles(rows)])
    return {m.text.lower() for m in story.events[0].mentions}


def test_an_injury_yields_to_the_act_it_is_the_reason_for() -> None:
    words = _first_words(_PLACED)
    assert "placed" in words
    assert not words & {"injury", "injured"}


def test_an_injury_told_alone_stays_the_news() -> None:
    assert _first_words(_HURT_ALONE) & {"injured", "hurt", "injuries"}
