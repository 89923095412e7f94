"""A span of time told as a fraction of a unit (``a quarter of an hour``, ``nearly
three-quarters of an hour``) is an amount like ``about 15 minutes`` (figures._AMOUNT_SHAPE).
Invented sentences of kinds of news other than the read stories: a blackout on a metro
line, a lift stuck between floors."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import article_figures
from tests.story.helpers import labelled_amounts


def test_a_quarter_of_an_hour_and_fifteen_minutes_are_one_span(pipeline: Pipeline) -> None:
    found = labelled_amounts(
        pipeline,
        "Trains on the line stood still for a quarter of an hour after the power failed, the operator said.",
        "The power failure halted trains on the line for about 15 minutes, a spokesman for the operator said.",
    )
    assert ("consistent", {"a quarter of an hour", "about 15 minutes"}) in found


def test_three_quarters_of_an_hour_is_forty_five_minutes(pipeline: Pipeline) -> None:
    text = "Residents were trapped in the lift for nearly three-quarters of an hour before firefighters freed them."
    figs = article_figures(pipeline.run(Article(id="a1", text=text)), loose=True)
    assert [(f.ref.text if f.ref else None, f.value, f.unit) for f in figs] == \
        [("nearly three-quarters of an hour", 45, "minute")]


def test_a_quarter_of_a_day_s_profit_is_no_span(pipeline: Pipeline) -> None:
    """Only a fraction of a unit of time read as a duration is one: a share of a sum is not."""
    text = "The firm said a quarter of the profit would go to the staff."
    figs = article_figures(pipeline.run(Article(id="a1", text=text)), loose=True)
    assert all(f.unit != "minute" for f in figs)
