"""newskit's bundled ``events`` linker: per-article events from a trigger lexicon.

Each event has a class (movement, meeting, conflict, transfer, legal, political,
agreement, disaster, violence, business, contest), its trigger mentions, participants
(``who``: canonical persons and actors), a place (``where``, with its ``country``) and a
time (``when``: a TIMEX3 value from the dates plugin), each linked to the spans it was
read from (``evidence``). Mentions of one event within an article are merged; the story
merges events across articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Claim, Event, Mention, PluginManager, Register, hookimpl
from newskit.vocabulary import EventTrigger
from newskit_events import hookspecs
from newskit_events.extract import extract_events

__all__ = ["EventsLinker"]


class EventsLinker:
    """Finds events in one article (see the module docstring)."""

    name = "events"
    provides = frozenset({"event"})
    requires = frozenset({"date", "person"})

    def link(self, article: Article, mentions: Sequence[Mention],
             found: Sequence[Claim | Event]) -> Iterable[Claim | Event]:
        return extract_events(article, mentions)


@hookimpl
def newskit_register_linkers(register: Register[EventsLinker]) -> None:
    register(EventsLinker())


@hookimpl
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def newskit_register_event_triggers(register: Register[EventTrigger]) -> None:
    from newskit_events.lexicon import bundled_triggers

    for t in bundled_triggers():
        register(t)
