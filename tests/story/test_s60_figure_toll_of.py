"""Session 60 (helper background): a noun that names only a count of casualties (``toll``)
counts what the cue right after its ``of`` names (``The toll of injured now stands at 23``:
the injured, not the dead; ``figures.json`` ``count_heads``, ``figure_measure._heads_only``).
Invented sentences: a warehouse fire, a mine collapse, a ferry capsizing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, figures_by_measure


def test_a_toll_of_a_cue_counts_that_cue(pipeline: Pipeline) -> None:
    """Fails without ``count_heads``: each amount was a count of the dead."""
    for text, amount, measure in (("The toll of injured now stands at 31, including six firefighters.", "31", "injured"),
                                  ("By nightfall the toll of the wounded had climbed to 40, the governor said.",
                                   "40", "injured"),
                                  ("The toll of missing stood at nine after divers searched the hull.", "nine",
                                   "missing")):
        got = figure_measures(pipeline, text)
        assert got.get(amount) == measure, (text, got)


def test_a_toll_alone_is_still_the_dead(pipeline: Pipeline) -> None:
    """``toll`` with no cue after its ``of`` keeps its own measure."""
    assert figure_measures(pipeline, "The toll rose to 14 on Friday as rescuers reached the shaft.").get("14") == "deaths"
    assert figure_measures(pipeline, "The death toll of the mine collapse rose to 14.").get("14") == "deaths"


def test_the_injured_are_no_rival_reading_of_the_dead(pipeline: Pipeline) -> None:
    """Fails without the rule: the injured stood as a rival count of the dead (``At least
    14`` vs ``23`` vs ``14``, conflicting)."""
    got = figures_by_measure(pipeline, "At least 14 people were killed in the warehouse fire, police said.",
                             "The toll of injured now stands at 23, including eight firefighters.",
                             "Police said the blaze killed 14 people.")
    assert "23" not in got.get("deaths", (None, set()))[1], got


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["injured", "wounded", "the injured", "the wounded"]), st.sampled_from(["17", "23", "54"]))
def test_any_toll_of_the_injured_counts_the_injured(pipeline: Pipeline, cue: str, n: str) -> None:
    text = f"Officials said the toll of {cue} had risen to {n} by Sunday."
    assert figure_measures(pipeline, text).get(n) == "injured", text
