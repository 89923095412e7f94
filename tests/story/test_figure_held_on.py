"""The day a state's count held, named in its own clause (``At the lowest point, early on
Monday morning, only 112 buses were running``, told on Tuesday: ``figure_told.held_on``): a
state in the simple past holds at the time its adverbial names, so the count is that day's
reading, ordered before a count told later that day. An event verb's weekday (``12 people died
on Monday``) names the event, not the count; a relative, a subordinator or another tense between
the state and the weekday makes the weekday another verb's. Session 56, seen in a bus strike;
invented sentences of a tram strike, a flood's shelters and a mine's stoppage."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.figure_label import group_label
from newskit.story.figure_told import held_on
from tests.story.helpers import sentence_figure

#: a Tuesday
_TUE = "2026-09-15T12:00"
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _held(text: str, amount: str, value: int, stated: str = _TUE) -> str | None:
    return held_on(sentence_figure(text, amount, value, stated=stated))


def test_a_state_in_the_simple_past_beside_a_weekday_names_the_day_its_count_held() -> None:
    assert _held("At its lowest point, early on Monday morning, only 85 trams were running.", "85", 85) == "2026-09-14"
    assert _held("About 30 climbers were still missing on Sunday evening, the rescue service said.", "About 30",
                 30) == "2026-09-13"
    assert _held("The union said about 1,200 staff remained off the job on Monday.", "about 1,200", 1200) == "2026-09-14"
    assert _held("Roughly 900 people were still sleeping in school halls on Saturday night.", "Roughly 900",
                 900) == "2026-09-12"
    assert _held("All 14 branches were closed on Friday by order of the regulator.", "14", 14) == "2026-09-11"


def test_an_event_another_verbs_weekday_or_the_stamps_own_day_names_no_earlier_state() -> None:
    assert _held("Twelve people died on Monday when the dam gave way.", "Twelve", 12) is None  # an event
    assert _held("About 900 miners were taking part in the stoppage, which started on Monday.", "About 900",
                 900) is None  # a relative's weekday
    assert _held("About 1,200 staff have stayed away since Monday.", "About 1,200", 1200) is None  # a present perfect
    assert _held("The union, which called the walkout late on Friday, said 1,300 drivers had stayed away.", "1,300",
                 1300) is None  # another clause's weekday, a past perfect
    assert _held("Only 85 trams were running on Tuesday morning.", "85", 85) is None  # the stamp's own day


def test_a_count_that_held_the_day_before_is_the_earlier_reading_a_later_count_that_day_updates() -> None:
    """The operator's ``140 trams`` on Monday evening; on Tuesday another outlet retells
    Monday morning's low of 85. Stamped with Tuesday, the 85 read as a later fall of the count
    (conflicting); held on Monday, it comes first, and the evening's 140 updates it (a count of
    what happened only grows: ``happened``)."""
    evening = sentence_figure("The operator said that by mid-afternoon 140 trams were on the road.", "140", 140,
                              measure="number of trams", article="herald", source="operator",
                              stated="2026-09-14T18:20")
    low = sentence_figure("At its lowest point, early on Monday morning, only 85 trams were running.", "85", 85,
                          measure="number of trams", article="review", stated=_TUE)
    assert group_label([evening, low], "happened", "number of trams") == "updated"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["died", "were killed", "were injured", "were arrested", "were rescued", "were evacuated"]),
       st.sampled_from(["were still missing", "were running", "remained closed", "were still in hospital",
                        "stayed away"]),
       st.sampled_from(_DAYS), st.integers(min_value=2, max_value=9000))
def test_an_event_verbs_weekday_is_never_read_and_a_states_is_the_latest_such_day(
        event: str, state: str, day: str, value: int) -> None:
    amount = f"{value:,}"
    assert _held(f"Officials said {amount} people {event} on {day}.", amount, value) is None
    held = _held(f"Officials said {amount} people {state} on {day}.", amount, value)
    if day == "Tuesday":
        assert held is None
    else:
        assert held is not None and "2026-09-09" <= held < "2026-09-15"
        assert dt.date.fromisoformat(held).strftime("%A") == day
