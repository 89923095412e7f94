"""Quote candidates and construction candidates as one set: what overlaps is merged, a
denial cuts what it overlaps."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit_claims.candidate import Candidate, trim
from newskit_claims.grammar import patterns

_AND_END = regex.compile(r",?\s+(?:and|but)$")


def merge_candidates(text: str, cands: Sequence[Candidate], cons: Sequence[Candidate]) -> list[Candidate]:
    """Quote candidates and construction candidates as one set: a construction that
    overlaps nothing is kept; a denial is its own claim (it cuts what it overlaps); any
    other construction gives its stance to the quote it overlaps."""
    for c in cons:
        if c.fixed and c.stance not in ("alleges", "denies", "confirms"):
            c.fixed = c.stance == "reports" and c.origin == "construction" and c.cue == "reportedly"
    kept = _Kept()
    for c in cands:
        kept.add(c)
    for c in cons:
        clash = kept.overlapping(c.start, c.end)
        if not clash:
            kept.add(c)
        elif c.stance == "denies":
            _merge_denial(text, kept, c, clash)
        else:
            _merge_into_quotes(kept, c, clash)
    return kept.items()


def _merge_denial(text: str, kept: _Kept, c: Candidate, clash: Sequence[Candidate]) -> None:
    """"X alleged that ..., an accusation denied by Y": the denial is its own claim; a
    longer denial already kept wins, a claim before it ends where it starts."""
    dup = [k for k in clash if k.stance == "denies"]
    if any(k.end - k.start >= c.end - c.start for k in dup):
        return
    for k in dup:
        kept.remove(k)
    for k in clash:
        if k.stance != "denies" and k.start < c.start:
            k.start, k.end = trim(text, k.start, min(k.end, c.start))
            tail = _AND_END.search(text, k.start, k.end)  # "... inspected in January and"
            k.end = tail.start() if tail else k.end
            charge = patterns()["charge_tail"].search(text, max(k.start, k.end - 60), k.end)
            k.end = charge.start() if charge else k.end  # "... overtime pay, a charge"
    kept.add(c)


def _merge_into_quotes(kept: _Kept, c: Candidate, clash: Sequence[Candidate]) -> None:
    """The quote's span and speaker, the construction's stance (and its whole subject
    when it read more of it; ``accused X of Y`` from the cue on); an outlet telling in its
    own voice is the source of a quote whose speaker phrase holds it (``…, the paper's
    investigation found``: the outlet, not its investigation)."""
    for k in clash:
        if c.source_type == "outlet" and k.origin == "quote" and _overlap(c.source_ref, k.source_ref):
            k.source, k.source_ref, k.source_type = c.source, c.source_ref, c.source_type
            continue
        if c.fixed and k.origin == "quote" and c.stance in ("alleges", "confirms"):
            k.stance, k.fixed = c.stance, True
            if _holds(c.source_ref, k.source_ref):
                # the construction read the whole subject (``The national drivers' union``)
                k.source, k.source_ref, k.source_type = c.source, c.source_ref, c.source_type
            if (c.cue or "").lower().startswith("accus") and c.start <= k.start:
                k.start, k.end = c.start, c.end  # "accused X of Y": from the cue on
                kept.add(k)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two source spans share a character."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _holds(outer: tuple[int, int] | None, inner: tuple[int, int] | None) -> bool:
    """Whether a source span strictly holds another (the whole subject and its head)."""
    return outer is not None and inner is not None and outer != inner and \
        outer[0] <= inner[0] and inner[1] <= outer[1]


class _Kept:
    """Claims kept so far, found by overlap through 256-character buckets."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[Candidate]] = {}
        self._live: dict[int, Candidate] = {}

    def add(self, c: Candidate) -> None:
        self._live[id(c)] = c
        for b in range(c.start >> 8, (max(c.start, c.end - 1) >> 8) + 1):
            lst = self._buckets.setdefault(b, [])
            if all(x is not c for x in lst[-4:]):
                lst.append(c)

    def remove(self, c: Candidate) -> None:
        self._live.pop(id(c), None)

    def overlapping(self, s: int, e: int) -> list[Candidate]:
        seen: dict[int, Candidate] = {}
        for b in range(s >> 8, (max(s, e - 1) >> 8) + 1):
            for k in self._buckets.get(b, ()):
                if id(k) in self._live and k.start < e and s < k.end:
                    seen[id(k)] = k
        return list(seen.values())

    def items(self) -> list[Candidate]:
        return list(self._live.values())
