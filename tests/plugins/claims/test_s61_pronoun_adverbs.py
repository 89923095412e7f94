"""Session 61: a denial opened by ``it``/``they`` reads any ``-ly`` adverb between the
pronoun and the cue (``It vehemently denies``, ``They have emphatically rejected``), as the
grammar's other cues do, not only the few adverbs a list named."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize("denial", ["It vehemently denies the claims.", "It has emphatically rejected the accusation.",
                                    "It also strenuously denies the charges."])
def test_an_adverb_between_the_pronoun_and_the_cue(pipeline: Pipeline, denial: str) -> None:
    text = f"Residents accused Veltra Mining of polluting the creek near the mill. {denial}"
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == ["Veltra Mining"]


def test_a_word_in_ly_that_is_no_adverb_opens_no_denial_of_another(pipeline: Pipeline) -> None:
    text = "Residents accused Veltra Mining of polluting the creek. Its family-run rival, Orly Quarries, denied it."
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert all(c.source != "Veltra Mining" for c in denials)
