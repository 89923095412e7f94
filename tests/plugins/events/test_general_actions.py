"""Ordinary actions no named class covers (class ``action``, data/general_events.json):
found as past verbs, never speech, light verbs or the support verb of an event noun, and
one event per word within an article."""

from __future__ import annotations

import pytest

from newskit import Article, Event, PersonMention
from newskit_events import EventsLinker
from newskit_events.lexicon import GENERAL, lexicon


def _events(text: str, *persons: str) -> list[Event]:
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-03-10"})
    ms = [PersonMention(start=text.index(p), end=text.index(p) + len(p), text=p, entity=p) for p in persons]
    return [e for e in EventsLinker().link(art, ms, ()) if isinstance(e, Event)]


def _kinds(text: str, *persons: str) -> dict[str, str]:
    return {m.text: e.type for e in _events(text, *persons) for m in e.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("Rescuers unearthed two more bodies from the rubble on Tuesday.", "unearthed"),
    ("The inmate pulled a gun on two guards inside the van.", "pulled"),
    ("Crews demolished the damaged tower over the weekend.", "demolished"),
    ("The champion dominated his challenger from the opening bell.", "dominated"),
])
def test_a_past_action_is_an_event(text: str, word: str) -> None:
    assert _kinds(text).get(word) == GENERAL


@pytest.mark.parametrize(("text", "word"), [
    ("The minister expressed deep concern about the delays.", "expressed"),  # speech
    ("The spokesman denied any wrongdoing by the company.", "denied"),  # speech
    ("The final vote is scheduled for the end of May.", "scheduled"),  # modality
    ("Both delegations held long talks in the capital.", "held"),  # light verb
    ("Hundreds of supporters attended the rally on Sunday.", "attended"),  # takes part in an event
])
def test_speech_light_and_modality_verbs_are_no_general_action(text: str, word: str) -> None:
    assert word not in _kinds(text)


def test_the_support_verb_of_an_event_noun_is_not_a_second_event() -> None:
    got = _kinds("The storm caused heavy damage along the coast.")
    assert "damage" in got and "caused" not in got
    got = _kinds("The invitation extended by the mayor came as a surprise.")
    assert "invitation" in got and "extended" not in got


def test_a_named_class_reading_wins_over_the_general_one() -> None:
    # "fired" has readings of its own (a dismissal, shots fired); failing their contexts,
    # it is still the action it names
    fired = lexicon().lookup("fired", ["club"], ["its", "coach"])
    assert fired is not None and fired.cls == "personnel"
    fired = lexicon().lookup("fired", ["a"], ["accountant", "who"])
    assert fired is not None and fired.cls == GENERAL


def test_a_verb_whose_object_is_nothing_is_no_event() -> None:
    assert "provided" not in _kinds("Officials acknowledged the talks but provided no details.")
    assert "unearthed" not in _kinds("Rescuers unearthed nothing overnight.")
    assert _kinds("Rescuers unearthed a survivor overnight.").get("unearthed") == GENERAL


def test_two_different_actions_are_two_events() -> None:
    text = "Workers demolished the old bridge. Divers unearthed a cannon near the pier."
    evs = [e for e in _events(text) if e.type == GENERAL]
    assert len(evs) == 2 and {e.trigger for e in evs} == {"demolished", "unearthed"}


def test_the_same_action_told_twice_is_one_event() -> None:
    text = "Crews demolished the tower on Monday. The tower was demolished in under an hour."
    evs = [e for e in _events(text) if e.type == GENERAL]
    assert len(evs) == 1 and len(evs[0].mentions) == 2


def test_an_ing_form_after_a_preposition_of_time_is_the_action() -> None:
    text = "Tom Brandt kept his belt after stopping the challenger in the fifth."
    assert _kinds(text, "Tom Brandt").get("stopping") == GENERAL
    assert "stopping" not in _kinds("Stopping traffic is a hobby of his.")


def test_a_confirmation_with_an_object_is_an_announcement_but_confirmed_that_is_a_claim() -> None:
    assert _kinds("Her spokesman confirmed the engagement on Friday.").get("confirmed") == "announcement"
    assert "confirmed" not in _kinds("The agency confirmed that two climbers were missing.")
