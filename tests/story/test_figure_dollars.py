"""Which dollar a bare ``$`` is (figure_dollars): the story's own signs decide. Invented
sentences of kinds of news other than the read stories (a transit line in Vancouver, a
mine in Western Australia, a hospital in Auckland)."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_dollars import local_dollars, one_sum_two_signs
from tests.story.helpers import figures_by_measure, first_figure, text_figures


def _units(figs: list[Figure]) -> list[str | None]:
    return [f.unit for f in local_dollars(figs)]


def test_a_bare_dollar_of_an_article_marking_none_is_the_story_local_dollar() -> None:
    """A wire marks ``US$`` and a broadcaster ``C$``: the local paper's bare ``$`` is the
    Canadian dollar; the wire's own bare ``$`` stays a US dollar (it marks one)."""
    local = first_figure("The new line will cost $2.1 billion, the city said.", "paper")
    marked = first_figure("The line will cost C$2.1 billion.", "broadcaster")
    wire = first_figure("The line will cost about US$1.5 billion.", "wire")
    wire_bare = first_figure("A similar line in Seattle cost $3 billion.", "wire")
    assert _units([local, marked, wire, wire_bare]) == ["CAD", "CAD", "USD", "USD"]


def test_no_marked_us_dollar_or_two_local_dollars_change_nothing() -> None:
    """With no ``US$`` in the story, or with two other dollars marked (``A$`` and ``NZ$``),
    the story's signs say nothing about a bare ``$``."""
    local = first_figure("The mine expansion will cost $900 million.", "paper")
    marked = first_figure("The expansion will cost A$900 million.", "miner")
    assert _units([local, marked]) == ["USD", "AUD"]
    kiwi = first_figure("The hospital wing will cost NZ$400 million.", "herald")
    wire = first_figure("The wing will cost about US$240 million.", "wire")
    assert _units([local, marked, kiwi, wire]) == ["USD", "AUD", "NZD", "USD"]


def test_a_sum_told_in_a_bare_local_dollar_a_marked_one_and_us_dollars_is_consistent(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "Vancouver council approved the SkyTrain extension on Monday. The extension will cost $2.8 billion, staff said.",
        "Vancouver council approved the SkyTrain extension. The extension will cost C$2.8 billion, the city said.",
        "Vancouver council approved a SkyTrain extension. The extension will cost about US$2 billion, the city said.")
    found = [(label, amounts) for label, amounts in got.values() if "about US$2 billion" in amounts]
    assert found and found[0][0] == "consistent", got
    assert {"$2.8 billion", "C$2.8 billion"} <= found[0][1], got


def test_one_number_with_a_bare_and_a_marked_dollar_is_one_sum() -> None:
    """A local paper's ``$85 million`` and a wire's ``A$85 million`` are one sum though the
    story marks no ``US$``; another number in another dollar is not."""
    local = first_figure("The council will spend $85 million on the new stadium roof.", "paper")
    marked = first_figure("The council will spend A$85 million on the roof.", "wire")
    other = first_figure("The council will spend A$60 million on the roof.", "wire")
    assert one_sum_two_signs(local, marked) and one_sum_two_signs(marked, local)
    assert not one_sum_two_signs(local, other)
    assert not one_sum_two_signs(local, local)  # two bare sums: no sign tells them apart


def test_a_bare_and_a_marked_dollar_of_one_number_are_labelled_consistent(pipeline: Pipeline) -> None:
    got = figures_by_measure(
        pipeline,
        "Ontario will give the hospital in Sudbury a grant of $40 million to rebuild its emergency wing, the province said.",
        "The province said the Sudbury hospital will receive a grant of C$40 million for its emergency wing.")
    found = [label for label, amounts in got.values() if {"$40 million", "C$40 million"} <= amounts]
    assert found == ["consistent"], got


def test_an_article_whose_bare_sum_is_a_marked_us_sum_keeps_the_us_dollar() -> None:
    """A Canadian broadcaster marks ``C$``, a wire ``US$1.9 billion``; an American paper's
    bare ``$1.9 billion`` is that US sum told without its mark, so its article's bare sums
    stay US dollars, while a local paper's bare ``$2.6 billion`` (the broadcaster's number)
    is the Canadian dollar."""
    marked = first_figure("The Alberta utility will buy the Montana grid operator for C$2.6 billion.", "broadcaster")
    wire = first_figure("The utility will pay US$1.9 billion for the grid operator.", "wire")
    us_paper = first_figure("The Helena company will be sold for $1.9 billion, its board said.", "helena")
    us_paper_more = first_figure("It had sought $2.2 billion last year.", "helena")
    local = first_figure("The utility will pay $2.6 billion for the operator.", "calgary")
    assert _units([marked, wire, us_paper, us_paper_more, local]) == ["CAD", "USD", "USD", "USD", "CAD"]


def test_a_bare_sum_that_is_both_a_us_and_a_local_number_is_the_local_dollar() -> None:
    """Where an article's bare sums give a number marked ``US$`` and another marked in the
    local dollar, the local press's reading holds: no telling by the numbers."""
    marked = first_figure("The bridge will cost C$500 million.", "broadcaster")
    wire = first_figure("The bridge will cost US$370 million.", "wire")
    both = text_figures("The bridge will cost $500 million; a study put it at $370 million.", "paper")
    assert len(both) == 2
    assert _units([marked, wire, *both])[2:] == ["CAD", "CAD"]
