"""An amount whose own clause says the day it was given (``On Tuesday the minister put the
bonus at $25 million``, ``Announced on Tuesday at 3 million euros, the fine has been
recalculated``: ``figure_told.given_on``) was told that day, not on the day its article is
stamped with: of two amounts it is ordered by that day, so a later change updates it instead
of a rival reading of one moment conflicting with it. Invented sentences of news other than
the stories where the kind was seen: an airline's fine, a port's toll, a festival's crowd."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_told import given_on
from tests.story.helpers import sentence_figure

#: a Wednesday
_WED = "2026-05-13T17:00"
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fine(text: str, amount: str, value: int, article: str, stated: str, source: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="EUR", measure="fine", article=article, source=source, stated=stated)


def test_a_verb_of_giving_beside_a_weekday_names_the_day_the_amount_was_given() -> None:
    text = "On Tuesday the aviation authority put the fine at 3 million euros, but the ministry said on Wednesday it was 5 million."
    assert given_on(sentence_figure(text, "3 million euros", 3_000_000, stated=_WED)) == "2026-05-12"
    text = "Announced on Tuesday at 3 million euros, the fine has been recalculated to include unpaid landing fees."
    assert given_on(sentence_figure(text, "3 million euros", 3_000_000, stated=_WED)) == "2026-05-12"
    text = "Organisers put the crowd on Sunday at more than 40,000, while police said about 9,000 people attended."
    assert given_on(sentence_figure(text, "more than 40,000", 40_000, stated=_WED)) == "2026-05-10"
    text = "Late on Monday, the harbour master had put the number of missing at 6."
    assert given_on(sentence_figure(text, "6", 6, stated=_WED)) == "2026-05-11"


def test_another_clause_another_verb_or_the_stamps_own_day_names_no_earlier_giving() -> None:
    text = "On Tuesday the aviation authority put the fine at 3 million euros, but the ministry said on Wednesday it was 5 million."
    assert given_on(sentence_figure(text, "5 million", 5_000_000, stated=_WED)) is None  # another clause's teller
    text = "The penalty, announced on Tuesday, will cost the airline about 3 million euros."
    assert given_on(sentence_figure(text, "about 3 million euros", 3_000_000, stated=_WED)) is None  # a parenthetical
    text = "The amount of fuel spilled after the tanker ran aground on Sunday is now estimated at 4,000 litres."
    assert given_on(sentence_figure(text, "4,000 litres", 4000, stated=_WED)) is None  # told now
    text = "A strike that began on Monday, and put the number of idle cranes at 14, ended at noon."
    assert given_on(sentence_figure(text, "14", 14, stated=_WED)) is None  # a coordinated verb
    text = "On Wednesday the aviation authority put the fine at 3 million euros."
    assert given_on(sentence_figure(text, "3 million euros", 3_000_000, stated=_WED)) is None  # the stamp's own day
    text = "Police said on Tuesday that 3,000 people had attended."
    assert given_on(sentence_figure(text, "3,000", 3000, stated=_WED)) is None  # a verb of saying: the claim's time


def test_an_amount_given_the_day_before_is_the_earlier_reading_a_change_updates() -> None:
    """The wire tells the raised fine on Wednesday morning; an evening article retells the
    Tuesday figure it replaced. Stamped with the evening, the Tuesday figure read as a later
    fall of a fixed amount (conflicting); told on Tuesday, it comes first, and the raise
    updates it."""
    raised = "The aviation authority on Wednesday raised to 5 million euros the fine imposed on the airline."
    retold = "Announced on Tuesday at 3 million euros, the fine has been recalculated to include unpaid landing fees."
    figs = [_fine("The authority fined the airline 3 million euros, the ministry said.", "3 million euros", 3_000_000,
                  "wire", "2026-05-12T18:00", "ministry"),
            _fine(raised, "5 million euros", 5_000_000, "morning", "2026-05-13T09:00"),
            _fine(retold, "3 million euros", 3_000_000, "evening", _WED)]
    assert group_label(figs, "fixed", "fine") == "updated"


def test_told_without_its_day_the_retold_figure_still_conflicts() -> None:
    raised = "The aviation authority on Wednesday raised to 5 million euros the fine imposed on the airline."
    retold = "Set at 3 million euros, the fine has been recalculated to include unpaid landing fees."
    figs = [_fine(raised, "5 million euros", 5_000_000, "morning", "2026-05-13T09:00"),
            _fine(retold, "3 million euros", 3_000_000, "evening", _WED)]
    assert group_label(figs, "fixed", "fine") == "conflicting"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_DAYS), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["put the toll at", "had counted", "reported", "estimated the crowd at"]),
       st.integers(min_value=2, max_value=90_000))
def test_the_day_given_is_the_latest_such_weekday_before_the_stamp(day: str, stamp: dt.date, verb: str, value: int) -> None:
    amount = f"{value:,}"
    text = f"On {day} the port authority {verb} {amount}."
    got = given_on(sentence_figure(text, amount, value, stated=stamp.isoformat() + "T12:00"))
    if _DAYS[stamp.weekday()] == day:
        assert got is None
    else:
        assert got is not None
        told = dt.date.fromisoformat(got)
        assert _DAYS[told.weekday()] == day and 1 <= (stamp - told).days <= 6
