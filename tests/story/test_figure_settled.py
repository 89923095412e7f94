"""Two tellers' early readings of a count that only rises that differ (``at least 5`` miners
dead from the ministry, ``at least 7`` from officials the same morning) conflict; an amount told
after both and above all each allows (``11`` the next day) updates each, and settles the
dispute: the story's count has grown past it, its early readings were counts still in progress
(``figure_label._settled``, session 60, issue #10). A later count above only one of them, or a
measure that does not only rise, settles nothing. Invented sentences of news other than the
stories where the kind was seen: a mine blast, a bus crash, a ferry's fare."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from tests.story.helpers import sentence_figure


def _dead(text: str, amount: str, value: int, article: str, source: str, stated: str,
          approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, measure="deaths", article=article, source=source,
                           stated=stated)


_MINISTRY = "At least 5 miners were killed in the blast, the emergencies ministry said."
_OFFICIALS = "At least 7 miners died when methane exploded in the shaft, local officials said."
_LATER = "The company said 11 miners had died in the explosion."
_BETWEEN = "The company said 6 miners had died in the explosion."


def _early() -> list[Figure]:
    return [_dead(_MINISTRY, "At least 5", 5, "wire", "emergencies ministry", "2026-02-21T09:00", approx="over"),
            _dead(_OFFICIALS, "At least 7", 7, "agency", "local officials", "2026-02-21T14:00", approx="over")]


def test_two_early_readings_of_a_toll_that_differ_conflict() -> None:
    assert group_label(_early(), "rising", "deaths") == "conflicting"


def test_a_later_count_above_both_settles_the_dispute() -> None:
    later = _dead(_LATER, "11", 11, "daily", "company", "2026-02-22T10:00")
    assert group_label([*_early(), later], "rising", "deaths") == "updated"


def test_a_later_count_above_only_one_settles_nothing() -> None:
    later = _dead(_BETWEEN, "6", 6, "daily", "company", "2026-02-22T10:00")
    assert group_label([*_early(), later], "rising", "deaths") == "conflicting"


def test_a_fare_two_tellers_give_is_no_count_in_progress() -> None:
    """A fixed amount (a fare) two tellers give differently stays disputed whatever is told later."""
    def fare(text: str, amount: str, value: int, article: str, source: str, stated: str) -> Figure:
        return sentence_figure(text, amount, value, unit="USD", measure="fare", article=article, source=source,
                               stated=stated)
    figs = [fare("The operator said the new fare was $40.", "$40", 40, "wire", "operator", "2026-02-21T09:00"),
            fare("Passengers said they had paid $55 for the crossing.", "$55", 55, "agency", "passengers",
                 "2026-02-21T14:00"),
            fare("The regulator said the fare would be $70 from March.", "$70", 70, "daily", "regulator",
                 "2026-02-22T10:00")]
    assert group_label(figs, "fixed", "fare") == "conflicting"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=40), st.integers(min_value=1, max_value=10), st.integers(min_value=1, max_value=60))
def test_a_later_count_above_both_early_readings_always_settles_them(low: int, gap: int, rise: int) -> None:
    high = low + gap
    later = 2 * high + 10 + rise  # past the floor's round step: "at least 10", then 11, may be one count
    figs = [_dead(f"At least {low} people died in the crash, police said.", f"At least {low}", low, "wire", "police",
                  "2026-05-04T08:00", approx="over"),
            _dead(f"Hospital officials said at least {high} had died.", f"at least {high}", high, "agency",
                  "hospital officials", "2026-05-04T13:00", approx="over"),
            _dead(f"The ministry said {later} people had died in the crash.", str(later), later, "daily", "ministry",
                  "2026-05-05T11:00")]
    assert group_label(figs, "rising", "deaths") != "conflicting"
