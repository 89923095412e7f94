"""Issue #14: a person named by surname alone in one article is the full name another
article of the story gives (sentences written for the tests)."""

from __future__ import annotations

from newskit import Analysis, PersonMention
from tests.story.helpers import people_names as names
from tests.story.helpers import person_analysis as analysis


def test_a_lone_family_name_joins_the_full_romanised_name_of_another_article() -> None:
    a = analysis("a", "Seismologist Wu Chien-fu said aftershocks would continue.", ("Wu Chien-fu", "Wu Chien Fu"))
    b = analysis("b", "Wu warned that the fault was still active.", ("Wu", "Wu"))
    assert names(a, b) == {"Wu Chien Fu": ("a", "b")}


def test_a_lone_surname_joins_the_full_western_name() -> None:
    a = analysis("a", "Mayor Anna Berger visited the shelter.", ("Anna Berger", "Anna Berger"))
    b = analysis("b", "Berger promised new housing.", ("Berger", "Berger"))
    assert names(a, b) == {"Anna Berger": ("a", "b")}


def test_a_lone_given_name_of_a_western_name_stays_apart() -> None:
    a = analysis("a", "Mayor Anna Berger visited the shelter.", ("Anna Berger", "Anna Berger"))
    b = analysis("b", "Anna sang at the opening.", ("Anna", "Anna"))
    assert set(names(a, b)) == {"Anna Berger", "Anna"}


def test_a_surname_two_full_names_share_is_left_alone() -> None:
    a = analysis("a", "Lin Wen-hsiung and Chen Mei-ling met Lin Yu-ting.",
                 ("Lin Wen-hsiung", "Lin Wen Hsiung"), ("Lin Yu-ting", "Lin Yu Ting"))
    b = analysis("b", "Lin said the road was closed.", ("Lin", "Lin"))
    assert set(names(a, b)) == {"Lin Wen Hsiung", "Lin Yu Ting", "Lin"}


def test_what_an_article_taught_wins_over_word_position() -> None:
    # article a joins its lone "Chen" to "Chen Shih-chung" itself, beside a second Chen
    # written family name first: position alone would be ambiguous, a's own reading is not
    text = "Health minister Chen Shih-chung spoke. Chen said masks were ready. Chen Li-wei visited."
    a = analysis("a", text, ("Chen Shih-chung", "Chen Shih Chung"), ("Chen Li-wei", "Chen Li Wei"))
    k = text.find("Chen said")
    lone = PersonMention(start=k, end=k + 4, text="Chen", entity="Chen Shih Chung", entity_id="person:chen-shih-chung")
    a = Analysis(article=a.article, mentions=(*a.mentions, lone))
    b = analysis("b", "Chen said supplies would last.", ("Chen", "Chen"))
    assert names(a, b)["Chen Shih Chung"] == ("a", "b")
    b2 = analysis("b", "Chen said supplies would last.", ("Chen", "Chen"))
    a2 = analysis("a", text, ("Chen Shih-chung", "Chen Shih Chung"), ("Chen Li-wei", "Chen Li Wei"))
    assert "Chen" in names(a2, b2)  # without a's reading, two full names fit: left alone


def test_hyphen_and_space_spellings_are_one_person() -> None:
    a = analysis("a", "Chang Yu-lin spoke.", ("Chang Yu-lin", "Chang Yu Lin"))
    b = analysis("b", "Chang Yu-Lin spoke.", ("Chang Yu-Lin", "Chang Yu-Lin"))
    assert len(names(a, b)) == 1
