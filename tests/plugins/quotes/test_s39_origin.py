"""Session 39 (issues #10, #14): a place of origin set off by commas between a name and a
relative aside (``John Carney, 52, from Bootle, who was at the top, said``) is an
apposition: the person speaks, never the place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import one, speaker_text


@pytest.mark.parametrize("subject", [
    "Mara Quinlan, 41, from Ardrossan, who was on the upper deck,",
    "Mara Quinlan, from Ardrossan, who was on the upper deck,",
])
def test_a_place_of_origin_before_a_relative_aside_never_speaks(subject: str) -> None:
    t = f"{subject} said the ferry had listed for an hour."
    q = one(t, ("Mara Quinlan", "Mara Quinlan"), direct=False)
    assert q.speaker == "Mara Quinlan" and speaker_text(t, q) == "Mara Quinlan"


def test_a_group_from_a_place_still_speaks_as_the_group() -> None:
    t = "Passengers from Ardrossan, who were on the upper deck, said the ferry had listed for an hour."
    q = one(t, direct=False)
    assert q.speaker is not None and q.speaker.lower() == "passengers"
