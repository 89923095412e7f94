"""Kinds of amounts that must not be compared, or must be, read from real-style sentences
(two or three short outlets each; not the stories scored in bench/figures_eval.py)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _findings(pipeline: Pipeline, *texts: str) -> dict[str, set[str]]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2025-06-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    return {f.measure or "": {x.ref.text for x in f.figures if x.ref} for f in story.conflicts if f.type == "figures"}


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-06-02"}))
    return {f.ref.text: f.measure if f.role == "total" else f.role for f in article_figures(a) if f.ref}


def test_two_candidates_vote_shares_are_never_compared(pipeline: Pipeline) -> None:
    got = _findings(pipeline,
                    "Mayor Ana Costa won 52% of the vote on Sunday. Her challenger, Pedro Lima, won 45% of the vote.",
                    "Ana Costa won 54% of the vote, official results showed.")
    assert not any("45%" in amounts for amounts in got.values()), got
    assert {"52%", "54%"} in got.values(), got


def test_a_share_of_something_else_is_not_a_vote_share(pipeline: Pipeline) -> None:
    got = _measures(pipeline, "Ana Costa led with 51% of the vote, with 90% of precincts reporting.")
    assert got["90%"] == "share of precincts" and got["51%"].startswith("vote share")


def test_turnout_rate_and_number_of_voters_stay_apart(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Turnout was 58 percent, the commission said.",
                    "About 4.2 million people voted, a turnout of 61%.")
    assert got == {"turnout": {"58 percent", "61%"}}, got


def test_a_margin_is_its_own_measure(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "Costa won by a margin of about 12,000 votes.",
                    "Costa received 310,000 votes to Lima's 301,500, a difference of 8,500.")
    assert got == {"margin": {"about 12,000", "8,500"}}, got


def test_a_count_said_to_be_an_earlier_one_is_not_a_total(pipeline: Pipeline) -> None:
    got = _measures(pipeline, "The toll rose to 40. Officials had initially reported 12 deaths.")
    assert got["12"] == "earlier" and got["40"] == "deaths"


def test_what_is_said_of_the_counted_people_is_the_measure(pipeline: Pipeline) -> None:
    got = _measures(pipeline, "At least 30 passengers remain missing after the bus plunged into the river.")
    assert got["At least 30"] == "missing"
    got = _measures(pipeline, "The bus was carrying 52 passengers when it left the station.")
    assert got["52"] == "people on board"


def test_a_sum_or_count_named_by_its_noun(pipeline: Pipeline) -> None:
    got = _findings(pipeline, "The kidnappers demanded a ransom of $2 million, police said.",
                    "The ransom paid by the family was $5 million, a lawyer said.")
    assert got == {"ransom": {"$2 million", "$5 million"}}, got
    got = _measures(pipeline, "The company said the number of customers affected had risen to 3 million.")
    assert got["3 million"] == "number of customers"


def test_coordinated_counts_share_their_verb_and_plurals_are_written(pipeline: Pipeline) -> None:
    got = _measures(pipeline, "The strike killed five children and 12 women, officials said.")
    assert got == {"five": "deaths (children)", "12": "deaths (women)"}, got
    got = _measures(pipeline, "The storm killed seven people and forced 12,000 residents from their homes.")
    assert got["seven"] == "deaths" and got["12,000"] != "deaths", got


def test_a_fine_is_its_own_fixed_measure(pipeline: Pipeline) -> None:
    got = _measures(pipeline, "Regulators fined Orbis Bank $12 million on Tuesday. The fine of $12 million is the "
                              "largest the agency has imposed.")
    assert got == {"$12 million": "fine"}
