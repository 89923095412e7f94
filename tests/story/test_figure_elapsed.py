"""How long ago something happened, told as ``N units ago``, is an amount of time: two
outlets that say ``14 months ago`` and ``16 months ago`` of one happening differ on a figure.
Sentences of kinds of news other than the stories where the kind was seen (those were a
landmine blast, a wind turbine collapse and a no-confidence vote): a dam's opening, a
pharmacy chain's founding, a coach's appointment."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.figure_elapsed import _elapsed, elapsed_times
from tests.story.helpers import figures_by_measure


def _elapsed_of(pipeline: Pipeline, text: str, published: str = "2026-06-02") -> list[tuple[str, int, str | None]]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published}))
    return [(q.text, int(q.value or 0), q.unit) for q in elapsed_times(analysis)]


def test_a_span_before_ago_is_the_time_elapsed(pipeline: Pipeline) -> None:
    assert _elapsed_of(pipeline, "The dam was opened 40 years ago, the utility said.") == [("40 years", 40, "year")]
    assert _elapsed_of(pipeline, "The coach was appointed eight months ago.") == [("eight months", 8, "month")]


def test_a_hedged_span_keeps_its_hedge(pipeline: Pipeline) -> None:
    got = elapsed_times(pipeline.run(Article.from_dict({
        "id": "a", "text": "The pharmacy chain was founded more than two decades ago.", "published": "2026-06-02"})))
    assert [(q.text, q.value, q.approx) for q in got] == [("more than two decades", 20, "over")]


def test_a_vague_past_is_no_amount(pipeline: Pipeline) -> None:
    assert _elapsed_of(pipeline, "The dam was opened years ago.") == []
    assert _elapsed_of(pipeline, "The dam was opened in 1986.") == []


def test_two_outlets_times_since_an_appointment_are_compared(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Coach Ruud Maas, who was appointed 14 months ago, was sacked on Monday.",
                             "Maas, appointed 16 months ago, leaves with the club bottom of the league.")
    assert any({"14 months", "16 months"} <= amounts for _, amounts in got.values()), got


@given(st.integers(min_value=1, max_value=300), st.integers(min_value=1, max_value=12))
def test_a_year_resolved_from_a_date_is_as_many_years_back(years: int, month: int) -> None:
    published = dt.date(2026, month, 1)
    assert _elapsed(str(2026 - years), published) == (years, "year")


@given(st.integers(min_value=1, max_value=600))
def test_a_day_resolved_from_a_date_is_as_many_days_back(days: int) -> None:
    published = dt.date(2026, 6, 2)
    assert _elapsed((published - dt.timedelta(days=days)).isoformat(), published) == (days, "day")


def test_a_date_after_publication_is_no_elapsed_time() -> None:
    assert _elapsed("2027", dt.date(2026, 6, 2)) is None
    assert _elapsed("PAST_REF", dt.date(2026, 6, 2)) is None
