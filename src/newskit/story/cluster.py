"""Average-linkage agglomerative clustering over sparse pair scores.

Two clusters merge when the mean score over every pair between them reaches the
threshold; pairs never scored (cut by blocking) count as 0, so a cluster joins another
only when most of its mentions are supported. A vetoed pair (times or countries that
exclude each other) keeps its two clusters apart for good. Ties break on item indices, so
the result depends only on the items' order, which the caller derives from content.
The work is proportional to the scored pairs times the merges, not to all pairs.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import TypeVar

__all__ = ["average_linkage"]

_N = TypeVar("_N", int, float)


def average_linkage(n: int, scores: Mapping[tuple[int, int], float],
                    vetoes: frozenset[tuple[int, int]], threshold: float,
                    unscored: float = 0.0) -> list[list[int]]:
    """Clusters of ``range(n)`` (each sorted, the list ordered by first member).

    ``scores`` maps pairs ``(i, j)`` with ``i < j`` to a score in [0, 1]; ``vetoes`` lists
    pairs that must never share a cluster. A pair never scored counts ``unscored`` times
    as much as a scored one in the mean (0: it is ignored; 1: it counts as a score of 0).
    """
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    counts: dict[int, dict[int, int]] = {i: {} for i in range(n)}
    barred: dict[int, set[int]] = {i: set() for i in range(n)}
    for (i, j), s in scores.items():
        sums[i][j] = sums[j][i] = s
        counts[i][j] = counts[j][i] = 1
    for i, j in vetoes:
        barred[i].add(j)
        barred[j].add(i)
    heap: list[tuple[float, int, int]] = []
    for i in range(n):
        for j, s in sums[i].items():
            if i < j and j not in barred[i] and s >= threshold:
                heap.append((-s, i, j))
    heapq.heapify(heap)
    nxt = n
    while heap:
        _neg, i, j = heapq.heappop(heap)
        if i not in members or j not in members:
            continue
        c, nxt = nxt, nxt + 1
        members[c] = members.pop(i) + members.pop(j)
        _merge_rows(sums, i, j, c)
        _merge_rows(counts, i, j, c)
        _merge_bars(barred, i, j, c)
        size = len(members[c])
        for k, s in sums[c].items():
            known = counts[c][k]
            avg = s / (known + unscored * (size * len(members[k]) - known))
            if k not in barred[c] and avg >= threshold:
                heapq.heappush(heap, (-avg, min(c, k), max(c, k)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _merge_rows(table: dict[int, dict[int, _N]], i: int, j: int, c: int) -> None:
    """In a symmetric sparse table, replace the rows (and columns) of ``i`` and ``j`` by
    their sum under ``c``."""
    merged: dict[int, _N] = {}
    for old in (i, j):
        for k, v in table.pop(old).items():
            if k in (i, j):
                continue
            merged[k] = merged[k] + v if k in merged else v
            del table[k][old]
    table[c] = merged
    for k, v in merged.items():
        table[k][c] = v


def _merge_bars(barred: dict[int, set[int]], i: int, j: int, c: int) -> None:
    """Cluster ``c`` is barred from whatever ``i`` or ``j`` was barred from."""
    bar = (barred.pop(i) | barred.pop(j)) - {i, j}
    barred[c] = bar
    for k in bar:
        barred[k].discard(i)
        barred[k].discard(j)
        barred[k].add(c)
