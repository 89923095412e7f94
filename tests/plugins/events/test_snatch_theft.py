"""A theft told as a grab: "snatch" is a crime when what is snatched is a thing of value
(cash, jewels, a bag, a phone); a side that "snatched victory" or "a late winner" stole
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("Two men on a motorbike snatched a handbag from a pensioner outside the post office.", "snatched"),
    ("Thieves snatched cash and watches from a jeweller's display on Tuesday.", "snatched"),
    ("A masked gang broke into the vault, snatching diamonds and necklaces.", "snatching"),
    ("Police said a teenager had tried to snatch a phone from a commuter.", "snatch"),
])
def test_snatching_a_thing_of_value_is_a_theft(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "crime"


@pytest.mark.parametrize(("text", "word"), [
    ("United snatched a late winner in stoppage time.", "snatched"),
    ("The visitors snatched victory from the jaws of defeat.", "snatched"),
    ("She snatched a few hours of sleep before the next shift.", "snatched"),
])
def test_snatching_a_win_is_no_crime(text: str, word: str) -> None:
    assert word not in _kinds(text)
