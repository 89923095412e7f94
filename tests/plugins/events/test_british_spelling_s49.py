"""Session 49 (issue #10): a trigger in British spelling is the trigger ("cancelled",
"travelled", "penalised", "hospitalised" were no event at all), and a court that voids a
contract or an election decides, as one that annuls it does. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The ministry cancelled the tender on Monday after a complaint.", "cancelled", "decision"),
    ("About 300 fans travelled to the final in Lisbon.", "travelled", "movement"),
    ("The regulator penalised the lender for late reporting last week.", "penalised", "legal"),
    ("Two guards were hospitalised after the riot on Sunday.", "hospitalised", "health"),
])
def test_a_british_form_is_its_trigger(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


def test_a_court_that_voids_decides() -> None:
    assert _kinds("The appeals court voided the mayor's contract with the builder.").get("voided") == "decision"


def test_void_as_an_adjective_is_no_decision() -> None:
    assert "void" not in _kinds("Lawyers say the deal is null and void.")


@pytest.mark.parametrize("text", [
    "The court on Wednesday declared void the 25-year lease of the port.",
    "A labour judge declared illegal the strike called by the dockers.",
])
def test_declaring_a_contract_void_or_a_strike_illegal_decides(text: str) -> None:
    assert _kinds(text).get("declared") == "decision"
