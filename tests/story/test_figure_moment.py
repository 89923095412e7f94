"""Two sources' counts of the people an event hurt, told the same day as the event's, count
one moment (``figure_moment.one_moment``): the later is a rival count, not an update,
unless it is told as a present state or a change, comes a day later, or comes from the
same source. Deaths rise as the injured die, so they are no such count. Invented sentences
of news other than the stories where the kind was seen (a gas blast, a motorway pile-up,
an airbag recall): a harbour explosion, a stadium crush, a tram derailment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from newskit.story.figure_moment import one_moment
from tests.story.helpers import sentence_figure


def _fig(text: str, amount: str, value: int, article: str, source: str | None, stated: str) -> Figure:
    """One count of people of ``text`` as the story reads it."""
    return sentence_figure(text, amount, value, unit="person", measure="injured", article=article, source=source,
                           stated=stated)


def _morning() -> Figure:
    return _fig("An explosion at a harbour warehouse injured 14 people, the fire brigade said.", "14", 14, "a1",
                "fire brigade", "2026-07-09T09:00")


def _evening(text: str, amount: str = "Nineteen", source: str | None = "city officials",
             stated: str = "2026-07-09T18:30") -> Figure:
    return _fig(text, amount, 19, "a2", source, stated)


def test_two_sources_counts_of_the_hurt_told_the_same_day_conflict() -> None:
    late = _evening("Nineteen people were hurt in the blast, city officials said.")
    assert one_moment(_morning(), late, "rising", "injured", one_source=False)
    assert _pair_label(_morning(), late, "rising", "injured") == "conflicting"


def test_a_past_perfect_after_a_verb_of_saying_is_still_the_event_s_count() -> None:
    late = _evening("A police spokesman said 19 people had been injured in the explosion.", "19", "police")
    assert _pair_label(_morning(), late, "rising", "injured") == "conflicting"


@pytest.mark.parametrize(("told", "measure"), [
    ("Nineteen people are being treated in hospital, city officials said.", "hospitalised"),  # a present state
    ("Nineteen people were killed in the blast, city officials said.", "deaths"),  # the injured die later
])
def test_a_present_state_or_a_death_toll_may_have_moved_on(told: str, measure: str) -> None:
    late = _evening(told)
    assert not one_moment(_morning(), late, "rising", measure, one_source=False)
    assert _pair_label(_morning(), late, "rising", measure) == "updated"


def test_a_day_later_or_from_the_same_source_it_is_an_update() -> None:
    next_day = _evening("Nineteen people were hurt in the blast, city officials said.", stated="2026-07-10T08:00")
    same = _evening("Nineteen people were hurt in the blast, the fire brigade said.", source="fire brigade")
    assert _pair_label(_morning(), next_day, "rising", "injured") == "updated"
    assert _pair_label(_morning(), same, "rising", "injured") == "updated"


def test_a_count_as_of_a_time_or_grown_beyond_reach_is_a_toll_that_grew() -> None:
    """``As of noon`` is a snapshot of a count in progress; 57 then ``more than 900`` is no rival count."""
    noon = _evening("As of noon, police said 19 people were hurt in the blast.", "19", "police")
    grown = _fig("More than 900 people were hurt in the quake, officials said.", "More than 900", 900, "a2",
                 "officials", "2026-07-09T18:30")
    assert _pair_label(_morning(), noon, "rising", "injured") == "updated"
    assert _pair_label(_morning(), grown, "rising", "injured") == "updated"


@given(st.integers(min_value=1, max_value=500), st.floats(min_value=0.0, max_value=2.5),
       st.sampled_from(["were injured in the crush", "were hurt when the tram derailed", "had been injured"]))
def test_the_same_day_counts_of_the_hurt_from_two_sources_never_update(a: int, ratio: float, told: str) -> None:
    """Within another source's reach (``close_ratio``) of the earlier count, larger or smaller."""
    b = max(1, int(a * ratio))
    early = _fig(f"Police said {a} people were injured.", str(a), a, "a1", "police", "2026-07-09T09:00")
    late = _fig(f"Paramedics said {b} people {told}.", str(b), b, "a2", "paramedics", "2026-07-09T21:00")
    assert _pair_label(early, late, "rising", "injured") != "updated"
