"""A count told as it stood at one moment (``figures.json`` ``snapshot_markers``,
``snapshot_times``: ``so far``, ``as of``, ``by midday``, ``by 11am``): a count still in
progress, so a later amount above all it allows is that count grown, an update whoever told
either, even of a measure with no known course and the same day. Invented sentences of news
other than the stories where the kind was seen."""

from __future__ import annotations

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, rival_estimate
from newskit.story.figure_marks import snapshot
from newskit.story.figure_moment import one_moment
from tests.story.helpers import sentence_figure

_MORNING = "2026-05-11T09:00"
_EVENING = "2026-05-11T21:15"
_NEXT_DAY = "2026-05-12T10:30"
_MEASURE = "number of trains [cancelled]"


def _trains(text: str, amount: str, value: int, article: str, stated: str, source: str | None,
            approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="train", approx=approx, measure=_MEASURE, article=article,
                           source=source, stated=stated)


def test_a_count_by_a_time_of_day_is_a_snapshot() -> None:
    f = _trains("About 80 trains had been cancelled across the network by mid-morning.", "About 80", 80, "a1",
                _MORNING, None, "about")
    assert snapshot(f)


def test_a_clock_time_and_so_far_are_snapshots() -> None:
    assert snapshot(_trains("The operator said 45 trains were cancelled by 10am.", "45", 45, "a1", _MORNING,
                            "operator"))
    assert snapshot(_trains("The strike has cost the operator £3 million so far, it said.", "£3 million", 3_000_000,
                            "a1", _MORNING, "operator"))


def test_a_deadline_and_a_plain_count_are_no_snapshots() -> None:
    assert not snapshot(_trains("The operator must refund 45 trains' fares by Friday.", "45", 45, "a1", _MORNING,
                                "operator"))
    assert not snapshot(_trains("The operator said 45 trains were cancelled on Monday.", "45", 45, "a1", _MORNING,
                                "operator"))


def test_a_larger_count_the_next_day_updates_a_snapshot_of_a_property() -> None:
    early = _trains("About 80 trains had been cancelled across the network by mid-morning.", "About 80", 80, "a1",
                    _MORNING, None, "about")
    late = _trains("The rail union said more than 140 trains were cancelled during the walkout.", "more than 140",
                   140, "a2", _NEXT_DAY, "rail union", "over")
    assert _pair_label(early, late, "fixed", _MEASURE) == "updated"


def test_without_the_moment_another_sources_count_conflicts() -> None:
    early = _trains("About 80 trains were cancelled across the network.", "About 80", 80, "a1", _MORNING, None,
                    "about")
    late = _trains("The rail union said more than 140 trains were cancelled during the walkout.", "more than 140",
                   140, "a2", _NEXT_DAY, "rail union", "over")
    assert _pair_label(early, late, "fixed", _MEASURE) == "conflicting"


def test_a_snapshot_is_no_count_of_one_past_moment_the_same_day() -> None:
    early = _trains("The operator said 45 trains were cancelled by 10am.", "45", 45, "a1", _MORNING, "operator")
    late = _trains("In the evening the operator said 120 trains were cancelled.", "120", 120, "a2", _EVENING,
                   "operator")
    assert not one_moment(early, late, "happened", _MEASURE, True)
    assert _pair_label(early, late, "happened", _MEASURE) == "updated"


def test_a_smaller_count_after_a_snapshot_still_conflicts() -> None:
    early = _trains("The operator said 120 trains were cancelled by 10am.", "120", 120, "a1", _MORNING, "operator")
    late = _trains("The rail union said 70 trains were cancelled during the walkout.", "70", 70, "a2", _NEXT_DAY,
                   "rail union")
    assert _pair_label(early, late, "fixed", _MEASURE) == "conflicting"


def test_a_count_above_a_snapshot_bound_updates_it_though_the_bound_allows_it() -> None:
    """``more than 5,000`` by midday allows 6,200, but told as the count at midday it is
    one still growing: a count above the bound's own is the later reading."""
    early = _trains("Bookers said more than 5,000 seats had been refunded by midday.", "more than 5,000", 5000, "a1",
                    _MORNING, "bookers", "over")
    late = _trains("The operator said 6,200 seats were refunded after the walkout.", "6,200", 6200, "a2", _NEXT_DAY,
                   "operator")
    plain = _trains("Bookers said more than 5,000 seats had been refunded.", "more than 5,000", 5000, "a1", _MORNING,
                    "bookers", "over")
    assert _pair_label(early, late, "fixed", _MEASURE) == "updated"
    assert _pair_label(plain, late, "fixed", _MEASURE) == "consistent"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10, max_value=5000), st.integers(min_value=1, max_value=400), st.booleans())
def test_a_larger_later_count_updates_only_a_snapshot(first: int, more: int, by_noon: bool) -> None:
    """Whatever the counts, a later count above an earlier one of a property told by another
    source updates it when the earlier was told by a time of the day, and conflicts when not."""
    later = int(first * 1.1) + more + 1  # above all that rounding allows of the earlier
    moment = " by noon" if by_noon else ""
    early = _trains(f"Officials said {first} trains had been cancelled{moment}.", str(first), first, "a1", _MORNING,
                    "officials")
    late = _trains(f"The union said {later} trains were cancelled.", str(later), later, "a2", _NEXT_DAY, "union")
    assert _pair_label(early, late, "fixed", _MEASURE) == ("updated" if by_noon else "conflicting")


def _homes(text: str, amount: str, value: int, article: str, stated: str, source: str | None,
           approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="home", approx=approx, measure="number of homes [evacuated]",
                           article=article, source=source, stated=stated)


_FLOOD_COUNT = "Firefighters said more than 150 homes were evacuated as the river burst its banks."


def test_another_sources_estimate_of_a_later_moment_the_next_day_is_the_count_grown() -> None:
    """``nearly 300 by nightfall``, told the next morning by the council after the fire
    service's ``more than 150``: the count as it stood later, not a rival estimate of it."""
    early = _homes(_FLOOD_COUNT, "more than 150", 150, "a1", _EVENING, "fire service", "over")
    late = _homes("By nightfall nearly 300 homes had been evacuated, the council said.", "nearly 300", 300, "a2",
                  _NEXT_DAY, "council", "under")
    assert not rival_estimate(early, late)
    assert _pair_label(early, late, "happened", "number of homes [evacuated]") == "updated"


def test_the_same_day_or_without_the_moment_another_sources_estimate_is_a_rival_reading() -> None:
    """The same evening, ``by nightfall`` may be the moment the earlier count was told; the
    next day with no moment named it is another source's estimate."""
    early = _homes(_FLOOD_COUNT, "more than 150", 150, "a1", _MORNING, "fire service", "over")
    same_day = _homes("By nightfall nearly 300 homes had been evacuated, the council said.", "nearly 300", 300,
                      "a2", _EVENING, "council", "under")
    plain = _homes("Nearly 300 homes were evacuated, the council said.", "Nearly 300", 300, "a2", _NEXT_DAY,
                   "council", "under")
    assert rival_estimate(early, same_day)
    assert rival_estimate(evolve(early, stated=_EVENING), plain)

