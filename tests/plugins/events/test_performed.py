"""A verb of carrying out an event ("was held", "was carried out", "performed") with an event
noun as its subject tells when that event was done: the date after the verb is the noun's,
never a word of a parenthesis between, and the verb is one event with the noun. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import linked_events, mention_dates


@pytest.mark.parametrize(("text", "noun", "other"), [
    ("The referendum, which was delayed by a storm, was held on Monday across Moravia.", "referendum", "storm"),
    ("The summit, moved twice because of a storm, was held on Monday in Brno.", "summit", "storm"),
    ("The raid, which followed a fire, was conducted on Monday in Brno.", "raid", "fire"),
])
def test_the_date_after_a_verb_of_performing_is_its_subjects(text: str, noun: str, other: str) -> None:
    dated = mention_dates(text, "Monday", "2025-05-05")
    assert dated[noun] == "2025-05-05"
    assert dated.get(other) is None


@pytest.mark.parametrize(("text", "noun", "verb"), [
    ("The surgery, which took six hours, was carried out on Monday at the Royal Infirmary.", "surgery", "carried"),
    ("The transplant, performed on Monday, used a kidney from a pig.", "transplant", "performed"),
    ("The concert was staged on Monday in a park in Leeds.", "concert", "staged"),
])
def test_a_verb_of_performing_is_one_event_with_its_subject(text: str, noun: str, verb: str) -> None:
    events = linked_events(text, ("Monday", "2025-05-05"))
    holding = [e for e in events if noun in {m.text for m in e.mentions}]
    assert len(holding) == 1 and verb in {m.text for m in holding[0].mentions}
    assert holding[0].when == "2025-05-05"


@pytest.mark.parametrize("text", [
    "The election was held on Monday, two weeks after a storm hit the city.",
    "Police held the suspect on Monday after the robbery in Leeds.",
])
def test_no_subject_event_noun_no_change(text: str) -> None:
    dated = mention_dates(text, "Monday", "2025-05-05")
    assert dated.get("storm") is None and dated.get("robbery") is None
