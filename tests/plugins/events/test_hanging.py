"""A killing by hanging: "hanged" is the past form of "hang" only in the sense of putting to
death (a picture is "hung"), and "hang" with a reflexive object ("hung himself") is a
suicide; elsewhere "hang" tells of no event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The prisoner hanged himself in his cell on Sunday night.", "hanged"),
    ("Two men convicted of the bombing were hanged at dawn on Thursday.", "hanged"),
    ("The regime hanged three protesters in a public square.", "hanged"),
    ("A farmer hung himself in his barn after the harvest failed.", "hung"),
    ("Guards found that the inmate had tried to hang herself with a bedsheet.", "hang"),
])
def test_a_hanging_is_a_killing(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "violence"


@pytest.mark.parametrize(("text", "word"), [
    ("Volunteers hung bunting along the high street before the parade.", "hung"),
    ("A portrait of the founder hangs in the hall.", "hangs"),
    ("Fog hung over the harbour all morning.", "hung"),
    ("The decision will hang on the vote of one councillor.", "hang"),
])
def test_hanging_a_thing_is_no_event(text: str, word: str) -> None:
    assert word not in _kinds(text)
