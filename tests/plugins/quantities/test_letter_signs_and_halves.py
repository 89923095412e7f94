"""Session 30: sums and lengths the quantities plugin read in pieces or not at all.

* the letter signs of the Philippine and Zambian press and of Nigerian papers (``P5
  million``, ``K40 million``, ``N5 billion``) were a bare "million"; like the rand's ``R``
  they are a sum only before a scale word or a thousands separator (``the P5 members``, the
  mountain ``K2`` are no sums);
* Indian sums in lakhs of crores (``Rs 1.5 lakh crore``) were ``Rs 1.5 lakh`` and a stray
  crore, and the headline ``cr`` (``Rs 18,000cr``) was left off;
* a unit and a fraction after it (``a mile and a half``) was ``a mile`` and a bare half.

Sentences written for these tests (a clinic, a copper mine, a bridge, a highway budget, a
river rescue, a ferry's course)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quantities import find_quantities


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The town council approved P5 million for the new clinic.", ("P5 million", 5_000_000, "PHP")),
    ("The agency fined the copper mine K40 million on Tuesday.", ("K40 million", 40_000_000, "ZMW")),
    ("The state will spend N5 billion on the bridge, the governor said.", ("N5 billion", 5_000_000_000, "NGN")),
    ("Each barangay received P250,000 for flood repairs.", ("P250,000", 250_000, "PHP")),
    ("The provincial board set aside Php12 million for school buses.", ("Php12 million", 12_000_000, "PHP")),
])
def test_a_letter_sign_before_a_sum(text: str, expected: tuple[str, int, str]) -> None:
    assert read(text)[0] == (expected[0], Decimal(expected[1]), expected[2])


@pytest.mark.parametrize("text", [
    "The P5 members met behind closed doors on Monday.",
    "Climbers turned back below the summit of K2 last week.",
    "Nurses asked for more N95 masks at the ward.",
    "The K9 unit searched the terminal.",
])
def test_a_letter_before_a_bare_number_is_no_sum(text: str) -> None:
    assert all(unit not in ("PHP", "ZMW", "NGN") for _, _, unit in read(text))


def test_a_sum_in_lakhs_of_crores() -> None:
    assert read("The highway plan will cost Rs 1.5 lakh crore over five years.") == [
        ("Rs 1.5 lakh crore", Decimal(1_500_000_000_000), "INR")]


def test_the_headline_abbreviation_of_crore() -> None:
    assert read("The metro line will cost Rs 18,000cr, the minister said.")[0] == \
        ("Rs 18,000cr", Decimal(180_000_000_000), "INR")
    assert read("The fund will raise ₹500 cr this year.")[0] == ("₹500 cr", Decimal(5_000_000_000), "INR")


def test_cr_after_a_bare_number_is_no_scale() -> None:
    """Without a currency, ``cr`` is no crore (a course's credits, a code)."""
    assert all(v < 1_000_000 for _, v, _ in read("Students need 120 cr to graduate."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The current swept the swimmer a mile and a half down the river.", ("a mile and a half", "1.5", "mile")),
    ("The ferry turned back two miles and a half from the harbour.", ("two miles and a half", "2.5", "mile")),
    ("The queue stretched a kilometre and a half.", ("a kilometre and a half", "1.5", "km")),
    ("The slick was a mile and a quarter wide, the coastguard said.", ("a mile and a quarter", "1.25", "mile")),
])
def test_a_unit_and_a_fraction_after_it(text: str, expected: tuple[str, str, str]) -> None:
    assert read(text)[0] == (expected[0], Decimal(expected[1]), expected[2])


def test_a_fraction_before_a_noun_is_not_the_unit_s() -> None:
    """``10 km and a half marathon``: the half measures the marathon."""
    got = read("She ran 10 km and a half marathon in one week.")
    assert got[0] == ("10 km", Decimal(10), "km")


def test_a_share_takes_no_fraction() -> None:
    got = read("Turnout was 40 percent and a half of the voters stayed home.")
    assert got[0][1] == Decimal(40)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["P", "K", "N"]),
       st.sampled_from(["million", "billion"]))
def test_letter_sign_round_trip(n: int, sign: str, scale: str) -> None:
    """Any whole number of millions or billions after one of the new letter signs reads
    back as that sum in that sign's currency."""
    factor = 10**6 if scale == "million" else 10**9
    code = {"P": "PHP", "K": "ZMW", "N": "NGN"}[sign]
    assert read(f"The ministry will spend {sign}{n} {scale} on the project.") == [
        (f"{sign}{n} {scale}", Decimal(n * factor), code)]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=30), st.sampled_from(["miles", "kilometres", "metres", "feet"]),
       st.sampled_from([("half", Decimal("0.5")), ("quarter", Decimal("0.25"))]))
def test_unit_and_fraction_round_trip(n: int, unit: str, frac: tuple[str, Decimal]) -> None:
    """``N units and a half`` (a quarter) is N.5 (N.25) of the unit, at the end of a clause."""
    got = read(f"The crew moved the barrier {n} {unit} and a {frac[0]}, police said.")
    assert got[0][0] == f"{n} {unit} and a {frac[0]}"
    assert got[0][1] == n + frac[1]
