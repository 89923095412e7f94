"""An earlier reading a change is counted from (``up from the six announced on Tuesday``,
``down from six``) measures what the amount it changed to does (``figure_measure.compared_from``):
the nearest amount before it in its sentence of its own dimension, whatever the earlier
reading's own clause names. Invented news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_label import _pair_label
from newskit.story.figure_marks import counted_from
from tests.story.helpers import article_measures, figures_by_measure, sentence_figure


@pytest.mark.parametrize(("text", "now", "then"), [
    ("The agency said nine flights had now carried the deportees home, up from the six announced on Monday.",
     "nine", "six"),
    ("Twelve schools were closed on Friday, up from eight on Thursday, the council said.", "Twelve", "eight"),
    ("Three climbers remain in intensive care, down from five at the weekend.", "Three", "five"),
    ("Police have now arrested 14 people after the seizure of more than 8 tonnes of heroin, up from the nine "
     "detentions announced a day earlier.", "14", "nine"),
])
def test_the_earlier_reading_measures_what_the_amount_it_changed_to_does(pipeline: Pipeline, text: str, now: str,
                                                                         then: str) -> None:
    measures = article_measures(pipeline, text)
    assert measures[then] == measures[now]


@pytest.mark.parametrize(("text", "now", "then"), [
    ("A single ticket will cost 3,550 pesos, up from 3,000, the transport authority said.", "3,550 pesos", "3,000"),
    ("Health officials counted 48 new infections on Monday, up from 3 percent of tests a week earlier.", "48",
     "3 percent"),
])
def test_no_measure_is_taken_across_dimensions(pipeline: Pipeline, text: str, now: str, then: str) -> None:
    measures = article_measures(pipeline, text)
    assert measures.get(then) != measures[now]


def test_an_earlier_reading_in_another_outlet_updates_it(pipeline: Pipeline) -> None:
    found = figures_by_measure(
        pipeline,
        "Six ferries were cancelled on Tuesday because of the storm, the operator said.",
        "Eleven ferries have now been cancelled, up from the six announced on Tuesday, the operator said.",
    )
    assert any(label == "updated" and {"Six", "Eleven"} <= amounts for label, amounts in found.values())


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 900), st.integers(2, 900), st.sampled_from(["up from", "down from"]))
def test_any_count_changed_from_shares_its_measure(pipeline: Pipeline, now: int, then: int, marker: str) -> None:
    text = f"The ministry said {now} shelters had now opened, {marker} {then} on Monday."
    measures = article_measures(pipeline, text)
    assert measures[str(then)] == measures[str(now)]


@pytest.mark.parametrize("text", [
    "In 2025 the airport handled 71 diversions, up from 52 the year before.",
    "The charity received more than 40 reports of abuse, up from 25 a week earlier.",
    "The institute received 37 complaints last year, up from 21 in 2024.",
])
def test_another_period_named_after_the_earlier_reading_keeps_it_apart(pipeline: Pipeline, text: str) -> None:
    """A tally of another year or week set beside this one is no earlier state of the count."""
    assert not figures_by_measure(pipeline, text, "The weather was calm on Sunday, the forecaster said.")


def test_one_article_telling_what_its_count_changed_from_is_an_update(pipeline: Pipeline) -> None:
    found = figures_by_measure(
        pipeline,
        "Four miners are still in intensive care, down from six earlier in the week.",
        "The mine will stay closed until inspectors finish their work, the company said.",
    )
    assert ("updated", {"Four", "six"}) in found.values()


#: Round counts are read within their rounding ("500" holds 499: consistent), so the
#: property keeps to counts that are not round.
_UNROUND = st.integers(1, 500).filter(lambda n: n % 5 != 0)


@settings(max_examples=30, deadline=None)
@given(_UNROUND, _UNROUND, st.booleans())
def test_the_earlier_reading_is_updated_by_any_differing_count(then: int, other: int, later: bool) -> None:
    """Whoever tells the other count and whenever, the reading a change is counted from is
    the count's earlier state: a differing count updates it."""
    if then == other:
        return
    told = f"Nine ferries have now been cancelled, up from {then} on Monday, the operator said."
    a = sentence_figure(told, str(then), then, measure="cancelled", article="a1", source="operator",
                        stated="2026-03-03T10:00")
    b = sentence_figure(f"{other} ferries were cancelled, the port authority said.", str(other), other,
                        measure="cancelled", article="a2", source="port authority",
                        stated="2026-03-03T18:00" if later else "2026-03-03T08:00")
    assert counted_from(a) and not counted_from(b)
    assert _pair_label(a, b, "rising", "cancelled") == "updated"
    assert _pair_label(b, a, "rising", "cancelled") == "updated"
