"""Issue #10: a span of time that names a kind of thing (``10-year bonds``, ``the two-year
rate``, ``a four-day week``) is no length of anything the story tells: read as a duration it
was set against a deputy's years in office or a wait of two years. A span that measures its
noun (``a 24-hour strike``, ``a three-year case``) stays a duration. Invented sentences, not
the story sets'."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _amounts(pipeline: Pipeline, text: str) -> set[str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text for f in article_figures(analysis, loose=True) if f.ref is not None}


def test_a_bonds_tenor_is_no_duration(pipeline: Pipeline) -> None:
    assert "10-year" not in _amounts(pipeline, "Yields on the 10-year bonds jumped on Friday.")


def test_a_rates_tenor_is_no_duration(pipeline: Pipeline) -> None:
    assert "two-year" not in _amounts(pipeline, "The two-year rate fell to its lowest since 2021.")


def test_a_working_weeks_days_are_no_duration(pipeline: Pipeline) -> None:
    assert "four-day" not in _amounts(pipeline, "The bank agreed to a four-day week for its staff.")


def test_a_span_of_a_happening_stays_a_duration(pipeline: Pipeline) -> None:
    assert "24-hour" in _amounts(pipeline, "Dockers began a 24-hour strike on Tuesday.")
    assert "three-year" in _amounts(pipeline, "The ruling ends a three-year case brought by drivers.")


def test_a_tenor_is_no_rival_of_a_term_in_office(pipeline: Pipeline) -> None:
    texts = ["Yields on the government's 10-year bonds jumped after the central bank's decision.",
             "The deputy governor, in office for 11 years, said the bank would act within its mandate."]
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    durations = [f for f in story.conflicts if f.type == "figures" and "10-year" in f.summary]
    assert not durations, durations
