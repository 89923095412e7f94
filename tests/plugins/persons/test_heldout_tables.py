"""Issue #14, persons on unseen news: Wade-Giles surnames, initials that look like
words, and line-ups. Every sentence was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

from newskit_persons import extract_persons
from newskit_persons.lexicon import lexicon, raw_lexicon
from newskit_persons.romanise import wade_giles


def entities(text: str) -> dict[str, str]:
    return {m.text: m.entity for m in extract_persons(text)}


# ---------------------------------------------------------------- Wade-Giles surnames

@pytest.mark.parametrize(
    ("pinyin", "press"),
    [("cai", "tsai"), ("xu", "hsu"), ("guo", "kuo"), ("jiang", "chiang"), ("zeng", "tseng"),
     ("xie", "hsieh"), ("zhou", "chou"), ("luo", "lo"), ("shi", "shih"), ("qian", "chien"),
     ("dong", "tung"), ("xiong", "hsiung"), ("ye", "yeh")],
)
def test_pinyin_to_press_wade_giles(pinyin: str, press: str) -> None:
    assert wade_giles(pinyin) == press


@pytest.mark.parametrize("surname", ["Tsai", "Hsu", "Kuo", "Chiang", "Tseng", "Hsieh"])
def test_a_lone_wade_giles_surname_joins_its_full_name(surname: str) -> None:
    text = (f"Legislator {surname} Ming-hui toured the flooded district on Sunday. "
            f"{surname} said pumps would arrive by night.")
    got = entities(text)
    assert got.get(surname) == f"{surname} Ming-hui", got


def test_a_wade_giles_spelling_that_is_an_english_word_stays_out() -> None:
    east = lexicon().east_asian
    assert "yen" not in east and "chin" not in east  # pinyin "yan", "qin": English words
    assert {"tsai", "hsu", "kuo", "chiang", "tseng", "hsieh"} <= east


PINYIN_INITIALS = ["b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch",
                   "sh", "r", "z", "c", "s", "y", "w"]
PINYIN_FINALS = ["a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ia", "ian", "iang", "iao",
                 "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang",
                 "ui", "un", "uo", "ue"]


@given(st.sampled_from(PINYIN_INITIALS), st.sampled_from(PINYIN_FINALS))
def test_wade_giles_has_no_pinyin_only_initial(initial: str, final: str) -> None:
    wg = wade_giles(initial + final)
    assert wg.isascii() and wg.islower() and wg.endswith(wg[-1])
    assert not wg.startswith(("q", "x", "zh", "z", "c", "b", "d", "g")) or wg.startswith("ch")


def test_every_mandarin_surname_is_also_east_asian() -> None:
    assert set(raw_lexicon()["mandarin_surnames"]) <= lexicon().east_asian


# ---------------------------------------------------------------- initials

@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The committee heard A. Brennan on Tuesday.", "A. Brennan"),  # not the article
        ("Reporters asked I. Okafor about the budget.", "I. Okafor"),  # not the pronoun
        ("The appeal was argued by S. Law for the family.", "S. Law"),  # a surname that is a cue word
        ("Lancashire 240 ( I. Austin 4-37 , P. Martin 3-50 ) .", "I. Austin"),  # a surname that is a city
    ],
)
def test_an_initial_opens_a_name(text: str, person: str) -> None:
    assert person in person_names(text)


def test_a_law_school_is_no_person() -> None:
    assert person_names("She studied at Harvard Law before joining the firm.") == []


# ---------------------------------------------------------------- line-ups

def test_a_line_up_holds_only_names() -> None:
    text = ("Coach Aidan Brophy named Conor Tighe and Ross Feeney in his side .\n"
            "The side is : Kinsella , Tighe , Mulvey , Brophy , Feeney , Scanlon , Devoy .")
    got = person_names(text)
    for n in ("Kinsella", "Mulvey", "Scanlon", "Devoy"):
        assert n in got, got


def test_a_list_of_things_with_two_names_is_no_line_up() -> None:
    text = ("Sam Price and Ann Lowe sell : Bread , Milk , Eggs , Butter , Price , Lowe .")
    got = person_names(text)
    assert not {"Bread", "Milk", "Eggs", "Butter"} & set(got), got


@pytest.mark.parametrize("text", [
    "Protesters filled Liberation Square before noon.",
    "Minor Counties beat the visitors by six runs.",
    "She swam at the Commonwealth Games in 2022.",
])
def test_squares_counties_and_games_are_no_persons(text: str) -> None:
    assert person_names(text) == []
