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
