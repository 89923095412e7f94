"""Allegation/denial pairs across outlets paired by what is alleged, not by shared words;
and the report's verbs agreeing with their sources."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline, Story
from newskit.story import build_story
from newskit.story.summary import plural_source, says


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


def _pairs(story: Story) -> set[tuple[str, str]]:
    claims = {c.id: c for c in story.claims}
    out = set()
    for f in story.conflicts:
        if f.type == "contested":
            cs = [claims[c] for c in f.claims]
            out |= {(a.source or "", d.source or "") for a in cs if a.stance != "denies"
                    for d in cs if d.stance == "denies"}
    return out


def test_a_denial_in_other_words_answers_an_allegation_of_the_same_act(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Opposition leader Marco Ruel alleged that the tally had been doctored in two districts.",
                   "Monitors from the African Union said they found no evidence of fraud.")
    assert ("Marco Ruel", "Monitors from the African Union") in _pairs(story)


def test_a_bare_denial_answers_the_allegation_against_the_denier(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Garment workers accused Delmont Textiles of locking fire exits at its plant.",
                   "Delmont Textiles called the accusations baseless.")
    assert any("workers" in a and d == "Delmont Textiles" for a, d in _pairs(story)), _pairs(story)


def test_a_denial_of_another_act_is_not_paired(pipeline: Pipeline) -> None:
    story = _story(pipeline, "Regulators alleged that Pellow Air had skipped engine inspections.",
                   "Pellow Air denied that it had overcharged passengers on domestic routes.")
    assert _pairs(story) == set()


def test_the_report_verb_agrees_with_its_source() -> None:
    assert says("North Korea and Russia", "denies", "country") == "deny"
    assert says("Relatives of the victims", "alleges", "group") == "allege"
    assert says("Survivors", "asserts") == "assert"
    assert says("United States", "alleges") == "alleges"
    assert says("Santa Rosa Bus Lines", "denies", None) == "denies"
    assert says("Vantrix", "denies", "organisation") == "denies"
    assert says("police", "reports", "unnamed") == "report"
    assert not plural_source("class action", "group") and plural_source("Election observers")
