"""A wire dateline (``ADDIS ABABA (AFP) -``, ``LAGOS, Nigeria (Reuters) -``) names where the
copy was filed: none of its words is a participant of the events its sentence tells
(plugins/newskit_events ``arguments.read_arguments``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import linked_events


@pytest.mark.parametrize("text", [
    "ADDIS ABABA (AFP) - The closure of a large tannery has drawn attention to river pollution.",
    "DORVAN CITY, Veltria (Reuters) - The closure of a large tannery has drawn attention to river pollution.",
])
def test_no_dateline_word_takes_part(text: str) -> None:
    closure = next(e for e in linked_events(text) if e.trigger == "closure")
    assert closure.who == ()


def test_a_participant_after_the_dateline_still_takes_part() -> None:
    text = "ADDIS ABABA (AFP) - Regulators shut Awash Leather Industries on Friday."
    shut = next(e for e in linked_events(text) if e.trigger == "shut")
    assert "Awash Leather Industries" in shut.who
