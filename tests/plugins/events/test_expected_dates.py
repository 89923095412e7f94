"""Session 38 (issue #10): a step told as expected dates no act told as done. "Acquired
..., the deal is expected to close in 2027", "sold its stake; the sale is expected to close
next year": the date of the expected step belongs to that step, and the event an outlet
tells as done keeps its own time (or none) instead of taking a future one. An event told
only as expected still takes the expected date. Sentences written for these tests."""

from __future__ import annotations

from tests.plugins.events.helpers import linked_events


def _when(text: str, word: str, *dates: tuple[str, str]) -> str | None:
    return next(e.when for e in linked_events(text, *dates, published="2026-05-06")
                if any(m.text == word for m in e.mentions))


def test_an_expected_step_does_not_date_an_act_told_as_done() -> None:
    text = ("Orchard Foods acquired Lakeside Dairy for $2 billion, the firms said. The deal is expected "
            "to close in the first half of 2027.")
    events = linked_events(text, ("the first half of 2027", "2027-H1"), published="2026-05-06")
    deal = next(e for e in events if any(m.text == "acquired" for m in e.mentions))
    assert {"acquired", "close"} <= {m.text for m in deal.mentions}  # one event: the deal and its closing
    assert deal.when is None


def test_an_event_told_only_as_expected_takes_the_expected_date() -> None:
    text = "The two leaders will meet in Oslo on June 3, the ministry said."
    assert _when(text, "meet", ("June 3", "2026-06-03")) == "2026-06-03"
