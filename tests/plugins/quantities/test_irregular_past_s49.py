"""Session 49 (issue #10): an irregular past form after a bare number is the clause's verb,
never the counted noun ("20,000 took part" was a count of "tooks" in a story's report), as a
regular -ed form already was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, QuantityMention, analyze


def _units(text: str) -> list[tuple[str, str | None]]:
    a = analyze(Article.from_dict({"id": "q", "text": text, "published": "2026-03-02"}))
    return [(q.text, q.unit) for q in a.mentions if isinstance(q, QuantityMention)]


@pytest.mark.parametrize(("text", "amount"), [
    ("Organisers say 20,000 took part in the march.", "20,000"),
    ("About 500 went missing after the storm.", "About 500"),
    ("Some 300 fled across the river overnight.", "Some 300"),
])
def test_an_irregular_past_is_no_counted_noun(text: str, amount: str) -> None:
    assert (amount, None) in _units(text), _units(text)


def test_a_counted_noun_and_a_currency_stay() -> None:
    assert _units("Farmers lost 300 sheep and paid 5,000 won.") == [("300", "sheep"), ("5,000 won", "KRW")]
