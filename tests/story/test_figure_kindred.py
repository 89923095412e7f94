"""Session 31: one count told by two measures' words (``figures.json`` ``kindred_measures``,
:mod:`newskit.story.figure_kindred`), a subgroup's noun that names everyone one outlet
counted, and a body's staff told as what it has and plainly.

* ``more than 80 people were injured`` / ``112 people were taken to hospital``; ``14 people
  were treated`` / ``at least 30 were injured``; ``caused £250,000 of damage`` / ``will cost
  £250,000 to repair``; ``About 200 joined the march`` / ``a crowd of nearly 300``: one count
  each, unless one article tells both measures (``30 injured, 12 of them in hospital``);
* ``Two men were arrested`` in one outlet, ``three people were arrested`` in another: the
  noun names who was counted, not a part of them;
* ``employs about 3,200 people`` / ``its 2,900 workers``: one property.

Invented sentences: a stage collapse, a gas blast, a burst pipe, a vigil, a burglary, a
warehouse firm, a night-club fire."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure, SpanRef
from newskit.story.figure_kindred import join_kindred, join_lone_subgroups
from tests.story.helpers import labelled_amounts


@pytest.mark.parametrize(("first", "second", "both"), [
    ("More than 80 people were injured when the stage collapsed at the festival, police said.",
     "Organisers said 112 people were taken to hospital after the stage collapse.",
     {"More than 80", "112"}),
    ("Fourteen people were treated at the scene after the gas blast, the ambulance service said.",
     "At least 30 people were injured in the gas blast, the fire brigade said.",
     {"Fourteen", "At least 30"}),
    ("The burst water main caused about £250,000 of damage to shops on the high street.",
     "Repairs to the high street will cost £400,000, the council said after the burst main.",
     {"about £250,000", "£400,000"}),
    ("The Kenyan protesters caused damage worth 12 million shillings to the ministry's offices in Nairobi.",
     "Repairing the ministry's offices in Nairobi will cost about $93,000, officials said.",
     {"12 million shillings", "about $93,000"}),
    ("A crowd of about 300 gathered outside the town hall for the vigil on Friday evening.",
     "Some 200 people joined the candlelit vigil outside the town hall, organisers said.",
     {"about 300", "Some 200"}),
])
def test_one_count_told_by_two_measures_is_one_group(pipeline: Pipeline, first: str, second: str,
                                                     both: set[str]) -> None:
    found = labelled_amounts(pipeline, first, second)
    assert any(amounts == both for _, amounts in found), found


def test_an_article_that_tells_both_measures_keeps_them_apart(pipeline: Pipeline) -> None:
    """``30 injured, 12 of them in hospital`` tells two counts: another outlet's count of
    the hospitalised is not the injured count."""
    found = labelled_amounts(
        pipeline,
        "At least 30 people were injured when the stage collapsed. Police said 12 people were taken to hospital.",
        "Organisers said 15 people were taken to hospital after the stage collapse.")
    assert not any(amounts >= {"At least 30", "15"} for _, amounts in found), found


def test_two_men_arrested_and_three_arrested_are_one_count(pipeline: Pipeline) -> None:
    found = labelled_amounts(
        pipeline,
        "Two men were arrested after the burglary at the jewellery shop, police said on Monday.",
        "Police said three people had been arrested over the burglary at the jewellery shop.")
    assert any(amounts == {"Two", "three"} for _, amounts in found), found


def _fig(article: str, measure: str, value: int, unit: str | None = None) -> Figure:
    text = f"{value} were counted."
    return Figure(article=article, measure=measure, value=value, unit=unit,
                  ref=SpanRef(article=article, start=0, end=len(str(value)), text=str(value)),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


def test_a_subgroup_several_outlets_count_stays_a_subgroup() -> None:
    """``Nine children were hurt`` in two outlets: the story counts the children apart."""
    groups = {"injured": [_fig("a1", "injured", 11)],
              "injured (children)": [_fig("a2", "injured (children)", 9, "child"),
                                     _fig("a3", "injured (children)", 7, "child")]}
    join_lone_subgroups(groups)
    assert set(groups) == {"injured", "injured (children)"}


def test_a_subgroup_beside_its_total_in_one_article_stays_a_part() -> None:
    groups = {"deaths": [_fig("a1", "deaths", 12), _fig("a2", "deaths", 14)],
              "deaths (children)": [_fig("a1", "deaths (children)", 5, "child")]}
    join_lone_subgroups(groups)
    assert set(groups) == {"deaths", "deaths (children)"}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=5000), st.integers(min_value=1, max_value=5000),
       st.sampled_from([("injured", "hospitalised"), ("damage", "cost"), ("injured", "number of people (treat)")]),
       st.booleans())
def test_kindred_measures_join_only_near_and_in_other_articles(a: int, b: int, pair: tuple[str, str],
                                                               shared: bool) -> None:
    """Two kindred measures' groups join exactly when no article tells both and their
    amounts lie within ``close_ratio`` (2.5) of each other; no amount is ever lost."""
    first, second = pair
    groups = {first: [_fig("a1", first, a)], second: [_fig("a1" if shared else "a2", second, b)]}
    join_kindred(groups)
    near = max(a, b) / min(a, b) <= 2.5
    assert (set(groups) == {first}) == (near and not shared)
    assert sum(len(v) for v in groups.values()) == 2


def test_a_firms_staff_told_as_what_it_has_and_plainly_is_one_property(pipeline: Pipeline) -> None:
    """``employs about 3,200 people`` is what the firm has (``number of people, held``);
    ``its 2,900 workers`` counts the same staff by their noun."""
    found = labelled_amounts(
        pipeline,
        "Northway Logistics, which employs about 3,200 people, filed for bankruptcy protection on Monday.",
        "Northway and its 2,900 workers face an uncertain future, the union said.")
    assert any(amounts == {"about 3,200", "2,900"} for _, amounts in found), found


def test_people_ill_treated_or_seeking_treatment_are_one_count() -> None:
    """A sickness counted as ill by one outlet, as treated by another and as having sought
    treatment by a third: one count of one event, as ``injured`` / ``treated`` are; each
    measure's own group when amounts lie far apart."""
    groups = {"illnesses": [_fig("a1", "illnesses", 38)],
              "number of people (treat)": [_fig("a2", "number of people (treat)", 45)],
              "number of people (seek)": [_fig("a3", "number of people (seek)", 40)]}
    join_kindred(groups)
    assert list(groups) == ["illnesses"] and {f.value for f in groups["illnesses"]} == {38, 45, 40}, groups
    far = {"illnesses": [_fig("a1", "illnesses", 38)], "number of people (seek)": [_fig("a2", "number of people (seek)", 900)]}
    join_kindred(far)
    assert set(far) == {"illnesses", "number of people (seek)"}, far


@pytest.mark.parametrize(("first", "second"), [("trapped", "missing")])
def test_those_trapped_or_missing_are_one_count(first: str, second: str) -> None:
    """``about 20 believed trapped`` / ``17 unaccounted for`` after a landslide: one count in
    two outlets' words, unless an article tells both as two counts."""
    groups = {first: [_fig("a1", first, 20)], second: [_fig("a2", second, 17)]}
    join_kindred(groups)
    assert list(groups) == [first] and {f.value for f in groups[first]} == {20, 17}, groups
    both = {first: [_fig("a1", first, 20)], second: [_fig("a1", second, 9), _fig("a2", second, 17)]}
    join_kindred(both)
    assert set(both) == {first, second}, both
