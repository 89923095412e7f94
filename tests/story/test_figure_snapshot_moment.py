"""A count told as it stood at a time of the day (``By Tuesday evening the coastguard counted
31 boats``; ``figure_marks.snapshot``) is a count in progress told at that moment
(``figure_moment.is_current``), not a finished event's count: told later the same day than
another outlet's, it updates it, as a count told with ``now`` or a perfect does. Invented
sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import _pair_label
from newskit.story.figure_moment import is_current, one_moment
from tests.story.helpers import sentence_figure


def _boats(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="boat", measure="number of boats [stranded]", article=article,
                           source=source, stated=stated)


_MORNING = _boats("Fishermen said 12 boats were stranded in the harbour mouth on Tuesday morning.", "12", 12, "a1",
                  "2026-10-06T09:30", "fishermen")


@pytest.mark.parametrize("text", [
    "By Tuesday evening the coastguard counted 31 boats stuck behind the sandbar.",
    "By 6 p.m. the coastguard counted 31 boats stuck behind the sandbar.",
    "The coastguard counted 31 boats stuck behind the sandbar as of Tuesday evening.",
])
def test_a_count_told_as_it_stood_at_a_time_is_a_count_in_progress(text: str) -> None:
    late = _boats(text, "31", 31, "a2", "2026-10-06T19:00", "coastguard")
    assert is_current(late)
    assert not one_moment(_MORNING, late, "happened", "number of boats [stranded]", one_source=False)
    assert _pair_label(_MORNING, late, "happened", "number of boats [stranded]") == "updated"


def test_a_finished_count_told_the_same_day_stays_one_moment() -> None:
    """Without such a time, a later outlet's differing count of what happened that day is a
    rival count of one moment."""
    late = _boats("The coastguard counted 31 boats stuck behind the sandbar.", "31", 31, "a2", "2026-10-06T19:00",
                  "coastguard")
    assert not is_current(late)
    assert _pair_label(_MORNING, late, "happened", "number of boats [stranded]") == "conflicting"
