"""A former level an outlet tells beside the level now (``down from €1.35``): the article's
own earlier value, no rival, unless another outlet gave it as its count then
(``story/figure_former.py``). Sentences written for these tests (not taken from any scored
story)."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import amounts, figure_conflicts


def _findings(pipeline: Pipeline, *texts: str) -> list[tuple[str, set[str]]]:
    return [(f.label or "", amounts(f)) for f in figure_conflicts(pipeline, texts, "2025-06-0{n}T0{n}:00")]


def test_a_former_level_only_one_article_gives_is_no_rival(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "From Monday a litre of diesel will cost €1.42 at the pump, down from €1.58, the energy "
                    "ministry said.",
                    "Diesel will cost €1.42 a litre from Monday after the tax cut, the ministry said.")
    assert got == [], got


def test_a_former_level_another_outlet_gave_stays_an_update(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "Police said six people had been arrested after the riot in the port city.",
                    "Nine people have now been arrested over the riot in the port city, up from six on "
                    "Wednesday, police said.")
    assert got and all({"six", "Nine"} <= a for _, a in got), got
