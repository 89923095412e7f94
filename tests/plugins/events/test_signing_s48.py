"""Session 48 (issue #10): "the signing ceremony" and "the signing of the accord" tell the
signing (a deal's central word in three outlets: "spoke at the signing ceremony"); "a book
signing" tells no agreement. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize("text", [
    "Ministers from both countries spoke at the signing ceremony in Dili.",
    "The signing of the water accord was delayed by a week.",
])
def test_the_signing_of_a_deal_is_an_agreement(text: str) -> None:
    assert _kinds(text).get("signing") == "agreement"


def test_a_signing_of_books_is_none() -> None:
    assert "signing" not in _kinds("Hundreds of fans queued for a book signing at the store.")
