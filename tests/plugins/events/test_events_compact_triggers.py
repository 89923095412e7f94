"""How the events linker stores a long article's trigger mentions while it groups them: a
trigger's participants and places are tuples (most the one empty tuple, not a list each), a
draft event keeps no set of its members, and what only the trigger readers needed (the
found words' tuples, the layer's tokens with punctuation) goes before the grouping. The
same events."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit_events.extract as events_extract
from newskit import Article, Event, layer
from newskit_events.grouping import _Grouper, _to_events, group_events
from newskit_events.mention import Draft, Trigger

_TEXT = " ".join([
    "A storm struck the coast near Wexford on Sunday.",
    "Crews from Gorey cleared fallen trees after the storm.",
    "The county council met residents in Enniscorthy on Monday.",
    "Police in Arklow arrested a driver after a crash.",
] * 500)


def _triggers(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Trigger], list[Event]]:
    """The trigger mentions ``extract_events`` hands to the grouping, and its events."""
    got: list[Trigger] = []

    def grouped(trigs: list[Trigger], article: Article) -> list[Event]:
        got.extend(trigs)
        return group_events(trigs, article)

    monkeypatch.setattr(events_extract, "group_events", grouped)
    return got, events_extract.extract_events(Article(id="a", text=text), [])


def test_a_trigger_s_participants_and_places_are_tuples(monkeypatch: pytest.MonkeyPatch) -> None:
    trigs, events = _triggers(_TEXT[:1_000], monkeypatch)
    assert trigs and events
    assert all(type(m.who) is tuple and type(m.places) is tuple for m in trigs)
    empty = [x for m in trigs for x in (m.who, m.places) if not x]
    assert empty and len({id(x) for x in empty}) == 1  # one empty tuple for them all
    assert any(m.places for m in trigs)  # "near Wexford", "in Enniscorthy"


def _grouping_peak_per_trigger(monkeypatch: pytest.MonkeyPatch) -> float:
    trigs, _ = _triggers(_TEXT, monkeypatch)
    art = Article(id="a", text=_TEXT)
    group_events(trigs, art)  # the caches a first run fills, out of the figure
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        group_events(trigs, art)
        return (tracemalloc.get_traced_memory()[1] - before) / len(trigs)
    finally:
        tracemalloc.stop()


def test_the_grouping_holds_no_set_of_members(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _grouping_peak_per_trigger(monkeypatch) < 250  # with a set of members per event and an id in it: about 300


def test_the_grouping_lets_its_map_go_before_the_events_are_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # with the map of each mention to its event held while the events were made: about 200
    assert _grouping_peak_per_trigger(monkeypatch) < 160


def test_each_draft_goes_once_its_event_is_made() -> None:
    text = "Crews fought a gorse fire near Kenmare. " * 3_000
    art = Article(id="a", text=text)
    spans = [(k * 40 + 24, k * 40 + 28) for k in range(3_000)]

    def drafts() -> list[Draft]:
        return [Draft(cls="disaster", who=["Kerry Fire Service"], persons=[], place=None, country=None,
                      when=None, mentions=[Trigger(s, e, "fire", "disaster", "fire", False, k, "fire")],
                      evidence=[(s + 6, s + 12), (s - 18, s - 12)], last_sent=k)
                for k, (s, e) in enumerate(spans)]

    _to_events(drafts(), art)  # the caches a first run fills, out of the figure
    tracemalloc.start()
    try:
        made = drafts()  # traced: what is let go of them counts
        before = tracemalloc.get_traced_memory()[0]
        events = _to_events(made, art)
        per_event = (tracemalloc.get_traced_memory()[1] - before) / len(events)
    finally:
        tracemalloc.stop()
    assert made == [] and [e.id for e in events[:2]] == ["a#e1", "a#e2"]
    assert [r.start for e in events for r in e.mentions] == [s for s, _ in spans]
    assert per_event < 300  # every draft held until all the events were made: about 570


def test_the_linker_lets_the_trigger_readers_structures_go(monkeypatch: pytest.MonkeyPatch) -> None:
    trigs, _ = _triggers(_TEXT, monkeypatch)
    art = Article(id="a", text=_TEXT)
    tl = layer(_TEXT)
    events_extract.extract_events(art, [])  # the caches a first run fills, out of the figure
    _ = tl.words, tl.tokens, tl.gazetteer
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        events_extract.extract_events(art, [])
        per_trigger = (tracemalloc.get_traced_memory()[1] - before) / len(trigs)
    finally:
        tracemalloc.stop()
    # with the found words' tuples, two lists of arguments a trigger and a set of members
    # per event: about 350 bytes a trigger; now about 255
    assert per_trigger < 300


def _trigger(k: int) -> Trigger:
    return Trigger(k * 10, k * 10 + 5, "storm", "disaster", "storm", False, k, "storm")


@given(st.lists(st.lists(st.integers(0, 4), max_size=5), max_size=12))
def test_a_mention_joins_each_event_once_in_order(joins: list[list[int]]) -> None:
    """Any run of joins, each mention's before the next mention's (as the grouping reads
    them), gives each draft each of its mentions once, in the order they came."""
    grouper = _Grouper()
    drafts = [Draft(cls="disaster", who=[], persons=[], place=None, country=None, when=None,
                    mentions=[], evidence=[], last_sent=0) for _ in range(5)]
    expected: list[list[Trigger]] = [[] for _ in drafts]
    for k, targets in enumerate(joins):
        m = _trigger(k)
        for i in targets:
            grouper.add(drafts[i], m, None)
            if not any(x is m for x in expected[i]):
                expected[i].append(m)
    for d, want in zip(drafts, expected, strict=True):
        assert len(d.mentions) == len(want) and all(a is b for a, b in zip(d.mentions, want, strict=True))


def test_a_trigger_in_lower_case_is_its_form_s_string(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Flooding closed the road to Bantry on Friday after a storm. Engineers inspected the flooding."
    trigs, _ = _triggers(text, monkeypatch)
    lower = [m for m in trigs if m.text == m.form]
    assert lower and all(m.text is m.form for m in lower)
    assert any(m.text == "Flooding" and m.form == "flooding" for m in trigs)  # a capital: its own text
