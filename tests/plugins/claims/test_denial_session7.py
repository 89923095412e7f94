"""Session 7 (issue #10): who denies when a body speaks through a spokesperson, and denials
made without a denial verb. Sentences written for these tests, each from a different kind of
news than the story where the kind was seen failing (a festival crush, a rocket failure, a
fraud verdict, a heatwave)."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of, contested_pairs

from newskit import Article, Claim, Pipeline
from newskit.story import build_story


def _denials(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.stance == "denies"]


@pytest.mark.parametrize("text", [
    "Tenants said the landlord had ignored damp for years. The landlord said the claim had no basis.",
    "Fans accused the referee of bias. The league said the accusations were not true.",
    "Critics said the airline had hidden fees. The airline said the complaint wasn't accurate.",
])
def test_a_charge_said_not_to_hold_is_a_denial(pipeline: Pipeline, text: str) -> None:
    assert len(_denials(claims_of(pipeline, text))) == 1


def test_a_charge_told_of_without_negation_is_no_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The minister said the report was published on Monday.")
    assert not _denials(cs)


def test_a_bare_spokesman_speaks_for_the_body_named_before(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Former driver Sam Lee said that Brakmore Freight Ltd had falsified logbooks. "
                           "\u201cThese claims are false,\u201d a spokesman said.")
    assert [c.source for c in _denials(cs)] == ["Brakmore Freight"]


def test_a_premodifier_noun_of_a_spokesperson_is_resolved_like_the_company(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Brakmore Freight Ltd opened a new depot in May. The logbooks were checked every week, "
                           "a company spokesperson said, adding that the firm had found no sign of tampering.")
    # "said" reports the clause before it, "adding" the one after (session 18): both the company's
    assert {(c.cue, c.source) for c in cs if "logbooks" in c.text or "tampering" in c.text} == {
        ("said", "Brakmore Freight"), ("adding", "Brakmore Freight")}


def test_a_possessive_body_of_a_spokeswoman_speaks(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Drivers said Brakmore Freight Ltd had falsified logbooks. The company's spokeswoman "
                           "denied that drivers had been pressured.")
    assert [c.source for c in _denials(cs)] == ["Brakmore Freight"]


def test_a_name_before_spokesman_is_the_body(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Villagers said Hidrovale had flooded their fields. A Hidrovale spokesman said the "
                           "claims were untrue.")
    assert [c.source for c in _denials(cs)] == ["Hidrovale"]


def test_a_spokeswoman_for_a_person_keeps_the_role(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Senator Ann Cole said the drug was too expensive. A spokeswoman for Cole said the "
                           "senator would vote against it.")
    assert "spokeswoman of Ann Cole" in {c.source for c in cs}


def test_the_accused_answering_a_charge_with_any_verb_denies_it(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The striker claimed that coach Lena Varga had dropped him for personal reasons. "
                           "Varga, 52, blasted that claim in an interview.")
    assert [c.source for c in _denials(cs)] == ["Lena Varga"]


def test_a_charge_labelled_in_quotation_marks_is_denied(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Opposition leader Tom Reyes accused the city of hiding the cost of the stadium. "
                           "Mayor Joan Hart slammed the claims as \"cheap politics\".")
    assert [c.source for c in _denials(cs)] == ["Joan Hart"]


@pytest.mark.parametrize("text", [
    # a third party that handles the charge, not the accused
    "Opposition leader Tom Reyes accused the city of hiding the cost of the stadium. The auditor examined "
    "those claims last week.",
    # a negated verb
    "The striker claimed that coach Lena Varga had dropped him for personal reasons. Varga had not contested "
    "that claim.",
])
def test_a_verb_on_a_charge_alone_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not _denials(claims_of(pipeline, text))


def test_a_spokesman_denial_pairs_with_the_allegation_of_another_outlet(pipeline: Pipeline) -> None:
    arts = [
        {"id": "x1", "source": "Harbour Post", "published": "2025-03-02",
         "text": "Dockworkers accused Selvane Shipping Ltd of cutting safety checks on its cranes."},
        {"id": "x2", "source": "Coast Wire", "published": "2025-03-03",
         "text": "Selvane Shipping Ltd said it would reopen the quay on Monday. The cranes were inspected "
                 "every month, a company spokesman said, adding that the claims were untrue."},
    ]
    story = build_story([pipeline.run(Article.from_dict(a)) for a in arts])
    claims = {c.id: c for c in story.claims}
    pairs = {(claims[a].source, claims[d].source) for f in story.conflicts if f.type == "contested"
             for a in f.claims for d in f.claims
             if claims[a].stance != "denies" and claims[d].stance == "denies"}
    assert ("dockworkers", "Selvane Shipping") in pairs  # a trade plural is a group, in lower case (session 48)


def test_a_negated_answer_by_the_one_just_named_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Union leader Rosa Vidal blamed a pay error in software supplied by Tellmark. Tellmark "
                           "said its software had been audited and was not the cause of the error.")
    assert [c.source for c in _denials(cs)] == ["Tellmark"]


def test_a_negated_answer_naming_the_accuser_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Parent Joe Barnes said he had warned the school about the broken gate in May. "
                           "The school said it had no record of any email from Mr Barnes.")
    got = _denials(cs)
    assert [c.source for c in got] == ["school"]
    assert got[0].responds_to == next(c.id for c in cs if c.source == "Joe Barnes")


def test_a_negated_statement_about_something_else_is_no_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Witnesses said police arrived late. Police said the driver was not wearing a seatbelt.")
    assert not _denials(cs)


def test_a_definite_body_opening_its_sentence_speaks(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The museum said it would reopen on Friday.")
    assert [c.source for c in cs] == ["museum"]  # a description named without its article (session 41)


def test_a_charge_a_name_called_false_is_its_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Tenants accused the landlord of ignoring damp, a claim Northgate Homes described as "
                           "\"completely false\".")
    assert [c.source for c in _denials(cs)] == ["Northgate Homes"]


def test_an_amount_bound_by_a_preposition_opens_a_reported_clause(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Rescuers said about 40 people were still missing.")
    assert [c.text for c in cs] == ["about 40 people were still missing"]


def test_a_reflexive_pronoun_before_a_name_is_no_part_of_the_source(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "A group calling itself Harbour Savers Alliance says at least 30 members lost savings.")
    assert [c.source for c in cs] == ["Harbour Savers Alliance"]


def test_a_number_inside_a_body_name_keeps_the_name_whole(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "\u201cWe sat in the dark,\u201d said Anil Mehra, secretary of the Block 7 Tenants' "
                           "Welfare Association. The association accused the landlord of cutting the heating.")
    assert "Block 7 Tenants' Welfare Association" in {c.source for c in cs}


def test_an_apposition_between_a_name_and_its_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Harlow Foods, the chain's owner, denied any wrongdoing.")
    assert [c.source for c in _denials(cs)] == ["Harlow Foods"]


def _story_pairs(pipeline: Pipeline, arts: list[dict[str, str]]) -> set[tuple[str, str]]:
    return contested_pairs(build_story([pipeline.run(Article.from_dict(a)) for a in arts]))


def test_the_accused_answering_another_outlets_accuser_is_paired_with_every_accusation(pipeline: Pipeline) -> None:
    # the denial answers an accuser of its own article; another outlet's accuser names the same body
    arts = [
        {"id": "y1", "source": "Valley Courier", "published": "2025-06-02",
         "text": "The growers' federation accused Nortel Rail of cancelling freight trains to favour passengers."},
        {"id": "y2", "source": "Plains Globe", "published": "2025-06-03",
         "text": "Mayor Ana Ruiz said Nortel Rail had left grain to rot in the sidings. Nortel Rail denied it, "
                 "saying a bridge repair had closed the line for a week."},
    ]
    pairs = _story_pairs(pipeline, arts)
    assert ("Ana Ruiz", "Nortel Rail") in pairs
    assert any(a and "federation" in a and d == "Nortel Rail" for a, d in pairs), pairs


def test_a_named_bodys_role_holder_speaks_for_the_body(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Unison said kitchen staff had been told to cut corners. Brightplate's managing "
                           "director, Colin Ferris, rejected the union's account.")
    assert [c.source for c in _denials(cs)] == ["Colin Ferris of Brightplate"]


def test_a_persons_lawyer_speaks_for_the_client_but_a_brother_does_not(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Prosecutors said Marcus Vane had lied to investors. Vane's lawyer, Ruth Adler, said "
                           "her client denied the charges.")
    assert "Ruth Adler for Marcus Vane" in {c.source for c in _denials(cs)}
    cs = claims_of(pipeline, "Coach Dean Moss criticised the referee. Moss's brother, Tom Moss, said the team would "
                           "appeal.")
    assert "Tom Moss" in {c.source for c in cs}


def test_a_lone_surname_and_the_full_name_are_one_party_across_outlets() -> None:
    from newskit.story.contested import _same_party

    assert _same_party("Hale", "Marcus Hale")
    assert _same_party("Ruth Adler for Marcus Vane", "Ruth Adler")
    assert not _same_party("Hale", "Dana Whitcombe")
    assert not _same_party("council", "city council")
