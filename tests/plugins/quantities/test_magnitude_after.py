"""A magnitude written after its number, with or without a hyphen, after "the" too."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit_quantities.grammar import find_quantities


@pytest.mark.parametrize("text, value", [
    ("The 7.4-magnitude quake struck Hualien on April 3.", Decimal("7.4")),
    ("The 6.8 magnitude earthquake struck the Atlas mountains.", Decimal("6.8")),
    ("Rescuers reached the epicentre of the 6 magnitude quake.", 6),
    ("A magnitude-7.4 earthquake hit Taiwan.", Decimal("7.4")),
])
def test_magnitude_after_the(text: str, value: object) -> None:
    [q] = find_quantities(text)
    assert q.unit == "magnitude" and q.value == value


def test_a_number_naming_an_event_is_still_no_count() -> None:
    assert find_quantities("Survivors of the 921 earthquake gathered.") == []
