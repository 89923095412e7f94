"""Session 29 (lead): ``a quarter`` after a verb of change and ``by`` (``sales could fall
by a quarter``, ``up by a quarter``) is a share of what changed, no span of a quarter
(it was read as the duration P1Q); a span after another verb keeps its reading. Seen by
the dates helper of session 29 in three story sets; sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.plugins.dates.helpers import date_triples

JUNE = dt.date(2011, 6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Sales could fall by a quarter next year, the retailer warned.",
        "Wheat prices rose by a quarter after the harvest failed.",
        "Output is up by a quarter on the same month of 2010.",
        "The council's road budget was cut by a quarter.",
    ],
)
def test_a_quarter_of_what_changed_is_no_span(text: str) -> None:
    assert all(value != "P1Q" for _, _, value in date_triples(text, JUNE))


@pytest.mark.parametrize(
    "text",
    ["The launch was delayed by a quarter.", "The bridge loan runs for a quarter."],
)
def test_a_quarter_after_other_verbs_is_a_span(text: str) -> None:
    assert ("a quarter", "DURATION", "P1Q") in date_triples(text, JUNE)
