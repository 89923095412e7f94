"""The two numbers of a proportion with its noun ("only one train in four ran", "one voter in
every ten") are one share, no count of trains or voters; the larger first ("six people in two
raids") is two counts. Sentences from transport, election and policing news, not the story
sets."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story.figures import article_figures


def _amounts(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-02-01T10:00"}))
    return [f.ref.text.lower() for f in article_figures(a, loose=True) if f.ref]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Only one train in four ran on the Liege line during the strike, the operator said.", ("one", "four")),
    ("Roughly one bus in three left the depot on Monday as drivers walked out.", ("one", "three")),
    ("Pollsters found that two voters in every five had not decided.", ("two", "five")),
])
def test_a_proportion_with_its_noun_is_no_count(pipeline: Pipeline, text: str, numbers: tuple[str, str]) -> None:
    found = _amounts(pipeline, text)
    assert not any(n in found for n in numbers)


def test_a_larger_number_first_is_two_counts(pipeline: Pipeline) -> None:
    found = _amounts(pipeline, "Police arrested six people in two raids on Tuesday.")
    assert "six" in found


@pytest.mark.parametrize(("text", "numbers"), [
    # session 53: the noun after the whole ("one in three children") is a proportion too;
    # "three" was a count of children and joined another outlet's "four children"
    ("According to the agency, about one in three children of school age is not enrolled.", ("one", "three")),
    ("Two in every five voters backed the plan, the poll found.", ("two", "five")),
    ("One in ten households still lacks piped water.", ("one", "ten")),
])
def test_a_proportion_before_its_noun_is_no_count(pipeline: Pipeline, text: str, numbers: tuple[str, str]) -> None:
    found = _amounts(pipeline, text)
    assert not any(n in found for n in numbers)


def test_a_count_in_a_place_is_still_a_count(pipeline: Pipeline) -> None:
    found = _amounts(pipeline, "Gunmen killed 12 in three villages on Sunday, police said.")
    assert "12" in found
