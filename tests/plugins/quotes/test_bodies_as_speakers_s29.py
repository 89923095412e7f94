"""Session 29 (lead): a body named by the common noun ``body`` speaks as any organisation
does (``the sport's governing body said``, ``an industry body, the X, said``), while a
body that is a corpse stays in the reported clause. Sentences written for these tests;
none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The sport's governing body said the ban would stand.", "the ban would stand", "The sport's governing body"),
        ("An industry body, the Road Haulage Association, said the new tolls would cost members millions.",
         "the new tolls would cost members millions", "Road Haulage Association"),
        ("Rowing's world body said the regatta would go ahead.", "the regatta would go ahead", "Rowing's world body"),
    ],
)
def test_a_body_speaks(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The body of a man was found on Sunday, police said.", "The body of a man was found on Sunday", "police"),
        ("The bodies were recovered from the river, the coastguard said.",
         "The bodies were recovered from the river", "the coastguard"),
    ],
)
def test_a_body_found_is_what_is_reported(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]
