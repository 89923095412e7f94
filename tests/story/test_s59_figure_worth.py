"""Session 59 (helper background): a span of time in the genitive before ``worth`` (``20
days' worth of treatment``, ``two months' worth of rain``) measures the thing after it, no
length of a happening, and is no amount of time of the story (``figures._WORTH_AFTER``).
Invented sentences: a rehab stay, a storm's rain, a council's spending, a strike."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_roles


def test_a_span_before_worth_is_no_amount_of_time(pipeline: Pipeline) -> None:
    """Fails without ``_WORTH_AFTER``: each span was an amount of time of the story."""
    for text, span in (("The singer has just finished 20 days' worth of treatment at the clinic.", "20 days"),
                       ("The storm dumped two months' worth of rain on the valley in a single night.", "two months"),
                       ("The council has spent roughly a year's worth of its road budget on lawyers.", "a year"),
                       ("The strike cost the mill a week's worth of output.", "a week")):
        got = figure_roles(pipeline, text)
        assert not any(span in amount for amount in got), (text, got)


def test_a_span_of_the_happening_stays(pipeline: Pipeline) -> None:
    """A span that is how long something lasted (``60 days of treatment``, ``for six days``)
    is still an amount of time."""
    assert "60 days" in figure_roles(pipeline, "The court ordered the singer to serve 60 days of treatment.")
    assert "six days" in figure_roles(pipeline, "The strike at the mill lasted six days, the union said.")


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["three", "ten", "30", "two"]), st.sampled_from(["days", "weeks", "months", "years"]),
       st.sampled_from(["’", "'"]))
def test_any_plural_span_before_worth_is_no_amount_of_time(pipeline: Pipeline, n: str, unit: str,
                                                             mark: str) -> None:
    text = f"Officials said the reservoir now holds {n} {unit}{mark} worth of water for the city."
    assert not any(unit in amount for amount in figure_roles(pipeline, text))
