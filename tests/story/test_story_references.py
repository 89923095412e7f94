"""An analysis whose events or claims point into another article than its own (renamed
after extraction, or assembled by hand) gets a clear error from the story, not a KeyError
from deep inside the clustering; analyses extracted under their own ids build as before."""

from __future__ import annotations

import attrs
import pytest

from newskit import Analysis, Article, Pipeline
from newskit.story import build_story

_TEXT = ("A ferry sank off the coast of Busan on Monday, the coast guard said. "
         "The operator denied claims that the ship was overloaded.")


def _analysis(pipeline: Pipeline, article_id: str) -> Analysis:
    return pipeline.run(Article.from_dict({"id": article_id, "text": _TEXT, "published": "2026-03-02"}))


def test_an_analysis_renamed_after_extraction_is_a_clear_error(pipeline: Pipeline) -> None:
    a = _analysis(pipeline, "wire")
    assert a.events, "the sentence must give the story something to point at"
    renamed = attrs.evolve(a, article=attrs.evolve(a.article, id="paper"))
    with pytest.raises(ValueError, match="article 'paper' holds a reference to article 'wire'"):
        build_story([a, renamed])


def test_analyses_under_their_own_ids_build(pipeline: Pipeline) -> None:
    story = build_story([_analysis(pipeline, "wire"), _analysis(pipeline, "paper")])
    assert story.articles == ("paper", "wire")
    assert story.events
