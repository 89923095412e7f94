"""Session 40 (issue #10): a charge dismissed as having no basis, with one modifier between
(``without any technical basis``, ``no legal foundation``), or called political (``a
political campaign``), is denied; a charge called something else is not, and a basis
denied outside a charge is no denial; only a call cue makes
"political" a dismissal (``the inquiry was a political attack`` argues, it denies no charge). Invented sentences from other kinds of news."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "denier"), [
    ('Residents accused the quarry of cracking their walls. The quarry called the claim "without any '
     'technical basis" and said its blasting was monitored.', "quarry"),
    ("Unions accused the firm of cutting pay. The firm said the allegations had no legal basis.",
     "firm"),
    ('Activists accused the minister of favouring a developer. Government spokesman Ivo Marek called the accusations '
     '"a political campaign" and said the law applied to all.', "Ivo Marek"),
    ("Critics accused the mayor of hiding the audit. The mayor called the charges purely political.", "mayor"),
])
def test_a_charge_dismissed_as_baseless_or_political_is_denied(pipeline: Pipeline, text: str, denier: str) -> None:
    denials = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert denier in denials, denials


@pytest.mark.parametrize("text", [
    "Critics accused the mayor of hiding the audit. The mayor called the charges serious and promised answers.",
    "The court said the ruling gave no legal basis for the strike.",
    "The minister called the plan a basis for talks.",
    "Supporters of the mayor said the inquiry was a political attack.",
])
def test_other_words_about_a_charge_or_a_basis_are_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in claims_of(pipeline, text) if c.stance == "denies"]
