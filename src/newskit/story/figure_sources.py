"""An amount's source named as the story names it.

The figures of an article are read from its own claims, whose sources are the article's
words (``Wu said ... killed 10 people``: ``Wu``). The story names the same sources across
its outlets (a lone surname is the one whole name of the story, a person speaks for the
body the story puts them in: ``story/claims.py``), and a figure's ``per Wu`` beside
another outlet's ``per Wu Chien Fu`` would read as two sources, and two sources at one
time as a conflict. Each figure whose source is the source of one of its article's claims
takes the name the story gave that claim, when the story gave every such claim one name.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newskit.model import Analysis, Claim, Figure

__all__ = ["story_named_figures"]


def _story_names(analyses: Sequence[Analysis], claims: Sequence[Claim]) -> dict[tuple[str, str], str]:
    """(article, a source as the article's claims give it) -> the one name the story gives it."""
    named: dict[tuple[str, int, int], str | None] = {(c.article, c.start, c.end): c.source for c in claims}
    seen: dict[tuple[str, str], set[str]] = {}
    for a in analyses:
        for c in a.claims:
            if c.source:
                story = named.get((c.article, c.start, c.end))
                seen.setdefault((c.article, c.source), set()).add(story or c.source)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k[1] not in v}


def story_named_figures(figures: Sequence[Figure], analyses: Sequence[Analysis],
                        claims: Sequence[Claim]) -> list[Figure]:
    """``figures`` with each source the story renamed given its story name (module docstring)."""
    names = _story_names(analyses, claims)
    if not names:
        return list(figures)
    return [attrs.evolve(f, source=names[(f.article, f.source)]) if f.source and (f.article, f.source) in names
            else f for f in figures]
