"""Session 47 (issue #10): a bare noun that names a side of a contest (``the opposition``,
``the prosecution``) is no body's short name: it stands for a named body only when the
body's name holds the noun. Before, ``The opposition says ...`` right after a sentence
naming a state company that asserts elsewhere in the story was credited to the company.
Stories invented for these tests."""

from __future__ import annotations

from newskit import Pipeline, Story
from newskit.story import build_story
from tests.story.helpers import outlet_articles


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(a) for a in outlet_articles(texts, stamp="2026-04-0{n}")])


_DEAL = ("Under the agreement, Norvik Minerals will build the smelter, while Caldera Mining will hold a 40% "
         "stake. The opposition says the contract was signed without a tender, which the government denies.")
_OTHER = "Caldera Mining said the smelter would open in 2029 and employ about 900 people."


def test_the_opposition_is_not_the_company_named_before_it(pipeline: Pipeline) -> None:
    story = _story(pipeline, _DEAL, _OTHER)
    sources = {c.source for c in story.claims if c.article == "a0" and "tender" in c.text}
    assert "Caldera Mining" not in sources and "Norvik Minerals" not in sources, sources


def test_a_name_that_holds_the_side_noun_is_still_taken(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "The United Opposition said the election was rigged. The opposition said turnout figures had "
                   "been inflated.",
                   "The United Opposition said it would hold protests on Saturday.")
    sources = {c.source for c in story.claims if c.article == "a0" and "turnout" in c.text}
    assert sources == {"United Opposition"}, sources
