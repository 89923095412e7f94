"""Event coreference across articles: one story event per real-world happening.

Per-article events (from the events linker) are merged when their classes agree (a
meeting may belong to a visit), they share a participant or a place, and nothing
contradicts: participants not disjoint, same country, times compatible at their
granularities (``2024-06`` contains ``2024-06-18/2024-06-19``). Dated events are placed
first, most specific first, so undated ones join the best-supported event. The result
does not depend on article order: events are processed in an order computed from their
content and article ids only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from attrs import define, field

from newskit.model import Analysis, Event, PersonMention
from newskit.story._common import slug, start_of, story_data, width
from newskit.timex import compatible, interval

__all__ = ["merge_events"]


@define
class _Cluster:
    cls: str
    types: set[str] = field(factory=set)
    items: list[Event] = field(factory=list)
    who: Counter[str] = field(factory=Counter)
    countries: set[str] = field(factory=set)
    whens: list[str] = field(factory=list)
    near: bool = False  # merged despite slightly different dates

    def add(self, e: Event) -> None:
        self.items.append(e)
        self.types.add(e.type)
        self.who.update(e.who)
        if e.country:
            self.countries.add(e.country)
        if e.when:
            self.whens.append(e.when)


def _classes_fit(a: str, b: str) -> bool:
    merge = story_data()["event_merge_into"]
    return a == b or b in merge.get(a, ()) or a in merge.get(b, ())


def _near(a: str, b: str) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    days = dt.timedelta(days=int(story_data()["near_days"]))
    day = dt.timedelta(days=1)
    if ia[1] - ia[0] > day * 3 or ib[1] - ib[0] > day * 3:
        return False
    return ia[0] - days < ib[1] and ib[0] - days < ia[1]


def _score(c: _Cluster, e: Event, persons: frozenset[str]) -> tuple[int, bool] | None:
    """Agreeing slots between a cluster and an event, or None when they cannot corefer.

    Disjoint persons keep events apart (Kim's visit is not Putin's); states and
    organisations named as participants are too often read loosely to veto a merge.
    A meeting joins a visit only when they share a participant.
    """
    if not all(_classes_fit(t, e.type) for t in c.types):
        return None
    shared = set(e.who) & set(c.who)
    if (c.types - {e.type}) and not shared:
        return None
    score = 0
    if shared:
        score += 1
    else:
        mine, theirs = set(e.who) & persons, set(c.who) & persons
        if mine and theirs:
            return None
    if e.country and c.countries:
        if e.country not in c.countries:
            return None
        score += 1
    if score == 0:
        # a shared participant or place is needed; a compatible time is not enough, except
        # for an event stated only by type and time, told the same way ("an invitation in
        # September 2023")
        if e.when and not e.who and not e.country and e.when in c.whens and not c.who:
            return 1, False
        # the same kind of happening, named with the same word, on the same day
        if e.when and width(e.when) <= 86400 and e.when in c.whens and \
                {m.text.lower() for m in e.mentions} & {m.text.lower() for x in c.items for m in x.mentions}:
            return 1, False
        return None
    near = False
    if e.when and c.whens:
        if all(compatible(e.when, w) for w in c.whens):
            score += 1
        elif score >= 2 and all(compatible(e.when, w) or _near(e.when, w) for w in c.whens):
            near = True
        else:
            return None
    if score == 0:
        return None
    return score, near


def _order(e: Event) -> tuple[int, float, int, str, int]:
    first = min((m.start for m in e.mentions), default=0)
    return (0 if e.when else 1, width(e.when), -len(e.mentions), e.sources[0] if e.sources else "", first)


def best_when(values: Sequence[str]) -> str | None:
    """The most specific value compatible with every other (the most common on a tie);
    when the values disagree, the best supported value."""
    if not values:
        return None
    counts = Counter(values)
    ok = [v for v in counts if all(compatible(v, w) for w in counts)]
    pool = ok or list(counts)
    return sorted(pool, key=lambda v: (width(v) if ok else -counts[v], -counts[v], v))[0]


def merge_events(analyses: Sequence[Analysis]) -> tuple[Event, ...]:
    """Story events from every article's events (see the module docstring)."""
    persons = frozenset(m.entity for a in analyses for m in a.mentions
                        if isinstance(m, PersonMention) and m.entity)
    events = sorted((e for a in analyses for e in a.events), key=_order)
    clusters: list[_Cluster] = []
    for e in events:
        best: tuple[tuple[int, int, int], _Cluster, bool] | None = None
        for k, c in enumerate(clusters):
            got = _score(c, e, persons)
            if got is None:
                continue
            key = (got[0], len(c.items), -k)
            if best is None or key > best[0]:
                best = (key, c, got[1])
        if best is None:
            c = _Cluster(cls=e.type)
            clusters.append(c)
            c.add(e)
        else:
            best[1].add(e)
            best[1].near = best[1].near or best[2]
    out: list[Event] = []
    used: set[str] = set()
    for c in clusters:
        out.append(_story_event(c, used))
    return tuple(sorted(out, key=lambda e: (start_of(e.when), e.id)))


def _story_event(c: _Cluster, used: set[str]) -> Event:
    items = sorted(c.items, key=lambda e: (e.sources, e.id))
    cls_counts = Counter(e.type for e in items)
    cls = sorted(cls_counts, key=lambda t: (-cls_counts[t], t))[0]
    who = tuple(sorted(c.who, key=lambda n: (-c.who[n], n)))
    wheres = Counter(e.where for e in items if e.where)
    where = sorted(wheres, key=lambda w: (-wheres[w], w))[0] if wheres else None
    countries = Counter(e.country for e in items if e.country)
    country = sorted(countries, key=lambda w: (-countries[w], w))[0] if countries else None
    when = best_when(c.whens)
    triggers = Counter(m.text.lower() for e in items for m in e.mentions)
    trigger = sorted(triggers, key=lambda t: (-triggers[t], t))[0] if triggers else cls
    year = (start_of(when)[:4] if when else "")
    base = "-".join(p for p in (slug(who[0]) if who else "", cls,
                               slug(country or where or ""), year) if p) or cls
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    mentions = tuple(sorted({m for e in items for m in e.mentions},
                            key=lambda r: (r.article, r.start, r.end)))
    evidence = tuple(sorted({m for e in items for m in e.evidence},
                            key=lambda r: (r.article, r.start, r.end)))
    return Event(id=f"event:{eid}", type=cls, trigger=trigger, when=when, where=where, who=who,
                 mentions=mentions, evidence=evidence,
                 sources=tuple(sorted({s for e in items for s in e.sources})), country=country,
                 whens=tuple(sorted(set(c.whens), key=lambda v: (start_of(v), v))))


def event_refs_by_article(events: Sequence[Event]) -> dict[tuple[str, int, int], str]:
    """(article, start, end) of every trigger mention -> story event id."""
    out: dict[tuple[str, int, int], str] = {}
    for e in events:
        for m in e.mentions:
            out.setdefault((m.article, m.start, m.end), e.id)
    return out


__all__ += ["best_when", "event_refs_by_article"]
