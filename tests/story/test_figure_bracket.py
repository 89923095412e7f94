"""A floor and an amount hedged just below its figure (``more than 19 hours`` / ``nearly
20 hours``; ``figures.json`` ``close_below_hedges``): one value told from each side, not two
outlets' rival edges, when they lie within a rounding of each other; a floor and a ceiling
(``at least six months`` / ``up to nine months``) still rival. Invented sentences of news
other than the stories where the kind was seen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, rival_bounds
from tests.story.helpers import sentence_figure


def _span(text: str, amount: str, value: int, approx: str, article: str) -> Figure:
    return sentence_figure(text, amount, value, unit="hour", approx=approx, article=article,
                           stated="2026-06-02T10:00" if article == "a1" else "2026-06-02T18:00")


def test_more_than_and_nearly_the_next_hour_bracket_one_value() -> None:
    floor = _span("The hostage stand-off lasted more than 11 hours.", "more than 11 hours", 11, "over", "a1")
    near = _span("Police ended the stand-off after nearly 12 hours.", "nearly 12 hours", 12, "under", "a2")
    assert not rival_bounds(floor, near)
    assert _pair_label(floor, near, "fixed") == "consistent"


def test_a_floor_and_a_ceiling_still_rival() -> None:
    floor = _span("The hostage stand-off lasted more than 11 hours.", "more than 11 hours", 11, "over", "a1")
    ceiling = _span("Police said the stand-off lasted up to 12 hours.", "up to 12 hours", 12, "under", "a2")
    assert rival_bounds(floor, ceiling)
    assert _pair_label(floor, ceiling, "fixed") == "conflicting"


def test_a_floor_far_below_nearly_still_rivals() -> None:
    floor = _span("The hostage stand-off lasted more than 11 hours.", "more than 11 hours", 11, "over", "a1")
    near = _span("Police ended the stand-off after nearly 16 hours.", "nearly 16 hours", 16, "under", "a2")
    assert rival_bounds(floor, near)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=2, max_value=60), st.sampled_from(["nearly", "almost", "just under"]))
def test_a_floor_one_below_a_close_hedge_is_never_a_rival(hours: int, hedge: str) -> None:
    floor = _span(f"The siege lasted more than {hours} hours.", f"more than {hours} hours", hours, "over", "a1")
    near = _span(f"The siege ended after {hedge} {hours + 1} hours.", f"{hedge} {hours + 1} hours", hours + 1,
                 "under", "a2")
    assert not rival_bounds(floor, near)
    assert not rival_bounds(near, floor)
