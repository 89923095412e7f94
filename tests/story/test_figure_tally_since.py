"""A tally counted from a start (``figures.json`` ``change_markers``: ``since``): ``had
received more than 90 calls since the appeal``, ``bookings have fallen 40% since the
strike began`` is the count as it stands when told, like ``so far`` and ``to date``, so a
later, larger tally from another source updates the earlier one rather than rivalling it.
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from newskit.story.figure_marks import marks_change
from tests.story.helpers import sentence_figure

_MORNING = "2026-09-14T08:00"
_EVENING = "2026-09-14T20:30"


def _calls(text: str, amount: str, value: int, article: str, stated: str, source: str,
           approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="call", approx=approx, measure="number of calls [received]",
                           article=article, source=source, stated=stated)


def test_a_tally_since_a_start_is_the_count_as_it_stands() -> None:
    f = _calls("The hotline has taken 340 calls since the appeal was broadcast on Sunday.", "340", 340, "a1",
               _MORNING, "police")
    assert marks_change(f)


def test_a_count_with_no_start_is_no_tally() -> None:
    f = _calls("The hotline took 340 calls on Sunday, police said.", "340", 340, "a1", _MORNING, "police")
    assert not marks_change(f)


def test_a_later_tally_since_the_appeal_updates_another_sources_morning_count() -> None:
    early = _calls("Detectives said about 60 calls had come in after the appeal.", "about 60", 60, "a1", _MORNING,
                   "detectives", "about")
    late = _calls("The charity said it had received more than 140 calls since the appeal was broadcast.",
                  "more than 140", 140, "a2", _EVENING, "charity", "over")
    assert _pair_label(early, late, "happened", "number of calls [received]") == "updated"


def test_without_the_start_the_same_two_counts_rival() -> None:
    early = _calls("Detectives said about 60 calls had come in after the appeal.", "about 60", 60, "a1", _MORNING,
                   "detectives", "about")
    late = _calls("The charity said it had received more than 140 calls about the case.", "more than 140", 140,
                  "a2", _EVENING, "charity", "over")
    assert _pair_label(early, late, "happened", "number of calls [received]") == "conflicting"


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=20, max_value=200), st.integers(min_value=1, max_value=100), st.booleans())
def test_a_larger_tally_since_a_start_told_later_always_updates(first: int, more: int, since: bool) -> None:
    """Whatever the counts, another source's later bound above an estimate is its update when
    told as a tally since a start, and a rival estimate within a day when not."""
    later = int(first * 1.3) + more  # above all that "about" allows (a tenth of it at most)
    assume(later < 2.4 * first)  # within reach of the estimate: no toll grown out of it
    early = _calls(f"Officials said about {first} calls had been logged.", f"about {first}", first, "a1", _MORNING,
                   "officials", "about")
    start = " since Friday" if since else ""
    late = _calls(f"The charity said more than {later} calls had been logged{start}.", f"more than {later}", later,
                  "a2", _EVENING, "charity", "over")
    label = _pair_label(early, late, "happened", "number of calls [received]")
    assert label == ("updated" if since else "conflicting")
