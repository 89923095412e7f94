"""Two written names of one party (story/participants.py ``one_party``): short forms,
initials and middle initials, as news writes them; names of other parties do not meet."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.participants import one_party

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).map(str.capitalize)


def test_a_short_form_of_a_club_is_the_club() -> None:
    assert one_party("Kelvin", "Kelvin Athletic")
    assert one_party("Rheinberg Chemie AG", "Rheinberg")


def test_initials_are_the_body() -> None:
    assert one_party("UAW", "United Auto Workers")
    assert not one_party("UAW", "Teamsters Union")


def test_a_middle_initial_is_the_same_person() -> None:
    assert one_party("Brian G. Nichols", "Brian Nichols")
    assert one_party("James G Bodiford", "James Bodiford")


def test_other_names_are_other_parties() -> None:
    assert not one_party("Maurice Cheeks", "Eddie Jordan")
    assert not one_party("Athletic Kelvin", "Kelvin")
    assert not one_party("Brian Nichols", "Brian Jones")


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=3), st.lists(_WORD, min_size=1, max_size=3))
def test_property_leading_words_meet_and_the_test_is_symmetric(short: list[str], rest: list[str]) -> None:
    whole = " ".join([*short, *rest])
    assert one_party(" ".join(short), whole)
    assert one_party(whole, " ".join(rest)) == one_party(" ".join(rest), whole)
