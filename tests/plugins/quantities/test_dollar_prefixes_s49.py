"""Session 49 (issue #10): the dollars of smaller states written with their letters before
the sign ("B$38 million" in Brunei, "WS$40" in Samoa, as "SI$850,000" in the Solomon
Islands and "G$2 billion" in Guyana already were) are those states' currencies; "B$" was no
amount's currency at all, so outlets' B$ figures were never compared. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newskit import Article, QuantityMention, analyze


def _amounts(text: str) -> list[tuple[str, str | None]]:
    a = analyze(Article.from_dict({"id": "d", "text": text, "published": "2026-06-02"}))
    return [(q.text, q.unit) for q in a.mentions if isinstance(q, QuantityMention)]


@pytest.mark.parametrize(("text", "amount", "code"), [
    ("The carrier owed lessors B$38 million when it stopped flying.", "B$38 million", "BND"),
    ("The official is accused of taking SI$850,000 in bribes.", "SI$850,000", "SBD"),
    ("The budget sets aside G$2 billion for roads.", "G$2 billion", "GYD"),
    ("A taxi ride costs WS$40 in Apia.", "WS$40", "WST"),
    ("Cane cutters earn about FJ$300 a week.", "about FJ$300", "FJD"),
])
def test_a_small_state_s_dollar_is_its_currency(text: str, amount: str, code: str) -> None:
    assert (amount, code) in _amounts(text), _amounts(text)


def test_the_plain_dollar_and_others_stay() -> None:
    assert _amounts("Fares rose to $40 and S$55.") == [("$40", "USD"), ("S$55", "SGD")]
