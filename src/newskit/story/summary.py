"""The story in a few sentences: the central event, what the sources agree on, where
they differ and who says what. Read first by a reader; every line names outlets, not ids.

The central event is the first of ``Story.events`` (the events stage puts the one most
articles lead with first); background events are those dated well before the articles,
or mentioned by one article only without a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import regex

from newskit.model import Event, Finding, StoryArticle
from newskit.story._common import story_data
from newskit.timex import interval, readable

__all__ = ["central_event", "event_label", "is_background", "says", "summarize"]

#: Events dated this many days before the first article are background.
_BACKGROUND_DAYS = 30


def central_event(events: Sequence[Event]) -> Event | None:
    """The central event: the events stage puts the one most articles lead with first."""
    return events[0] if events else None


def _first_published(sources: Sequence[StoryArticle]) -> dt.datetime | None:
    days = [interval(s.published[:10]) for s in sources if s.published]
    starts = [d[0] for d in days if d is not None]
    return min(starts) if starts else None


def is_background(e: Event, central: Event | None, sources: Sequence[StoryArticle]) -> bool:
    """True for an event dated well before the story's articles, or an undated event one
    article mentions in passing."""
    if central is not None and e.id == central.id:
        return False
    first = _first_published(sources)
    iv = interval(e.when)
    if iv is not None and first is not None:
        return iv[1] < first - dt.timedelta(days=_BACKGROUND_DAYS)
    return iv is None and len(e.sources) < 2


def event_label(e: Event) -> str:
    """``earthquake (disaster) - Taiwan - 2024-04-03``: trigger, class, whether it is only
    expected or possible (``Event.modality``), who, where, when."""
    labels = story_data()["event_labels"]
    kind = labels.get(e.type, e.type)
    who = ", ".join(e.who[:3]) + (" and others" if len(e.who) > 3 else "")
    parts = [f"{e.trigger} ({kind})" if kind != e.trigger else e.trigger]
    if e.modality:  # every source states it as expected or possible, none as happened
        parts.append("expected" if e.modality == "future" else "possible only")
    if who:
        parts.append(f"involving {who}")
    if e.where:
        parts.append(f"in {e.where}")
    parts.append(f"on {readable(e.when)}" if e.when else "undated")
    return ", ".join(parts)


#: nouns that take a plural verb though they do not end in -s
_PLURAL_NOUNS = frozenset({"police", "people", "militia", "staff", "crew", "media", "clergy", "personnel",
                           "children", "men", "women"})
#: the third person singular of a stance and its plural form
_STANCE_VERBS = {"alleges": "allege", "denies": "deny", "asserts": "assert", "confirms": "confirm",
                 "predicts": "predict", "reports": "report"}
#: kinds of named source: a name is one actor, whatever its last letter (``United States``)
_NAMED = frozenset({"person", "country", "organisation", "government", "outlet", "document"})
_OF = regex.compile(r"\s+(?:of|for|from)\s+")
_JOINED = regex.compile(r"\s(?:and|&)\s")


def plural_source(source: str | None, source_type: str | None = None) -> bool:
    """Whether a source takes a plural verb: two names joined (``North Korea and Russia``)
    or a common noun in the plural (``Survivors``, ``Relatives of the victims``: the head
    of ``X of Y`` is X); a name is one actor (``United States``, ``Santa Lucia Shipping
    Lines``)."""
    if not source:
        return False
    if _JOINED.search(_OF.split(source)[0]):
        return True
    if source_type in _NAMED:
        return False
    words = _OF.split(source)[0].split()
    if len(words) > 1 and words[-1][:1].isupper():
        return False  # a name of several words is one actor: "United States", "Shipping Lines"
    head = words[-1].lower()
    if head in _PLURAL_NOUNS:
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def says(source: str | None, stance: str, source_type: str | None = None) -> str:
    """``North Korea and Russia deny``, ``Vantrix denies``: a stance in agreement with its source."""
    verb = _STANCE_VERBS.get(stance, stance)
    return verb if plural_source(source, source_type) else stance


def outlets_of(articles: Sequence[str], names: Mapping[str, str]) -> str:
    """``Reuters, AP and 2 more``: outlets of some articles, in a readable list."""
    out = sorted({names.get(a, a) for a in articles})
    if len(out) > 4:
        return ", ".join(out[:4]) + f" and {len(out) - 4} more"
    return ", ".join(out)


def summarize(events: Sequence[Event], corroborations: Sequence[Finding], conflicts: Sequence[Finding],
              sources: Sequence[StoryArticle]) -> tuple[str, ...]:
    """The summary lines, most important first."""
    names = {s.id: s.outlet for s in sources}
    out: list[str] = []
    central = central_event(events)
    if central is not None:
        out.append(f"What happened: {event_label(central)} - reported by {len(central.sources)} of "
                   f"{len(sources)} articles ({outlets_of(central.sources, names)}).")
    agree = [f for f in conflicts if f.type == "figures" and f.label == "consistent"]
    for f in corroborations[:3]:
        out.append(f"Sources agree: {f.summary}")
    for f in agree:
        out.append(f"Figures agree within rounding: {f.summary}")
    for f in conflicts:
        if f.type == "figures" and f.label != "consistent":
            out.append(f"Figures differ: {f.summary}")
    for f in conflicts:
        if f.type == "contested":
            out.append(f"Allegation and denial: {f.summary}")
    for f in conflicts:
        if f.type == "dates":
            out.append(f"Dates differ: {f.summary}")
    return tuple(out)
