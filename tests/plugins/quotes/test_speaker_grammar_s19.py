"""Issue #14, session 19: structures of long multi-speaker articles - a negated subject
opening a reported clause (``said no one was hurt``, ``said nothing had changed``).
Sentences written for these tests from bakery, railway, cheese-making, fireworks,
glass-blowing and bell-ringing news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import indirect_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Railway police said no one was hurt when the freight train left the rails.",
         "no one was hurt when the freight train left the rails", "Railway police"),
        ("The bakery's owner said no bread would be sold until the oven was repaired.",
         "no bread would be sold until the oven was repaired", "The bakery's owner"),
        ("He said nothing had changed since the cheese was first made in 1820.",
         "nothing had changed since the cheese was first made in 1820", "He"),
        ("The organisers told reporters no fireworks would be lit if the wind picked up.",
         "no fireworks would be lit if the wind picked up", "The organisers"),
        ("In the village of Wickham, bell-ringers said no practice had been missed in 40 years.",
         "no practice had been missed in 40 years", "bell-ringers"),
    ],
)
def test_a_negated_subject_opens_the_reported_clause(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The glass-blower said no to the offer from the museum.",
        "The station master said nothing about the delays.",
        "Asked whether the bells would ring again, the vicar said no.",
    ],
)
def test_no_as_an_answer_or_an_object_reports_no_clause(text: str) -> None:
    assert indirect_quotes(text) == []


_NOUNS = ("one", "train", "cheese", "decision", "rocket", "loaf", "bell")
_VERBS = ("was damaged", "had been sold", "would be moved", "has arrived", "will be lost")


@given(st.sampled_from(_NOUNS), st.sampled_from(_VERBS))
def test_said_no_and_a_finite_clause_is_always_a_report(noun: str, verb: str) -> None:
    text = f"The stationmaster said no {noun} {verb} before the end of the month."
    assert reported_with_speakers(text) == [(f"no {noun} {verb} before the end of the month", "The stationmaster")]
