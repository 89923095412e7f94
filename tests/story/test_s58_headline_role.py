"""Session 58 (issue #10): a headline names its source by a capitalised role before a colon
(``Lawyer: Lindsay Lohan checks into rehab``, real ECB+ news); when the story gives that
title to one person (``her lawyer, Mark Heller,``), the headline's claim is that person's,
as a lower-case role's already was (``newskit.story.role_names``)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.story import build_story
from newskit.story.role_names import _role
from tests.story.helpers import outlet_articles


def _sources(pipeline: Pipeline, texts: list[str]) -> list[str | None]:
    story = build_story([pipeline.run(a) for a in outlet_articles(texts)])
    return [c.source for c in story.claims]


def test_a_headline_role_is_the_one_person_of_that_title(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, [
        "Lawyer: Marisa Quell checks into clinic\nMarisa Quell's lawyer, Daniel Orme, said on Thursday "
        "the singer had checked into a clinic in Palm Desert.",
        "Marisa Quell checked into the Desert Palms clinic on Thursday, her publicist confirmed.",
    ])
    assert "Lawyer" not in sources and "Daniel Orme" in sources, sources


def test_a_role_no_one_holds_stays() -> None:
    assert _role("Lawyer") == ("lawyer", "")
    assert _role("interior minister of North Macedonia") == ("interior minister", "North Macedonia")
    assert _role("Reuters") == ("reuters", "")  # read as a role only if one person holds that title
    assert _role("AFP") == ("", "")
    assert _role("Mark Hale") == ("", "")
