"""Issue #14, session 24: kinds of speaker error read on both the S24 check's read half and
PolNeAR dev's seen half. A subject whose head a participle phrase or a restrictive relative
clause modifies speaks, not the phrase inside the modifier (``Divers searching the wreck
said``, ``Guides who led the group said``). Sentences written for these tests from tram,
salt mine, flood barrier, glacier and observatory news; none is taken from a corpus or
from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Divers searching the flooded salt mine said the lower galleries were empty.",
         "the lower galleries were empty", "Divers"),
        ("Engineers inspecting the tram depot said two of the cranes had cracked.",
         "two of the cranes had cracked", "Engineers"),
        ("Rangers patrolling the glacier on Sunday said the crevasse had widened overnight.",
         "the crevasse had widened overnight", "Rangers"),
        ("Volunteers guarding the flood barrier near Kelso said the river was still rising.",
         "the river was still rising", "Volunteers"),
    ],
)
def test_a_participle_phrase_after_the_subject_leaves_the_subject_speaking(
        text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


def test_a_participle_phrase_inside_another_is_read_past() -> None:
    text = ("Climbers searching for a guide missing on the north face of the Eiger for two days said "
            "on Monday they had found his rope.")
    assert reported_with_speakers(text) == [("they had found his rope", "Climbers")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Astronomers who built the telescope said the mirror had warped.", "the mirror had warped",
         "Astronomers"),
        ("One of the docs who signed the letter said the clinic had been unsafe for weeks.",
         "the clinic had been unsafe for weeks", "One of the docs"),  # ``who`` tells a person
    ],
)
def test_a_restrictive_relative_clause_leaves_its_antecedent_speaking(
        text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a clause link opens the cue's own clause: its subject is the phrase after the link
        ("Locals ignored warnings that engineers said were urgent.", None, None),
        # the name after ``who`` is the subject of the cue inside the relative clause
        ("The driver who Okafor said had fallen asleep was charged.", None, None),
        # a noun in -ing is no participle: the compound speaks
        ("The tram company's training manager said the brakes were tested daily.",
         "the brakes were tested daily", "The tram company's training manager"),
        # an -ing word before a lower-case noun makes a compound, no participle phrase
        ("Staff at a Scottish boarding school said the river was still rising.",
         "the river was still rising", "Staff at a Scottish boarding school"),
        # the reported clause of an outer cue keeps its own subject
        ("The mayor said rangers patrolling the glacier had found the cabin empty.",
         "rangers patrolling the glacier had found the cabin empty", "The mayor"),
    ],
)
def test_no_modifier_is_read_where_another_clause_opens(text: str, content: str | None, speaker: str | None) -> None:
    found = reported_with_speakers(text)
    if content is None:
        assert all(sp not in ("Locals", "The driver") for _, sp in found)
    else:
        assert (content, speaker) in found


@given(st.sampled_from(["Divers", "Rangers", "Residents", "Nurses"]),
       st.sampled_from(["searching", "guarding", "living near", "working at"]),
       st.sampled_from(["the salt mine", "the observatory", "the old tram depot in Leith", "the flood barrier"]),
       st.sampled_from(["said", "told reporters", "warned"]))
def test_the_head_before_a_participle_speaks_whatever_the_participle_object(
        head: str, participle: str, place: str, cue: str) -> None:
    text = f"{head} {participle} {place} {cue} that the roof had partly collapsed."
    assert reported_with_speakers(text) == [("the roof had partly collapsed", head)]


def test_a_participle_with_a_reflexive_object_names_its_head() -> None:
    text = "A group calling itself Tramway Friends United says the depot will close in May."
    [(content, speaker)] = reported_with_speakers(text)
    assert content == "the depot will close in May"
    assert speaker is not None and "Tramway Friends United" in speaker
