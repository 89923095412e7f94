"""Run the events linker alone on one article, with the date mentions a test gives it, and
read back the events or each trigger mention's kind or date."""

from __future__ import annotations

from newskit import Article, DateMention, Event
from newskit_events import EventsLinker


def linked_events(text: str, *dates: tuple[str, str], published: str = "2024-04-03") -> list[Event]:
    """The events of one article ``a``; ``dates``: (surface, value) of its date mentions."""
    ms = []
    for surface, value in dates:
        s = text.index(surface)
        ms.append(DateMention(start=s, end=s + len(surface), text=surface, value=value))
    art = Article.from_dict({"id": "a", "text": text, "published": published})
    return [e for e in EventsLinker().link(art, ms, ()) if isinstance(e, Event)]


def mention_kinds(text: str) -> dict[str, str]:
    """Each trigger mention's text, and its first word (a phrase trigger holds its phrase:
    ``ran aground``), -> its event's type."""
    out: dict[str, str] = {}
    for e in linked_events(text, published="2025-05-06"):
        for m in e.mentions:
            out.setdefault(m.text.split()[0], e.type)
            out[m.text] = e.type
    return out


def mention_dates(text: str, surface: str, value: str) -> dict[str, str | None]:
    """Each trigger mention's text -> its event's date, given one date mention."""
    return {m.text: e.when for e in linked_events(text, (surface, value), published="2025-05-07") for m in e.mentions}


def event_words(text: str, word: str) -> set[str]:
    """The trigger words of the event of one article that holds the trigger ``word`` (empty
    when none does)."""
    for e in linked_events(text, published="2025-05-06"):
        words = {m.text for m in e.mentions}
        if word in words:
            return words
    return set()
