"""Fitting the pairwise coreference model: logistic regression in plain Python.

Used at build time only (``bench/ecb_coref.py fit``), never when a story is built: the
fitted weights are data (``newskit/data/coref_weights.json``). Training pairs are the
blocked candidate pairs of a story whose mentions both match an annotated mention; the
label is whether their annotated chains agree. Topics never enter as features, so the
model learns how coreference *looks* (same family, same day, same place, alike
articles), not which topics exist. Identical feature rows are counted once with a weight
(the continuous features are rounded), so Newton's method over a few thousand rows is
enough.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from newskit.model import Analysis
from newskit.story.features import FEATURES, features

__all__ = ["fit_weights", "solve", "training_pairs"]

Row = tuple[list[float], int]


def training_pairs(analyses: Sequence[Analysis], gold: Mapping[tuple[str, int, int], str],
                   cross_subtopic: bool = False) -> list[Row]:
    """(features, same chain) for the candidate pairs whose two mentions are annotated.

    ``gold`` maps annotated mention spans (article, start, end) to chain ids; a predicted
    mention takes the chain of an annotated span it overlaps. With ``cross_subtopic`` only
    pairs from different documents are kept (a story of two similar events adds pairs that
    teach the model to keep them apart, without counting its within-document pairs twice).
    """
    from newskit.story.events import candidate_pairs, story_units, vetoed

    units = story_units(analyses)
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for (a, s, e), c in gold.items():
        by_article.setdefault(a, []).append((s, e, c))
    chains = []
    for u in units:
        hits = [c for s, e, c in by_article.get(u.ref.article, []) if s < u.ref.end and u.ref.start < e]
        chains.append(hits[0] if hits else None)
    out: list[Row] = []
    for i, j in candidate_pairs(units):
        ci, cj = chains[i], chains[j]
        if ci is None or cj is None:
            continue
        if cross_subtopic and units[i].ref.article == units[j].ref.article:
            continue
        if vetoed(units[i], units[j]):
            continue  # never scored when stories are built
        out.append((list(features(units[i], units[j])), int(ci == cj)))
    return out


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a small dense system)."""
    n = len(b)
    m = [[*row[:], b[k]] for k, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        d = m[col][col] or 1e-12
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / d
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[k][n] / (m[k][k] or 1e-12) for k in range(n)]


def fit_weights(rows: Sequence[Row], l2: float = 1.0, steps: int = 25,
                names: Sequence[str] = FEATURES) -> dict[str, Any]:
    """L2-regularised logistic regression by Newton's method; returns the weights by
    feature name (``names``, the coreference features by default) plus ``bias`` (not
    regularised)."""
    counted: Counter[tuple[tuple[float, ...], int]] = Counter(
        (tuple(round(x, 2) for x in f), y) for f, y in rows)
    data = [([*f, 1.0], y, n) for (f, y), n in sorted(counted.items())]
    d = len(names) + 1
    w = [0.0] * d
    for _ in range(steps):
        grad = [(l2 * w[k] if k < d - 1 else 0.0) for k in range(d)]
        hess = [[(l2 if (r == c and r < d - 1) else 0.0) for c in range(d)] for r in range(d)]
        for x, y, n in data:
            z = sum(wk * xk for wk, xk in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = n * (p - y), n * p * (1.0 - p)
            for r in range(d):
                if x[r]:
                    grad[r] += g * x[r]
                    hr = h * x[r]
                    row = hess[r]
                    for c in range(d):
                        if x[c]:
                            row[c] += hr * x[c]
        step = solve(hess, grad)
        w = [wk - sk for wk, sk in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    out: dict[str, Any] = {name: round(w[k], 4) for k, name in enumerate(names)}
    out["bias"] = round(w[-1], 4)
    return out
