"""The pairs of a story's units that may be one measure (``StoryUnits.pairs``) are read once
until a join changes the units (speed, issue #11): the model's join asked for them four
times before its first join, each time weighing every pair of units again."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story import figure_story
from newskit.story.figure_story import StoryUnits
from newskit.story.figures import article_figures, named_groups


def _figures(pipeline: Pipeline, *texts: str) -> list[Figure]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2025-03-1{i}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    return [f for a in arts for f in article_figures(pipeline.run(a), f"Outlet {a.id}", loose=True)]


_TEXTS = ("The ferry line carried 1,200 passengers on its first day and ran 14 crossings, the operator said.",
          "Some 1,150 people took the new ferry on Monday, and the boats crossed about 15 times.",
          "The harbour office counted 1,240 travellers on the opening day.")


def test_the_pairs_are_weighed_once_until_a_join(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    units = StoryUnits(*named_groups(_figures(pipeline, *_TEXTS)))
    calls: list[int] = []
    weigh = figure_story._may_join

    def counted(*args: object) -> bool:
        calls.append(1)
        return weigh(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(figure_story, "_may_join", counted)
    first = units.pairs()
    asked = len(calls)
    assert first and asked
    assert units.pairs() == first and len(calls) == asked  # asked again: nothing weighed
    units.pairs().clear()  # a caller's copy: the kept pairs stay whole
    assert units.pairs() == first


def test_a_join_reads_the_pairs_again(pipeline: Pipeline) -> None:
    units = StoryUnits(*named_groups(_figures(pipeline, *_TEXTS)))
    first = units.pairs()
    i, j = first[0]
    units.join([(1.0, i, j)])
    fresh = StoryUnits(*named_groups(_figures(pipeline, *_TEXTS)))
    fresh.join([(1.0, i, j)])
    assert units.pairs() == fresh._may_pair()
