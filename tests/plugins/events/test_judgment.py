"""Session 42 (issue #10): a court's judgment is its ruling, a legal act like the verdict
or the ruling another outlet reports; the faculty ("poor judgment", "in my judgment") and
"a judgment call" are none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The appeal court handed down its judgment on Thursday.", "judgment"),
    ("Farmers cheered outside as the judgement was read.", "judgement"),
    ("In a unanimous judgment, the panel struck down the levy.", "judgment"),
    ("The tribunal's written judgment runs to 80 pages.", "judgment"),
])
def test_a_courts_judgment_is_a_legal_act(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "legal"


@pytest.mark.parametrize(("text", "word"), [
    ("Critics said the coach had shown poor judgment.", "judgment"),
    ("In my judgement, the scheme will fail.", "judgement"),
    ("Leaving the keeper on the bench was a judgment call.", "judgment"),
])
def test_judgment_as_a_faculty_or_a_call_is_no_event(text: str, word: str) -> None:
    assert word not in _kinds(text)
