"""A capitalised name ending in a word of the land ("Highway", "Township", "Square",
"Plate") is a place, never an event's participant (session 45: "crash ... involving Bruce
Highway"; issue #14's "Heping Township" and "Philippine Sea Plate" taken as parties).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Event
from newskit.actors import find_actors
from newskit_events import EventsLinker


@pytest.mark.parametrize(("text", "name"), [
    ("The number injured in Sunday's coach crash on the Pacific Highway has risen to 27.", "Pacific Highway"),
    ("Rescuers reached Hualong Township after the landslide.", "Hualong Township"),
    ("The quake ruptured along the Caroline Sea Plate, experts said.", "Caroline Sea Plate"),
    ("Police cleared Liberty Square on Friday.", "Liberty Square"),
])
def test_a_name_ending_in_a_word_of_the_land_is_a_place(text: str, name: str) -> None:
    [actor] = [a for a in find_actors(text) if a.text == name]
    assert actor.is_place


def test_a_body_named_with_such_a_word_inside_stays_a_name() -> None:
    [actor] = [a for a in find_actors("Harbour Road Logistics said it would appeal.") if a.text == "Harbour Road Logistics"]
    assert not actor.is_place


def test_a_road_is_no_participant_of_the_crash_on_it() -> None:
    text = "The number of people injured in Sunday's coach crash on the Pacific Highway has risen to 27."
    art = Article.from_dict({"id": "a", "text": text, "published": "2026-08-10"})
    events = [e for e in EventsLinker().link(art, (), ()) if isinstance(e, Event)]
    assert events and all("Pacific Highway" not in e.who for e in events)


def test_a_one_word_name_is_no_place_by_its_word() -> None:
    """"Square" alone may be a firm's name; only a name with words before the tail is one."""
    [actor] = [a for a in find_actors("The payments firm Square said it would appeal.") if a.text == "Square"]
    assert not actor.is_place
