"""Session 49 (issue #10): to surrender a passport, a licence or a seat is no act of war;
fighters who surrender and a garrison's surrender are. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "The magistrate ordered him to surrender his passport before the trial.",
    "The firm must surrender the licence within a month.",
])
def test_surrendering_a_thing_is_no_conflict(text: str) -> None:
    assert _kinds(text).get("surrender") is None


@pytest.mark.parametrize(("text", "word"), [
    ("About 200 rebels surrendered to the army on Monday.", "surrendered"),
    ("The surrender of the garrison ended the siege.", "surrender"),
])
def test_fighters_who_surrender_are_in_conflict(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "conflict"
