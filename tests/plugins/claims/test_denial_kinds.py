"""Denials and allegations of kinds news states them, read through the whole pipeline."""

from __future__ import annotations

import pytest

from newskit import Article, Claim, Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _claims(pipeline: Pipeline, text: str) -> list[Claim]:
    return list(pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-03-02"})).claims)


def _by_stance(claims: list[Claim], stance: str) -> Claim:
    return next(c for c in claims if c.stance == stance)


def test_a_denial_answers_the_assertion_it_repeats(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Parents said the school had ignored repeated warnings about the roof. "
                           "The school board denied that it had ignored any warnings.")
    d = _by_stance(cs, "denies")
    answered = next(c for c in cs if c.id == d.responds_to)
    assert "ignored repeated warnings" in answered.text


def test_a_denial_never_answers_the_report_that_carries_it(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "An independent review found no evidence that the test data had been altered, "
                           "a spokeswoman said.")
    d = _by_stance(cs, "denies")
    assert d.responds_to is None or not any(c.id == d.responds_to and c.start <= d.start < c.end for c in cs)


def test_a_reported_finding_of_no_evidence_is_a_denial(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Monitors from the European Union said they found no evidence of ballot stuffing.")
    assert [c.stance for c in cs] == ["denies"]


def test_calling_a_lawsuit_frivolous_is_a_denial(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Shareholders sued the bank in March. The bank said the lawsuit was frivolous.")
    assert "denies" in {c.stance for c in cs}


def test_a_rigged_count_is_an_allegation(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "The challenger, Omar Haddad, said the count had been rigged in the capital.")
    assert [c.stance for c in cs] == ["alleges"]


def test_the_denier_of_a_charge_is_the_noun_before_denied(pipeline: Pipeline) -> None:
    cs = _claims(pipeline, "Omar Haddad accused the mayor's office of steering the tender to allies, "
                           "a charge the office denied.")
    d = _by_stance(cs, "denies")
    assert d.source == "office" and _by_stance(cs, "alleges").source == "Omar Haddad"
