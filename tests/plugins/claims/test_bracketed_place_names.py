"""A place in brackets inside a firm's name names its local arm (plugins/newskit_claims
``subjects._name_with_place``): ``Hoshino Motor (Thailand) denied`` is the firm's denial,
never Thailand's. A place in brackets after a common noun stays the place. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("Hoshino Motor (Thailand) denied the union's claim that it had moved machines out at night.",
     "Hoshino Motor (Thailand)"),
    ("Kelvar Foods (Malaysia) Bhd has rejected the allegation that it dumped waste in the river.",
     "Kelvar Foods (Malaysia) Bhd"),
    ("Orbis Cement (Kenya) Ltd denied that it had cut wages.", "Orbis Cement (Kenya) Ltd"),
])
def test_a_firm_named_with_a_place_in_brackets_is_the_source(pipeline: Pipeline, text: str, source: str) -> None:
    assert [c.source for c in claims_of(pipeline, text) if c.stance == "denies"] == [source]


def test_a_place_in_brackets_after_no_name_stays_the_place(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The union accused the firm of lying. Its parent (Thailand) denied the claim.")
    assert all("Its parent" not in c.source for c in cs)
