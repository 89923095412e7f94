"""A bill, a motion or a law that *passes* or *clears* a chamber is told with the text as
the subject ("the bill cleared the upper house 41 votes to 30", "the motion passed with 210
votes"): the same passage as "parliament passed the bill", a decision. "Clear" after
anything else (police cleared a camp, a court cleared a man) is no passage. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("The housing bill cleared the Senate 41 votes to 30 on Thursday night.", "cleared"),
    ("The Coastal Protection Bill cleared its second reading on Tuesday.", "cleared"),
    ("The motion passed with 210 votes in favour and 88 against.", "passed"),
    ("The budget passed late on Friday after a nine-hour debate.", "passed"),
])
def test_a_bill_that_passes_or_clears_is_a_decision(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "decision"


@pytest.mark.parametrize(("text", "word"), [
    ("Police cleared the protest camp outside the ministry on Sunday.", "cleared"),
    ("Snowploughs cleared the main roads by mid-morning.", "cleared"),
])
def test_clear_of_anything_else_is_no_decision(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "decision"
