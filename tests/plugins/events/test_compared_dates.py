"""A date after words that set an event beside another happening ("revives memories of July
2017", "resembles a 2024 case", "recalls the 2019 crash") is the other happening's, never the
event's told before them; a date with nothing of the kind between stays the event's.
Sentences written for these tests, not taken from the story sets."""

from __future__ import annotations

import pytest

from newskit import Article, DateMention, Event
from newskit_events import EventsLinker


def _dated(text: str, surface: str, value: str) -> dict[str, str | None]:
    s = text.index(surface)
    d = DateMention(start=s, end=s + len(surface), text=surface, value=value, type="DATE")
    art = Article.from_dict({"id": "a", "text": text, "published": "2026-05-07"})
    return {m.text: e.when for e in EventsLinker().link(art, [d], ()) if isinstance(e, Event) for m in e.mentions}


@pytest.mark.parametrize(("text", "word", "date", "value"), [
    ("The explosion revives memories of March 2019, when a tanker blew up in the port.", "explosion", "March 2019",
     "2019-03"),
    ("The fraud resembles a 2024 case in Lisbon, police said.", "fraud", "2024", "2024"),
    ("The crash recalls the derailment of 2011 near the same bridge.", "crash", "2011", "2011"),
])
def test_a_date_of_what_the_event_is_set_beside_is_not_its_own(text: str, word: str, date: str,
                                                                 value: str) -> None:
    assert _dated(text, date, value).get(word) != value


def test_a_date_right_after_the_event_stays_its_own() -> None:
    got = _dated("The explosion in March 2019 killed four dockers.", "March 2019", "2019-03")
    assert got.get("explosion") == "2019-03"


@pytest.mark.parametrize(("text", "word", "date", "value"), [
    ("The merger values the brewer 25% above its closing share price in Oslo on Tuesday.", "merger", "Tuesday",
     "2026-05-05"),
])
def test_a_date_of_a_comparisons_reference_is_not_the_events(text: str, word: str, date: str, value: str) -> None:
    """Session 38: the reference of a comparison (a price, a level) is read at a time of its own."""
    assert _dated(text, date, value).get(word) != value


def test_a_date_after_a_comparison_and_another_phrase_stays_the_events() -> None:
    text = "The shares fell 8% from their level at the open to a record low on Tuesday."
    assert _dated(text, "Tuesday", "2026-05-05").get("fell") == "2026-05-05"
