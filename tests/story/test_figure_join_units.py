"""Issue #10: what the join of two outlets' amounts weighs (figure_model, figure_story).

* Two outlets' spans of time that agree (``six weeks`` / ``42 days``) join at the model's
  threshold; the higher threshold of agreeing amounts is for counts, sums and shares, whose
  round values recur in a story by chance.
* An article's amounts of one named measure far apart (a toll of this crash beside a toll
  of the year) are units of their own for the join, so one of them can meet another
  outlet's amount without the other pulling their mean probability down.

Sentences from a library closure, a road tunnel, a hospital strike, a mountain race, a
coach crash and a mining disaster: not the story sets."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_model import FEATURES, PairModel, join_by_model
from newskit.story.figure_story import JoinLimits, StoryUnits
from newskit.story.figures import named_groups
from tests.story.helpers import outlet_figures


def _figures(pipeline: Pipeline, *texts: str) -> list[Figure]:
    return outlet_figures(pipeline, texts)


def _lukewarm(probability: float = 0.7) -> PairModel:
    """A model that gives every pair of amounts one probability, between its thresholds."""
    return PairModel(weights=tuple(0.0 for _ in FEATURES), bias=math.log(probability / (1 - probability)),
                     threshold=0.5, agreeing_threshold=0.9, with_rules=False)


def _joined(pipeline: Pipeline, model: PairModel, *texts: str) -> list[list[str]]:
    groups, loose = named_groups(_figures(pipeline, *texts))
    join_by_model(groups, loose, model)
    return sorted(sorted(f.ref.text for f in figs if f.ref) for figs in groups.values() if len(figs) > 1)


def test_agreeing_durations_join_at_the_models_threshold(pipeline: Pipeline) -> None:
    """``six weeks`` / ``42 days``: one span told in two units joins at 0.7."""
    joined = _joined(pipeline, _lukewarm(),
                     "The library will close for six weeks while the roof is replaced, the council said.",
                     "Readers face 42 days without their branch library, campaigners said.")
    assert ["42 days", "six weeks"] in joined, joined


def test_agreeing_counts_still_need_the_agreeing_threshold(pipeline: Pipeline) -> None:
    """Two outlets' ``40`` of two things agree by chance: at 0.7 they stay apart."""
    joined = _joined(pipeline, _lukewarm(),
                     "Nurses at 40 wards walked out on Monday, the union said.",
                     "The hospital trust said 40 operations had been postponed.")
    assert not any({"40"} <= set(j) for j in joined), joined


def test_agreeing_durations_under_a_cautious_model_stay_apart(pipeline: Pipeline) -> None:
    """The rule lowers no threshold: below 0.5 even agreeing readings stay apart."""
    joined = _joined(pipeline, _lukewarm(0.4),
                     "The tunnel will be shut for three weeks for repairs, the operator said.",
                     "Drivers face 21 days of detours while the tunnel is repaired.")
    assert joined == [], joined


def test_an_articles_far_apart_amounts_of_one_measure_are_units_of_their_own(pipeline: Pipeline) -> None:
    """A coach crash's toll beside the year's road toll in one article: two units, so the
    crash's toll alone meets the other outlet's."""
    figures = _figures(pipeline,
                       "Nine people were killed when the coach overturned, police said. More than 1,200 people "
                       "have died on the country's roads this year, the ministry said.",
                       "At least 11 people died in the coach crash on the mountain road, officials said.")
    groups, loose = named_groups(figures)
    units = StoryUnits(groups, loose, JoinLimits(split_named=True)).units
    deaths = sorted(sorted(f.value for f in u.figs) for u in units if u.name == "deaths")
    assert deaths == [[9], [11], [1200]], deaths


_CLOSE = float(figure_rules()["close_ratio"])


@given(st.lists(st.integers(min_value=1, max_value=100_000), min_size=1, max_size=8))
def test_an_articles_runs_hold_every_amount_once_each_run_within_reach(values: list[int]) -> None:
    from newskit.story.figure_story import _by_article

    figs = [Figure(article="a", measure="deaths", value=v) for v in values]
    runs = _by_article(figs)
    assert sorted(id(f) for run in runs for f in run) == sorted(id(f) for f in figs)
    for run in runs:
        assert max(f.value or 0 for f in run) <= _CLOSE * min(f.value or 0 for f in run)
