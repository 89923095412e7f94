"""newskit's default overlap policy (a core plugin, ``trylast`` so any plugin can replace it).

Policy: a component's own mentions are kept as it made them (a component knows when its
mentions may nest, e.g. a direct fragment inside reported speech). When mentions of the
same kind from *different* components overlap, the longest wins; ties go to the earlier
start, then to the component name in sorted order. Exact duplicates are dropped.
"""

from __future__ import annotations

from newskit.hookspecs import hookimpl
from newskit.model import Article, Mention


def order_key(m: Mention) -> tuple[int, int, str, str]:
    """Text order: start, then longer first, then kind and component (deterministic)."""
    return (m.start, -(m.end - m.start), m.kind, m.source)


@hookimpl(trylast=True)
def newskit_resolve_overlaps(article: Article, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    by_kind: dict[str, list[Mention]] = {}
    for m in mentions:
        by_kind.setdefault(m.kind, []).append(m)
    kept: list[Mention] = []
    for group in by_kind.values():
        if len({m.source for m in group}) == 1:
            # one component made every mention of this kind: keep them as it made them
            kept.extend(dict.fromkeys(group))
            continue
        ranked = sorted(group, key=lambda m: (-(m.end - m.start), m.start, m.source))
        chosen: list[Mention] = []
        seen: set[Mention] = set()
        for m in ranked:
            if m in seen:
                continue
            if any(c.source != m.source and c.start < m.end and m.start < c.end for c in chosen):
                continue
            chosen.append(m)
            seen.add(m)
        kept.extend(chosen)
    return tuple(sorted(kept, key=order_key))
