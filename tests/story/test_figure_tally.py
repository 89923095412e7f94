"""A vote's tally read as one amount and compared across outlets. Sentences of kinds of news
other than the story where the kind was seen (a city council's speed limit): a school
board, a senate, a union ballot, a shareholder vote, a football score that is no tally."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_tally import TALLY, read_tallies
from newskit.story.figures import article_figures
from tests.story.helpers import figures_by_measure


def _tallies(text: str) -> list[str]:
    qs, ids = read_tallies(text, [])
    return [q.text for q in qs if id(q) in ids]


def test_a_tally_beside_a_word_of_voting_is_one_amount() -> None:
    assert _tallies("The school board voted 5-2 on Monday to close the annex.") == ["5-2"]
    assert _tallies("The Senate approved the treaty 61 to 39.") == ["61 to 39"]
    assert _tallies("Members backed the offer by 412 votes to 96, the union said.") == ["412 votes to 96"]
    assert _tallies("Shareholders rejected the pay plan in a 58–42 vote.") == ["58–42"]


def test_the_same_shape_beside_no_vote_is_no_tally() -> None:
    assert _tallies("Rovers won 3-1 at home on Saturday.") == []
    assert _tallies("After the vote, support fell from 18 to 7 within a week.") == []
    assert _tallies("The board approved the 2025-26 budget.") == []
    assert _tallies("Members voted and 61 to 39 percent backed the deal.") == []


def test_the_plugin_s_counts_inside_a_tally_give_way_to_it() -> None:
    text = "The Senate approved the treaty 61 to 39."
    start = text.index("61")
    counts = [QuantityMention(start=start, end=start + 2, text="61", value=61),
              QuantityMention(start=start + 6, end=start + 8, text="39", value=39)]
    qs, ids = read_tallies(text, counts)
    assert [(q.text, q.value, id(q) in ids) for q in qs] == [("61 to 39", 61, True)]


def test_a_tally_is_the_total_of_its_own_measure(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({"id": "a", "text": "The school board voted 5-2 to close the annex.",
                                        "published": "2025-06-02"}))
    assert [(f.ref.text, f.measure, f.role) for f in article_figures(a, loose=True) if f.ref] == [
        ("5-2", TALLY, "total")]


def test_two_outlets_tallies_of_one_vote_that_differ_conflict(pipeline: Pipeline) -> None:
    got = figures_by_measure(pipeline, "The school board voted 5-2 on Monday to close the Elm Street annex.",
                             "Trustees approved the closure 4 to 3, the board's minutes show.")
    assert got.get(TALLY) == ("conflicting", {"5-2", "4 to 3"}), got


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=999))
def test_any_tally_after_voted_is_read_whole(yes: int, no: int) -> None:
    text = f"The committee voted {yes}-{no} on the motion."
    qs, ids = read_tallies(text, [])
    assert [(q.text, q.value) for q in qs if id(q) in ids] == [(f"{yes}-{no}", yes)]


def test_numbers_before_a_noun_of_anything_else_are_a_range() -> None:
    """``for 2-3 weeks`` after a vote is how long, not how many voted."""
    assert _tallies("The council voted to close the road for 2-3 weeks.") == []
    assert _tallies("The committee voted 3-2.") == ["3-2"]
    assert _tallies("The judges ruled 6-3 in a decision released on Friday.") == ["6-3"]
