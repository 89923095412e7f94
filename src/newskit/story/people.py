"""People across articles: PersonMention entities merged by canonical name."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.model import Analysis, Entity, PersonMention, SpanRef
from newskit.story._common import name_key, slug

__all__ = ["build_people"]


def build_people(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """One :class:`Entity` per person, merged across articles by canonical name.

    Spellings that differ only in spaces, hyphens, case or accents are one person
    (``Kim Jong-un`` / ``Kim Jong Un``); the most frequent spelling names the entity
    (ties: the longest, then alphabetical). Ids are ``person:<slug>``, stable across runs
    and independent of article order.
    """
    groups: dict[str, list[tuple[str, PersonMention]]] = {}
    for a in analyses:
        for m in a.mentions:
            if isinstance(m, PersonMention) and m.entity and name_key(m.entity):
                groups.setdefault(name_key(m.entity), []).append((a.article.id, m))
    out = []
    for _key, ms in groups.items():
        counts: dict[str, int] = {}
        for _, m in ms:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        name = sorted(counts, key=lambda n: (-counts[n], -len(n), n))[0]
        refs = sorted({SpanRef(article=aid, start=m.start, end=m.end, text=m.text) for aid, m in ms},
                      key=lambda r: (r.article, r.start, r.end))
        out.append(Entity(
            id=f"person:{slug(name)}", name=name, type="person",
            aliases=tuple(sorted({m.text for _, m in ms} | set(counts))),
            titles=tuple(sorted({m.title for _, m in ms if m.title})),
            articles=tuple(sorted({aid for aid, _ in ms})),
            mentions=tuple(refs),
        ))
    return tuple(sorted(out, key=lambda e: (-len(e.mentions), e.id)))
