"""An article's events keep each distinct string of their spans and triggers once, and one
tuple of their source, not an equal copy per event: the same records."""

from __future__ import annotations

from .helpers import linked_events

_TEXT = " ".join([
    "Firefighters battled a blaze at a warehouse in Tralee on Monday.",
    "Police arrested a man in Tralee after the fire.",
    "The council closed the harbour road in Tralee on Tuesday.",
    "Protesters marched through Tralee on Wednesday, and police arrested two of them.",
] * 3)


def test_equal_strings_of_an_article_s_events_are_one_string() -> None:
    events = linked_events(_TEXT)
    assert len(events) >= 4
    texts = [r.text for e in events for r in (*e.mentions, *e.evidence)]
    texts += [e.trigger for e in events]
    first: dict[str, str] = {}
    assert all(first.setdefault(t, t) is t for t in texts)
    assert sum(1 for t in texts if t == "Tralee") >= 2  # a place read as evidence of several events
    assert len({id(e.sources) for e in events}) == 1 and events[0].sources == ("a",)

