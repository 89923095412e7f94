"""Firms, outlets and bodies named in their own language (issue #10, session 12): an
article or a generic head of another language opening the name (``El Comercio``, ``Grupo
Norte``), or a compound noun naming a body (``Stadtwerke``), is no person; persons whose
names open with a particle stay persons. Sentences written for these tests (energy,
football, ports, politics)."""

from __future__ import annotations

import pytest
from tests.plugins.persons.helpers import person_names


@pytest.mark.parametrize(("text", "thing"), [
    ("The Lima daily El Comercio reported that the contract had been signed in May.", "El Comercio"),
    ("Grupo Valdivia Energía said the plant would reopen next week.", "Grupo Valdivia"),
    ("Shares in Banco Meridional fell after the audit, said analyst Pedro Lima.", "Banco Meridional"),
    ("The Vienna weekly Die Presse reported the deal on Friday.", "Die Presse"),
    ("The utility Ostsee Stadtwerke raised prices for the third time this year.", "Ostsee Stadtwerke"),
    ("Fans of Rhein Fussballverein protested outside the ground.", "Rhein Fussballverein"),
])
def test_a_body_named_in_its_own_language_is_no_person(text: str, thing: str) -> None:
    names = person_names(text)
    assert not any(thing in n or n in thing for n in names), names


@pytest.mark.parametrize(("text", "person"), [
    ("Le Pen said the vote had been rigged.", "Le Pen"),
    ("Marine Le Pen said the vote had been rigged.", "Marine Le Pen"),
    ("Ursula von der Leyen said talks would continue.", "Ursula von der Leyen"),
    ("Defender Virgil van Dijk was injured.", "Virgil van Dijk"),
])
def test_a_person_whose_name_opens_with_a_particle_stays_a_person(text: str, person: str) -> None:
    assert person in person_names(text), person_names(text)


@pytest.mark.parametrize(("text", "thing"), [
    ("Shares of Mitsuwa Kaiun rose after the charter deal.", "Mitsuwa Kaiun"),
    ("The freighter is owned by Daito Kisen, based in Kobe.", "Daito Kisen"),
])
def test_a_firm_named_with_a_closing_head_of_its_language_is_no_person(text: str, thing: str) -> None:
    names = person_names(text)
    assert not any(thing in n or n in thing for n in names), names
