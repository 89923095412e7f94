"""A place's name followed by a capitalised unit of local government (``Nairobi County``,
``Lagos State``, ``Sindh Province``) is that place's own government as the source, never
the country the place lies in (plugins/newskit_claims ``subjects.source_name``). A place
named alone still stands for its country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("Nairobi County denied that it had ordered the market cleared.", "Nairobi County"),
    ("Traders accused Nairobi County of starting the fire, a charge the county denies.", "Nairobi County"),
    ("Lagos State rejected the claim that it had ignored flood warnings.", "Lagos State"),
])
def test_a_local_government_is_its_own_source(pipeline: Pipeline, text: str, source: str) -> None:
    assert [c.source for c in claims_of(pipeline, text) if c.stance == "denies"] == [source]


def test_a_capital_alone_still_stands_for_its_country(pipeline: Pipeline) -> None:
    assert [c.source for c in claims_of(pipeline, "Nairobi denied that it had closed the border.")
            if c.stance == "denies"] == ["Kenya"]
