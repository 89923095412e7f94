"""Issue #14, session 7: stances in the progressive and in the present after a singular
subject (sentences written for these tests: local, business, sport news)."""

from __future__ import annotations

import pytest

from .helpers import reported_with_speakers as found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The housing charity is calling for a rent freeze until the repairs are done.",
         "a rent freeze until the repairs are done", "The housing charity"),
        ("The drivers were refusing to work on public holidays.", "to work on public holidays", "The drivers"),
        ("The airline is still hoping to resume flights to the island in June.",
         "to resume flights to the island in June", "The airline"),
    ],
)
def test_a_progressive_stance_is_no_passive(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The company refuses to reveal how much it paid for the site.", "to reveal how much it paid for the site",
         "The company"),
        ("The council plans to close two swimming pools next year.", "to close two swimming pools next year",
         "The council"),
        ("The federation threatens to ban the club from European games.", "to ban the club from European games",
         "The federation"),
    ],
)
def test_an_s_form_of_intention_after_a_singular_subject_is_a_verb(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council's plans for two swimming pools drew 300 letters.",  # (an intention noun: session 9)
        "The new bridge was being built to replace the old ferry.",
        "Their hopes to reach the final ended in the rain.",
    ],
)
def test_nouns_and_passives_stay_no_stance(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb right after the head of the subject ends the phrase ("The council voted")
        ("The council voted to close the depot, saying that the repairs would cost too much.", "The council"),
        ("The nurses wrote to the hospital board, saying that the night shifts were unsafe.", "The nurses"),
    ],
)
def test_a_participle_report_takes_the_main_subject(text: str, speaker: str) -> None:
    got = found(text)
    assert any(s == speaker and "saying" not in c for c, s in got), got


def test_a_stance_ends_before_a_report_after_its_comma() -> None:
    # the stance's clause ran over the report after "aside from" and was dropped as nested
    text = "The coach refuses to discuss his team, aside from saying that two players were still injured."
    got = found(text)
    assert ("to discuss his team", "The coach") in got, got
    assert ("two players were still injured", "The coach") in got, got
