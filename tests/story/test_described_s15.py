"""Session 15 (issue #10): a body the story names once and otherwise by a noun - the noun
right before its name (``La Liga club Atlético Castellar``, ``the public service union
Unison``) or the name's own head (``the airport`` for ``Harlow International Airport``) -
is the source wherever a claim's source is that noun alone. Sentences from a stadium
naming row, a hospital strike and a ferry port."""

from __future__ import annotations

from newskit import Analysis, Article, Pipeline
from newskit.story import build_story
from newskit.story.described import described_names, headed_names


def _run(pipeline: Pipeline, *texts: str) -> list[Analysis]:
    return [pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}", "published": "2025-05-02",
                                            "text": t})) for i, t in enumerate(texts)]


def test_a_noun_right_before_a_name_describes_it(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "Fans of second-division club Rivermouth Rovers protested outside the ground.",
                    "The public service union Unison said its members would strike on Friday.")
    assert described_names(analyses) == {"club": "Rivermouth Rovers", "union": "Unison"}


def test_a_noun_inside_a_name_describes_nothing(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "The Rotary Club Berlin Mitte held its dinner on Friday.")
    assert "club" not in described_names(analyses)


def test_a_noun_before_two_names_tells_nothing(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "The club Rivermouth Rovers beat the club Eastgate United on Saturday.")
    assert "club" not in described_names(analyses)


def test_a_name_head_stands_for_the_one_name_it_ends(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "Ferries left Harlow International Airport Pier late. "
                              "Passengers waited at Dunmore Ferry Port for six hours.")
    assert headed_names(analyses, frozenset({"port", "pier"})) == {"port": "Dunmore Ferry Port",
                                                                  "pier": "Harlow International Airport Pier"}


def test_a_name_that_goes_on_after_of_has_another_head(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "The Tennessee Department of Labor and Workforce Development said claims rose.")
    assert headed_names(analyses, frozenset({"department"})) == {}


def test_two_names_with_one_head_tell_nothing(pipeline: Pipeline) -> None:
    analyses = _run(pipeline, "Dunmore Ferry Port and Eastgate Ferry Port both closed on Sunday.")
    assert headed_names(analyses, frozenset({"port"})) == {}


def test_the_claims_of_the_airport_are_the_named_airports(pipeline: Pipeline) -> None:
    story = build_story(_run(
        pipeline,
        "Hundreds of travellers slept at Harlow International Airport after snow closed the runway.",
        "The airport said it had cleared the runway as fast as it safely could.",
    ))
    assert any(c.source == "Harlow International Airport" for c in story.claims), \
        [(c.source, c.text) for c in story.claims]
