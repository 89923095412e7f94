"""Claims across articles: grouped by what they are about, with agreement and conflict.

A claim is about the story event whose trigger lies inside its span (a denial is about
what the claim it answers is about); claims about nothing the story knows stay on their
own. Within a group:

* **corroborated** - the same proposition from at least two independent sources
  (distinct source actors in distinct articles; one wire repeated by five outlets is one
  source);
* **contested** - a denial against an allegation or assertion by another source;
* **figures** - differing amounts for the same counted thing (``approximately 7,000``
  containers per one source vs ``over 11,000`` per another), each with its source and
  the date it was stated, so a reader can see they may both be true at their time;
* **dates** (from events) - sources that date one event differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from newskit.model import Analysis, Claim, DateMention, Event, Finding, SpanRef
from newskit.story._common import name_key, story_data
from newskit.story.acronyms import name_acronym_sources
from newskit.story.antecedent_nouns import name_antecedent_sources
from newskit.story.bare_nouns import name_bare_noun_sources
from newskit.story.contested import allegation_denials, name_spokesmen
from newskit.story.described import name_described_sources
from newskit.story.named_next import name_next_sentence_bodies
from newskit.story.parties import name_party_sources
from newskit.story.qualified_nouns import qualify_noun_sources
from newskit.story.role_names import name_role_sources
from newskit.story.short_names import (
    full_source_names,
    introduced_source_names,
    trade_named_sources,
)
from newskit.story.sources import story_articles
from newskit.story.spellings import one_body_name, one_named_body, one_spelling
from newskit.story.surnames import full_person_sources
from newskit.story.whole_names import whole_source_names
from newskit.timex import compatible, interval, readable

__all__ = ["group_claims"]


def _ref(c: Claim) -> SpanRef:
    return SpanRef(article=c.article, start=c.start, end=c.end, text=c.text)


def _label(e: Event) -> str:
    """``disaster 'sinking' involving Greece in Aegean Sea (2026-04-12)``: a participant
    is named as involved, never as the doer (``by Greece`` read as if Greece sank the
    boat, as the issue's agency "causing" the quake did)."""
    labels = story_data()["event_labels"]
    who = ", ".join(e.who[:2])
    where = f" in {e.where}" if e.where else ""
    when = f" ({e.when})" if e.when else ""
    return f"{labels.get(e.type, e.type)} '{e.trigger}'" + (f" involving {who}" if who else "") + where + when


def group_claims(analyses: Sequence[Analysis], events: Sequence[Event]
                 ) -> tuple[tuple[Claim, ...], tuple[Finding, ...], tuple[Finding, ...]]:
    """Claims with ``about`` set, corroborations and conflicts (see the module docstring)."""
    trig: dict[str, list[tuple[int, int, str]]] = {}
    for e in events:
        for m in e.mentions:
            trig.setdefault(m.article, []).append((m.start, m.end, e.id))
    by_event = {e.id: e for e in events}

    claims: list[Claim] = []
    for a in analyses:
        for k, c in enumerate(sorted(a.claims, key=lambda c: (c.start, c.end)), 1):
            cid = c.id or f"{a.article.id}#c{k}"
            inside = sorted((s, eid) for s, t, eid in trig.get(c.article, []) if c.start <= s and t <= c.end)
            # the first trigger is the claim's main predicate ("provided support ... amid
            # its conflict" is about the supply, not the war)
            about = inside[0][1] if inside else None
            claims.append(attrs.evolve(c, id=cid, about=about))
    claims = name_described_sources(whole_source_names(claims, analyses), analyses)
    claims = name_next_sentence_bodies(claims, {a.article.id: a.article.text for a in analyses})
    claims = full_person_sources(name_role_sources(claims, analyses), analyses)
    claims = introduced_source_names(full_source_names(name_bare_noun_sources(claims, analyses)), analyses)
    claims = trade_named_sources(claims, analyses)
    claims = qualify_noun_sources(name_acronym_sources(claims, analyses), analyses)
    claims = one_body_name(one_spelling(name_spokesmen(name_party_sources(claims, analyses))))
    claims = name_antecedent_sources(claims, analyses)  # a noun no rule above named
    by_id = {c.id: c for c in claims}
    resolved = []
    for c in claims:
        target = by_id.get(c.responds_to or "")
        if target is not None and target.about is not None and (c.about is None or c.stance == "denies"):
            c = attrs.evolve(c, about=target.about)  # a denial is about what it answers
        resolved.append(c)
    claims = sorted(resolved, key=lambda c: (c.article, c.start, c.end))

    groups: dict[str, list[Claim]] = {}
    # a body described in one article and named alone in another is one source where the
    # story counts independent sources ("the country's disaster agency AFAD" / "AFAD")
    for c in one_named_body(claims):
        if c.about:
            groups.setdefault(c.about, []).append(c)
    positive = set(story_data()["positive_stances"])
    corroborations: list[Finding] = []
    conflicts: list[Finding] = []
    for about, cs in sorted(groups.items()):
        what = _label(by_event[about]) if about in by_event else about
        pos = [c for c in cs if c.stance in positive and c.source]
        sources = {name_key(c.source) for c in pos}
        arts = {c.article for c in pos}
        if len(sources) >= 2 and len(arts) >= 2:
            names = sorted({c.source or "" for c in pos})
            corroborations.append(Finding(
                type="corroborated", about=about,
                summary=f"{len(sources)} independent sources in {len(arts)} articles report on {what} "
                        f"({'; '.join(names)})",
                claims=tuple(c.id or "" for c in pos), refs=tuple(_ref(c) for c in pos)))
    outlets = {x.id: x.outlet for x in story_articles(analyses)}
    conflicts.extend(allegation_denials(claims, outlets, lambda a: _label(by_event[a]) if a in by_event else a))
    conflicts.extend(_event_dates(events, analyses, outlets))
    return tuple(claims), tuple(corroborations), tuple(conflicts)


def _differ(a: str, b: str) -> bool:
    """Two dates that cannot be one time: incompatible and more than half an hour apart
    (``7:58 a.m.`` and ``8 a.m.`` are one time, told at different precision)."""
    if compatible(a, b):
        return False
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    day = dt.timedelta(days=1)
    if _overnight(ia, ib) or _overnight(ib, ia):
        return False  # "late Thursday night" and "early Friday, around 1:30 a.m.": one night
    if ia[1] - ia[0] >= day or ib[1] - ib[0] >= day:
        return True  # days that do not overlap are different days
    if _zones_apart(ia[0], ia[1], ib[0], ib[1]):
        return False
    return max(ia[0], ib[0]) - min(ia[1], ib[1]) > dt.timedelta(minutes=30)


def _overnight(day: tuple[dt.datetime, dt.datetime], clock: tuple[dt.datetime, dt.datetime]) -> bool:
    """Whether a clock time (an hour or finer) lies in the first hours after a whole day
    ends (``overnight_hours``): the night of that day, told by its day or by its clock."""
    if day[1] - day[0] != dt.timedelta(days=1) or clock[1] - clock[0] > dt.timedelta(hours=1):
        return False
    return day[1] <= clock[0] < day[1] + dt.timedelta(hours=int(story_data()["overnight_hours"]))


#: the widest gap between two clocks' readings of one instant (UTC-12 to UTC+14 is wider,
#: but news outlets of one story tell a time in the place's zone, GMT or their own)
_ZONE_SPREAD = dt.timedelta(hours=14)


def _zones_apart(a0: dt.datetime, a1: dt.datetime, b0: dt.datetime, b1: dt.datetime) -> bool:
    """Two minute-exact clock times whole hours apart with the same minute past the hour,
    not on the hour or the half hour (``4:02 a.m. Algiers time``, ``03:02 GMT``, ``11:02
    a.m. Beijing time``): one instant told in two time zones, as the values of a time carry
    no zone; two outlets that differ on when something happened do not differ by whole hours
    to the minute."""
    minute = dt.timedelta(minutes=1)
    if a1 - a0 > minute or b1 - b0 > minute or a0.minute != b0.minute or a0.minute in (0, 30):
        return False
    gap = abs(a0 - b0)
    return gap <= _ZONE_SPREAD and gap.seconds % 3600 == 0 and gap.days == 0


def _readings(given: Mapping[str, set[str]]) -> list[tuple[str, set[str]]]:
    """The dates given, each with its outlets, a coarser date told inside exactly one finer
    one shown as that one (``2026-11-24`` of two outlets and ``2026-11-24T23:48`` of a third
    are one reading, not two that differ), as is a time a minute or a night from one
    (``19:00`` / ``19:01``; ``Thursday`` / ``1:30 a.m. Friday``: :func:`_differ`), in date order; a reading only outlets of
    another shared reading give is left out (:func:`_told_beside`)."""
    finest = sorted(given, key=lambda w: (-len(w), w))
    readings: list[tuple[str, set[str]]] = []
    for when in finest:
        within = [r for r in readings if not _differ(when, r[0])]
        if len(within) == 1:
            within[0][1].update(given[when])
        else:
            readings.append((when, set(given[when])))
    return sorted(r for r in readings if not _told_beside(r, readings))


def _told_beside(reading: tuple[str, set[str]], readings: Sequence[tuple[str, set[str]]]) -> bool:
    """Whether every outlet of a reading also gives another reading that other outlets
    give too: one outlet's ``1989`` beside its own and two others' ``2026-08-09T04:30`` is
    its mention of an earlier event the events stage joined, not a source that differs."""
    others = [r for r in readings if r is not reading]
    return all(any(name in r[1] and len(r[1]) > 1 for r in others) for name in reading[1])


def _gap(a: str, b: str) -> dt.timedelta | None:
    """The time between two dates' intervals (zero when they overlap), None when either
    has no interval."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    return max(dt.timedelta(0), max(ia[0], ib[0]) - min(ia[1], ib[1]))


def _near_readings(readings: list[tuple[str, set[str]]]) -> list[tuple[str, set[str]]]:
    """The readings within ``date_gap_days`` of the reading whose near readings most
    outlets give: a reading farther away dates another happening the events stage joined,
    not the same one told otherwise (``2026-06`` of one outlet's earlier robbery beside
    three outlets' ``2026-09-23``; ``04-20`` and ``04-21`` beside one ``2026-05``)."""
    if len(readings) < 2:
        return readings
    limit = dt.timedelta(days=int(story_data()["date_gap_days"]))

    def near(r: tuple[str, set[str]]) -> list[tuple[str, set[str]]]:
        return [x for x in readings if x is r or (g := _gap(x[0], r[0])) is None or g <= limit]

    def told(r: tuple[str, set[str]]) -> tuple[int, int]:
        return len(set().union(*(x[1] for x in near(r)))), len(r[1])

    def fine(r: tuple[str, set[str]]) -> bool:
        iv = interval(r[0])
        return iv is not None and iv[1] - iv[0] <= limit

    # a year or a month holds every day near it, so it anchors none: "2013" beside
    # "2013-09-13" and a "2013-09-20" would keep the far day too
    anchors = [r for r in readings if fine(r)] or readings
    return near(max(anchors, key=told))


def _without_holders(readings: list[tuple[str, set[str]]]) -> list[tuple[str, set[str]]]:
    """The readings but a coarser one that holds every other (``2013`` beside ``2013-09-13``
    and ``2013-09-13T19:00``; ``2026-11`` beside the 24th and the 25th): it differs from none
    of them, so it is no side of the disagreement."""
    def holds(r: tuple[str, set[str]], x: tuple[str, set[str]]) -> bool:
        ir, ix = interval(r[0]), interval(x[0])
        return ir is not None and ix is not None and ir[0] <= ix[0] and ix[1] <= ir[1] and ir != ix

    return [r for r in readings if not all(holds(r, x) for x in readings if x is not r)] if len(readings) > 1 else readings


def _date_spans(x: Event, dated: Mapping[str, Sequence[tuple[int, int]]]) -> list[SpanRef]:
    """The spans of an article's event that tell its time (``late Thursday night``), not its
    participants or place: a date finding's evidence is the words that date it. None when the
    date is the article's own (no words tell it): then its trigger shows."""
    return [r for r in x.evidence if any(s < r.end and r.start < en for s, en in dated.get(r.article, ()))]


def _event_dates(events: Sequence[Event], analyses: Sequence[Analysis], outlets: Mapping[str, str]
                 ) -> list[Finding]:
    """``dates`` findings: one event dated incompatibly by different outlets, each date with
    the outlets that give it and the spans it was read from."""
    per_article: dict[str, list[Event]] = {a.article.id: list(a.events) for a in analyses}
    dated = {a.article.id: [(m.start, m.end) for m in a.mentions if isinstance(m, DateMention)] for a in analyses}
    out = []
    for e in events:
        vals = list(e.whens)
        if not any(_differ(a, b) for i, a in enumerate(vals) for b in vals[i + 1:]):
            continue
        spans = {(m.article, m.start) for m in e.mentions}
        given: dict[str, list[Event]] = {}
        for art in e.sources:
            for x in per_article.get(art, []):
                if x.when and any((m.article, m.start) in spans for m in x.mentions):
                    given.setdefault(x.when, []).append(x)
        by_art = [(w, x.sources[0] if x.sources else "") for w, xs in given.items() for x in xs]
        if given and not any(a != b and _differ(v, w) for v, a in by_art for w, b in by_art):
            continue  # one article's two dates are the events stage's split, not sources that differ
        readings = _without_holders(_near_readings(_readings(
            {w: {outlets.get(x.sources[0] if x.sources else "", "?") for x in xs} for w, xs in given.items()})))
        if given and len(readings) < 2:
            continue
        parts = [f"{readable(when)} ({', '.join(sorted(names))})" for when, names in readings] or \
            [readable(v) for v in vals]
        refs = tuple(r for xs in given.values() for x in xs for r in (_date_spans(x, dated) or x.mentions)) or \
            (e.evidence or e.mentions)
        out.append(Finding(
            type="dates", about=e.id, label="conflicting",
            summary=f"Sources date {_label(e)} differently: {' vs '.join(parts)}",
            claims=(e.id,), refs=refs))
    return out
