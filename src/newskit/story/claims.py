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

from collections.abc import Sequence
from decimal import Decimal

import attrs

from newskit.model import Analysis, Claim, Event, Finding, QuantityMention, SpanRef
from newskit.story._common import name_key, story_data
from newskit.timex import compatible

__all__ = ["group_claims"]


def _ref(c: Claim) -> SpanRef:
    return SpanRef(article=c.article, start=c.start, end=c.end, text=c.text)


def _label(e: Event) -> str:
    labels = story_data()["event_labels"]
    who = ", ".join(e.who[:2])
    where = f" in {e.where}" if e.where else ""
    when = f" ({e.when})" if e.when else ""
    return f"{labels.get(e.type, e.type)} '{e.trigger}'" + (f" by {who}" if who else "") + where + when


def _fmt_number(v: object) -> str:
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return f"{int(v):,}"
        return f"{v:,f}".rstrip("0").rstrip(".")
    return str(v)


def _amount(q: QuantityMention) -> str:
    approx = {"approx": "approximately ", "about": "about ", "over": "over ", "under": "under ",
              "vague": ""}.get(q.approx or "", "")
    if q.approx == "vague":
        return q.text
    high = f"-{_fmt_number(q.high)}" if q.high is not None else ""
    return f"{approx}{_fmt_number(q.value)}{high}"


def _unit(q: QuantityMention) -> str | None:
    if q.ordinal or q.value is None:
        return None
    unit = (q.unit or "").strip().lower()
    if not unit:
        return None
    syn = story_data()["unit_synonyms"]
    return str(syn.get(unit, unit))


def group_claims(analyses: Sequence[Analysis], events: Sequence[Event]
                 ) -> tuple[tuple[Claim, ...], tuple[Finding, ...], tuple[Finding, ...]]:
    """Claims with ``about`` set, corroborations and conflicts (see the module docstring)."""
    trig: dict[str, list[tuple[int, int, str]]] = {}
    for e in events:
        for m in e.mentions:
            trig.setdefault(m.article, []).append((m.start, m.end, e.id))
    quantities: dict[str, list[QuantityMention]] = {}
    for a in analyses:
        quantities[a.article.id] = [m for m in a.mentions if isinstance(m, QuantityMention)]
    by_event = {e.id: e for e in events}

    claims: list[Claim] = []
    for a in analyses:
        for k, c in enumerate(sorted(a.claims, key=lambda c: (c.start, c.end)), 1):
            cid = c.id or f"{a.article.id}#c{k}"
            inside = [eid for s, t, eid in trig.get(c.article, []) if c.start <= s and t <= c.end]
            about = None
            if inside:
                counts = {x: inside.count(x) for x in inside}
                about = sorted(counts, key=lambda x: (-counts[x], x))[0]
            claims.append(attrs.evolve(c, id=cid, about=about))
    by_id = {c.id: c for c in claims}
    resolved = []
    for c in claims:
        if c.about is None and c.responds_to and c.responds_to in by_id:
            c = attrs.evolve(c, about=by_id[c.responds_to].about)
        resolved.append(c)
    claims = sorted(resolved, key=lambda c: (c.article, c.start, c.end))

    groups: dict[str, list[Claim]] = {}
    for c in claims:
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
        denials = [c for c in cs if c.stance == "denies" and c.source]
        if denials:
            deniers = {name_key(c.source) for c in denials}
            against = [c for c in pos if name_key(c.source) not in deniers]
            if against:
                involved = against + denials
                conflicts.append(Finding(
                    type="contested", about=about,
                    summary=f"Contested: {what}. Asserted by "
                            f"{'; '.join(sorted({f'{c.source} ({c.stance})' for c in against}))}; "
                            f"denied by {'; '.join(sorted({c.source or '' for c in denials}))}",
                    claims=tuple(c.id or "" for c in involved),
                    refs=tuple(_ref(c) for c in involved)))
    conflicts.extend(_event_dates(events))
    return tuple(claims), tuple(corroborations), tuple(conflicts)


def _figures(about: str, what: str, cs: Sequence[Claim],
             quantities: dict[str, list[QuantityMention]]) -> list[Finding]:
    slots: dict[str, list[tuple[Claim, QuantityMention]]] = {}
    for c in cs:
        for q in quantities.get(c.article, []):
            if c.start <= q.start and q.end <= c.end:
                unit = _unit(q)
                if unit:
                    slots.setdefault(unit, []).append((c, q))
    out = []
    for unit, items in sorted(slots.items()):
        values = {(q.value, q.high) for _, q in items}
        if len(values) < 2:
            continue
        items = sorted(items, key=lambda cq: (cq[0].stated or "", cq[0].article, cq[1].start))
        parts = []
        for c, q in items:
            when = f", stated {c.stated}" if c.stated else ""
            what_q = unit if unit.isupper() else (q.of or unit)
            parts.append(f"{_amount(q)} {what_q} per {c.source or 'unattributed'}"
                         f" ({c.article}{when})")
        out.append(Finding(
            type="figures", about=f"{about}/{unit}",
            summary=f"Differing figures for {unit if unit.isupper() else unit + 's'} ({what}): "
                    + " vs ".join(parts),
            claims=tuple(c.id or "" for c, _ in items),
            refs=tuple(SpanRef(article=c.article, start=q.start, end=q.end, text=q.text)
                       for c, q in items) + tuple(_ref(c) for c, _ in items)))
    return out


def _event_dates(events: Sequence[Event]) -> list[Finding]:
    out = []
    for e in events:
        vals = list(e.whens)
        if any(not compatible(a, b) for i, a in enumerate(vals) for b in vals[i + 1:]):
            out.append(Finding(
                type="dates", about=e.id,
                summary=f"Sources date {_label(e)} differently: {', '.join(vals)}",
                claims=(e.id,), refs=e.evidence or e.mentions))
    return out
