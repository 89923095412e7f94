"""Amounts of time told on a clock face or unit by unit (``figure_clock``): a race time and
a span told in hours, minutes and seconds are one amount of time in seconds, compared with
another outlet's; a time of day is none. Invented sentences of sport and rescue news other
than the stories where the kind was seen (a marathon, a 10,000 metres record): a cycling
time trial, a swim, a cave rescue, a ferry timetable."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_clock import clock_times, joined_spans, timex_seconds
from tests.story.helpers import amounts, figure_conflicts


@pytest.mark.parametrize(("text", "seconds"), [
    ("Van Aert won the time trial in 1:02:37, eleven seconds clear of the field.", 3757),
    ("She clocked 4:01.36 in the 400 metres freestyle final.", Decimal("241.36")),
    ("The Dutch rider's winning time of 0:58:12.4 was a course record.", Decimal("3492.4")),
])
def test_a_race_time_is_an_amount_of_seconds(text: str, seconds: int | Decimal) -> None:
    assert [m.value for m in clock_times(text)] == [seconds]


#: times of day (after a preposition of time, before a meridiem or a zone) and a ratio
_NO_AMOUNT = ("The ferry left at 10:42:13 local time.", "The alarm sounded at 4:10 and the lifts stopped by 4:25.",
              "Power returned at 6:15:00 a.m. on Tuesday.", "Councillors voted 7:2 to close the pool.")


def test_a_time_of_day_or_a_ratio_is_no_amount() -> None:
    assert [clock_times(text) for text in _NO_AMOUNT] == [[]] * len(_NO_AMOUNT)


def _span(text: str, told: str, value: int | Decimal, unit: str, approx: str | None = None) -> QuantityMention:
    start = text.index(told)
    return QuantityMention(start=start, end=start + len(told), text=told, value=value, unit=unit, approx=approx)


def test_a_span_told_unit_by_unit_is_one_amount_in_its_smallest_unit() -> None:
    text = "Divers reached the cavers after nearly 3 hours, 12 minutes and 40 seconds underwater."
    parts = [_span(text, "nearly 3 hours", 3, "hour", "under"), _span(text, "12 minutes", 12, "minute"),
             _span(text, "40 seconds", 40, "second")]
    (whole,) = joined_spans(text, parts)
    assert (whole.text, whole.value, whole.unit, whole.approx) == \
        ("nearly 3 hours, 12 minutes and 40 seconds", 11560, "second", "under")


def test_spans_apart_or_in_growing_units_stay_apart() -> None:
    text = "The search took 40 minutes, then 3 hours more; the swim lasted 20 seconds and 2 minutes."
    parts = [_span(text, "40 minutes", 40, "minute"), _span(text, "3 hours", 3, "hour"),
             _span(text, "20 seconds", 20, "second"), _span(text, "2 minutes", 2, "minute")]
    assert len(joined_spans(text, parts)) == 4


def test_two_outlets_race_times_are_compared(pipeline: Pipeline) -> None:
    found = figure_conflicts(pipeline, [
        "Lena Vos won the Harbour Swim on Saturday in 2:14:09, the organisers said.",
        "Vos finished in 2 hours, 14 minutes and 31 seconds, according to the official results.",
    ])
    assert any({"2:14:09", "2 hours, 14 minutes and 31 seconds"} <= amounts(f) for f in found)


@given(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=59),
       st.integers(min_value=0, max_value=59))
def test_a_clock_face_and_its_timex_span_agree(h: int, m: int, s: int) -> None:
    (read,) = clock_times(f"The winner finished in {h}:{m:02d}:{s:02d} on the day.")
    assert read.value == h * 3600 + m * 60 + s == timex_seconds(f"PT{h}H{m}M{s}S")
