"""A market's move told during its trading session and at its close (``figure_session``,
``figures.json`` ``session_*``): two readings of one moving price, the close the later, so
two outlets' differing moves are an update whatever the order their articles came in.
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from newskit.story.figure_session import session_reading
from tests.story.helpers import sentence_figure

_NOON = "2026-02-03T12:10"
_EVENING = "2026-02-03T18:40"
_MONDAY = "2026-02-03"
_MEASURE = "percent (fall)"


def _move(text: str, amount: str, value: float, article: str, stated: str, approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="percent", approx=approx, measure=_MEASURE, article=article,
                           stated=stated)


def test_a_move_in_morning_trade_is_read_during_the_session() -> None:
    f = _move("Shares in the brewer fell 9% in early Paris trading after the warning.", "9%", 9, "a1", _NOON)
    assert session_reading(f) == "during"


def test_a_closing_move_is_read_at_the_close() -> None:
    f = _move("The brewer's shares closed down 5.5% on Monday.", "5.5%", 5.5, "a2", _EVENING)
    assert session_reading(f) == "close"


def test_a_move_by_the_close_is_read_at_the_close() -> None:
    """Fails on the old words: only ``at the close`` and the verbs placed a move at the end."""
    f = _move("The brewer's bonds were down 4.5% by the close, as investors weighed the warning.", "4.5%", 4.5,
              "a2", _EVENING)
    assert session_reading(f) == "close"
    g = _move("The brewer's shares were 7% lower at the end of trading in Paris.", "7%", 7, "a2", _EVENING)
    assert session_reading(g) == "close"


def test_a_place_alone_and_both_times_say_nothing() -> None:
    assert session_reading(_move("Shares fell 9% in Paris trading.", "9%", 9, "a1", _NOON)) is None
    both = "Shares closed down 5.5% after falling as much as 9% in early trading."
    assert session_reading(_move(both, "5.5%", 5.5, "a1", _EVENING)) is None


def test_the_close_updates_a_move_during_the_session() -> None:
    early = _move("Shares in the brewer fell 9% in early Paris trading after the warning.", "9%", 9, "a1", _NOON)
    late = _move("The brewer's shares closed down 5.5% on Monday.", "5.5%", 5.5, "a2", _EVENING)
    assert _pair_label(early, late, "fixed", _MEASURE) == "updated"


def test_the_close_told_of_the_whole_day_before_a_midday_report_still_updates_it() -> None:
    """``closed down 5.5% on Monday`` is stated as the whole day, which starts before a noon
    report: the close is the later reading all the same."""
    noon = _move("Shares in the brewer fell 9% in early Paris trading after the warning.", "9%", 9, "a1", _NOON)
    close = _move("The brewer's shares closed down 5.5% on Monday.", "5.5%", 5.5, "a2", _MONDAY)
    assert _pair_label(close, noon, "fixed", _MEASURE) == "updated"


def test_two_outlets_closes_conflict() -> None:
    a = _move("The brewer's shares closed down 5.5% on Monday.", "5.5%", 5.5, "a1", _EVENING)
    b = _move("Shares in the brewer ended the day 7% lower.", "7%", 7, "a2", "2026-02-03T19:30")
    assert _pair_label(a, b, "fixed", _MEASURE) == "conflicting"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=40), st.integers(min_value=2, max_value=30), st.booleans())
def test_a_differing_close_always_updates_the_session_move(during: int, apart: int, close_first: bool) -> None:
    """Whatever the two moves (a few points apart at least) and whichever article came first,
    the close updates the move told during the session."""
    closing = during + apart
    a = _move(f"Shares fell {during}% in morning trading.", f"{during}%", during, "a1", _NOON)
    b = _move(f"Shares closed down {closing}%.", f"{closing}%", closing, "a2", _EVENING)
    pair = (b, a) if close_first else (a, b)
    assert _pair_label(*pair, "fixed", _MEASURE) == "updated"
