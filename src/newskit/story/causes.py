"""A happening the outlets' leads give as the cause of the central event is part of it.

Outlets tell one news from different ends: one leads with what happened first ("a coolant
leak forced the shutdown of a reactor"), another with what it brought about ("the reactor
was shut down after a coolant leak"), and the story's events then hold the leak and the
shutdown apart, though every outlet tells them as one news. The link is grammatical, not
lexical: a word before the cause ("after", "following", "due to") or a verb of causing
between the cause and the news ("the leak that forced the shutdown"), both in one article's
first sentence (``newskit/data/causes.json``). When the first sentences of two or more
articles link a mention of the central event with a mention of one other event this way,
and that event is of a class that causes others (a disaster, an incident, a crime, a
conflict: ``story.json`` ``central.causes``), it joins the central event - unless a time or
place excludes it, every source tells it as possible, or it is a toll or a report. One
article's link is no evidence: "flights were cancelled after a storm" may tell the news of
the cancellations only. A consequence never joins this way ("protests after the verdict"):
what a happening brought about is an event of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from newskit.story._common import TOKEN, story_data, word_lists
from newskit.story.central import role
from newskit.story.features import Unit

__all__ = ["attach_causes", "cause_links", "linked"]

#: words between the news and the word before its cause ("shut down early on Tuesday after")
_BEFORE_GAP = 7
#: words between the word before the cause and the cause ("after a leak in its primary")
_AFTER_GAP = 4
#: words between a verb of causing and the news it caused ("forced the shutdown of a")
_CAUSED_GAP = 3


@cache
def _data() -> dict[str, frozenset[str]]:
    return word_lists("causes.json")


def _words(text: str) -> list[str]:
    return [m.group().lower() for m in TOKEN.finditer(text)]


def _after_news(gap: Sequence[str]) -> bool:
    """``gap`` (the words from the news to its cause) holds a word before the cause with at
    most :data:`_AFTER_GAP` words after it and :data:`_BEFORE_GAP` before it."""
    for k in range(len(gap)):
        for n in (2, 1):
            if " ".join(gap[k:k + n]) in _data()["before_cause"]:
                return k <= _BEFORE_GAP and len(gap) - k - n <= _AFTER_GAP
    return False


def _causing_news(gap: Sequence[str]) -> bool:
    """``gap`` (the words from a cause to the news) is a verb of causing, after at most a
    relative word or an auxiliary, and before at most :data:`_CAUSED_GAP` words."""
    k = 0
    while k < len(gap) and gap[k] in _data()["between"]:
        k += 1
    return k < len(gap) and gap[k] in _data()["causing"] and len(gap) - k - 1 <= _CAUSED_GAP


def _causes(news: Unit, other: Unit, text: str) -> bool:
    """The first sentence gives ``other`` as the cause of ``news``: "``news`` ... after
    ``other``" or "``other`` that forced ``news``"."""
    if news.ref.start < other.ref.start:
        return linked(_words(text[news.ref.end:other.ref.start]), news_first=True)
    return linked(_words(text[other.ref.end:news.ref.start]), news_first=False)


def linked(gap: Sequence[str], *, news_first: bool) -> bool:
    """The words between two mentions of one clause (no clause end among them) link the
    second as the cause of the first (``news_first``), or the first as the cause of the
    second."""
    if any(w in _data()["clause_ends"] for w in gap):
        return False
    return _after_news(gap) if news_first else _causing_news(gap)


def cause_links(central: Sequence[Unit], others: Sequence[Sequence[Unit]],
                texts: Mapping[str, str]) -> Counter[int]:
    """Per index of ``others``: the articles whose first sentence gives one of its mentions
    as the cause of a mention of the central event (``central``)."""
    found: dict[int, set[str]] = {}
    firsts = [u for u in central if u.sentence_index == 0 and u.published]
    for n, c in enumerate(others):
        for u in c:
            if u.sentence_index != 0:
                continue
            text = texts.get(u.ref.article, "")
            if any(v.ref.article == u.ref.article and _causes(v, u, text) for v in firsts):
                found.setdefault(n, set()).add(u.ref.article)
    return Counter({n: len(arts) for n, arts in found.items()})


def attach_causes(clusters: list[list[Unit]], texts: Mapping[str, str],
                  excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The central cluster ``clusters[0]`` with every cluster that two or more articles'
    first sentences give as its cause (see the module docstring); ``texts``: each article's
    text by id; ``excluded``: times or places that exclude each other."""
    if len(clusters) < 2:
        return clusters
    host, rest = clusters[0], clusters[1:]
    causes = frozenset(story_data()["central"]["causes"])
    links = cause_links(host, rest, texts)
    joined = [n for n, c in enumerate(rest) if links[n] >= 2 and _may_join(c, host, causes, excluded)]
    if not joined:
        return clusters
    return [[*host, *(u for n in joined for u in rest[n])], *(c for n, c in enumerate(rest) if n not in joined)]


def _may_join(c: Sequence[Unit], host: Sequence[Unit], causes: frozenset[str],
              excluded: Callable[[Unit, Unit], bool]) -> bool:
    """A cluster of a class of causes, told as having happened by some source, no toll or
    report, with no time or place that excludes a mention of the central event."""
    kind = Counter(u.source.type for u in c).most_common(1)[0][0]
    if kind not in causes or role(c) is not None or all(u.source.modality is not None for u in c):
        return False
    return not any(excluded(u, v) for u in c for v in host)
