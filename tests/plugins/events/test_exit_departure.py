"""News writing tells a person's or a firm's leaving as an *exit* ("the coach's exit on
Monday", "the insurer's exit from the scheme"): a personnel noun of one family with
"departure" and "resign". A way out (an emergency exit, the motorway exit) and an exit
poll are no leaving. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize("text", [
    "The manager's exit on Monday came after a run of seven defeats.",
    "Investors cheered the chief executive's exit from the board.",
])
def test_an_exit_is_a_departure(text: str) -> None:
    assert _kinds(text).get("exit") == "personnel"


@pytest.mark.parametrize("text", [
    "Passengers left the carriage through the emergency exit.",
    "An exit poll gave the ruling party 41 percent of the vote.",
    "Take the motorway exit for the town centre.",
])
def test_a_way_out_or_a_poll_is_no_departure(text: str) -> None:
    assert "exit" not in _kinds(text)


def test_exit_and_departure_are_one_family() -> None:
    assert family("exit") == family("departure")
