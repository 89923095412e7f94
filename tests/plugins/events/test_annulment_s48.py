"""Session 48 (issue #10): a court that annuls, quashes or nullifies decides, as one that
overturns or revokes does, and the story reads the words as one family (three stories of
rulings told "annulled", "quashed", "overturned", "annulment" by turns; "annulled" was no
event at all). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("The Supreme Court annulled the island lease on Wednesday.", "annulled"),
    ("Judges quashed the permit after a two-day hearing.", "quashed"),
    ("The annulment of the permit stunned the developer.", "annulment"),
])
def test_an_annulment_is_a_decision(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "decision"


def test_annulled_quashed_and_overturned_are_one_family() -> None:
    assert len({family(w) for w in ("annulled", "annulment", "quashed", "overturned", "nullified")}) == 1
