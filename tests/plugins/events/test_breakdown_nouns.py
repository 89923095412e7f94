"""A machine or a system that breaks down, told by a noun: "an engine failure", "a glitch",
"an electrical fault" are happenings of the disaster class, as "a malfunction" and "an outage"
already were; and the same nouns where they tell of no happening (a failure to act, a
person's fault, a fault line, a failing organ). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The ferry drifted for six hours after an engine failure off Stornoway.", "failure"),
    ("A mechanical failure stopped the cable car halfway up the mountain on Sunday.", "failure"),
    ("Thousands of nurses went unpaid because of a glitch in the payroll system.", "glitch"),
    ("A software glitch grounded every flight out of Dunmore for three hours.", "glitch"),
    ("The reactor shut down automatically after an electrical fault in a cooling pump.", "fault"),
    ("Engineers said a fault like this had never been seen on the line before.", "fault"),
])
def test_a_breakdown_told_by_a_noun_is_a_happening(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "disaster"


@pytest.mark.parametrize(("text", "word"), [
    ("The inquiry criticised the council's failure to act on the warnings.", "failure"),
    ("The patient died of heart failure in hospital on Monday.", "failure"),
    ("The minister called the scheme a policy failure.", "failure"),
    ("It was not her fault, the coach told reporters.", "fault"),
    ("The town sits on a fault line that last moved in 1931.", "fault"),
    ("Investigators found no fault with the signalling equipment.", "fault"),
])
def test_the_same_nouns_elsewhere_are_no_breakdown(text: str, word: str) -> None:
    assert word not in _kinds(text)
