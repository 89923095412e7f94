"""One person, one written name across the story.

Outlets spell a romanised name their own way (``Chang Yu-lin``, ``Chang Yulin``, ``Chang
Yu Lin``); the story already treats them as one name (one ``name_key``), but a report that
prints both reads as two people. Each person's claims take the spelling most of them have
(ties: the one the earliest article uses), so the report, the pairs and the figures name
one person once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from newskit.model import Claim
from newskit.story._common import name_key

__all__ = ["one_spelling"]


def one_spelling(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (in article order) with every person's source spelled one way."""
    counts: dict[str, Counter[str]] = {}
    for c in claims:
        if c.source and c.source_type == "person":
            counts.setdefault(name_key(c.source), Counter())[c.source] += 1
    chosen = {k: v.most_common(1)[0][0] for k, v in counts.items() if len(v) > 1}
    if not chosen:
        return list(claims)
    return [attrs.evolve(c, source=chosen[name_key(c.source)])
            if c.source and c.source_type == "person" and name_key(c.source) in chosen else c for c in claims]
