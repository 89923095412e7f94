"""Figures across sources on invented multi-outlet stories (real pipeline, not the seeds)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Analysis, Article, Figure, Pipeline, SpanRef, Story
from newskit.story import build_story
from newskit.story.figures import article_figures, compare_figures, figure_range
from tests.story import figure_stories as stories
from tests.story.helpers import contested_pairs


def _run(pipeline: Pipeline, arts: list[dict[str, Any]]) -> list[Analysis]:
    return [pipeline.run(Article.from_dict(a)) for a in arts]


def _figure_findings(story: Story) -> dict[str, tuple[str | None, set[str]]]:
    return {f.measure or "": (f.label, {x.ref.text for x in f.figures if x.ref})
            for f in story.conflicts if f.type == "figures"}


_JOINS_A_SHARE_MOVE = pytest.mark.xfail(strict=True, reason=(
    "the fitted join (figure_model, CV-chosen threshold) puts 'Beta shares jumped 27 percent' with the "
    "premium: each outlet's only percent, first of its kind; a change's size is no feature it reads"))


@pytest.mark.parametrize("name", ["QUAKE", pytest.param("MERGER", marks=_JOINS_A_SHARE_MOVE), "COURT"])
def test_every_differing_group_surfaced_with_its_label_and_nothing_else(pipeline: Pipeline, name: str) -> None:
    story = build_story(_run(pipeline, getattr(stories, name)))
    got = _figure_findings(story)
    expected = getattr(stories, f"{name}_GROUPS")
    assert got == {m: (label, amounts) for m, (label, amounts) in expected.items()}


def test_quake_figures_name_outlets_sources_and_times(pipeline: Pipeline) -> None:
    story = build_story(_run(pipeline, stories.QUAKE))
    deaths = next(f for f in story.conflicts if f.measure == "deaths")
    first = deaths.figures[0]
    assert (first.ref and first.ref.text) == "four" and first.outlet == "Focus Taiwan"
    assert first.source == "National Fire Agency" and first.stated == "2024-04-03T12:00"
    assert "Focus Taiwan" in deaths.summary and "Reuters" in deaths.summary
    taipei = next(f for f in deaths.figures if f.outlet == "Taipei Times")
    assert taipei.source == "National Fire Agency"  # "which the CWA measured at 7.2, has killed 10"
    magnitude = next(f for f in story.conflicts if f.measure == "magnitude")
    assert {f.source for f in magnitude.figures if f.outlet in ("Reuters", "Taipei Times")} == {
        "US Geological Survey", "Central Weather Administration"}
    assert {s.outlet for s in story.sources} == {"Focus Taiwan", "Reuters", "Associated Press", "Taipei Times"}


def test_deaths_never_compared_with_injured_nor_a_part_with_a_total(pipeline: Pipeline) -> None:
    story = build_story(_run(pipeline, stories.QUAKE))
    for f in story.conflicts:
        if f.type == "figures":
            assert len({x.measure for x in f.figures}) == 1
            assert all(x.role == "total" for x in f.figures)
            assert "three" not in {x.ref.text for x in f.figures if x.ref}  # "including three hikers"
            assert "one" not in {x.ref.text for x in f.figures if x.ref}  # "one more body"


def _fig(article: str, value: int, approx: str | None = None, stated: str = "2024-04-03",
         source: str | None = None, measure: str = "deaths", text: str | None = None) -> Figure:
    t = text or str(value)
    return Figure(article=article, measure=measure, value=value, approx=approx, stated=stated, source=source,
                  ref=SpanRef(article=article, start=0, end=len(t), text=t))


def test_labels_conflicting_updated_consistent() -> None:
    same_time = compare_figures([_fig("a", 4), _fig("b", 10)])
    assert [f.label for f in same_time] == ["conflicting"]
    later = compare_figures([_fig("a", 4, stated="2024-04-03T12:00"), _fig("b", 10, stated="2024-04-04")])
    assert [f.label for f in later] == ["updated"]
    falling = compare_figures([_fig("a", 10, stated="2024-04-03"), _fig("b", 4, stated="2024-04-04")])
    assert [f.label for f in falling] == ["conflicting"]  # a toll does not fall
    rounded = compare_figures([_fig("a", 1100, "under", text="nearly 1,100"), _fig("b", 1067)])
    assert [f.label for f in rounded] == ["consistent"]
    magnitude = compare_figures([_fig("a", 7, measure="magnitude", stated="2024-04-03"),
                                 _fig("b", 8, measure="magnitude", stated="2024-04-04")])
    assert [f.label for f in magnitude] == ["conflicting"]  # another source, not a revision
    one_article = compare_figures([_fig("a", 4), _fig("a", 10)])
    assert one_article == []


def test_a_rising_toll_on_the_same_day_is_ordered_by_when_its_time_starts() -> None:
    by_day = compare_figures([_fig("a", 34, stated="2025-10-20"), _fig("b", 36, stated="2025-10-20T12:00")])
    assert [f.label for f in by_day] == ["updated"]  # "34 by Monday", then a wire at noon: 36
    falling = compare_figures([_fig("a", 36, stated="2025-10-20"), _fig("b", 30, stated="2025-10-20T12:00")])
    assert [f.label for f in falling] == ["conflicting"]
    same = compare_figures([_fig("a", 34, stated="2025-10-20"), _fig("b", 36, stated="2025-10-20")])
    assert [f.label for f in same] == ["conflicting"]  # two sources, one time


def test_a_fixed_amount_differing_across_outlets_is_conflicting_not_updated() -> None:
    def ransom(article: str, value: int, stated: str, source: str) -> Figure:
        t = f"${value} million"
        return Figure(article=article, measure="ransom", value=value, unit="USD", stated=stated, source=source,
                      ref=SpanRef(article=article, start=0, end=len(t), text=t))

    two = compare_figures([ransom("a", 4, "2025-01-14", "people familiar"), ransom("b", 9, "2025-01-16", "police")])
    assert [f.label for f in two] == ["conflicting"]
    revised = compare_figures([ransom("a", 4, "2025-01-14", "police"), ransom("b", 9, "2025-01-16", "police")])
    assert [f.label for f in revised] == ["updated"]  # the same source revising its own figure
    margin = compare_figures([_fig("a", 180000, measure="margin", stated="2025-03-09", source="council"),
                              _fig("b", 136000, measure="margin", stated="2025-03-10")])
    assert [f.label for f in margin] == ["conflicting"]


def test_figure_inside_a_denial_is_not_credited_to_the_denier(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({
        "id": "d1", "published": "2024-02-01", "source": "Wire",
        "text": "Rebels said government troops killed 40 civilians in the village. "
                "The army denied that 40 civilians were killed."}))
    figs = article_figures(a, "Wire")
    denied = [f for f in figs if f.disputed_by]
    assert denied and all(f.source != f.disputed_by for f in denied)


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from([None, "about", "approx", "over", "under"]))
def test_range_contains_the_stated_value(value: int, approx: str | None) -> None:
    lo, hi = figure_range(_fig("a", value, approx))
    assert lo <= value <= hi


@settings(max_examples=5, deadline=None)
@given(st.randoms(use_true_random=False))
def test_order_independent_and_spans_slice(pipeline: Pipeline, rnd: random.Random) -> None:
    analyses = _run(pipeline, stories.QUAKE)
    texts = {a.article.id: a.article.text for a in analyses}
    shuffled = list(analyses)
    rnd.shuffle(shuffled)
    one, two = build_story(analyses), build_story(shuffled)
    assert one.conflicts == two.conflicts and one.sources == two.sources
    for f in one.conflicts:
        for x in f.figures:
            for r in (x.ref, x.evidence):
                assert r is not None and texts[r.article][r.start:r.end] == r.text


def test_court_allegation_denial_pairs_by_plea_by_calling_false_by_official_finding(pipeline: Pipeline) -> None:
    story = build_story(_run(pipeline, stories.COURT))
    assert stories.COURT_PAIRS <= contested_pairs(story)
    contested = [f for f in story.conflicts if f.type == "contested"]
    assert all(f.label == "allegation/denial" for f in contested)
    assert any("Sacramento Bee" in f.summary and "Capitol Weekly" in f.summary for f in contested)


def test_a_denial_is_paired_with_its_own_proposition_not_its_topic(pipeline: Pipeline) -> None:
    arts = [
        {"id": "w1", "source": "Wire A", "published": "2024-03-01",
         "text": "The war in the region entered its third year on Friday. Officials said the war had displaced "
                 "millions. Washington has alleged that Belarus supplied rockets to the rebels, an accusation "
                 "denied by Belarus's government."},
        {"id": "w2", "source": "Wire B", "published": "2024-03-01",
         "text": "Analysts said the war would go on for years."},
    ]
    story = build_story(_run(pipeline, arts))
    contested = [f for f in story.conflicts if f.type == "contested"]
    assert contested
    for f in contested:
        if f.type == "contested":
            assert "war" not in f.summary.split("[")[0].lower()  # the supply, not the war
            assert not any("Analysts" in r.text for r in f.refs)


def test_percentages_approximate_in_points() -> None:
    about = Figure(article="a", measure="turnout", value=64, approx="about", unit="percent")
    assert figure_range(about) == (63.0, 65.0)
    turnout = compare_figures([
        Figure(article="a", measure="turnout", value=61, unit="percent", stated="2025-05-12",
               ref=SpanRef(article="a", start=0, end=10, text="61 percent")),
        Figure(article="b", measure="turnout", value=64, approx="about", unit="percent", stated="2025-05-12",
               ref=SpanRef(article="b", start=0, end=9, text="about 64%"))])
    assert [f.label for f in turnout] == ["conflicting"]


def test_a_cue_across_another_amount_is_not_this_amounts(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({
        "id": "s", "published": "2025-09-02",
        "text": "The storm has killed seven people and forced 12,000 residents from their homes."}))
    measures = {f.ref.text: f.measure for f in article_figures(a) if f.ref}
    assert measures == {"seven": "deaths", "12,000": "displaced"}
