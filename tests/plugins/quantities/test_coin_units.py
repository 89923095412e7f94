"""Issue #10: a coin's code and its name are one unit (``97,600 ETH`` / ``about 98,000
ether``), as ``BTC`` / ``bitcoin`` were: a sum in a coin is a sum, not a count of things
called ``ethers``. Sentences from fund, payments and court news, not the story sets."""

from __future__ import annotations

import pytest

from newskit_quantities import find_quantities


def units(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund sold 1,200 ether and bought 40 bitcoin.", [("1,200 ether", "ETH"), ("40 bitcoin", "BTC")]),
    ("The court froze 3,100 ETH held by the founder.", [("3,100 ETH", "ETH")]),
    ("A payments firm settled 2 million USDT a day, or 2 million tether.",
     [("2 million USDT", "USDT"), ("2 million tether", "USDT")]),
    ("The wallet held 500,000 dogecoin.", [("500,000 dogecoin", "DOGE")]),
])
def test_a_coin_by_code_or_name_is_one_currency(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_ether_without_an_amount_is_no_sum() -> None:
    assert units("Surgeons once used ether, and 40 litres of ether were found.") == [("40 litres", "l")]
