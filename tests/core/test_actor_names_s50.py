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


@pytest.mark.parametrize("text", [
    "The dockers want a rise of SCR 4,500 a month, the union said.",
    "Police said he took MVR 46 million from the fund.",
])
def test_a_currency_code_before_a_sum_names_no_actor(text: str) -> None:
    assert _names(text) == [], _names(text)


def test_a_code_not_before_a_sum_still_names() -> None:
    assert "CAD" in _names("Officials of the CAD said on Monday the plan would go ahead.")


@pytest.mark.parametrize(("text", "body", "country"), [
    ("The Seychelles Ports Authority put the number at fewer than 250.", "Seychelles Ports Authority", "Seychelles"),
    ("A spokesman for the Maldives Police Service said two men were held.", "Maldives Police Service", "Maldives"),
    ("The Lithuanian Competition Council fined the chain on Monday.", "Lithuanian Competition Council", "Lithuania"),
])
def test_a_place_that_opens_a_body_name_is_the_body(text: str, body: str, country: str) -> None:
    got = [(a.text, a.kind, a.country) for a in find_actors(text)]
    assert (body, "organisation", country) in got, got


def test_a_place_before_another_name_stays_a_place() -> None:
    got = [(a.text, a.kind) for a in find_actors("Kenya Airways said on Monday that flights to Nairobi resumed.")]
    assert ("Kenya", "country") in got, got
