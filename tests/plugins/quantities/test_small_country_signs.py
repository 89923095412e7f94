"""Session 52: the one-letter signs of the loti (``M``, plural maloti), the lilangeni (``E``,
plural emalangeni) and the dalasi (``D``), and the Malawian kwacha's ``MK``, were no
currency: ``M8 million`` was read as a bare "million" (a count of one million), so one
outlet's sum in the local currency never met another's; and a price with its cents after a
one-letter sign (``M1.58 per unit``, ``P78.50 a litre``) was no sum at all. Such a sign is
a currency before a sum's shape: a scale word, or glued to the digits with a thousands
separator or with cents; a letter a space before a bare or grouped number is a label's
(``vitamin D 1,000 IU``), a letter glued to a bare number a name's (a car ``E16``). The
dollar signs of the Barbadian dollar (``BDS$``) and the Dominican peso (``RD$``) were read
as US dollars.
Sentences written for these tests (a water project, a sugar mill, a ferry, a maize
subsidy, a bus fare)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from tests.story.helpers import labelled_amounts

from newskit import Pipeline
from newskit_quantities import find_quantities


def read(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(text[f.start:f.end], Decimal(str(f.value)), f.unit) for f in find_quantities(text)]


def test_the_loti_lilangeni_and_dalasi_signs_before_a_scale_word() -> None:
    assert read("The water project in Maseru will cost M120 million, the ministry said.") == [
        ("M120 million", Decimal(120_000_000), "LSL")]
    assert read("Cane growers near Big Bend lost about E3.5 million to the frost.") == [
        ("about E3.5 million", Decimal(3_500_000), "SZL")]
    assert read("The new ferry at Banjul cost D60 million.") == [("D60 million", Decimal(60_000_000), "GMD")]


def test_the_malawian_kwacha_s_two_letter_sign() -> None:
    assert read("Lilongwe set aside MK9 billion for the maize subsidy.") == [
        ("MK9 billion", Decimal(9_000_000_000), "MWK")]


def test_the_dollar_signs_of_the_barbadian_dollar_and_the_dominican_peso() -> None:
    """``BDS$`` and ``RD$`` were read as a bare ``$``: US dollars."""
    assert read("The island's debt stands at BDS$9 billion.") == [("BDS$9 billion", Decimal(9_000_000_000), "BBD")]
    assert read("A bus ticket in Santiago rose to RD$35.") == [("RD$35", Decimal(35), "DOP")]


def test_a_price_with_its_cents_after_a_one_letter_sign() -> None:
    assert read("Passengers will pay M2.35 per trip from Monday.") == [("M2.35", Decimal("2.35"), "LSL")]
    assert read("Bread now costs P12.50 a loaf.")[0] == ("P12.50", Decimal("12.5"), "PHP")


def test_a_letter_before_a_number_that_is_no_sum() -> None:
    """A vitamin's dose, a car's model, a motorway, a label with a spaced grouped number."""
    assert all(unit != "GMD" for _, _, unit in read("Doctors advise vitamin D 1,000 IU a day."))
    assert read("The E16 was the best-selling car of the year.") == []
    assert read("Take the M4 towards the coast.") == []
    assert all(unit != "SZL" for _, _, unit in read("Block E 2,400 residents were moved."))


@given(st.sampled_from([("M", "LSL"), ("E", "SZL"), ("D", "GMD")]), st.integers(min_value=1, max_value=999))
def test_letter_sign_round_trip(sign: tuple[str, str], n: int) -> None:
    """Any whole number of millions after one of these signs reads back as that sum."""
    letter, code = sign
    assert read(f"The council approved {letter}{n} million for the clinic.") == [
        (f"{letter}{n} million", Decimal(n * 10**6), code)]


def test_two_outlets_sums_in_maloti_are_one_story_figure(pipeline: Pipeline) -> None:
    """A severance offer raised after talks, told by two papers: the two sums are one
    measure's figures, not a count of one million each."""
    found = labelled_amounts(
        pipeline,
        "The mill's owners offered workers severance of M6 million on Friday, the union said.",
        "After talks on Monday the owners raised the severance offer to M7.5 million, the union said.",
    )
    assert any({"M6 million", "M7.5 million"} <= amounts for _, amounts in found)
