"""The cheaper story build gives what the plain one gave, bit for bit (issue #12).

Building a story scores every candidate pair of mentions; the speed-ups (cosines memoised
per pair of vectors, the model's weights read once, TIMEX intervals cached) must not move
any score, or a story's events would change with the speed-up."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.cluster import average_linkage
from newskit.story.events import (
    _linear,
    _logistic,
    antecedents,
    candidate_pairs,
    cluster_units,
    default_weights,
    leads,
    probability,
    same_happening,
    story_units,
    vetoed,
)
from newskit.story.features import FEATURES, CosineMemo, Unit, cosine, features
from newskit.timex import interval
from tests.story.helpers import make


def _story() -> list[Unit]:
    """Three short reports of one flood and one of a fire, with shared and unshared words."""
    a = make("a1", "Floods swept through Valencia on Tuesday. The flood destroyed two bridges and "
             "rescuers searched the river banks.", "2024-10-30", dates=[("Tuesday", "2024-10-29")])
    b = make("b1", "The flooding in Valencia on Tuesday killed dozens. Rescuers searched flooded "
             "garages on Wednesday.", "2024-10-31",
             dates=[("Tuesday", "2024-10-29"), ("Wednesday", "2024-10-30")])
    c = make("c1", "Rescuers in Spain kept searching after the floods. A fire broke out in a "
             "warehouse near Madrid.", "2024-10-31")
    d = make("d1", "A fire destroyed a warehouse near Madrid on Thursday.", "2024-11-01",
             dates=[("Thursday", "2024-10-31")])
    return story_units([a, b, c, d])


def _plain_cluster_units(units: Sequence[Unit], weights: Mapping[str, Any]) -> list[list[int]]:
    """``cluster_units`` as it was before the speed-ups: every cosine computed afresh."""
    scores: dict[tuple[int, int], float] = {}
    vetoes: set[tuple[int, int]] = set()
    pairs = candidate_pairs(units)
    kept = [(i, j) for i, j in pairs if not vetoed(units[i], units[j])]
    links = antecedents(units) | leads(units, kept)
    for i, j in pairs:
        if vetoed(units[i], units[j]):
            vetoes.add((i, j))
        elif same_happening(units[i], units[j]) or (i, j) in links:
            scores[(i, j)] = 1.0
        else:
            scores[(i, j)] = probability(weights, features(units[i], units[j]))
    return average_linkage(len(units), scores, frozenset(vetoes),
                           float(weights.get("threshold", 0.5)), float(weights.get("unscored", 0.0)))


def test_the_memo_gives_the_cosine_of_every_pair_in_either_order() -> None:
    units = _story()
    memo = CosineMemo()
    vectors = [v for u in units for v in (u.doc, u.sentence)]
    for x, y in itertools.product(vectors, repeat=2):
        assert memo(x, y) == cosine(x, y)
        assert memo(x, y) == cosine(x, y)  # the second call reads the memo


def test_memoised_features_are_the_plain_features() -> None:
    units = _story()
    memo = CosineMemo()
    for u, v in itertools.combinations(units, 2):
        assert features(u, v, memo) == features(u, v)
    assert any(features(u, v)[FEATURES.index("doc_sim")] > 0 for u, v in itertools.combinations(units, 2))


def test_clusters_are_those_of_the_plain_scoring() -> None:
    units = _story()
    weights = default_weights()
    assert cluster_units(units, weights) == _plain_cluster_units(units, weights)
    assert len(cluster_units(units, weights)) > 1  # the fire is not the flood


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=len(FEATURES), max_size=len(FEATURES)),
       st.dictionaries(st.sampled_from([*FEATURES, "bias"]), st.floats(-8, 8), max_size=8))
def test_the_logistic_model_read_once_scores_as_probability(f: list[float], weights: dict[str, float]) -> None:
    assert _logistic(_linear(weights), f) == probability(weights, f)
    assert _logistic(_linear(default_weights()), f) == probability(default_weights(), f)


def test_cached_intervals_are_the_computed_ones() -> None:
    for value in ("2024-06", "2024-06-18/2024-06-19", "2024-Q2", "199X", "2024-02-30", "PAST_REF", None, ""):
        assert interval(value) == interval.__wrapped__(value)
        assert interval(value) is interval(value) or interval(value) is None
