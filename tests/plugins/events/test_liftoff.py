"""A rocket's or a spacecraft's *liftoff* (also ``lift-off``, ``blastoff``) and a capsule's
*splashdown* are movements, as ``takeoff`` and ``landing`` are: "with liftoff at 8:05 p.m."
tells the launch itself. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The probe rode a heavy rocket into space, with liftoff at 6:12 a.m. local time.", "liftoff"),
    ("The lift-off of the weather satellite was delayed twice by high winds.", "lift-off"),
    ("Crowds on the beach cheered the blastoff on Sunday evening.", "blastoff"),
    ("The capsule's splashdown off the coast ended the nine-day mission.", "splashdown"),
])
def test_a_liftoff_is_a_movement(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "movement"
