"""A clock time with no day of its own is on the day the narrative last named, and the day a
source spoke on is not that day (session 45): "..., injuring three workers, the fire
service said on Thursday. The blaze started at about 11 p.m." put the blaze on Thursday
night, after the article was published, when the text had said it broke out late on
Wednesday. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _when(pipeline: Pipeline, text: str, published: str, trigger: str) -> str | None:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published}))
    return next((e.when for e in analysis.events if trigger in {m.text for m in e.mentions}), "missing")


def test_a_speech_day_does_not_give_the_next_clock_time_its_day(pipeline: Pipeline) -> None:
    text = ("A fire broke out late on Wednesday at a paper mill in Tarnow, injuring three workers, "
            "the fire service said on Thursday. The blaze started at about 11 p.m. in a storage hall.")
    assert _when(pipeline, text, "2026-03-05T09:00", "blaze") == "2026-03-04T23:00"


def test_a_day_the_narrative_names_still_gives_the_clock_its_day(pipeline: Pipeline) -> None:
    text = ("Firefighters were called to a paper mill in Tarnow on Wednesday. "
            "The blaze started at about 11 p.m. in a storage hall, the fire service said.")
    assert _when(pipeline, text, "2026-03-06T09:00", "blaze") == "2026-03-04T23:00"
