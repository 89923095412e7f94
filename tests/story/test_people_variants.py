"""Issue #14, session 12: one person written with and without a middle name, an initial
or a suffix in different articles of a story is one person, and a lone surname then has
one full name to join (sentences written for the tests: courts, mining, city halls)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.story.helpers import people_names as names
from tests.story.helpers import person_analysis as analysis


def test_a_middle_name_in_one_article_only_is_one_person() -> None:
    a = analysis("a", "Defence lawyer Paula Jane Okoro asked for bail.", ("Paula Jane Okoro", "Paula Jane Okoro"))
    b = analysis("b", "Paula Okoro said her client would appeal.", ("Paula Okoro", "Paula Okoro"))
    c = analysis("c", "Okoro left the court without comment.", ("Okoro", "Okoro"))
    assert names(a, b, c) == {"Paula Jane Okoro": ("a", "b", "c")}


def test_an_initial_before_or_inside_the_name_is_one_person() -> None:
    a = analysis("a", "Mine owner R. Dennis Halvorsen closed the shaft.", ("R. Dennis Halvorsen", "R. Dennis Halvorsen"))
    b = analysis("b", "Dennis Halvorsen blamed the floods.", ("Dennis Halvorsen", "Dennis Halvorsen"))
    assert len(names(a, b)) == 1


def test_a_suffix_in_one_article_only_is_one_person() -> None:
    a = analysis("a", "Councilman Victor Amadi Jr. resigned.", ("Victor Amadi Jr.", "Victor Amadi Jr."))
    b = analysis("b", "Victor Amadi said he had done nothing wrong.", ("Victor Amadi", "Victor Amadi"))
    c = analysis("c", "Amadi will stay on until March.", ("Amadi", "Amadi"))
    assert names(a, b, c) == {"Victor Amadi Jr.": ("a", "b", "c")}


def test_an_article_naming_both_keeps_father_and_son_apart() -> None:
    text = "Victor Amadi and his son Victor Amadi Jr. opened the store."
    a = analysis("a", text, ("Victor Amadi", "Victor Amadi"), ("Victor Amadi Jr.", "Victor Amadi Jr."))
    b = analysis("b", "Victor Amadi Jr. spoke to reporters.", ("Victor Amadi Jr.", "Victor Amadi Jr."))
    assert set(names(a, b)) == {"Victor Amadi", "Victor Amadi Jr."}


def test_two_longer_names_that_fit_leave_the_short_one_alone() -> None:
    a = analysis("a", "George H. W. Bush and George W. Bush attended.",
                 ("George H. W. Bush", "George H. W. Bush"), ("George W. Bush", "George W. Bush"))
    b = analysis("b", "George Bush spoke first.", ("George Bush", "George Bush"))
    assert set(names(a, b)) == {"George H. W. Bush", "George W. Bush", "George Bush"}


def test_another_given_name_is_another_person() -> None:
    a = analysis("a", "Anna Maria Berger sang.", ("Anna Maria Berger", "Anna Maria Berger"))
    b = analysis("b", "Klaus Berger played.", ("Klaus Berger", "Klaus Berger"))
    assert set(names(a, b)) == {"Anna Maria Berger", "Klaus Berger"}


_GIVEN = st.sampled_from(["Paula", "Dennis", "Amara", "Tomasz", "Ines", "Kwame"])
_MIDDLE = st.sampled_from(["Jane", "A.", "Lee", "R.", "Maria"])
_SURNAME = st.sampled_from(["Okoro", "Halvorsen", "Duarte", "Nakamura", "Brennan"])


@settings(max_examples=60, deadline=None)
@given(first=_GIVEN, middle=_MIDDLE, last=_SURNAME, other=_GIVEN)
def test_property_variants_join_unless_another_given_name_shares_the_surname(
    first: str, middle: str, last: str, other: str
) -> None:
    full, short = f"{first} {middle} {last}", f"{first} {last}"
    a = analysis("a", f"{full} spoke.", (full, full))
    b = analysis("b", f"{short} agreed.", (short, short))
    c = analysis("c", f"{last} left.", (last, last))
    assert names(a, b, c) == {full: ("a", "b", "c")}
    if other != first:
        d = analysis("d", f"{other} {last} arrived.", (f"{other} {last}", f"{other} {last}"))
        got = names(a, b, c, d)
        assert got[full] == ("a", "b")
        assert last in got  # two full names fit the lone surname: left alone
