"""Session 23: currencies written with a letter sign before the number (``R12 billion``
for rands, ``KSh 40 million`` for Kenyan shillings, ``Tk 250 crore`` for taka, ``Rp`` for
rupiah, ``RM`` for ringgit) were unread or misread (``R12 billion`` was a bare "billion"),
so two outlets' sums of a South African, Kenyan or Bangladeshi story never met. A sign of
one letter is a currency only before a number written as a sum (a scale word or a thousands
separator): ``the R35`` and ``R2`` are names of roads and things. Sentences written for
these tests (a power utility, a county budget, a garment factory, a palm-oil fine)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newskit_quantities import find_quantities


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


def test_rand_with_a_scale_word_is_a_sum() -> None:
    got = read("The utility said the repairs would cost R12 billion, its chief executive said.")
    assert got == [("R12 billion", Decimal(12_000_000_000), "ZAR")]


def test_rand_with_a_glued_scale_or_thousands_is_a_sum() -> None:
    assert read("Eskom lost R1.2bn in the quarter.")[0] == ("R1.2bn", Decimal(1_200_000_000), "ZAR")
    assert read("Each household was paid R2,500 in relief.")[0] == ("R2,500", Decimal(2500), "ZAR")


def test_spaced_shilling_and_taka_signs() -> None:
    assert read("The county assembly set aside KSh 40 million for clinics.") == [
        ("KSh 40 million", Decimal(40_000_000), "KES")]
    assert read("Losses at the garment factory reached Tk 250 crore, the owners said.") == [
        ("Tk 250 crore", Decimal(2_500_000_000), "BDT")]
    assert read("The plantation was fined RM50 million.") == [("RM50 million", Decimal(50_000_000), "MYR")]


def test_a_letter_before_a_bare_number_is_a_name() -> None:
    """A road, a droid, a school grade: no rand."""
    assert read("Traffic on the R35 was halted after the crash.") == []
    assert all(unit != "ZAR" for _, _, unit in read("Pupils in Grade R 5 were sent home early."))


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_rand_round_trip(n: int, scale: str) -> None:
    """Any whole number of millions or billions of rand reads back as that sum."""
    factor = 10**6 if scale == "million" else 10**9
    assert read(f"The company will invest R{n} {scale} in the mine.") == [
        (f"R{n} {scale}", Decimal(n * factor), "ZAR")]


def test_a_currency_named_with_its_country_s_adjective() -> None:
    """Session 27: ``14.5 billion Danish crowns``, ``12 billion Ugandan shillings``, ``300
    Tunisian dinars`` were counts of crowns, shillings and dinars; the adjective names the
    currency (a bare ``crowns`` stays the koruna, a bare ``dinars`` the Iraqi dinar, for
    the story to read by its place)."""
    assert read("The drugmaker has spent about 14.5 billion Danish crowns on the trial.")[0][1:] == \
        (Decimal(14_500_000_000), "DKK")
    assert read("The dam will cost 12 billion Ugandan shillings.")[0][1:] == (Decimal(12_000_000_000), "UGX")
    assert read("Each student pays 300 Tunisian dinars a year.")[0][1:] == (Decimal(300), "TND")
    assert read("Tickets cost 900 crowns.")[0][1:] == (Decimal(900), "CZK")


def test_the_shilling_s_short_sign() -> None:
    """``Sh12.9 million``, ``Sh48,000`` (East African papers' sign for the shilling)."""
    assert read("The athlete earns a bonus of about Sh12.9 million.") == [
        ("about Sh12.9 million", Decimal(12_900_000), "KES")]
    assert read("Fees rose to Sh48,000 a year.")[0] == ("Sh48,000", Decimal(48_000), "KES")
    assert all(unit != "KES" for _, _, unit in read("The Shah 12 is a model."))
