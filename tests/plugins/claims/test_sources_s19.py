"""Session 19 (issue #10, helper pairs): what a name carries between it and its cue is no
part of who speaks: its initials in brackets (``The Andean Fisheries Board (AFB) denied``)
or a participle phrase of where it is (``, based in Leeds,``, ``, headquartered in Oslo,``).
Before, the first read no denial at all and the second took the place inside the aside or
a word of the name for the speaker.

Sentences written for these tests (fishing, software, shipping, aviation), not from the
stories where the kinds were seen failing."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("\"They emptied the bay in one season,\" the fisherman said. The Andean Fisheries Board (AFB) denied the "
     "claim.", "Andean Fisheries Board"),
    ("Users said their files had been deleted without warning. The developer, Brightwave Software, based in "
     "Leeds, denied this.", "Brightwave Software"),
    ("Dock workers said the crane had failed twice before. Nordline Shipping, headquartered in Oslo, rejected "
     "the accusation.", "Nordline Shipping"),
])
def test_a_denier_is_read_past_its_aside(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, "denies") in got, got


def test_initials_after_a_person_leave_the_person_speaking(pipeline: Pipeline) -> None:
    # the brackets are an aside; what stands before them still speaks, a person as a person
    got = claim_sources(pipeline, "The pilots' union said the runway lights had failed. Its president, Marta "
                                  "Quiroga, denied the airline's account.")
    assert any(s is not None and "Marta Quiroga" in s and stance == "denies" for s, stance in got), got


def test_a_body_before_any_participle_aside_still_speaks(pipeline: Pipeline) -> None:
    # ", criticised in parliament last week," is an aside too: the body before it speaks
    got = claim_sources(pipeline, "The Lakeside Water Company, criticised in parliament last week, denied that "
                                  "the reservoir was polluted.")
    assert ("Lakeside Water Company", "denies") in got, got
