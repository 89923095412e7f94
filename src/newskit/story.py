"""Cross-article assembly (interim): people by canonical name, events and claims as found.

The full story (event coreference, claim grouping, conflicts) replaces this module.
"""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Entity, PersonMention, SpanRef, Story

__all__ = ["build_story"]


def build_story(analyses: Sequence[Analysis]) -> Story:
    people: dict[str, list[tuple[str, PersonMention]]] = {}
    for a in analyses:
        for m in a.mentions:
            if isinstance(m, PersonMention) and m.entity:
                people.setdefault(m.entity, []).append((a.article.id, m))
    entities = tuple(
        Entity(id=f"person:{name}", name=name,
               aliases=tuple(sorted({m.text for _, m in ms})),
               titles=tuple(sorted({m.title for _, m in ms if m.title})),
               articles=tuple(sorted({aid for aid, _ in ms})),
               mentions=tuple(SpanRef(article=aid, start=m.start, end=m.end, text=m.text) for aid, m in ms))
        for name, ms in sorted(people.items()))
    return Story(
        articles=tuple(a.article.id for a in analyses),
        people=entities,
        events=tuple(e for a in analyses for e in a.events),
        claims=tuple(c for a in analyses for c in a.claims),
        errors=tuple(e for a in analyses for e in a.errors),
    )
