"""Issue #14, session 55: phrasings of a time that a rule of English places, each tested on
sentences written for it (none from a written set, a story set or a corpus):

* ``Must the board vote on Friday?``, ``Ministers Must Decide on Budget by Friday``, ``Bids
  MUST be filed by Friday``: the present-tense modal ``must`` looks ahead in any case, the
  verb after it in lower case or in the modal's own (a headline's title case, a line in
  capitals); only lower-case ``must`` was read, so these weekdays and months were the last.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention; ``published=None``: an article with no date."""
    return date_triples(text, published)


# ---------------------------------------------------------------- "must" in any case


@pytest.mark.parametrize(("text", "expected"), [
    ("Must the council really decide on Friday?", [("Friday", "DATE", "2025-09-19")]),
    ("Ministers Must Decide on Harbour Budget by Friday", [("Friday", "DATE", "2025-09-19")]),
    ("PORT OPERATOR MUST REOPEN TERMINAL ON MONDAY", [("MONDAY", "DATE", "2025-09-22")]),
    ("Under the order, bids MUST be filed by Friday.", [("Friday", "DATE", "2025-09-19")]),
    ("Tenants Must Leave Riverside Flats in August", [("August", "DATE", "2026-08")]),
    ("Mustn't the union ballot its members in March?", [("March", "DATE", "2026-03")]),
])
def test_must_in_any_case_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the perfect after it tells of the past, in a headline too
    ("Pilot Must Have Seen the Warning Light on Friday", [("Friday", "DATE", "2025-09-12")]),
    # a capitalised "must" before a lower-case name is no headline's verb
    ("The Must list: films we saw on Friday", [("Friday", "DATE", "2025-09-12")]),
])
def test_must_in_any_case_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@settings(max_examples=30, deadline=None)
@given(day=st.sampled_from(WEEKDAYS), shape=st.sampled_from(("title", "upper")))
def test_must_headline_weekday_lies_ahead(day: str, shape: str) -> None:
    """``X Must Act on WEEKDAY`` in a headline: that weekday on or after the publication day."""
    line = f"Regulator Must Rule on Merger by {day}"
    if shape == "upper":
        line = line.upper()
    (found,) = dates(line)
    value = dt.date.fromisoformat(found[2])
    assert 0 <= (value - PUBLISHED).days < 7 and value.strftime("%A") == day
