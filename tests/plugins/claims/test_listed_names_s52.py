"""Session 52 (issue #14, lead): a relative pronoun after a body's name whose ``of``-complement
is a list (``the Ministry of Petroleum, Mines and Energy which found ...``) stands for the
whole name, as ``find_actors`` reads it; the noun phrase before the pronoun stopped at the
list's comma ("Mines and Energy"). Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "name"), [
    ("The licence was withdrawn after an audit by the Ministry of Fisheries, Ports and Maritime Affairs "
     "which found that the trawler company had underreported its catch.",
     "Ministry of Fisheries, Ports and Maritime Affairs"),
    ("The permits were reviewed in May with the Department of Fish, Wildlife and Parks, which said none had lapsed.",
     "Department of Fish, Wildlife and Parks"),
    ("The ruling cited a report by the Bureau of Alcohol, Tobacco, Firearms and Explosives which concluded that "
     "the rifles had been bought legally.",
     "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
])
def test_a_relative_pronoun_stands_for_the_whole_listed_name(pipeline: Pipeline, text: str, name: str) -> None:
    got = [c.source for c in claims_of(pipeline, text)]
    assert got and all(s == name for s in got), got


def test_a_list_of_bodies_is_no_one_name(pipeline: Pipeline) -> None:
    """The guard: a list with no head and ``of`` before it stays as it was read."""
    text = "Aid came from Oxfam, Unicef and the Red Cross, which said the camps were full."
    assert "Oxfam, Unicef and the Red Cross" not in [c.source for c in claims_of(pipeline, text)]
