"""The events linker: triggers, arguments, in-article coreference, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, DateMention, Event, PersonMention
from newskit_events import EventsLinker


def _events(text: str, *mentions: tuple[str, str, str], published: str = "2024-06-17") -> list[Event]:
    """mentions: (kind, surface, value/entity)."""
    ms = []
    for kind, surface, val in mentions:
        s = text.index(surface)
        if kind == "date":
            ms.append(DateMention(start=s, end=s + len(surface), text=surface, value=val))
        else:
            ms.append(PersonMention(start=s, end=s + len(surface), text=surface, entity=val))
    art = Article.from_dict({"id": "a", "text": text, "published": published})
    return [e for e in EventsLinker().link(art, ms, ()) if isinstance(e, Event)]


def test_visit_with_agent_place_time() -> None:
    text = "Russian President Vladimir Putin will visit North Korea on June 18-19, the Kremlin said."
    [ev] = _events(text, ("person", "Vladimir Putin", "Vladimir Putin"),
                   ("date", "June 18-19", "2024-06-18/2024-06-19"))
    assert ev.type == "movement" and ev.who == ("Vladimir Putin",)
    assert ev.where == "North Korea" and ev.when == "2024-06-18/2024-06-19"
    assert {r.text for r in ev.evidence} >= {"Vladimir Putin", "North Korea", "June 18-19"}


def test_possessive_agent_and_coreference_in_article() -> None:
    text = ("Putin's visit to Pyongyang begins on Tuesday. The visit is his first since 2000. "
            "Kim Jong Un's trip to Russia in September was the last summit.")
    evs = _events(text, ("person", "Putin", "Vladimir Putin"), ("person", "Kim Jong Un", "Kim Jong Un"),
                  ("date", "Tuesday", "2024-06-18"), ("date", "September", "2023-09"))
    putin = next(e for e in evs if "Vladimir Putin" in e.who)
    kim = next(e for e in evs if "Kim Jong Un" in e.who)
    assert [m.text for m in putin.mentions] == ["visit", "visit"]
    assert putin.country == "North Korea" and putin.when == "2024-06-18"
    assert kim.country == "Russia" and kim.when == "2023-09"


def test_distinct_visits_by_date_stay_apart() -> None:
    text = ("Putin visited North Korea in July 2000. Putin will visit North Korea on June 18.")
    evs = _events(text, ("person", "Putin", "Vladimir Putin"), ("date", "July 2000", "2000-07"),
                  ("date", "June 18", "2024-06-18"))
    assert len([e for e in evs if e.type == "movement"]) == 2


def test_general_news_triggers() -> None:
    text = ("A powerful earthquake struck Turkey on Monday. Police arrested a man in Paris. "
            "Acme agreed to acquire Globex. The Lakers beat the Celtics.")
    types = {e.type for e in _events(text, ("date", "Monday", "2023-02-06"))}
    assert {"disaster", "legal", "business", "contest"} <= types


def test_conditional_triggers_need_context() -> None:
    assert not _events("The company provided an update on its plans.")
    assert _events("North Korea provided weapons to Russia.")


def test_reporting_verbs_are_not_events() -> None:
    assert not _events("The minister said on Monday that talks were useful, officials noted.",
                       ("date", "Monday", "2024-06-17")) or all(
        e.type == "meeting" for e in _events("The minister said on Monday that talks were useful."))


def test_date_of_speech_act_not_given_to_event() -> None:
    text = "On June 17, Miller reiterated the allegations, claiming North Korea provided weapons to Russia."
    [ev] = _events(text, ("date", "June 17", "2024-06-17"), ("person", "Miller", "Matthew Miller"))
    assert ev.when is None


def test_spans_slice_and_deterministic() -> None:
    text = open_seed()
    a = _events(text)
    b = _events(text)
    assert a == b
    for e in a:
        for r in e.mentions + e.evidence:
            assert text[r.start:r.end] == r.text


def open_seed() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[3] / "seeds" / "004_51b14e41d01b131f.txt").read_text("utf-8")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("visit war to in of North Korea Putin's , . \n\"“”'’")),
               max_size=300))
def test_never_raises(text: str) -> None:
    for e in _events(text):
        for r in e.mentions:
            assert text[r.start:r.end] == r.text


@pytest.mark.timeout(120)  # hang guard for backtracking, not a timing test
def test_adversarial_inputs_complete() -> None:
    for text in ("9" * 1_000_000, " " * 100_000, "\u201c" * 50_000, "visit " * 50_000,
                 "Putin's " * 20_000 + "visit", ("A" * 30 + " ") * 20_000, "1,2.3-" * 100_000):
        _events(text)
