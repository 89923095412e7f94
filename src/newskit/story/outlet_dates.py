"""The central event's day decided across outlets.

Each outlet dates the news in its own lead: the date the events plugin gave its mention
of the act, read only inside the mention's own clause (a date of another clause - "...,
the union said on Saturday", "issued its first alert on October 18" - is another act's),
resolved against that outlet's own publication time. The day most outlets give wins; a
time coarser than a day ("this week", "this month") supports every day it holds and never
beats one. News is told after it happens and within days: a day after the first report or
a date that ended a month before an outlet was published (a background, "looted in 1868")
is no outlet's vote. On a tie the day the first report gives wins: later reports fold in
later acts (an arrest, an announcement, a count).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence, Set

import attrs
import regex

from newskit.model import Analysis, DateMention, Event
from newskit.story._common import clause_bounds, width
from newskit.story.features import Unit
from newskit.timex import compatible, interval

__all__ = ["across_outlets", "first_report_day", "most_supported_day", "own_date", "told_day", "voted_day"]

_DAY = 86400.0
#: a date that ended this long before an outlet was published is background, not its news
_STALE_DAYS = 31
#: a part of a day ("Saturday night": ``2026-06-06TNI``) is that day
_PART_OF_DAY = regex.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|MI)")


def first_report_day(units: Sequence[Unit]) -> str | None:
    """The publication day of the earliest article whose lead states the central event as
    done (not as expected or possible): news is reported the day it happens, so a lead that
    tells the act with no time of its own ("X is recalling 2.75 million vehicles", "has
    called off the strike", "the recall covers ...") dates it to the day it was published.
    None in undated documents (a collection's, ECB+), which need not report their news."""
    days = [u.published for u in units if u.lead and u.published and u.source.modality is None]
    return min(days) if days else None


def told_day(units: Sequence[Unit]) -> str | None:
    """The publication day of the earliest article whose lead tells the central event, as
    done or as a plan with no time of its own ("said on Tuesday it would raise tolls"): a
    plan told undated is that day's news, the day it was announced. A plan told with its
    own later time ("will strike on Monday") is a preview of another day's news, and is
    left out; None in undated documents."""
    days = [u.published for u in units if u.lead and u.published
            and (u.source.modality is None or u.source.when is None)]
    return min(days) if days else None


def _value(d: DateMention) -> str | None:
    """The date's value as a day when it is a day or finer (a part of a day is its day),
    else as given; None when it denotes no interval."""
    part = _PART_OF_DAY.fullmatch(d.value)
    if part is not None:
        return str(part.group(1))
    if interval(d.value) is None:
        return None
    return d.value[:10] if width(d.value) <= _DAY else d.value


def own_date(analysis: Analysis, u: Unit) -> str | None:
    """The date the events plugin gave the mention's event (one of its evidence spans) that
    stands in the mention's own clause (between commas, semicolons or colons of its
    sentence), nearest to it; None when its clause gives none."""
    bounds = clause_bounds(analysis.article.text, u.ref.start, u.ref.end)
    if bounds is None:
        return None
    lo, hi = bounds
    evidence = [(r.start, r.end) for r in u.source.evidence if r.article == u.ref.article]
    dates = [d for d in analysis.mentions if isinstance(d, DateMention) and d.type in ("DATE", "TIME")
             and lo <= d.start < hi and any(s <= d.start < e for s, e in evidence)]
    for d in sorted(dates, key=lambda d: (abs(d.start - u.ref.start), d.start)):
        value = _value(d)
        if value is not None:
            return value
    return None


def _votes(units: Sequence[Unit], analyses: Mapping[str, Analysis]) -> dict[str, set[str]]:
    """Each outlet's dates of the act: its lead mentions stated as done, dated in their own
    clause, neither after its own publication day nor a month or more before it."""
    out: dict[str, set[str]] = {}
    for u in units:
        a = analyses.get(u.ref.article)
        pub = a.article.published_date if a is not None else None
        if a is None or pub is None or not u.lead or u.source.modality is not None:
            continue
        value = own_date(a, u)
        iv = interval(value)
        if value is None or iv is None or iv[0].date() > pub or \
                iv[1].date().toordinal() < pub.toordinal() - _STALE_DAYS:
            continue
        out.setdefault(u.ref.article, set()).add(value)
    return out


def voted_day(units: Sequence[Unit], analyses: Mapping[str, Analysis]) -> str | None:
    """The day the outlets date the act to (:func:`most_supported_day` of each outlet's
    dates, :func:`_votes`), not after the first report; None when no outlet gives a day."""
    votes = _votes(units, analyses)
    published = {art: _published(analyses[art]) for art in votes}
    return most_supported_day(votes, published, first_report_day(units))


def most_supported_day(votes: Mapping[str, Set[str]], published: Mapping[str, str],
                       first: str | None) -> str | None:
    """Of the days the outlets give (``votes``: outlet -> its times of the act), not after
    ``first`` (the first report's day), the one most outlets support: giving it, or giving a
    coarser time that holds it ("this week" supports Monday but never beats it). On a tie,
    the day of the earliest-published outlet (``published``: outlet -> ISO time) that gives
    one; None when no outlet gives a day."""
    days = {v for vs in votes.values() for v in vs if width(v) <= _DAY and (first is None or v <= first)}
    if not days:
        return None

    def support(day: str) -> int:
        return sum(any(v == day or (width(v) > _DAY and compatible(v, day)) for v in vs) for vs in votes.values())

    def earliest(day: str) -> str:
        return min(published.get(art, "9999") for art, vs in votes.items() if day in vs)

    return min(days, key=lambda d: (-support(d), earliest(d), d))


def _published(a: Analysis) -> str:
    p = a.article.published
    return p.isoformat() if isinstance(p, dt.date) else "9999"


def across_outlets(e: Event, units: Sequence[Unit], analyses: Sequence[Analysis]) -> Event:
    """The central event ``e`` dated by the day its outlets give (:func:`voted_day`; a finer
    time of ``e`` on that day is kept). With no outlet's day, a time of ``e`` that ended a
    month or more before its first report is a background's (an overdose "in the past
    year", a trial "joined last November"): the first report's day dates the news."""
    by_id = {a.article.id: a for a in analyses}
    day = voted_day(units, by_id)
    if day is not None:
        keep = e.when is not None and width(e.when) <= _DAY and compatible(e.when, day)
        return e if keep else attrs.evolve(e, when=day)
    first = first_report_day(units)
    iv = interval(e.when)
    if first is not None and iv is not None and \
            iv[1].date().toordinal() < dt.date.fromisoformat(first).toordinal() - _STALE_DAYS:
        return attrs.evolve(e, when=first)
    return e
