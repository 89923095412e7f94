""""Swoop" is news writing's word for a police raid ("detectives swooped on six addresses",
"the dawn swoop"): a raid of the conflict class, one trigger family with "raid", so an
outlet that tells the raid as a swoop tells the same happening. A bird's or a plane's
swoop with no "on" after the verb is no raid. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("Detectives swooped on six addresses in Leeds early on Thursday.", "swooped"),
    ("Eleven people were held in the dawn swoop, police said.", "swoop"),
    ("The swoop on the warehouse involved about 200 officers.", "swoop"),
])
def test_swoop_is_a_raid(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "conflict"


def test_swoop_without_on_is_no_raid() -> None:
    assert "swooped" not in _kinds("A gull swooped low over the harbour wall.")


def test_swoop_and_raid_are_one_family() -> None:
    assert family("swoop") == family("raid")
