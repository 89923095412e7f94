"""Session 49 (issue #10): an entry is named by the family the most articles' leads tell
(a border "reopened" in every lead, told "closed" more often in the background, is a
reopening, not a closure); and a border, a road or a plant that reopens is an event
("reopened" was no trigger). Articles invented for the tests."""

from __future__ import annotations

from newskit import Article, analyze
from newskit.story import build_story
from tests.plugins.events.helpers import mention_kinds as _kinds


def test_reopening_is_an_event() -> None:
    kinds = _kinds("Officials reopened the coastal road on Friday. The reopening came after repairs.")
    assert kinds.get("reopened") and kinds.get("reopening"), kinds


def _article(i: int, text: str) -> Article:
    return Article.from_dict({"id": f"r{i}", "text": text, "source": f"Outlet {i}",
                              "published": "2026-02-10T09:00"})


def test_an_entry_is_named_by_what_its_leads_tell() -> None:
    texts = [
        "Velmora reopened its northern border crossing on Monday, more than a year after it was "
        "closed. The crossing had been closed since January, when the two governments quarrelled. "
        "Closed shops near the post stayed shut for months, and the closure cost traders dearly.",
        "Traders cheered on Monday as Velmora reopened the Dunmore crossing. The closure had lasted "
        "fourteen months; the post was closed after a dispute over tariffs.",
        "The reopening of the Dunmore border post on Monday let hundreds of trucks through. It had "
        "been shut since last January, and its closure hurt farmers on both sides.",
    ]
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(texts)])
    assert story.events[0].trigger.lower().startswith("reopen"), story.events[0].trigger
