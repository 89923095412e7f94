"""The central happening told again by a verb of impact (story/impact.py).

The sentences are invented, of other kinds of news than the stories the kind was read in (a
level crossing, a driverless taxi, a cycle race): a tram, a crane, a hailstorm, a delivery
van, and markets and politics for the senses that are no impact."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.impact import impact_verbs
from tests.story.helpers import event_texts, story_of


def _verbs(text: str) -> list[str]:
    return [text[s:e] for s, e in impact_verbs(text)]


def test_a_verb_of_impact_with_its_object_path_or_result() -> None:
    assert _verbs("The tram hit a parked van near the station.") == ["hit"]
    assert _verbs("A delivery van ploughed into a crowded market.") == ["ploughed"]
    assert _verbs("Hail tore open the roof of the sports hall.") == ["tore"]
    assert _verbs("The crane was struck by a gust and toppled.") == ["struck"]  # a passive
    assert _verbs("When it slammed into Terminal 2, the jet was empty.") == ["slammed"]  # a name


def test_no_impact_told() -> None:
    assert _verbs("The storm could hit the coast on Friday.") == []  # a modal: not told as done
    assert _verbs("Forecasters expect the hail to hit the region.") == []  # an infinitive
    assert _verbs("No spectators were hit, organisers said.") == []  # a negation
    assert _verbs("Analysts put the size of the hit at $2 billion.") == []  # a noun
    assert _verbs("Bond yields hit a record on Tuesday.") == []  # a level reached
    assert _verbs("Bond yields hit 5.2 percent on Tuesday.") == []  # a number: a figure's course


def _arts(*rows: tuple[str, str], published: str | None = "2026-05-04") -> list[dict[str, Any]]:
    return [{"id": f"tr{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


TRAM = _arts(
    ("Tram derails in Lisbon, 12 hurt",
     "A tram derailed in central Lisbon on Monday, injuring 12 people, the city's transport company said.\n"
     "Witnesses said its front car hit a parked delivery van on a steep bend before it left the rails."),
    ("Twelve injured as Lisbon tram comes off the rails",
     "Twelve people were injured when a tram derailed on a hill in Lisbon on Monday morning.\n"
     "The driver braked, but the vehicle slammed into a van that was parked on the tracks, police said."),
)


def test_the_verbs_of_impact_join_the_central_happening(pipeline: Pipeline) -> None:
    held = event_texts(story_of(pipeline, TRAM))
    assert ("tr0", "derailed") in held
    assert {("tr0", "hit"), ("tr1", "slammed")} <= held


def test_an_undated_collection_adds_none(pipeline: Pipeline) -> None:
    """Undated documents (a collection's) need not lead with their news."""
    story = story_of(pipeline, _arts(*((a["title"], a["text"]) for a in TRAM), published=None))
    held = {(m.article, m.text) for e in story.events for m in e.mentions}
    assert ("tr0", "hit") not in held


def test_an_impact_of_another_year_stays_out(pipeline: Pipeline) -> None:
    """"In 2019, ... when a bus ploughed into a lorry": its sentence dates it long before the news."""
    arts = [*TRAM, *_arts(("Lisbon tram crash revives safety fears",
                           "A tram derailed in Lisbon on Monday, injuring 12 people.\nIn 2019, two people died "
                           "when a bus ploughed into a lorry on the same street."))]
    arts[-1]["id"] = "tr9"
    held = event_texts(story_of(pipeline, arts))
    assert ("tr9", "ploughed") not in held
    assert ("tr0", "hit") in held


@settings(max_examples=5, deadline=None)
@given(st.permutations(range(2)))
def test_the_impacts_do_not_depend_on_article_order(pipeline: Pipeline, order: list[int]) -> None:
    held = event_texts(story_of(pipeline, [TRAM[k] for k in order]))
    assert {("tr0", "hit"), ("tr1", "slammed")} <= held
