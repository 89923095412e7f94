"""The anchor gate of the dates scan (``FAMILY_ANCHORS``): a family's pattern skips the
windows around its triggers that hold none of the words its every match holds. It is a
speed-up only, so every family's matches with the gate must be those without it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_dates.extractor import _anchored, _found
from newskit_dates.grammar import FAMILY_TRIGGERS, anchor_words, patterns
from newskit_dates.normalize import Context

# words of every kind the gate reads: triggers, anchors, digits that can and cannot be years
_WORDS = [
    "the", "a", "an", "that", "this", "last", "next", "same", "following", "prior", "past", "recent",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minute", "decade",
    "century", "quarter", "half", "third", "quarters", "ago", "earlier", "later", "now", "from", "hence",
    "end", "year-end", "year-ago", "spring", "Summer", "fall", "winter", "Christmas", "Day", "Eve", "New",
    "Year's", "May", "Good", "Friday", "Thanksgiving", "Labor", "soon", "near", "term", "future", "present",
    "at", "these", "very", "currently", "March", "Monday", "morning", "noon", "3", "12", "1990s", "1998",
    "2031", "1,998", "20", "'90s", "19th", "two", "three", "several", "of", "in", "for", "and", "or",
    "season", "tickets", "club", "match", "-", ",", ".",
    # pieces of several words, so the short random texts hold whole expressions often
    "two days", "an hour", "three years", "the same", "the near", "New Year's", "a half", "the year",
    "this spring", "last week", "the 1990s", "19th century", "the coming",
]


# words by their place in an expression: half the pieces of a text line up a determiner
# or number, a unit and a direction, so short texts often hold whole expressions
_LEADS = ["the", "that", "this", "last", "next", "same", "two", "three", "a", "an", "several", "half", "early"]
_UNITS = ["day", "days", "week", "weeks", "years", "hour", "hours", "decade", "century", "quarter", "spring"]
_TAILS = ["ago", "earlier", "later", "now", "hence", "from", "of", "end", "1998", "2031", "s"]
_WORD = st.one_of(st.sampled_from(_WORDS),
                  st.tuples(*(st.sampled_from(g) for g in (_LEADS, _UNITS, _TAILS))).map(" ".join))


def _candidates_both(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
    pats = patterns()
    ctx = Context(text=text, dct=dt.date(2031, 6, 15))

    def run() -> list[tuple[int, int, str, str]]:
        return sorted((r.start, r.end, r.value, family) for r, family, _m in _found(text, ctx))

    gated = run()
    saved = pats.family_anchors
    pats.family_anchors = {}
    try:
        ungated = run()
    finally:
        pats.family_anchors = saved
    return gated, ungated


@pytest.mark.parametrize("text", [
    "The club last won the league in the late 1990s, two decades before its 19th century rival.",
    "Season tickets went on sale three weeks ago and the spring fixtures start in the near future.",
    "The observatory reopened the same day; for years the telescope had been idle since Good Friday 1998.",
    "Half an hour later the exhibition closed, a year-end ritual of recent years.",
])
def test_the_gate_keeps_every_candidate_in_other_news(text: str) -> None:
    gated, ungated = _candidates_both(text)
    assert gated == ungated
    assert gated  # the sentences hold dates: the comparison is not of two empty lists


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=16), st.sampled_from([" ", "  ", "\n", "-"]))
def test_the_gate_never_changes_the_candidates(words: list[str], sep: str) -> None:
    gated, ungated = _candidates_both(sep.join(words))
    assert gated == ungated


def test_gated_families_have_triggers() -> None:
    assert set(patterns().family_anchors) <= set(FAMILY_TRIGGERS)
    assert "vague" in patterns().family_anchors


def test_anchor_words_take_the_longest_word_or_give_up() -> None:
    assert anchor_words(["the near future", "at present", "New Year's Eve"]) == ["future", "present", "year"]
    assert anchor_words(["soon", "4.5"]) is None


def test_anchored_keeps_windows_holding_a_whole_anchor() -> None:
    windows = [(0, 10), (20, 30), (40, 50)]
    anchors = [(8, 12), (22, 25), (49, 50)]
    assert _anchored(windows, anchors) == [(20, 30), (40, 50)]
