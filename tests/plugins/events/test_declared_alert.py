"""A body *declares* a state of alert as it declares a state of emergency: "declared a
critical incident", "declared an amber alert", "declared a drought" is a decision, the act
the news tells (and the declaration it names is the same act). "Declared" of anything
else (declared his income, declared the meeting open) is no such act. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "The regional health board declared a major incident on Friday as emergency wards filled.",
    "The national grid operator has declared an amber alert after two plants tripped.",
    "The state government declared a drought across 14 districts on Monday.",
])
def test_declaring_an_alert_is_a_decision(text: str) -> None:
    assert _kinds(text).get("declared") == "decision"


def test_declaring_anything_else_is_no_decision() -> None:
    assert _kinds("The senator declared his shares in the bank last year.").get("declared") != "decision"
