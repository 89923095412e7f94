"""Issue #14, session 35 (third round): a past tense that makes its object the subject's own
(``renewed``, ``repeated``, ``voiced``) before a stance noun (``calls``) is the verb, so the
speaker ends before it. Sentences written for these tests from harbour, orchard, rail and
school news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Environmental groups renewed calls for a national ban on the orchard spray.", "Environmental groups"),
        ("Farmers renewed calls for a new harbour wall.", "Farmers"),
        ("The Greens echoed calls for a public inquiry into the rail crash.", "The Greens"),
    ],
)
def test_a_verb_of_ones_own_object_ends_the_speaker(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The government ignored calls for an inquiry into the school fire.", []),
        ("The orchard owners ignored calls for a new fence.", []),
    ],
)
def test_other_verbs_keep_their_reading(text: str, speakers: list[str]) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == speakers, got


_SUBJECTS = ("Parents", "Harbour workers", "The teachers' union", "Local farmers")
_VERBS = ("renewed", "repeated", "voiced", "echoed")
_OBJECTS = ("a new bridge", "an inquiry into the quay", "more rail staff", "a review of school meals")


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_OBJECTS))
@settings(max_examples=40, deadline=None)
def test_the_speaker_never_ends_on_the_verb(subject: str, verb: str, obj: str) -> None:
    text = f"{subject} {verb} calls for {obj}."
    got = [spoken(text, q) for q in all_quotes(text)]
    assert all(not s.endswith(verb) for s in got), got
