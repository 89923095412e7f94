"""Session 50 (issue #10): letters or a name right before a currency's lower-case name say
whose money it is ("52 billion CFA francs", "the CFA franc zone") and name no actor; a
name before a verb that is also a currency's name elsewhere still names. Texts invented for
the tests."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors


def _names(text: str) -> list[str]:
    return [a.text for a in find_actors(text)]


@pytest.mark.parametrize(("text", "letters"), [
    ("Auditors said the agency owed 31 billion CFA francs in unpaid taxes.", "CFA"),
    ("Diesel will cost 820 CFA francs a litre from Monday.", "CFA"),
    ("Members of the CFA franc zone met on Tuesday.", "CFA"),
    ("The grant is worth 4 million XAF francs, the ministry said.", "XAF"),
])
def test_letters_before_a_currency_name_name_no_actor(text: str, letters: str) -> None:
    assert letters not in _names(text), _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Northgate Rovers won the final on Sunday.", "Northgate Rovers"),
    ("Kestrel Logistics pounds its rivals on price, analysts said.", "Kestrel Logistics"),
    ("The CFA said on Monday it would appeal.", "CFA"),
])
def test_a_name_before_another_word_still_names(text: str, name: str) -> None:
    assert name in _names(text), _names(text)
