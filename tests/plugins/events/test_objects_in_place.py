"""The object-of-a-verb step (``event_objects``) keeps each trigger entry it lets through as
it was, not a copy, and reads the entries after a verb in place, not a slice of them per
verb: a long article's scan held both copies at once (issue #11). The same triggers."""

from __future__ import annotations

import tracemalloc

from newskit_events.objects import Entry, event_objects
from newskit_events.triggers import find_triggers

# invented: "recalled the shelling" (an event as the object: no product recall) among
# triggers that stay
_TEXT = ("At the memorial, veterans recalled the shelling of the port. The carmaker recalled "
         "12,000 vans after a fire at a depot in Swindon, and the union called a strike. ")


def _entries(text: str) -> list[Entry]:
    """Trigger entries of ``text`` as ``event_objects`` is handed them (all nouns here
    besides the verbs, so its own answer is the same list)."""
    return sorted(find_triggers(text))


def test_a_happening_as_object_still_drops_the_verb_and_the_rest_stay() -> None:
    found = {_TEXT[s:e]: cls for s, e, _f, cls, *_ in find_triggers(_TEXT)}
    assert "recalled" in found and found["recalled"] == "business"  # the carmaker's recall
    assert {"shelling", "fire", "strike"} <= set(found)
    starts = [s for s, *_ in find_triggers(_TEXT)]
    assert _TEXT.index("recalled") not in starts  # the veterans' recalled: no business event


def test_the_entries_let_through_are_the_entries_themselves() -> None:
    entries = _entries(_TEXT * 3)
    out = event_objects(_TEXT * 3, entries)
    assert out and all(any(x is y for y in entries) for x in out)


def test_the_step_makes_no_copies_of_a_long_article_s_entries() -> None:
    text = _TEXT * 800
    entries = _entries(text)
    event_objects(text, entries)  # the caches a first run fills, out of the figure
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        event_objects(text, entries)
        per_entry = (tracemalloc.get_traced_memory()[1] - before) / len(entries)
    finally:
        tracemalloc.stop()
    # with a copy of each entry and a slice of the rest per verb: about 45 bytes; now about 9
    assert per_entry < 25
