"""Session 10 (issue #10): a description of a body with the head of a body named before it
is that body ("the largest rail union" after "the National Union of Rail Workers"), while a
description with another head stays a source of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("The National Union of Rail Workers said drivers had worked 14-hour shifts. The largest rail union "
     "accused the operator of ignoring fatigue rules.", "National Union of Rail Workers"),
    ("The Meteorological Service said the river would peak on Friday. The national weather service "
     "accused the council of ignoring its flood warnings.", "Meteorological Service"),
])
def test_a_description_with_the_named_bodys_head_is_that_body(pipeline: Pipeline, text: str, source: str) -> None:
    assert (source, "alleges") in claim_sources(pipeline, text), claim_sources(pipeline, text)


def test_a_description_with_another_head_stays_its_own_source(pipeline: Pipeline) -> None:
    text = ("The Harbour Authority said the crane had passed its inspection. The safety regulator accused "
            "the operator of hiding two earlier faults.")
    sources = claim_sources(pipeline, text)
    assert any(s and "regulator" in s and st == "alleges" for s, st in sources), sources
    assert not any(s == "Harbour Authority" and st == "alleges" for s, st in sources), sources
