"""A part of a day (TIMEX3 ``TMO``, ``TAF``, ``TEV``, ``TNI``) is its hours of that day when
two amounts' statements are ordered (``figure_label._day``): an amount told ``by Thursday
night`` was stated after a report stamped that noon, not at the day's start, so a count
that rose between them is an update, not a fall. Invented sentences (a landslip's houses)."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import _order, _pair_label
from tests.story.helpers import sentence_figure


def _houses(text: str, amount: str, value: int, article: str, stated: str) -> Figure:
    return sentence_figure(text, amount, value, unit="house", measure="number of houses [destroyed]",
                           article=article, stated=stated)


@pytest.mark.parametrize(("part", "later"), [("TNI", 1), ("TEV", 1), ("TAF", 1), ("TMO", -1)])
def test_a_part_of_the_day_is_ordered_by_its_hours(part: str, later: int) -> None:
    noon = sentence_figure("Two houses slid down the slope, the council said.", "Two", 2,
                           article="a1", stated="2026-03-05T11:45")
    told = sentence_figure("By the night five houses had slid down the slope.", "five", 5,
                           article="a2", stated="2026-03-05" + part)
    assert _order(told, noon) == later


def test_a_count_told_by_the_night_updates_the_noon_count() -> None:
    noon = _houses("Two houses slid into the ravine overnight, the council said on Thursday.", "Two", 2, "a1",
                   "2026-03-05T11:45")
    night = _houses("By Thursday night, five houses had slid into the ravine.", "five", 5, "a2",
                    "2026-03-05TNI")
    assert _pair_label(noon, night, "happened", "number of houses [destroyed]") == "updated"
