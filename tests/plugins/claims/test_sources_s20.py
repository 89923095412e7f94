"""Session 20 (issue #10, helper pairs): a place's possessive and a person's role right
before a cue name the role's holder, not the place (``Bolivia's deputy health minister
denied``: ``deputy health minister of Bolivia``, whom the story names by the title its
articles give: :mod:`newskit.story.role_names`). Before, the country was the denier.

Sentences written for these tests (a port, farming, a rail strike), not from the stories
where the kind was seen failing."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("Peru's deputy transport minister denied on Tuesday that the port had been closed without notice.",
     "deputy transport minister of Peru"),
    ("Kenya's agriculture minister rejected the accusation that maize imports had been delayed.",
     "agriculture minister of Kenya"),
])
def test_a_role_a_place_possesses_is_its_holder(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, "denies") in got, got


def test_a_body_a_place_possesses_stays_the_body(pipeline: Pipeline) -> None:
    # a body's head after the possessive is the body, read as before
    got = claim_sources(pipeline, "Spain's transport ministry denied that the rail strike had cost 40 million euros.")
    assert not any(s.endswith(" of Spain") for s, _ in got), got


def test_a_call_that_labels_what_was_said_as_false_denies(pipeline: Pipeline) -> None:
    # the noun names an earlier claim's act of saying: "warned" ... "the union's warnings"
    got = claim_sources(pipeline, "The closure of the plant will cost 300 jobs, the steelworkers' union warned on "
                                  "Monday. Plant director Henrik Aalto called the union's warnings \"nonsense\" and "
                                  "said no jobs would go before 2027.")
    assert ("Henrik Aalto", "denies") in got, got


def test_a_call_that_labels_an_act_denies_nothing(pipeline: Pipeline) -> None:
    # "the closure" names no saying: calling it wrong is a charge, not a denial
    got = claim_sources(pipeline, "The council will close the library in March, officials announced on Monday. "
                                  "Councillor Maria Lund called the closure \"wrong\" and said she would appeal.")
    assert ("Maria Lund", "denies") not in got, got
