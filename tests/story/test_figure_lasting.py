"""How long a state lasts, told after ``for`` with a determiner (``for the next 28 days``,
``for a week``): an amount of time like ``for 28 days``, its span from its number on.
Sentences of kinds of news other than the stories where the kind was seen (those were a
robotaxi suspension, an ice storm's outages and a smog emergency): an airline's licence, a
bridge closure, a boil-water notice, a festival."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story.figures import _durations
from tests.story.helpers import figures_by_measure


def _lasting(pipeline: Pipeline, text: str) -> list[str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-06-02"}))
    return [text[q.start:q.end] for q in _durations(analysis)]


def test_a_determiner_led_span_after_for_is_an_amount_from_its_number(pipeline: Pipeline) -> None:
    assert _lasting(pipeline, "The regulator grounded the airline for the next 28 days.") == ["28 days"]
    assert _lasting(pipeline, "Residents must boil tap water for a week, the utility said.") == ["a week"]
    assert _lasting(pipeline, "The bridge will stay shut for the coming three weeks.") == ["three weeks"]


def test_a_period_is_no_amount(pipeline: Pipeline) -> None:
    """A period named by its place in time (``the final two days``, ``the past week``) tells
    when, not how long."""
    assert _lasting(pipeline, "Most tickets were sold over the final two days of the festival.") == []
    assert _lasting(pipeline, "Prices have risen for the past week.") == []
    assert _lasting(pipeline, "Crowds gathered for the final two days.") == []


def test_two_outlets_spans_of_one_suspension_are_compared(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "Regulators grounded Skyline Air for the next 28 days after the incident.",
                             "Skyline Air cannot fly for four weeks, the aviation authority said.")
    assert ("consistent", {"28 days", "four weeks"}) in got.values(), got
