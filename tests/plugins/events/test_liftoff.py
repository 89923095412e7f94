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


@pytest.mark.parametrize(("text", "phrase"), [
    ("The rocket lifted off at 11:40 a.m. local time from the coastal pad.", "lifted off"),
    ("Two minutes later the booster blasted off into a clear sky.", "blasted off"),
])
def test_a_rocket_that_lifts_off_moves_and_a_ban_lifted_does_not(text: str, phrase: str) -> None:
    # session 48: "The rocket lifted off" was an action of its own, apart from the launch
    assert _kinds(text).get(phrase) == "movement"
    assert "lifted off" not in _kinds("The council lifted the curfew and officials blasted the plan.")
