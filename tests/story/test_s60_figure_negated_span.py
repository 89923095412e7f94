"""Session 60 (helper background): a negated happening over a span (``has not lost in more
than three years``, ``hadn't eaten a hot meal in two days``) is a length, how long the
happening's absence has lasted (``figure_lag.span_timing``), so the join keeps it apart from
a lag under the cue's measure. Invented sentences:
a boxer's unbeaten run, stranded hikers, a ferry captain, a village's floods, a rebuilt
bridge."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.figure_lag import LAG, LENGTH, span_timing
from newskit.story.figures import article_figures
from tests.story.helpers import figure_conflicts


def _timings(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    """Each amount of one article -> whether it is a lag, a length or unplaced."""
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-04-01T10:00"}))
    return {f.ref.text: span_timing(f) for f in article_figures(a, loose=True) if f.ref}


def test_a_negated_happening_over_a_span_is_a_length(pipeline: Pipeline) -> None:
    """Fails without ``_negated_in``: each span was unplaced (an open ``in``)."""
    for text, span in (("Petrov, who has not lost in more than three years, outpointed the smaller Lopez.",
                        "more than three years"),
                       ("The hikers hadn't eaten a hot meal in two days when the rescue team reached them.",
                        "two days"),
                       ("The captain, who has never missed a sailing in 22 years, retired on Friday.", "22 years"),
                       ("Residents said the plant had not seen an inspector in more than five years.",
                        "more than five years")):
        got = _timings(pipeline, text)
        assert got.get(span) == LENGTH, (text, got)


def test_an_open_span_without_a_negation_of_its_clause_stays_unplaced(pipeline: Pipeline) -> None:
    """``in three weeks`` alone, or with a negation in another clause, says neither kind."""
    for text in ("Engineers rebuilt the bridge in three weeks, the ministry said.",
                 "The mayor did not comment, but crews rebuilt the bridge in three weeks."):
        assert _timings(pipeline, text).get("three weeks") is None, text
    assert _timings(pipeline, "The champion lost the belt just over a year later to a Cuban southpaw."
                    ).get("just over a year") == LAG


def test_a_lag_is_no_reading_of_a_negated_length(pipeline: Pipeline) -> None:
    """Fails without ``_negated_in``: ``duration (lost)`` held an unbeaten run against the
    time until a title was lost, two outlets' conflicting readings of one span."""
    got = figure_conflicts(pipeline, [
        "Petrov, who has not lost in more than three years, hit the smaller Lopez at will throughout the bout.",
        "Lopez would go on to win the vacant belt over Ray Dunne but lost it just over a year later to Ivan Sorokin."])
    assert not any(f.measure and f.measure.startswith("duration") for f in got), [f.summary for f in got]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["has not", "hasn't", "had never", "has not once"]),
       st.sampled_from(["four years", "more than a decade", "18 months", "nearly two weeks"]))
def test_any_negated_perfect_over_a_span_is_a_length(pipeline: Pipeline, negated: str, span: str) -> None:
    text = f"The striker, who {negated} scored in {span}, was left on the bench on Saturday."
    assert _timings(pipeline, text).get(span) == LENGTH, text
