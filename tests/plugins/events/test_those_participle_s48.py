"""Session 48 (issue #10): a participle after "those" is the verb of a reduced relative
("those freed", "those arrested": the people the act freed, arrested), not a noun after a
determiner; its act keeps its own class (an amnesty's "Those freed were warned" was no
event; "those arrested" a general action). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Those freed on Friday were told to report to the police every week.", "freed", "rescue"),
    ("Most of those arrested in the raid were released on bail.", "arrested", "legal"),
    ("Half of those killed in the fighting were civilians.", "killed", "violence"),
])
def test_a_participle_after_those_tells_its_act(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


def test_a_participle_after_another_determiner_stays_a_modifier() -> None:
    assert "freed" not in _kinds("The freed hostages flew home on Saturday.")
