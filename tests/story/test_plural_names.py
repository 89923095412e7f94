"""Measure names spell a counted noun's plural as English does (story/figure_measure.py
``plural_of``): ``three men`` and ``one man`` are a ``number of men``, never ``mans``;
compounds take their tail's plural (``fishermen``); words that only end alike
(``humans``) and every other noun take an ``s``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.story.figure_measure import plural_of


@pytest.mark.parametrize(("noun", "plural"), [
    ("man", "men"), ("woman", "women"), ("child", "children"), ("foot", "feet"),
    ("fisherman", "fishermen"), ("gunman", "gunmen"), ("policewoman", "policewomen"),
    ("grandchild", "grandchildren"), ("human", "humans"), ("worker", "workers"), ("vessel", "vessels"),
])
def test_plural_of_a_counted_noun(noun: str, plural: str) -> None:
    assert plural_of(noun) == plural


@given(st.from_regex(r"[a-z]{3,9}(?:er|ist|ent|ant|or|ck|et)", fullmatch=True))
def test_a_noun_with_no_irregular_tail_takes_an_s(noun: str) -> None:
    assert plural_of(noun) == noun + "s"


@pytest.mark.parametrize(("noun", "plural"), [
    # session 53: "Number of companys" was shown, and "1 company" named another measure
    # than "five companies" (the written plural): English spelling, one name for both
    ("company", "companies"), ("family", "families"), ("ferry", "ferries"), ("day", "days"),
    ("bus", "buses"), ("box", "boxes"), ("church", "churches"), ("dish", "dishes"), ("class", "classes"),
    ("stomach", "stomachs"), ("monarch", "monarchs"), ("species", "species"),
])
def test_plural_of_a_noun_by_its_spelling(noun: str, plural: str) -> None:
    assert plural_of(noun) == plural


@given(st.from_regex(r"[a-z]{2,8}[bcdfgklmnprtv]y", fullmatch=True))
def test_a_consonant_and_y_take_ies(noun: str) -> None:
    assert plural_of(noun) == noun[:-1] + "ies"
