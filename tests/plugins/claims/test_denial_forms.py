"""Denials that point back at what they answer, denials told without the word deny, and
the sources of allegations opening their clause with a common noun (issue #10, session 5:
kinds found on stories newskit had not seen; every sentence here is written for the test)."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Claim, Pipeline


def _claims(pipeline: Pipeline, text: str) -> list[Claim]:
    return claims_of(pipeline, text, "2025-04-07")


def _denial(cs: list[Claim]) -> Claim:
    return next(c for c in cs if c.stance == "denies")


def _answered(cs: list[Claim], d: Claim) -> Claim:
    return next(c for c in cs if c.id == d.responds_to)


@pytest.mark.parametrize("text", [
    "Two former engineers said the plant had skipped its safety drills for a year. "
    "The plant's owner called the claim untrue.",
    "A tenant group said the landlord had switched off the heating in January. "
    "The landlord rejected the accusation, saying the boiler had broken down.",
    "Coach Marta Lindgren told a radio station that referees had favoured the home side. "
    "The league dismissed the allegations.",
])
def test_a_denial_pointing_back_answers_the_claim_before_it(pipeline: Pipeline, text: str) -> None:
    cs = _claims(pipeline, text)
    d = _denial(cs)
    assert d.responds_to is not None and _answered(cs, d).source != d.source


def test_a_direct_quote_that_only_illustrates_is_not_what_is_answered(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Shopkeepers said they had told the council about the flooding for months. "
                           "\"Nobody ever came,\" said Ana Pires, a baker. The council rejected the accusation.")
    assert "told the council" in _answered(cs, _denial(cs)).text


@pytest.mark.parametrize("text", [
    "Harbour master Piet de Wit said the ferry had left port without a lifeboat check. "
    "The ferry company said there had been no such breach.",
    "A former pilot, Tomas Berg, said he had reported the engine fault to managers in May. "
    "The airline's chief executive, Ines Varga, said she had never seen such a report.",
])
def test_no_such_is_a_denial_of_what_was_just_said(pipeline: Pipeline, text: str) -> None:
    cs = _claims(pipeline, text)
    d = _denial(cs)
    assert _answered(cs, d).stance != "denies"


@pytest.mark.parametrize("text", [
    "Environment Minister Clara Holm said tests showed that no chemicals had leaked into the river.",
    "Mayor Paulo Reis said that no dumping had taken place at the site.",
    "Club doctor Aaron Feld said he had found no link between the new diet and the injuries.",
    "Principal Grace Obi said none of the teachers had been involved in the cheating.",
])
def test_a_reported_finding_of_nothing_is_a_denial(pipeline: Pipeline, text: str) -> None:
    assert [c.stance for c in _claims(pipeline, text)] == ["denies"]


def test_finding_no_survivors_is_no_denial(pipeline: Pipeline) -> None:
    assert "denies" not in {c.stance for c in _claims(pipeline, "Navy spokesman Ivan Petrov said divers found no survivors in the hull.")}


@pytest.mark.parametrize(("text", "source"), [
    ("The city said the bridge had been inspected in March and dismissed the residents' complaints as baseless.",
     "city"),
    ("Costa del Sol Marinas dismissed the claims as baseless.", "Costa del Sol Marinas"),
    ("The teachers' union called the allegation \"a complete fabrication\".", "teachers' union"),
    ("The hospital called the family's account a distortion of the facts.", "hospital"),
])
def test_more_forms_of_calling_a_charge_false(pipeline: Pipeline, text: str, source: str) -> None:
    d = _denial(_claims(pipeline, text))
    assert source in (d.source or "")


def test_a_coordinated_denial_is_its_own_verb_phrase(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "The city said the bridge had been inspected in March and dismissed the "
                           "residents' complaints as baseless.")
    assert _denial(cs).text.startswith("dismissed") and not any(c.text.endswith(" and") for c in cs)


@pytest.mark.parametrize(("text", "source"), [
    ("The council said 30 homes were damaged.\nThe regional farmers' union accused the council of ignoring "
     "flood warnings.", "farmers' union"),
    ("Cleaners at three stations said they had not been paid for two months.", "cleaners"),  # a group, in lower case (session 48)
    # the place after the head is no part of the source; the quotes plugin names an unnamed
    # shop owner as it does without the place ("unnamed owner")
    ("A shop owner in Vila Nova said the police had ignored the break-ins.", "owner"),
    ("Several members of Parliament accused the regulator of acting too late.", "members of Parliament"),
    ("Passengers waited on the platform for hours. Several accused the railway of leaving them without water.",
     "Passengers"),
])
def test_the_accuser_opening_its_clause_is_the_source(pipeline: Pipeline, text: str, source: str) -> None:
    c = [c for c in _claims(pipeline, text) if c.stance in ("alleges", "asserts")][-1]
    assert source in (c.source or "")


@pytest.mark.parametrize(("text", "source"), [
    ("Greenpeace said guards at the depot had looked away. The Lagos State port authority called the accusation "
     "false.", "Lagos State port authority"),
    ("Tenants alleged that the landlord had cut the heating. The housing department said it had found no trace "
     "of any complaint.", "housing department"),
    ("A draft report by the environment agency found no evidence that the dam had been weakened.",
     "environment agency"),
])
def test_the_denier_is_the_whole_noun_phrase_or_the_reports_author(pipeline: Pipeline, text: str,
                                                                     source: str) -> None:
    assert _denial(_claims(pipeline, text)).source == source


def test_a_review_someone_ordered_is_still_the_reviews(pipeline: Pipeline) -> None:
    d = _denial(_claims(pipeline, "A review commissioned by Orvane found no evidence that files had been erased."))
    assert d.source == "review"


@pytest.mark.parametrize("text", [
    "The bank dismissed the claims as having no factual basis.",
    "The council brushed aside the complaints.",
    "The club called the report deeply flawed.",
])
def test_more_ways_of_rejecting_a_charge(pipeline: Pipeline, text: str) -> None:
    assert "denies" in {c.stance for c in _claims(pipeline, text)}


@pytest.mark.parametrize("text", [
    "Union leader Sara Nkosi said the company had cut corners on safety.",
    "Residents' spokesman Omar Ali said the council was to blame for the flooding.",
])
def test_saying_someone_did_wrong_is_an_allegation(pipeline: Pipeline, text: str) -> None:
    assert [c.stance for c in _claims(pipeline, text)] == ["alleges"]


def test_saying_someone_was_not_to_blame_is_no_allegation(pipeline: Pipeline) -> None:
    stances = {c.stance for c in _claims(pipeline, "Mayor Ada Stone said the council was not to blame for the "
                                                   "flooding.")}
    assert "alleges" not in stances


def test_a_bare_definite_noun_keeps_the_speaker_it_refers_back_to(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Kommersant reported that the talks had stalled. \"A deal could come within weeks,\" "
                           "the newspaper added.")
    assert {c.source for c in cs} == {"Kommersant"}


@pytest.mark.parametrize("text", [
    "Oxfam accused Brenmark of hiding its losses. \"There is no truth to these allegations,\" a Brenmark "
    "spokesman said.",
    "Oxfam accused Brenmark of hiding its losses. Brenmark's finance director, Eva Lind, said that was simply "
    "not true.",
])
def test_saying_a_charge_has_no_truth_is_a_denial_answering_it(pipeline: Pipeline, text: str) -> None:
    cs = _claims(pipeline, text)
    assert _answered(cs, _denial(cs)).source == "Oxfam"


def test_a_bare_company_is_read_by_the_claims_own_anaphora(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Fishermen said the company had hidden the size of the leak. The company said the "
                           "figures were accurate.")
    assert [c.source for c in cs] == ["Fishermen", "company"]


def test_a_denial_answers_an_assertion_in_the_sentence_before_sharing_a_word(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Tenants said the tower had swayed in the wind for weeks. The builder denied that the "
                           "tower had moved.")
    assert (_answered(cs, _denial(cs)).source or "").lower() == "tenants"  # a group: any case


def test_saying_one_complied_with_the_law_is_a_denial(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Auditors accused Marlo Foods of hiding debts. Its chief executive, Ivo Kranj, said "
                           "the company had always complied with the law.")
    assert _denial(cs).source == "Ivo Kranj"
