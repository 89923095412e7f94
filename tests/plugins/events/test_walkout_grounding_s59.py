"""Session 59 (issue #10): two idioms of news that name a happening with no event word of
their own. Workers who "down tools" (or "downed their tools") strike; a ship's "grounding"
(after "ran aground") is the accident, and so is an airline's grounding of its fleet: an
event either way. "A solid grounding in economics" is none. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "Dockworkers at the Kestrel terminal downed tools on Monday in a dispute over unpaid bonuses.",
    "More than 2,000 rubber tappers have downed their tools since Tuesday, the union said.",
    "Bus drivers in Port Ellery will down tools for 48 hours from Friday.",
])
def test_downing_tools_is_a_strike(text: str) -> None:
    kinds = _kinds(text)
    assert "political" in {kinds.get(w) for w in ("downed", "down")}, kinds


@pytest.mark.parametrize("text", [
    "The ferry ran aground off Halvey Point on Saturday. The grounding left 40 passengers with cuts and bruises.",
    "Investigators are studying the ship's speed shortly before the grounding.",
])
def test_a_grounding_is_a_happening(text: str) -> None:
    assert "grounding" in _kinds(text)


def test_a_grounding_in_a_subject_is_none() -> None:
    assert "grounding" not in _kinds("The course gives apprentices a solid grounding in marine engineering.")
