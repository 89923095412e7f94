"""Session 61: a place's name that opens an organisation's (``China`` of ``China Manned
Space Agency``, ``Iceland`` of ``Iceland Tourism Federation``) is never the source of the
organisation's denial or accusation: the whole name is, as the place only says where the body
is. A place standing alone stays the source."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("body", "rest"), [
    ("China Manned Space Agency", "said it had ruled out a thruster fault and rejected reports of a leak."),
    ("Iceland Tourism Federation", "said the figure was unrealistic and rejected the ministry's claims."),
    ("Norway Fisheries Directorate", "said its inspectors had checked the nets, and denied any negligence."),
])
def test_the_organisation_not_its_place_denies(pipeline: Pipeline, body: str, rest: str) -> None:
    denials = [c for c in claims_of(pipeline, f"The {body} {rest}") if c.stance == "denies"]
    assert denials
    assert all(c.source == body for c in denials)


def test_a_place_alone_stays_the_source(pipeline: Pipeline) -> None:
    text = "Farmers accused the dam's operator of cutting water. Kenya said the dam was safe and rejected the claims."
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == ["Kenya"]


@pytest.mark.parametrize(("body", "rest"), [
    ("The Norwegian Coast Guard", "said its crew had found no oil on the water and rejected the fishermen's claims."),
    ("Tarvos Police", "said the two suspects had fled on foot and denied that officers had fired first."),
])
def test_a_coordinated_denial_takes_the_subject_its_said_reads_whole(pipeline: Pipeline, body: str, rest: str) -> None:
    cs = claims_of(pipeline, f"{body} {rest}")
    said = next(c for c in cs if c.stance != "denies")
    denials = [c for c in cs if c.stance == "denies"]
    assert denials
    assert all(c.source == said.source for c in denials)
    assert said.source is not None and body.endswith(said.source)
