"""Session 59 (issue #14): one person written two ways in a story's articles is one person:
a short form of the given name (``Sam`` / ``Samuel``, ``Bill`` / ``William``), an
initial (``R.`` / ``Ruslan``), a letter slipped into a name (``Duncan Rait`` / ``Duncan
Raite``), a suffix on a name of three words, a name's last words written without its first
given name or with a patronymic left out. Sentences written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.story.helpers import people_names as names
from tests.story.helpers import person_analysis as analysis


def _one(aid: str, text: str, name: str) -> object:
    return analysis(aid, text, (name, name))


def test_a_clipped_given_name_is_the_full_one() -> None:
    a = _one("a", "Striker Samuel Achterberg scored twice.", "Samuel Achterberg")
    b = _one("b", "Sam Achterberg said the team had worked hard.", "Sam Achterberg")
    assert names(a, b) == {"Samuel Achterberg": ("a", "b")}


def test_a_listed_short_form_joins_though_one_article_writes_both() -> None:
    text = "Coach William Dunmore was dismissed. Bill Dunmore had led the club since 2019."
    a = analysis("a", text, ("William Dunmore", "William Dunmore"), ("Bill Dunmore", "Bill Dunmore"))
    b = _one("b", "Bill Dunmore declined to comment.", "Bill Dunmore")
    assert list(names(a, b)) == ["Bill Dunmore"]


@pytest.mark.parametrize(("text_a", "name_a", "text_b", "name_b"), [
    # an initial for the given name; a letter slipped into a surname, into a given name;
    # a suffix on a name of three words; a patronymic left out
    ("Deputy minister Ruslan Tagiyev signed the decree.",
     "Ruslan Tagiyev", "The decree was signed by R. Tagiyev on Monday.", "R. Tagiyev"),
    ("The climber Duncan Rait was found alive.",
     "Duncan Rait", "Rescuers reached Duncan Raite at dawn.", "Duncan Raite"),
    ("Police charged Jermaine Oduya with the theft.",
     "Jermaine Oduya", "Jermmaine Oduya appeared in court on Friday.", "Jermmaine Oduya"),
    ("Inmate Darnell Lee Fontaine Jr escaped from the van.",
     "Darnell Lee Fontaine Jr", "Darnell Lee Fontaine was last seen near Tyler.", "Darnell Lee Fontaine"),
    ("Chief executive Salim bin Nasser Al Harthy opened the plant.",
     "Salim bin Nasser Al Harthy", "Salim Al Harthy said exports would start in May.", "Salim Al Harthy"),
])
def test_two_writings_of_one_name_are_one_person(text_a: str, name_a: str, text_b: str, name_b: str) -> None:
    assert len(names(_one("a", text_a, name_a), _one("b", text_b, name_b))) == 1


def test_a_woman_named_by_a_form_of_a_mans_name_is_another_person() -> None:
    a = _one("a", "Paul Verhoeven opened the bakery in 1998.", "Paul Verhoeven")
    b = _one("b", "Paula Verhoeven now runs it with her brother.", "Paula Verhoeven")
    c = _one("c", "Max Verhoeven and Maxine Verhoeven were not there.", "Maxine Verhoeven")
    d = _one("d", "Max Verhoeven was abroad.", "Max Verhoeven")
    assert set(names(a, b, c, d)) == {"Paul Verhoeven", "Paula Verhoeven", "Maxine Verhoeven", "Max Verhoeven"}


def test_a_slip_in_one_article_naming_both_is_two_people() -> None:
    text = "Ana Ruiz and Ana Ruis both signed the petition."
    a = analysis("a", text, ("Ana Ruiz", "Ana Ruiz"), ("Ana Ruis", "Ana Ruis"))
    b = _one("b", "Ana Ruiz spoke at the hearing.", "Ana Ruiz")
    assert set(names(a, b)) == {"Ana Ruiz", "Ana Ruis"}


def test_a_short_form_two_full_names_fit_is_left_alone() -> None:
    a = _one("a", "Samuel Odhiambo led the march.", "Samuel Odhiambo")
    b = _one("b", "Samson Odhiambo spoke after him.", "Samson Odhiambo")
    c = _one("c", "Sam Odhiambo was arrested.", "Sam Odhiambo")
    assert set(names(a, b, c)) == {"Samuel Odhiambo", "Samson Odhiambo", "Sam Odhiambo"}


def test_a_name_written_without_its_first_given_name_is_one_person() -> None:
    a = _one("a", "The court convicted Gervais Mbeki Ondoa of fraud.", "Gervais Mbeki Ondoa")
    b = _one("b", "Mbeki Ondoa will appeal, his lawyer said.", "Mbeki Ondoa")
    assert names(a, b) == {"Gervais Mbeki Ondoa": ("a", "b")}


def test_the_fathers_name_after_a_patronymic_is_another_person() -> None:
    a = _one("a", "Emir Hamad bin Khalifa Al Thani arrived.", "Hamad bin Khalifa Al Thani")
    b = _one("b", "Khalifa Al Thani ruled before him.", "Khalifa Al Thani")
    assert set(names(a, b)) == {"Hamad bin Khalifa Al Thani", "Khalifa Al Thani"}


def test_a_lone_surname_joins_once_the_spellings_are_one() -> None:
    a = _one("a", "Coach Maurice Okafor was fired.", "Maurice Okafor")
    b = _one("b", "Mo Okafor thanked the fans.", "Mo Okafor")
    c = _one("c", "Okafor left the arena early.", "Okafor")
    assert names(a, b, c) == {"Maurice Okafor": ("a", "b", "c")}


_FULL = st.sampled_from([("Samuel", "Sam"), ("Christopher", "Chris"), ("William", "Bill"), ("Robert", "Bob"),
                         ("Benjamin", "Ben"), ("Katherine", "Kate"), ("Ruslan", "R.")])
_SURNAME = st.sampled_from(["Achterberg", "Oduya", "Nakamura", "Brennan", "Haddad"])
_ENDING = st.sampled_from(["a", "e", "ine", "ette"])


@settings(max_examples=60, deadline=None)
@given(pair=_FULL, last=_SURNAME, ending=_ENDING)
def test_property_a_short_form_joins_and_a_womans_form_does_not(pair: tuple[str, str], last: str, ending: str) -> None:
    full, short = pair
    a = _one("a", f"{full} {last} spoke.", f"{full} {last}")
    b = _one("b", f"{short} {last} agreed.", f"{short} {last}")
    assert len(names(a, b)) == 1
    if short.isalpha() and not short.endswith(ending[-1]):
        other = f"{short}{ending} {last}"
        c = _one("c", f"{other} arrived.", other)
        assert len(names(b, c)) == 2


def test_a_name_without_its_first_given_name_joins_though_one_article_names_both() -> None:
    text = "Inmate Darnell Lee Fontaine Jr escaped. Lee Fontaine Jr was serving a life sentence."
    a = analysis("a", text, ("Darnell Lee Fontaine Jr", "Darnell Lee Fontaine Jr"), ("Lee Fontaine Jr", "Lee Fontaine Jr"))
    b = _one("b", "Lee Fontaine Jr was caught near Tyler.", "Lee Fontaine Jr")
    assert len(names(a, b)) == 1
