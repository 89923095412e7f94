"""Issue #10: what a vessel has room for, is certified for or is able to carry is its
capacity (``figures.json`` ``capacity_words``), never a count of those on board on the day:
``room for 650 passengers`` is no reading of ``carrying 590 passengers``. Invented
sentences, not the story sets'."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _measures(pipeline: Pipeline, text: str) -> dict[str, str]:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-01T10:00"}))
    return {f.ref.text: f.measure for f in article_figures(analysis) if f.ref is not None}


@pytest.mark.parametrize(("text", "amount"), [
    ("The new catamaran has a top speed of 35 knots and room for 650 passengers.", "650"),
    ("The launch had a safety certificate for 220 passengers, the port authority said.", "220"),
    ("The aircraft is able to carry 180 passengers.", "180"),
    ("The ferry can carry 480 passengers and 60 vehicles, and will sail twice a week.", "480"),
    ("The vessel could carry up to 900 passengers once the upper deck is finished.", "up to 900"),
])
def test_what_a_vessel_can_take_is_its_capacity(pipeline: Pipeline, text: str, amount: str) -> None:
    assert _measures(pipeline, text).get(amount, "").endswith(", capacity")


def test_the_capacity_is_no_reading_of_those_on_board(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate([
                             "The new catamaran has a top speed of 35 knots and room for 650 passengers.",
                             "The new catamaran made its first crossing on Monday carrying 590 passengers and 120 cars."])])
    found = [f.summary for f in story.conflicts if f.type == "figures"]
    assert all("650" not in f for f in found), found


def test_what_a_ship_can_carry_is_no_reading_of_those_it_carried(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate([
                             "The new ferry left the capital on Monday with 310 passengers on board, the operator said. "
                             "The ferry can carry 480 passengers and 60 vehicles.",
                             "Port officials said the ferry carried nearly 250 passengers on its first crossing, fewer "
                             "than the operator said. The ship can carry 480 passengers."])])
    found = [f.summary for f in story.conflicts if f.type == "figures"]
    assert all("480" not in f for f in found), found


@pytest.mark.parametrize(("text", "amount"), [
    ("The motion failed in the 120-seat chamber on Tuesday.", "120"),
    ("The club will move to a 45,000-seat stadium next year.", "45,000"),
    ("A 14-seater minibus overturned on the mountain road.", "14"),
])
def test_a_count_of_places_written_as_an_adjective_is_a_capacity(pipeline: Pipeline, text: str, amount: str) -> None:
    assert _measures(pipeline, text).get(amount, "").endswith(", capacity")


def test_the_seats_a_party_holds_are_no_capacity(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The ruling party holds 52 seats in the 120-seat chamber.")
    assert measures.get("52") == "number of seats, held", measures
    assert measures.get("120") == "number of seats, capacity", measures


def test_the_chambers_size_is_no_reading_of_the_seats_held(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate([
                             "The motion fell three votes short in the 120-seat chamber, the speaker said.",
                             "The ruling Unity Party now has 104 seats after two defections, the party said."])])
    found = [f.summary for f in story.conflicts if f.type == "figures"]
    assert all("120" not in f for f in found), found


@pytest.mark.parametrize(("text", "amount"), [
    # session 53: a limit is what a vessel may carry, not what it carried on the day
    ('"Our skipper kept to the limit of 120 passengers," the ferry company said.', "120"),
    ("The lift has a load limit for 12 people.", "12"),
    ("The bus was licensed with a maximum load of 45 passengers.", "45"),
])
def test_a_limit_is_a_capacity(pipeline: Pipeline, text: str, amount: str) -> None:
    assert _measures(pipeline, text).get(amount, "").endswith(", capacity")
