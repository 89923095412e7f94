"""A count an article retells as given on an earlier day (``On Friday night, officials had
spoken of at least 9 injured``, in Saturday's article: ``figure_told.given_on``) is that day's
reading: the past perfect of a verb of mentioning a figure (``had spoken of``, ``had talked
of``) beside a weekday names the day as a verb of giving does, and two counts of the people an
event hurt are one moment's rival readings (``figure_moment.one_moment``) only when they were
told on one day, read from that day and not from the article's stamp. Invented sentences of
news other than the stories where the kind was seen: a footbridge collapse, a ferry
grounding, a stadium crush."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_moment import one_moment
from newskit.story.figure_told import given_on
from tests.story.helpers import sentence_figure

#: a Saturday
_SAT = "2026-10-17T18:00"
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _injured(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None,
             approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, measure="injured", article=article, source=source,
                           stated=stated)


def test_a_past_perfect_of_mentioning_a_figure_beside_a_weekday_names_its_day() -> None:
    text = "On Friday night, officials had spoken of at least 9 injured."
    assert given_on(sentence_figure(text, "at least 9", 9, stated=_SAT)) == "2026-10-16"
    text = "On Thursday the harbour police had talked of about 40 passengers stranded on the ferry."
    assert given_on(sentence_figure(text, "about 40", 40, stated=_SAT)) == "2026-10-15"


def test_mentioning_a_figure_without_its_day_or_on_the_stamps_day_names_no_earlier_giving() -> None:
    text = "Officials had spoken of at least 9 injured."
    assert given_on(sentence_figure(text, "at least 9", 9, stated=_SAT)) is None
    text = "On Saturday, officials had spoken of at least 9 injured."
    assert given_on(sentence_figure(text, "at least 9", 9, stated=_SAT)) is None
    text = "The collapse on Friday is now spoken of as the worst in the town's history, with 9 injured."
    assert given_on(sentence_figure(text, "9", 9, stated=_SAT)) is None


_FIRST = "At least 9 people were injured when a footbridge collapsed over the river on Friday evening, police said."
_HOSPITAL = "Hospital officials said 17 people were injured in the collapse."
_RETOLD = "On Friday night, the council had put the number of injured at 9."


def test_a_count_retold_as_given_the_day_before_is_not_a_rival_of_that_days_count() -> None:
    """The hospital's 17 is told on Saturday morning; an evening article retells Friday's count.
    Stamped with the evening, Friday's count was read as a rival of Saturday's; given on
    Friday, it is the earlier reading, which the hospital's count updates."""
    hospital = _injured(_HOSPITAL, "17", 17, "morning", "2026-10-17T09:00", "hospital officials")
    retold = _injured(_RETOLD, "9", 9, "evening", _SAT, "council")
    assert not one_moment(retold, hospital, "rising", "injured", False)
    figs = [_injured(_FIRST, "At least 9", 9, "wire", "2026-10-16T22:00", "police", "over"), hospital, retold]
    assert group_label(figs, "rising", "injured") == "updated"


def test_two_counts_told_on_one_day_stay_rival_readings() -> None:
    """The same counts, both told on Saturday with no earlier day named: rival counts of the
    collapse that day, a conflict."""
    hospital = _injured(_HOSPITAL, "17", 17, "morning", "2026-10-17T09:00", "hospital officials")
    plain = _injured("The council said 9 people were injured in the collapse.", "9", 9, "evening", _SAT, "council")
    assert one_moment(hospital, plain, "rising", "injured", False)
    assert group_label([hospital, plain], "rising", "injured") == "conflicting"


def test_a_retold_mention_of_the_earlier_count_is_updated_by_the_later_one() -> None:
    hospital = _injured("Organisers said 23 fans were hurt in the crush at the stadium gates.", "23", 23, "morning",
                        "2026-10-17T09:00", "organisers")
    retold = _injured("On Friday evening, paramedics had spoken of at least 12.", "at least 12", 12, "evening", _SAT,
                      "paramedics", "over")
    assert group_label([hospital, retold], "rising", "injured") == "updated"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_DAYS), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["had spoken of", "had talked of", "had still spoken of", "had already talked of"]),
       st.integers(min_value=2, max_value=90_000))
def test_the_day_a_figure_was_mentioned_is_the_latest_such_weekday_before_the_stamp(
        day: str, stamp: dt.date, verb: str, value: int) -> None:
    amount = f"{value:,}"
    text = f"On {day} rescuers {verb} {amount} people trapped."
    got = given_on(sentence_figure(text, amount, value, stated=stamp.isoformat() + "T12:00"))
    if _DAYS[stamp.weekday()] == day:
        assert got is None
    else:
        assert got is not None
        told = dt.date.fromisoformat(got)
        assert _DAYS[told.weekday()] == day and 1 <= (stamp - told).days <= 6
