"""Two amounts of one sentence told at two moments (``put the toll at 7 on Thursday morning;
by evening, a regional statement said 12``): a time the count stood at between them
(``snapshot_markers``) makes the second the later reading (``figure_marks.later_in_sentence``),
so a count that rises is updated, not two tellers' rival counts of one moment. Invented
sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import later_in_sentence
from tests.story.helpers import sentence_figure

_TEXT = ("Rescuers put the toll at 7 on Thursday morning; by evening, after the river fell, "
         "a regional statement said 12 people had drowned.")


def _dead(amount: str, value: int, source: str, text: str = _TEXT) -> Figure:
    return sentence_figure(text, amount, value, unit="person", measure="deaths", article="a1", source=source,
                           stated="2026-09-10T21:00")


def test_a_time_between_two_amounts_orders_them() -> None:
    morning, evening = _dead("7", 7, "rescuers"), _dead("12", 12, "regional statement")
    assert later_in_sentence(morning, evening)
    assert not later_in_sentence(evening, morning)


def test_no_order_without_a_time_between_them() -> None:
    text = "Rescuers said 7 people had drowned, while a regional statement said 12 had died."
    a, b = _dead("7", 7, "rescuers", text), _dead("12", 12, "regional statement", text)
    assert not later_in_sentence(a, b) and not later_in_sentence(b, a)


def test_the_evening_count_updates_the_morning_count() -> None:
    morning, evening = _dead("7", 7, "rescuers"), _dead("12", 12, "regional statement")
    assert group_label([morning, evening], "rising", "deaths") == "updated"
