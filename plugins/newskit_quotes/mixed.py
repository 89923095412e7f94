"""Mixed quotations: quoted words inside reported speech are one act of speech.

``Dahl said the game would ship "when it is ready"`` is read twice: as the reported clause
(:mod:`.reported`) and as the quoted words (:mod:`.direct`), with one cue and one speaker.
Attribution corpora count one attribution there (PolNeAR's content is the clause, quotation
marks and all), and the seeds count the quoted words, so the quoted words are the mention and
carry the clause (``QuoteMention.clause_start``/``clause_end``, and ``reported_clause()``
gives it back whole); the clause is no mention of its own. A clause read with another cue or
speaker than the words inside it stays a mention.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from newskit import QuoteMention

__all__ = ["folded", "with_clauses"]

_Voice = tuple[int | None, int | None, str | None, int | None, int | None]


def folded(quotes: Sequence[QuoteMention]) -> list[QuoteMention]:
    """``quotes`` with each reported clause that holds quoted words of its own voice (cue and
    speaker) folded into those words: they keep their span and gain the clause."""
    quoted: dict[_Voice, list[QuoteMention]] = defaultdict(list)
    for q in quotes:
        if q.direct and q.cue_start is not None:
            quoted[_voice(q)].append(q)
    clause_of: dict[int, QuoteMention] = {}
    kept: list[QuoteMention] = []
    for q in quotes:
        held = [] if q.direct or q.cue_start is None else [d for d in quoted[_voice(q)] if _inside(d, q)]
        for d in held:
            clause_of.setdefault(id(d), q)
        if not held:
            kept.append(q)
    return [_carrying(q, clause_of[id(q)]) if id(q) in clause_of else q for q in kept]


def _voice(q: QuoteMention) -> _Voice:
    return (q.cue_start, q.cue_end, q.speaker, q.speaker_start, q.speaker_end)


def _inside(words: QuoteMention, clause: QuoteMention) -> bool:
    """The quoted words lie inside the clause (its closing mark may end one past it)."""
    return clause.start <= words.start and words.end <= clause.end + 1


def _carrying(words: QuoteMention, clause: QuoteMention) -> QuoteMention:
    return attrs.evolve(words, clause_start=clause.start, clause_end=clause.end)


def with_clauses(quotes: Sequence[QuoteMention], clauses: Mapping[tuple[int, int], tuple[int, int]]) -> list[QuoteMention]:
    """``quotes`` with quoted words that carry no clause yet given theirs from ``clauses``
    (the words' span -> their clause's span): a clause made almost wholly of its quoted words
    (``said the rise was "better than nothing, and not much better"``) is read only as the
    clause of those words, never as a report of its own."""
    return [
        _spanning(q, clauses[(q.start, q.end)]) if q.direct and q.clause_start is None and (q.start, q.end) in clauses else q
        for q in quotes
    ]


def _spanning(words: QuoteMention, clause: tuple[int, int]) -> QuoteMention:
    return attrs.evolve(words, clause_start=clause[0], clause_end=clause[1])
