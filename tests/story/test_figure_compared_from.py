"""An earlier reading a change is counted from (``up from the six announced on Tuesday``,
``down from six``) measures what the amount it changed to does (``figure_measure.compared_from``):
the nearest amount before it in its sentence of its own dimension, whatever the earlier
reading's own clause names. Invented news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import article_measures, figures_by_measure


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
