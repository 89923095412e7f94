"""Session 12 (issue #10, helper pairs): allegation/denial pairs whose parties were read
wrong or whose act was missed.

* An assertion whose subject did an act in an irregular past form (``Corvane knew``,
  ``the council hid``) says the denier did something, as an ``-ed`` form does.
* A body introduced with a relative aside holding a list of places (``The Tenants'
  Union, which represents flats in Hull, Leeds and York, said``) is the source, not the
  last places of the list.

Sentences written for these tests (housing, a mine, a water company), not from the stories
where the kinds were seen failing (a drug trial)."""

from __future__ import annotations

import pytest

from newskit import Pipeline
from tests.story.helpers import outlet_pairs as _story_pairs


@pytest.mark.parametrize("verb", ["knew", "hid", "kept"])
def test_an_irregular_past_act_of_the_denier_is_alleged(pipeline: Pipeline, verb: str) -> None:
    pairs = _story_pairs(pipeline, [
        ("Mining Weekly", f"Miners' families said Corvane Minerals {verb} the results of the dust tests from the "
                          "inspectors for two years."),
        ("Wire", "Corvane Minerals denied the claim."),
    ])
    assert any("families" in a.lower() and "Corvane" in d for a, d in pairs), pairs


def test_a_relative_aside_holding_a_list_of_places_keeps_its_body(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        ("Housing Today", "The Northern Tenants Union, which says it represents families in Hull, Leeds and York, "
                          "said Brookline Homes knew of the damp in the flats for a year."),
        ("Wire", "Brookline Homes denied the claim."),
    ])
    assert any("Northern Tenants Union" in a and "Brookline" in d for a, d in pairs), pairs
    assert not any("York" in a for a, _ in pairs), pairs
