"""Issue #10, units a figure is told in. A coin's code and its name are one unit (``97,600 ETH`` / ``about 98,000
ether``), as ``BTC`` / ``bitcoin`` were: a sum in a coin is a sum, not a count of things
called ``ethers``; a concentration (``290 micrograms per cubic metre``) is a reading in its
unit, not a count of ``micrograms``. Sentences from fund, payments, court, water and racing
news, not the story sets."""

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


@pytest.mark.parametrize(("text", "expected"), [
    ("Tap water in the estate held 15 micrograms per litre of lead.", [("15 micrograms per litre", "µg/l")]),
    ("Ozone peaked at 240 micrograms per cubic meter in the afternoon.", [("240 micrograms per cubic meter", "µg/m3")]),
    ("The jockey's sample held 3.1 nanograms per millilitre of the sedative.",
     [("3.1 nanograms per millilitre", "ng/ml")]),
    ("Inspectors found 40 micrograms of the toxin.", [("40 micrograms", "µg")]),
])
def test_a_concentration_reads_with_its_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected
