"""Session 5 kinds (issue #10): a date right before a past verb that is no trigger is that
verb's time, not the time of an event noun in its object; a trigger after a word relating
two times ("two days after the eruption") is the anchor of another time; a gerund before a
place noun names the place's kind. And the story's trigger families: a derived event noun
is of its verb's family. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_dates as _dated

from newskit import Article, Event
from newskit.story.features import family
from newskit_events import EventsLinker


@pytest.mark.parametrize(("text", "word"), [
    ("A farmers' union on Tuesday blamed the water company for the flooding in Ashby.", "flooding"),
    ("The opposition on Tuesday questioned the handling of the evacuation.", "evacuation"),
    ("Hundreds of residents were still in shelters on Tuesday, two days after the explosion.", "explosion"),
    ("Schools stayed closed on Tuesday following the earthquake.", "earthquake"),
])
def test_a_date_of_another_verb_does_not_date_the_event(text: str, word: str) -> None:
    assert _dated(text, "Tuesday", "2025-05-06").get(word, "missing") is None


@pytest.mark.parametrize(("text", "word"), [
    ("The tanker exploded on Tuesday near Ashby.", "exploded"),
    ("On Tuesday, two days after the storm passed, crews evacuated 200 homes.", "evacuated"),
    ("A fire on Tuesday destroyed a warehouse in Ashby.", "destroyed"),
])
def test_the_date_still_dates_its_own_event(text: str, word: str) -> None:
    assert _dated(text, "Tuesday", "2025-05-06").get(word) == "2025-05-06"


def _words(text: str) -> set[str]:
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-05-06"})
    return {m.text for e in EventsLinker().link(art, (), ()) if isinstance(e, Event) for m in e.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen raided a boarding school in the north.", "boarding"),
    ("The club's training ground was closed.", "training"),
    ("Police sealed off the shooting range.", "shooting"),
    ("Officials checked the voting machines before dawn.", "voting"),
    ("Pupils at boarding schools in the north were sent home.", "boarding"),
])
def test_a_gerund_naming_a_place_or_thing_is_no_event(text: str, word: str) -> None:
    assert word not in _words(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Soldiers were storming houses in Kandahar when the ceasefire began.", "storming"),
    ("Rebels were attacking schools in Kandahar on Monday.", "attacking"),
    ("Armed men attacking schools in Kandahar killed two guards on Monday.", "attacking"),
    ("Gunmen raiding villages in Zamfara abducted 40 people on Monday.", "raiding"),
    ("The shooting at the school shocked the town.", "shooting"),
])
def test_a_gerund_that_tells_an_event_stays(text: str, word: str) -> None:
    assert word in _words(text)


@pytest.mark.parametrize(("a", "b"), [
    ("erupted", "eruption"), ("refused", "refusal"), ("closed", "closure"), ("spilled", "spillage"),
    ("agreed", "agreement"), ("settled", "settlement"), ("failed", "failure"), ("destroyed", "destruction"),
])
def test_a_derived_event_noun_is_of_its_verbs_family(a: str, b: str) -> None:
    assert family(a) == family(b)


@pytest.mark.parametrize(("a", "b"), [("erupted", "exploded"), ("closed", "collapse"), ("agreed", "argued")])
def test_other_words_stay_apart(a: str, b: str) -> None:
    assert family(a) != family(b)


@pytest.mark.parametrize(("text", "verb", "charge"), [
    ("A court convicted the former mayor of bribery on Tuesday.", "convicted", "bribery"),
    ("Prosecutors charged two bankers with fraud on Tuesday.", "charged", "fraud"),
])
def test_the_date_after_a_charge_dates_the_legal_step(text: str, verb: str, charge: str) -> None:
    got = _dated(text, "Tuesday", "2025-05-06")
    assert got.get(verb) == "2025-05-06" and charge in got, got
