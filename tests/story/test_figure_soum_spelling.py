"""The Uzbek som as the English-language press of the region writes it: ``soum``, ``soums``,
``so'ms``, ``Uzbek soums`` (the quantities plugin's ``units.json``). The table held only
``so'm`` and ``Uzbek som``, so ``31 billion soums`` was a count of soums: no money, never
compared with a wire's dollar sum nor with another outlet's sum in soums. Invented
sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit_quantities import find_quantities
from tests.story.helpers import labelled_amounts


def _read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[q.start:q.end], Decimal(str(q.value)), q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "amount", "value"), [
    ("The competition committee fined the bottler 12.5 billion soums on Monday.", "12.5 billion soums",
     12_500_000_000),
    ("Cotton pickers will be paid 1,200 soums per kilogram this season.", "1,200 soums", 1_200),
    ("Growers are to receive 2 million Uzbek soums per hectare left fallow.", "2 million Uzbek soums", 2_000_000),
    ("A return ticket to Nukus now costs 95,000 so'ms.", "95,000 so'ms", 95_000),
])
def test_the_soum_is_the_uzbek_currency(text: str, amount: str, value: int) -> None:
    assert (amount, Decimal(value), "UZS") in _read(text)


def test_a_fine_in_soums_and_in_dollars_is_one_sum(pipeline: Pipeline) -> None:
    """A Tashkent paper's ``27 billion soums`` and a wire's ``about $2.1 million``: one fine at
    the som's rate (was no finding: the soums were no money)."""
    found = labelled_amounts(
        pipeline,
        "The antimonopoly committee in Tashkent fined the cement maker 27 billion soums on Tuesday "
        "for fixing prices, the committee said.",
        "Uzbekistan's competition watchdog fined the cement maker about $2.1 million for fixing prices.",
        stamp="2025-05-0{n}",
    )
    assert ("consistent", {"27 billion soums", "about $2.1 million"}) in found


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["soums", "Uzbek soums", "soum"]))
def test_any_sum_in_soums_is_money(n: int, word: str) -> None:
    text = f"The farm was paid {n:,} {word} for the harvest."
    assert (f"{n:,} {word}", Decimal(n), "UZS") in _read(text)
