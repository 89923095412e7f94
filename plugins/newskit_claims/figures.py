"""One claim per figure: a claim stating two figures joined by ``and <verb>`` is split."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit import QuantityMention
from newskit_claims.candidate import Candidate, trim, within

_AND_VERB = regex.compile(r"\s+and\s+(?=\p{Ll}+(?:ed|ing)\b)")


def split_at_figures(text: str, c: Candidate, quantities: Sequence[QuantityMention],
                     qstarts: Sequence[int]) -> list[Candidate]:
    """A claim stating two figures joined by "and <verb>" is two claims, one per figure."""
    inside = [q for q in within(quantities, qstarts, c.start, c.end)
              if isinstance(q, QuantityMention) and not q.ordinal]
    if len(inside) < 2:
        return [c]
    for m in _AND_VERB.finditer(text[c.start:min(c.end, c.start + 2000)]):
        cut = c.start + m.start()
        if any(q.end <= cut for q in inside) and any(q.start >= cut for q in inside):
            a = Candidate(c.start, cut, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                          c.source_type, c.responds, c.fixed)
            s2, e2 = trim(text, c.start + m.end(), c.end)
            b = Candidate(s2, e2, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                          c.source_type, c.responds, c.fixed)
            return [a, b]
    return [c]
