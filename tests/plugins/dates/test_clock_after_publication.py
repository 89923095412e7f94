"""A report cannot tell as done what has not happened yet: a past clock time later in the
day than the article was published is on an earlier day, the last one the text named
before publication, else the day before. Future clock times, times in a named zone and
articles published with no time of day keep the publication day. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newskit_dates import find_dates

_MORNING = dt.datetime(2026, 3, 9, 8, 30)  # a Monday, 08:30


def _value(text: str, surface: str, published: dt.datetime | dt.date = _MORNING) -> str:
    start = text.index(surface)
    return next(r.value for r in find_dates(text, published) if r.start <= start < r.end)


def test_a_past_clock_time_after_publication_is_the_day_before() -> None:
    text = "A fire broke out at a warehouse in Leeds at 11 p.m., firefighters said."
    assert _value(text, "11 p.m.") == "2026-03-08T23:00"


def test_it_is_the_last_earlier_day_the_text_named() -> None:
    text = "Two climbers went missing on Saturday. Rescuers said they were last seen at 4 p.m. near the summit."
    assert _value(text, "4 p.m.") == "2026-03-07T16:00"


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Polling stations will close at 8 p.m., the commission said.", "8 p.m.", "2026-03-09T20:00"),
    ("The ferry left the harbour at 6 a.m., the operator said.", "6 a.m.", "2026-03-09T06:00"),
    ("The probe touched down at 10:42 a.m. Tokyo time, the agency said.", "10:42 a.m.", "2026-03-09T10:42"),
])
def test_other_clock_times_keep_the_publication_day(text: str, surface: str, value: str) -> None:
    assert _value(text, surface) == value


def test_no_time_of_publication_no_shift() -> None:
    text = "A fire broke out at a warehouse in Leeds at 11 p.m., firefighters said."
    assert _value(text, "11 p.m.", dt.date(2026, 3, 9)) == "2026-03-09T23:00"
