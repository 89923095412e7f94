"""Session 47 (issue #10): a public body named before its head in one outlet and after
``of`` in another (``the Water Ministry``, ``the Ministry of Water``) is one body: one source
in the report, never "2 independent sources" where one spoke twice. Stories invented for
the test."""

from __future__ import annotations

from newskit import Pipeline, Story
from newskit.story import build_story
from newskit.story.spellings import _body_key
from tests.story.helpers import outlet_articles


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(a) for a in outlet_articles(texts, stamp="2026-07-1{n}")])


def test_both_forms_have_one_key() -> None:
    assert _body_key("Ministry of Water") == _body_key("the Water Ministry") == "water ministry"
    assert _body_key("Department of the Interior") == _body_key("Interior Department")
    assert _body_key("Ministry of Health") != _body_key("Ministry of Water")
    assert _body_key("police") is None


def test_one_body_is_one_source(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "A chlorine leak at the Varn plant sent 30 people to hospital on Friday. The Ministry of Water "
                   "said the leak had been stopped.",
                   "The Water Ministry said the leak at the Varn plant had been stopped by Saturday morning.")
    sources = {c.source for c in story.claims if c.source and "Water" in c.source}
    assert len(sources) == 1, sources
