"""Issue #10 (item 3), session 20: the age of a thing told in units of time ("110 years
old", "more than a century old") is a length of time, a duration figure on the one scale
of durations (a century is 100 years), so that two outlets' ages of one thing can be set
side by side. Sentences of other kinds of news: a ferry, a bridge, a stadium."""

from __future__ import annotations

from decimal import Decimal

from newskit import Article, Pipeline
from newskit.story.figure_data import unit_dimensions
from newskit.story.figures import article_figures


def _figures(pipeline: Pipeline, text: str) -> list[tuple[str, object, str | None, str | None]]:
    a = Article.from_dict({"id": "a0", "text": text, "published": "2025-03-01", "source": "Outlet"})
    return [(f.ref.text if f.ref else "", f.value, f.approx, f.unit)
            for f in article_figures(pipeline.run(a), "Outlet", loose=True)]


def test_an_age_in_units_of_time_is_a_duration_without_its_old(pipeline: Pipeline) -> None:
    got = _figures(pipeline, "The ferry, which was more than three decades old, sank in a storm.")
    assert got == [("more than three decades", 3, "over", "decade")], got


def test_an_age_told_with_an_article_is_one_unit(pipeline: Pipeline) -> None:
    got = _figures(pipeline, "The bridge, a century and a half old, was closed to lorries.")
    assert got == [("a century and a half", Decimal("1.5"), None, "century")], got


def test_the_age_of_a_person_told_as_an_adjective_stays_out(pipeline: Pipeline) -> None:
    assert _figures(pipeline, "A 71-year-old man was arrested outside the stadium.") == []


def test_a_century_is_on_the_scale_of_years() -> None:
    dims = unit_dimensions()
    assert dims["century"][0] == "duration" and dims["century"][1] == 100 * dims["year"][1]
