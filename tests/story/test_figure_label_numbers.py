"""Numbers that label a place, a line or a part are no figures of the story (session 57,
issue #10): a house number (``24 Marlowe Street``), a telephone number after a verb of
calling (``called 911``) and a part of a sequence named after a preposition (``signed in
week 12``). Found on real multi-outlet news (ECB+ sub-topics read by
``bench/ecb_figures.py``) and in the read sets, where they were compared as counts.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_syntax import is_label_number
from tests.story.helpers import amounts, figure_conflicts


def _q(text: str, amount: str, unit: str | None = None) -> QuantityMention:
    start = text.index(amount)
    return QuantityMention(start=start, end=start + len(amount), text=amount, value=int(amount), unit=unit)


@pytest.mark.parametrize(("text", "amount", "unit", "label"), [
    ("Police said the suspect lived at 24 Marlowe Street in the north of the town.", "24", None, True),
    ("The march ended outside 1600 Pennsylvania Avenue.", "1600", None, True),
    ("The shop at 7 Old Mill Road has closed for good.", "7", None, True),
    ("Flooding closed 24 streets in the old town.", "24", "street", False),
    ("A neighbour called 911 after hearing two shots.", "911", None, True),
    ("Residents were told to dial 999 only in an emergency.", "999", None, True),
    ("She said she rang 112 straight away.", "112", "straight", True),
    ("The prosecution called 12 witnesses over two days.", "12", "witness", False),
    ("The union called 400 workers out on strike.", "400", "worker", False),
    ("The rookie, who was signed in week 12, started on Sunday.", "12", None, True),
    ("By day 3 of the search, volunteers had joined.", "3", None, True),
    ("In the past week 12 people died in the floods.", "12", "person", False),
    ("Over the week 40 homes were searched.", "40", "home", False),
])
def test_a_number_that_labels_is_no_count(text: str, amount: str, unit: str | None, label: bool) -> None:
    assert is_label_number(text, _q(text, amount, unit)) is label


def test_house_and_telephone_numbers_told_by_two_outlets_are_no_differing_figures(pipeline: Pipeline) -> None:
    got = figure_conflicts(pipeline, (
        "A neighbour called 911 when the fire broke out at 24 Marlowe Street, police said.",
        "Neighbours dialled 999 as flames spread through 26 Marlowe Street, the fire service said.",
    ), "2025-06-0{n}T0{n}:00")
    assert not [amounts(f) for f in got if {"911", "999"} & amounts(f) or {"24", "26"} & amounts(f)], got


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aAcClLSsteywkdi ,0123456789", max_size=120), st.integers(1, 9999))
def test_label_number_never_fails_on_any_text(text: str, n: int) -> None:
    full = f"{text} {n} {text}"
    start = len(text) + 1
    q = QuantityMention(start=start, end=start + len(str(n)), text=str(n), value=n)
    assert is_label_number(full, q) in (True, False)
