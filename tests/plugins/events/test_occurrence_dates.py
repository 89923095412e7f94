"""Session 6 kinds (issue #10): the day of a declaration dates the event noun it declares
("officials on Monday declared an outbreak"), while a date before any other past verb stays
that verb's; a verb of occurring whose subject is an event noun ("the blaze broke out ... on
Thursday", "Fighting broke out") is that event and dates it. Sentences written for these
tests, of kinds of news other than the ones the errors were seen in."""

from __future__ import annotations

import pytest

from newskit import Article, DateMention, Event, Pipeline
from newskit_events import EventsLinker


def _events(text: str, surface: str, value: str) -> list[Event]:
    s = text.index(surface)
    d = DateMention(start=s, end=s + len(surface), text=surface, value=value, type="DATE")
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-05-07"})
    return [e for e in EventsLinker().link(art, [d], ()) if isinstance(e, Event)]


def _dated(text: str, surface: str, value: str) -> dict[str, str | None]:
    return {m.text: e.when for e in _events(text, surface, value) for m in e.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("The dockers' union on Tuesday called a strike at the port of Tilbury.", "strike"),
    ("Vets on Tuesday confirmed an outbreak of bird flu on a farm near Lincoln.", "outbreak"),
    ("The regulator on Tuesday opened an investigation into the bank's fees.", "investigation"),
    ("Rheinmetall on Tuesday announced the acquisition of a Dutch shipyard.", "acquisition"),
])
def test_a_declarations_day_dates_the_event_it_declares(text: str, word: str) -> None:
    assert _dated(text, "Tuesday", "2025-05-06").get(word) == "2025-05-06"


@pytest.mark.parametrize(("text", "word"), [
    ("A farmers' union on Tuesday blamed the water company for the flooding in Ashby.", "flooding"),
    ("The mayor on Tuesday praised the rescue of the miners.", "rescue"),
    ("The council on Tuesday declared that the flooding was over.", "flooding"),
    ("Officials on Tuesday announced new rules after the crash.", "crash"),
    ("Mountain rescuers on Tuesday confirmed the deaths of two climbers on Ben Nevis.", "deaths"),
])
def test_a_date_of_another_act_still_does_not_date_the_event(text: str, word: str) -> None:
    assert _dated(text, "Tuesday", "2025-05-06").get(word, "missing") is None


@pytest.mark.parametrize(("text", "noun", "verb"), [
    ("A fire gutted a warehouse in Leeds. The blaze broke out in a storeroom on Tuesday, police said.",
     "blaze", "broke"),
    ("Fighting broke out in the capital on Tuesday.", "Fighting", "broke"),
    ("Riots erupted in Lyon. The riot happened on Tuesday night near the stadium.", "riot", "happened"),
])
def test_a_verb_of_occurring_is_its_subjects_event(text: str, noun: str, verb: str) -> None:
    events = _events(text, "Tuesday", "2025-05-06")
    host = next(e for e in events if any(m.text == noun for m in e.mentions))
    assert verb in {m.text for m in host.mentions}
    assert host.when == "2025-05-06"


def test_a_verb_of_occurring_after_a_clause_is_not_the_nouns() -> None:
    text = "Officials blamed the crash, and violence broke out in the town on Tuesday."
    events = _events(text, "Tuesday", "2025-05-06")
    crash = next(e for e in events if any(m.text == "crash" for m in e.mentions))
    assert "broke" not in {m.text for m in crash.mentions}


@pytest.mark.parametrize(("text", "word", "person"), [
    ("The board of Norlys fired chief executive Anna Berg on Tuesday.", "fired", "Anna Berg"),
    ("Prosecutors charged former mayor Tomas Ruiz on Tuesday.", "charged", "Tomas Ruiz"),
])
def test_a_person_acted_on_is_a_participant_when_named_with_a_role(text: str, word: str, person: str) -> None:
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-05-07"})
    events = Pipeline.build().run(art).events
    host = next(e for e in events if any(m.text == word for m in e.mentions))
    assert person in host.who, host


def _pipeline_events(text: str) -> list[Event]:
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-05-07"})
    return list(Pipeline.build().run(art).events)


@pytest.mark.parametrize(("text", "word"), [
    ("A shoot-out between police and smugglers near Ceuta left two officers wounded.", "shoot-out"),
    ("Hundreds of farmers began a sit-in at the agriculture ministry.", "sit-in"),
    ("Dockers staged a walk-out at Felixstowe.", "walk-out"),
])
def test_a_compound_written_with_a_hyphen_is_the_closed_compound(text: str, word: str) -> None:
    assert word in {m.text for e in _pipeline_events(text) for m in e.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("Pirates took 20 sailors hostage off the coast of Somalia.", "took"),
    ("The rebels held the crew for ransom.", "held"),
    ("Two gunmen held eight customers at gunpoint in a pharmacy.", "held"),
])
def test_taking_or_holding_people_hostage_is_an_event(text: str, word: str) -> None:
    assert word in {m.text for e in _pipeline_events(text) for m in e.mentions}


@pytest.mark.parametrize(("text", "noun", "verb"), [
    ("A flash flood ripped through the village of Sella.", "flood", "ripped"),
    ("A wildfire swept across the hills above Malaga.", "wildfire", "swept"),
])
def test_what_a_happening_does_along_a_path_is_the_happening(text: str, noun: str, verb: str) -> None:
    host = next(e for e in _pipeline_events(text) if any(m.text == noun for m in e.mentions))
    assert verb in {m.text for m in host.mentions}


def test_a_participle_after_an_event_noun_stays_its_support_verb() -> None:
    events = _pipeline_events("The invitation extended by the mayor was accepted.")
    assert "extended" not in {m.text for e in events for m in e.mentions}


def test_a_dated_noun_states_its_event_as_having_happened() -> None:
    text = ("Fewer than 800 jobs would go if the merger of the two banks went ahead, Norbank said. "
            "Monday's merger announcement lifted its shares.")
    merger = next(e for e in _pipeline_events(text) if any(m.text == "merger" for m in e.mentions))
    assert len(merger.mentions) == 2 and merger.modality is None, merger


@pytest.mark.parametrize(("text", "word"), [
    ("Police ended a six-hour sit-in at the town hall by farmers on Tuesday.", "sit-in"),
    ("The blockade of the port ended on Tuesday after talks.", "blockade"),
])
def test_the_day_an_event_ended_does_not_date_it(text: str, word: str) -> None:
    assert _dated(text, "Tuesday", "2025-05-06").get(word, "missing") is None


@pytest.mark.parametrize(("text", "word"), [
    ("A reservoir dam burst above the village of Kallio.", "burst"),
    ("A levee breached near the town of Ems.", "breached"),
    ("A cargo ship ran aground off the coast of Brittany.", "ran"),
    ("The budget airline Skyvia went bust.", "went"),
    ("The retailer went into administration.", "went"),
])
def test_structures_failing_ships_grounding_and_firms_failing_are_events(text: str, word: str) -> None:
    assert word in {m.text.split()[0] for e in _pipeline_events(text) for m in e.mentions}  # "ran aground"


@pytest.mark.parametrize(("text", "word"), [
    ("The company breached the rules on disclosure.", "breached"),
    ("The tenants ran the hostel for ten years.", "ran"),
    ("Ministers went to Brussels.", "went"),
])
def test_the_same_verbs_in_other_senses_are_no_such_events(text: str, word: str) -> None:
    assert all(e.type != "disaster" and e.type != "business"
               for e in _pipeline_events(text) if any(m.text == word for m in e.mentions))
