"""Session 11: a weekday inside a clause of the subject is dated by that clause's verb, not
by the main clause's auxiliary after it ("the tariff announced by the ministry on Tuesday will
raise prices": the announcing is past, the rise ahead); a time after "slated for" is ahead, as after
"scheduled for"."""

from __future__ import annotations

import datetime as dt

import pytest

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

EX = DatesExtractor()
THU = dt.date(2026, 3, 12)  # a Thursday


def value_of(text: str, word: str) -> str:
    for m in EX.extract(Article(id="t", text=text, published=THU), []):
        assert isinstance(m, DateMention)
        if m.text == word:
            return m.value
    raise AssertionError(f"{word!r} not found in {text!r}")


@pytest.mark.parametrize(("text", "word", "value"), [
    ("The tariff announced by the ministry on Tuesday will raise import prices.", "Tuesday", "2026-03-10"),
    ("A ruling handed down by the court on Monday could force the miners to pay.", "Monday", "2026-03-09"),
    ("The vaccine approved by regulators on Tuesday is expected to ship in April.", "Tuesday", "2026-03-10"),
    # the clause's own verb is ahead, or there is none: the main clause decides, as before
    ("The summit slated for Tuesday will discuss trade.", "Tuesday", "2026-03-17"),
    ("Talks scheduled for Monday will go ahead.", "Monday", "2026-03-16"),
    ("Voters will go to the polls on Tuesday.", "Tuesday", "2026-03-17"),
    ("Officials who met on Friday will announce the plan.", "Friday", "2026-03-06"),
])
def test_a_weekday_in_the_subjects_clause_takes_that_clauses_tense(text: str, word: str, value: str) -> None:
    assert value_of(text, word) == value
