"""Session 12 (issue #10): a relative aside between a subject and its cue may hold a list
of names (``..., which runs depots in Hull, Leeds and York, said``): the list's commas end
no aside, and the subject before it speaks, not the last names of the list. Sentences written for these
tests (buses, schools, ports)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import reported_with_speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Coastal Bus Company, which runs depots in Hull, Leeds and York, said the strike would end on Monday.",
     "Coastal Bus Company"),
    ("The Midland Teachers Association, which has members in Derby, Nottingham, Leicester and Lincoln, said "
     "the heating had failed twice.", "Midland Teachers Association"),
    ("The Nordic Ferry Line, which sails to Oslo, Bergen or Stavanger, said the berth was safe.",
     "Nordic Ferry Line"),
])
def test_a_relative_aside_holding_a_list_keeps_the_subject_before_it(text: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert got and all(s is not None and speaker in s for _, s in got), got

