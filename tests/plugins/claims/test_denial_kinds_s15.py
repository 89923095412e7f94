"""Session 15 (issue #10): denials and accusers read in shapes the sets R and S showed
failing, in sentences from other kinds of news (a school board, a mayor's contracts, a
ferry operator, a hospital trust): a denial coordinated after a report (``said ..., but
rejected the union's claim that ...``), a charge labelled in quotes by the one it accuses
(``described the accusations as "a fantasy"``), and a speaker whose role is given by its
initials in apposition (``Helen Garside, MP for North Wiltshire, said``)."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Claim, Pipeline


def _denials(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.stance == "denies"]


@pytest.mark.parametrize(("text", "denier"), [
    ("The superintendent said the review would go ahead, but rejected the teachers' claim that test scores "
     "had been altered.", "superintendent"),
    ("Harbour Lines said sailings would resume on Friday and denied the crew's accusation that the ferry "
     "had left port overloaded.", "Harbour Lines"),
    ("The trust said it would publish its findings, but disputed the families' claim that wards had been "
     "left without nurses.", "trust"),
])
def test_a_denial_coordinated_after_a_report_is_its_speakers(pipeline: Pipeline, text: str, denier: str) -> None:
    denials = _denials(claims_of(pipeline, text))
    assert [d.source for d in denials] == [denier], claims_of(pipeline, text)
    assert all(d.cue and d.text.startswith(d.cue) for d in denials)


def test_a_coordinated_verb_that_denies_nothing_stays_a_report(pipeline: Pipeline) -> None:
    claims = claims_of(pipeline, "The superintendent said the review would go ahead, but warned that "
                                 "budgets were tight.")
    assert not _denials(claims)


def test_a_charge_labelled_in_quotes_by_the_accused_is_a_denial(pipeline: Pipeline) -> None:
    claims = claims_of(pipeline, "Prosecutors accused the mayor of steering contracts to a relative's firm. "
                                 "The mayor described the accusations as \"a fantasy\" and said he would fight "
                                 "them in court.")
    denial = _denials(claims)
    assert [d.source for d in denial] == ["mayor"]
    alleged = {c.id: c for c in claims}[denial[0].responds_to or ""]
    assert alleged.source == "prosecutors"


def test_a_charge_labelled_in_quotes_by_a_bystander_is_no_denial(pipeline: Pipeline) -> None:
    claims = claims_of(pipeline, "Auditors alleged that the charity had misused donations. A former trustee "
                                 "described the allegations as \"deeply troubling\".")
    assert not _denials(claims)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Helen Garside, MP for North Wiltshire, said the council had ignored the flooding reports.", "Helen Garside"),
    ("Dana Okoro, CEO of Lakeside Foods, said the recall had been handled quickly.", "Dana Okoro"),
])
def test_a_role_by_its_initials_in_apposition_is_no_speaker(pipeline: Pipeline, text: str, speaker: str) -> None:
    assert [c.source for c in claims_of(pipeline, text)] == [speaker]


@pytest.mark.parametrize(("text", "source"), [
    ("The Westfield Tenants Association (WTA) accused the landlord of ignoring mould. Rosa Lind, the WTA "
     "chair, said families had complained for a year.", "Rosa Lind of WTA"),
    ("Ana Ruiz, the Velmora chief executive, said prices would rise in June.", "Ana Ruiz of Velmora"),
])
def test_a_person_in_apposition_with_the_body_and_its_role_speaks_for_it(pipeline: Pipeline, text: str,
                                                                         source: str) -> None:
    assert source in [c.source for c in claims_of(pipeline, text)], claims_of(pipeline, text)


def test_a_body_in_apposition_with_no_role_is_no_affiliation(pipeline: Pipeline) -> None:
    claims = claims_of(pipeline, "Ana Ruiz, the Velmora founder's daughter, said prices would rise in June.")
    assert "Ana Ruiz of Velmora" not in [c.source for c in claims]
