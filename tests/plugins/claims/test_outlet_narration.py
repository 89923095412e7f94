"""Session 11 (issue #10): an outlet is the source of what it tells in its own voice
(``..., the Evening Post has learned``, ``the paper's investigation found that ...``), so an
allegation an outlet makes has an accuser a denial can answer. Sentences written for these
tests (health, schools, transport, sport)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _claims(pipeline: Pipeline, text: str, outlet: str | None = "Evening Post") -> list[tuple[str | None, str, str]]:
    art = pipeline.run(Article.from_dict({"id": "a", "source": outlet, "published": "2026-03-02", "text": text}))
    return [(c.source, c.stance, c.text) for c in art.claims]


@pytest.mark.parametrize(("text", "content"), [
    ("The trust cancelled 300 operations to meet its budget, the Evening Post has learned.",
     "The trust cancelled 300 operations to meet its budget"),
    ("Two head teachers were paid to leave quietly, the Evening Post understands, after complaints from staff.",
     "Two head teachers were paid to leave quietly"),
    ("The rail operator knew of the cracked axle for a month, this newspaper revealed on Monday.",
     "The rail operator knew of the cracked axle for a month"),
    ("The club's accounts understated its wage bill, the newspaper's investigation found.",
     "The club's accounts understated its wage bill"),
    ("An analysis by the Evening Post found that 40 schools had missed their inspections.",
     "40 schools had missed their inspections"),
])
def test_the_outlet_is_the_source_of_its_own_narration(pipeline: Pipeline, text: str, content: str) -> None:
    claims = _claims(pipeline, text)
    # read here or by the quotes' finding verbs (``An analysis by X found that``): either way the outlet's
    assert any(c == ("Evening Post", stance, content) for c in claims for stance in ("reports", "asserts")), claims


def test_another_outlet_named_with_an_outlets_verb_is_the_source(pipeline: Pipeline) -> None:
    claims = _claims(pipeline, "The Harbour Gazette understands that the ferry operator will cut its winter timetable.")
    assert any(s == "Harbour Gazette" for s, _, _ in claims), claims


def test_without_an_outlet_the_self_noun_stands_for_it(pipeline: Pipeline) -> None:
    claims = _claims(pipeline, "The hospital lost the scans of 12 patients, the newspaper has learned.", outlet=None)
    assert ("newspaper", "reports", "The hospital lost the scans of 12 patients") in claims, claims


@pytest.mark.parametrize("text", [
    "The water was safe to drink, the ministry found.",
    "Five teams visited nine sites, the agency reported.",
    "The audit found that the council had overspent.",
])
def test_a_body_that_finds_is_no_outlet(pipeline: Pipeline, text: str) -> None:
    assert not any(s == "Evening Post" for s, _, _ in _claims(pipeline, text)), _claims(pipeline, text)
