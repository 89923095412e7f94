"""A name after a preposition of place is where something happened, never who did it: the
participant reader used to take the nearest named party before a trigger as its subject,
so "in eastern Croatia, killing four" made Croatia the killer."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import linked_events


def _who(text: str, trigger: str) -> tuple[str, ...]:
    for e in linked_events(text):
        if any(m.text == trigger for m in e.mentions):
            return e.who
    raise AssertionError(f"no event for {trigger!r}")


@pytest.mark.parametrize(("text", "trigger", "not_who"), [
    ("A lorry ploughed into a market in eastern Chad, killing nine people, officials said.", "killing", "Chad"),
    ("Gunmen in Nigeria kidnapped 40 pupils from a boarding school on Friday.", "kidnapped", "Nigeria"),
    ("A bus plunged into a ravine in the province of Kunar on Monday, killing 12 passengers.", "killing", "Kunar"),
    ("Protesters in Lima clashed with riot police near the congress building.", "clashed", "Peru"),
])
def test_a_place_in_a_phrase_of_place_is_no_participant(text: str, trigger: str, not_who: str) -> None:
    assert not_who not in _who(text, trigger)


def test_the_subject_before_the_verb_still_takes_part() -> None:
    assert "Russia" in _who("Russia attacked the port of Odesa overnight, officials said.", "attacked")
    assert "Kenya" in _who("In Nairobi, Kenya signed a trade deal with Uganda on Tuesday.", "signed")
