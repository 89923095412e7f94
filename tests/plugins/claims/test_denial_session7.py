"""Session 7 (issue #10): who denies when a body speaks through a spokesperson, and denials
made without a denial verb. Sentences written for these tests, each from a different kind of
news than the story where the kind was seen failing (a festival crush, a rocket failure, a
fraud verdict, a heatwave)."""

from __future__ import annotations

import pytest

from newskit import Article, Claim, Pipeline
from newskit.story import build_story


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _claims(pipeline: Pipeline, text: str) -> list[Claim]:
    return list(pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-03-02"})).claims)


def _denials(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.stance == "denies"]


@pytest.mark.parametrize("text", [
    "Tenants said the landlord had ignored damp for years. The landlord said the claim had no basis.",
    "Fans accused the referee of bias. The league said the accusations were not true.",
    "Critics said the airline had hidden fees. The airline said the complaint wasn't accurate.",
])
def test_a_charge_said_not_to_hold_is_a_denial(pipeline: Pipeline, text: str) -> None:
    assert len(_denials(_claims(pipeline, text))) == 1


def test_a_charge_told_of_without_negation_is_no_denial(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "The minister said the report was published on Monday.")
    assert not _denials(cs)


def test_a_bare_spokesman_speaks_for_the_body_named_before(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Former driver Sam Lee said that Brakmore Freight Ltd had falsified logbooks. "
                           "\u201cThese claims are false,\u201d a spokesman said.")
    assert [c.source for c in _denials(cs)] == ["Brakmore Freight"]


def test_a_premodifier_noun_of_a_spokesperson_is_resolved_like_the_company(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Brakmore Freight Ltd opened a new depot in May. The logbooks were checked every week, "
                           "a company spokesperson said, adding that the firm had found no sign of tampering.")
    assert {c.source for c in cs if c.cue == "said" and "tampering" in c.text} == {"Brakmore Freight"}


def test_a_possessive_body_of_a_spokeswoman_speaks(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Drivers said Brakmore Freight Ltd had falsified logbooks. The company's spokeswoman "
                           "denied that drivers had been pressured.")
    assert [c.source for c in _denials(cs)] == ["Brakmore Freight"]


def test_a_name_before_spokesman_is_the_body(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Villagers said Hidrovale had flooded their fields. A Hidrovale spokesman said the "
                           "claims were untrue.")
    assert [c.source for c in _denials(cs)] == ["Hidrovale"]


def test_a_spokeswoman_for_a_person_keeps_the_role(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Senator Ann Cole said the drug was too expensive. A spokeswoman for Cole said the "
                           "senator would vote against it.")
    assert "spokeswoman of Ann Cole" in {c.source for c in cs}


def test_the_accused_answering_a_charge_with_any_verb_denies_it(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "The striker claimed that coach Lena Varga had dropped him for personal reasons. "
                           "Varga, 52, blasted that claim in an interview.")
    assert [c.source for c in _denials(cs)] == ["Lena Varga"]


def test_a_charge_labelled_in_quotation_marks_is_denied(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Opposition leader Tom Reyes accused the city of hiding the cost of the stadium. "
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
    assert not _denials(_claims(pipeline, text))


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
    assert ("Dockworkers", "Selvane Shipping") in pairs
