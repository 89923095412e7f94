"""Issue #14, dates on unseen news: holidays of several words in Title Case matched whole
("Christmas Day", "Bastille Day", "New Year’s Eve" with either apostrophe), and "a week
before <event>" read as the duration it is, as "two days after the attack" is. Sentences
written for these tests; a property over the case forms of every bundled holiday."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.dates.helpers import date_triples

from newskit_dates.lexicon import raw_lexicon

MON = dt.date(2024, 6, 17)


def dates(text: str) -> list[tuple[str, str, str]]:
    return date_triples(text, MON)


@pytest.mark.parametrize(("text", "expected"), [
    ("Crowds filled the square on Christmas Day.", [("Christmas Day", "DATE", "2023-12-25")]),
    ("Fireworks were cancelled on Bastille Day.", [("Bastille Day", "DATE", "2023-07-14")]),
    ("Shops will close on New Year’s Eve.", [("New Year’s Eve", "DATE", "2024-12-31")]),
    ("Shops closed early on New Year's Day.", [("New Year's Day", "DATE", "2024-01-01")]),
    ("Flower sellers did well on Valentine’s Day.", [("Valentine’s Day", "DATE", "2024-02-14")]),
])
def test_a_holiday_of_several_words_is_matched_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_may_as_a_verb_is_no_holiday() -> None:
    assert dates("Officials said it may day by day get worse.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("She resigned a week before the election.", [("a week", "DURATION", "P1W")]),
    ("A month after the flood, the bridge reopened.", [("A month", "DURATION", "P1M")]),
    ("He left a week ago.", [("a week ago", "DATE", "2024-06-10")]),
])
def test_an_offset_from_an_event_is_a_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


MULTI = sorted(h for h in raw_lexicon()["holidays"] if " " in h)


def _forms(name: str) -> list[str]:
    title = " ".join(p[:1].upper() + p[1:] for p in name.split(" "))
    return [title, name[:1].upper() + name[1:], name.upper()]


@given(st.sampled_from(MULTI), st.integers(0, 2), st.booleans())
def test_every_holiday_form_is_one_mention(name: str, form: int, curly: bool) -> None:
    surface = _forms(name)[form]
    if curly:
        surface = surface.replace("'", "\u2019")
    got = dates(f"The office will be closed on {surface} again.")
    assert [g[0] for g in got] == [surface]
