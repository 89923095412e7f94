"""Session 13 (issue #10, helper pairs): a country and its government's body, and a body
named with the country's possessive or its people's adjective, are one party, so keeping
the place in a body's name never pairs a country with itself. Names invented for these
tests; ``Niger`` / ``Nigerian`` the gazetteer tells apart."""

from __future__ import annotations

import pytest

from newskit.story.contested import _same_party


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Marovia", "Marovia's interior ministry", True),
    ("Marovian interior ministry", "Marovia's interior ministry", True),
    ("Chinese foreign ministry", "China's foreign ministry", True),
    ("Russian Foreign Ministry", "Russia", True),
    ("Niger's foreign ministry", "Nigerian foreign ministry", False),
    ("Austria", "Australia's foreign ministry", False),
    ("Marovia", "Marovia Rail Company", False),
    ("Marovia", "Talvenia's interior ministry", False),
])
def test_a_country_and_its_governments_body_are_one_party(a: str, b: str, one: bool) -> None:
    assert _same_party(a, b) is one
