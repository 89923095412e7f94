"""Session 62 (helper spurious): a count joined by ``and`` to the count after a capacity word
is that word's object too (``has room for 300 passengers and 40 vehicles``), so a capacity
(``figure_measure._coordinated_capacity``): never a count of what happened, such as the
vehicles a ferry carried on its first crossing, which a capacity no longer joins as one
property (``figure_story._one_property``). A count after ``and`` that a finite verb
makes the subject of its own clause, or one after a rate, is left alone. Invented sentences:
a catamaran, a ward, a cruise port, a hall, a container terminal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_story import _one_property, _Unit
from tests.story.helpers import figure_measures, figures_by_measure


def test_a_second_object_of_a_capacity_word_is_a_capacity(pipeline: Pipeline) -> None:
    """Fails without the rule: the second count was a plain count of its noun."""
    for text, amount in (("The new catamaran has room for 420 passengers and 60 cars.", "60"),
                         ("The ward was built for 40 patients and 12 nurses, the ministry said.", "12"),
                         ("The council set a daily limit of three ships and 7,500 passengers.", "7,500"),
                         ("The Marisol can carry up to 500 passengers and 85 vehicles.", "85")):
        got = figure_measures(pipeline, text)
        assert got.get(amount, "").endswith(", capacity"), (text, got)


def test_a_count_opening_its_own_clause_is_no_capacity(pipeline: Pipeline) -> None:
    """``and 35 volunteers were on duty``: a clause of its own, its count no object of ``hold``."""
    got = figure_measures(pipeline, "The hall can hold 800 people and 35 volunteers were on duty on Saturday.")
    assert not got.get("35", "").endswith(", capacity"), got


def test_a_count_after_a_rate_is_no_capacity(pipeline: Pipeline) -> None:
    """``capacity for 1.8 million TEU a year and about 900 workers``: the workers are the
    terminal's, coordinated with its capacity, not with the rate's amount."""
    got = figure_measures(pipeline, "Halden Ports runs a terminal with capacity for 1.8 million TEU a year and "
                                    "about 900 workers, one of the largest employers in the province.")
    assert not got.get("about 900", "").endswith(", capacity"), got


def test_the_capacity_is_no_rival_count_of_the_crossing(pipeline: Pipeline) -> None:
    """Fails without the rule: the ferry's room for 45 vehicles stood against the 25 it carried."""
    got = figures_by_measure(pipeline,
                             "The ferry left the harbour at 8 a.m. with 150 passengers and 25 vehicles on board.",
                             "The ferry, built in Norway, has room for 300 passengers and 45 vehicles.")
    assert not any({"25", "45"} <= amounts for _, amounts in got.values()), got


def test_a_capacity_and_a_plain_count_of_its_noun_are_two_measures() -> None:
    """Fails before session 62: a capacity joined a plain count of its noun as one property
    (``figure_story._one_property``); what a ferry may carry is no count of what it carries.
    What a body holds still joins its plain count."""
    def unit(name: str) -> _Unit:
        return _Unit(name, [Figure(article="a", measure=name, value=1)])

    assert not _one_property(unit("number of vehicles, capacity"), unit("number of vehicles"))
    assert _one_property(unit("number of vehicles, held"), unit("number of vehicles"))


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["can carry", "has room for", "can hold", "was built for", "has capacity for"]),
       st.integers(100, 900), st.integers(10, 80))
def test_any_coordinated_count_after_a_capacity_word(pipeline: Pipeline, verb: str, people: int, cars: int) -> None:
    text = f"The vessel {verb} {people} passengers and {cars} cars."
    assert figure_measures(pipeline, text).get(str(cars), "").endswith(", capacity"), text
