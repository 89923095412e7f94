"""Session 51: the short signs the press of the Gulf and of West Africa writes before a sum
("SR 11 billion", "BD 2 million", "KD 40,000", "RO 1,200", "QR 75", "JD 50", "Dhs 500",
"NLe 3,000") are currencies (``units.json`` ``currency_symbols``): their sums were read
without one, so two outlets' amounts in riyals or dinars were never compared. Texts invented."""

from __future__ import annotations

import pytest

from newskit_quantities import find_quantities


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("The ministry put the cost at SR 11 billion on Sunday.", "SR 11 billion", "SAR"),
    ("The refinery upgrade will cost BD 2 million.", "BD 2 million", "BHD"),
    ("Each family will receive KD 40,000 in compensation.", "KD 40,000", "KWD"),
    ("Monthly rents rose to RO 1,200 in Muscat.", "RO 1,200", "OMR"),
    ("A ticket costs QR 75 at the gate.", "QR 75", "QAR"),
    ("Fines start at JD 50.", "JD 50", "JOD"),
    ("Rooms cost Dhs 500 a night.", "Dhs 500", "AED"),
    ("Fares rose to NLe 3,000 on Monday.", "NLe 3,000", "SLE"),
])
def test_a_short_sign_before_a_sum_is_its_currency(text: str, amount: str, unit: str) -> None:
    found = [(text[q.start:q.end], q.unit) for q in find_quantities(text)]
    assert (amount, unit) in found, found


@pytest.mark.parametrize("text", ["Le Mans is a 24-hour race.", "Scan the QR code at the gate.",
                                  "The BD team met on Monday."])
def test_the_same_letters_before_no_sum_are_no_currency(text: str) -> None:
    assert all(q.unit not in {"SLE", "QAR", "BHD"} for q in find_quantities(text))
