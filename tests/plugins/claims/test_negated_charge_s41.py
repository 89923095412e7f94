"""Session 41 (issue #10): a charge's own word negated in reported content (``it paid no
bribes``, ``he had never falsified the accounts``, ``she did not take kickbacks``) answers
the charge, so the claim denies; it no longer alleges because the word is a charge's. A
charge word after a verb that is no doing of it (``has not ended extortion``) or negated
far from it keeps its reading; a vow to contest a charge (``would vigorously contest the
charges``, ``vowed to clear her name``) denies it too. Invented sentences from other kinds of news."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


def _bare(source: str | None) -> str:
    """A source without its article (``the builder`` and ``builder`` are one description)."""
    return (source or "").removeprefix("the ")


@pytest.mark.parametrize(("text", "denier"), [
    ("Prosecutors accused the builder of bribing officials. The builder said it paid no bribes.", "builder"),
    ("Auditors accused the treasurer of fraud. The treasurer said he had never falsified the accounts.",
     "treasurer"),
    ("The council accused the contractor of taking kickbacks. The contractor said it did not take kickbacks.",
     "contractor"),
    ("Rivals accused the club of tampering with the pitch. The club said it hadn't tampered with anything.",
     "club"),
])
def test_a_negated_charge_word_denies(pipeline: Pipeline, text: str, denier: str) -> None:
    stances = {_bare(c.source): c.stance for c in claims_of(pipeline, text)}
    assert stances.get(denier) == "denies", stances


@pytest.mark.parametrize(("text", "source", "stance"), [
    ("Critics said the curfew has not ended extortion in the port.", "critics", "asserts"),
    ("The union said the mayor took bribes from the developer.", "union", "alleges"),
    ("Investigators said there was no doubt the firm paid bribes.", "investigators", "alleges"),
])
def test_a_charge_word_not_negated_keeps_its_reading(pipeline: Pipeline, text: str, source: str, stance: str) -> None:
    stances = {_bare(c.source): c.stance for c in claims_of(pipeline, text)}
    assert stances.get(source) == stance, stances


@pytest.mark.parametrize("text", [
    "The shipyard said the hull was sound. Unions accused the shipyard of cutting corners, "
    "which the shipyard denied.",
    "The hull was sound, the shipyard said. The shipyard denied cutting corners.",
])
def test_one_description_is_one_source_wherever_it_is_read(pipeline: Pipeline, text: str) -> None:
    """A description read as a quote's speaker and one read as a clause's subject are
    named alike, without their article (session 41)."""
    sources = {c.source for c in claims_of(pipeline, text) if "shipyard" in (c.source or "")}
    assert sources == {"shipyard"}, sources


@pytest.mark.parametrize(("text", "denier"), [
    ("Prosecutors charged the treasurer with fraud. The treasurer said he would vigorously contest the charges.",
     "treasurer"),
    ("Regulators accused the airline of hiding faults. The airline said it would fight the allegations.", "airline"),
    ("Auditors accused the mayor of fraud. The mayor vowed to clear her name.", "mayor"),
    ("Police accused the coach of assault. The coach said he would defend himself against the accusations.",
     "coach"),
])
def test_a_vow_to_contest_a_charge_denies(pipeline: Pipeline, text: str, denier: str) -> None:
    stances = {_bare(c.source): c.stance for c in claims_of(pipeline, text)}
    assert stances.get(denier) == "denies", stances


@pytest.mark.parametrize(("text", "source"), [
    ("The union said it would fight the pay cuts.", "union"),
    ("The mayor said she would contest the election.", "mayor"),
])
def test_a_vow_to_contest_no_charge_asserts(pipeline: Pipeline, text: str, source: str) -> None:
    stances = {_bare(c.source): c.stance for c in claims_of(pipeline, text)}
    assert stances.get(source) == "asserts", stances
