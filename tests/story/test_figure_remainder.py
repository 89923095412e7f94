"""An amount told as the rest of a count (``the last five bodies``, ``the remaining 11
turbines``; ``figure_remainder``, ``remainder_words``) is no reading of the count: the label
reads the measure's amounts without it. Invented sentences of news other than the stories
where the kind was seen."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_remainder import remainder
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount"), [
    ("Rescuers pulled the last three bodies from the rubble on Thursday.", "three"),
    ("Engineers inspected the remaining 11 turbines over the weekend.", "11"),
    ("The final 23 minutes of the match will be replayed behind closed doors.", "23"),
    ("The club must still find the remaining $4 million by June.", "4"),
])
def test_an_amount_after_the_last_or_the_remaining_is_a_remainder(text: str, amount: str) -> None:
    assert remainder(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    ("The last report put the toll at 14.", "14"),  # the words name a report, not the amount
    ("At last, 12 climbers were brought down from the ridge.", "12"),
    ("Rescuers pulled three bodies from the rubble, the last of them on Thursday.", "three"),
])
def test_no_remainder_where_the_words_do_not_stand_right_before_the_amount(text: str, amount: str) -> None:
    assert not remainder(sentence_figure(text, amount, 1))


def _dead(text: str, amount: str, value: int, article: str, stated: str, approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="person", approx=approx, measure="deaths", article=article,
                           stated=stated)


def test_the_last_bodies_recovered_do_not_read_as_a_toll_that_fell() -> None:
    """A toll of at least 4, then at least 10, then the last three bodies recovered: one toll
    rising (updated), not a toll that fell to three (conflicting)."""
    first = _dead("The avalanche killed at least 4 skiers, the mountain rescue service said.", "at least 4", 4, "a1",
                  "2026-02-02T18:00", "over")
    later = _dead("The number of skiers killed in the avalanche rose to at least 10 on Tuesday.", "at least 10", 10, "a2",
                  "2026-02-03T15:00", "over")
    last = _dead("Rescuers recovered the last three bodies on Tuesday evening below the ridge.", "three", 3, "a3",
                 "2026-02-04T08:00")
    assert group_label([first, later, last], "rising", "deaths") == "updated"
