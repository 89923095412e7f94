"""Issue #10: rival readings whose words leave the gap open (figure_story.open_bound).

Two outlets' readings of one measure may lie further apart than ``close_ratio`` when the
largest is a lower bound (``more than 400``) or the smallest an upper one (``fewer than
40``): the words say nothing of how far apart the readings are, so the join may weigh them
(up to ``bound_reach``); two plain values that far apart stay two things.

Sentences from a ferry strike and a dredged channel: not the story sets."""

from __future__ import annotations

import math

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_model import FEATURES, PairModel, join_by_model
from newskit.story.figure_story import open_bound
from newskit.story.figures import named_groups
from tests.story.helpers import outlet_figures


def _figures(pipeline: Pipeline, *texts: str) -> list[Figure]:
    return outlet_figures(pipeline, texts)


def _joined(pipeline: Pipeline, *texts: str) -> list[list[str]]:
    """Groups of two or more amounts under a model that gives every pair 0.7."""
    model = PairModel(weights=tuple(0.0 for _ in FEATURES), bias=math.log(0.7 / 0.3),
                      threshold=0.5, agreeing_threshold=0.9, with_rules=False)
    groups, loose = named_groups(_figures(pipeline, *texts))
    join_by_model(groups, loose, model)
    return sorted(sorted(f.ref.text for f in figs if f.ref) for figs in groups.values() if len(figs) > 1)


def test_a_lower_bound_above_leaves_the_gap_open(pipeline: Pipeline) -> None:
    figs = _figures(pipeline, "The operator said about 150 sailings were cancelled on Monday.",
                    "More than 450 sailings had been cancelled by Wednesday, the union said.")
    assert open_bound(figs), [(f.value, f.approx) for f in figs]


def test_plain_values_leave_no_gap_open(pipeline: Pipeline) -> None:
    figs = _figures(pipeline, "The operator said 150 sailings were cancelled on Monday.",
                    "The union said 450 sailings had been cancelled.")
    assert not open_bound(figs), [(f.value, f.approx) for f in figs]


def test_rival_readings_with_an_open_gap_join(pipeline: Pipeline) -> None:
    """``fewer than 30`` tonnes / ``as many as 90``: three times apart, an upper bound below."""
    assert float(figure_rules()["close_ratio"]) < 3 <= float(figure_rules()["bound_reach"])
    joined = _joined(pipeline, "The port said divers recovered fewer than 30 tonnes of silt from the channel.",
                     "Dredging crews recovered as many as 90 tonnes of silt from the channel, the union said.")
    assert ["as many as 90 tonnes", "fewer than 30 tonnes"] in joined, joined


def test_plain_values_as_far_apart_stay_two_things(pipeline: Pipeline) -> None:
    joined = _joined(pipeline, "The port said divers recovered 30 tonnes of silt from the channel.",
                     "Dredging crews recovered 90 tonnes of silt from the channel, the union said.")
    assert not any({"30 tonnes", "90 tonnes"} <= set(j) for j in joined), joined


def test_beyond_the_bound_reach_stays_apart(pipeline: Pipeline) -> None:
    joined = _joined(pipeline, "The port said divers recovered fewer than 10 tonnes of silt from the channel.",
                     "Dredging crews recovered as many as 90 tonnes of silt from the channel, the union said.")
    assert not any({"fewer than 10 tonnes", "as many as 90 tonnes"} <= set(j) for j in joined), joined
