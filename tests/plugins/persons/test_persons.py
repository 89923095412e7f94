"""Unit tests of the persons plugin on real news sentences."""

from __future__ import annotations

import pytest
from tests.hang_guard import assert_grows_linearly

from newskit import Article, PersonMention
from newskit_persons import PersonsExtractor, extract_persons


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.entity, m.title) for m in extract_persons(text)]


def test_prenominal_titles_and_coreference() -> None:
    text = (
        "Russian President Vladimir Putin will visit Pyongyang, where North Korean leader "
        "Kim Jong Un will host him. Putin last visited in 2000. Kim said the trip was historic."
    )
    assert people(text) == [
        ("Vladimir Putin", "Vladimir Putin", "Russian President"),
        ("Kim Jong Un", "Kim Jong Un", "North Korean leader"),
        ("Putin", "Vladimir Putin", None),
        ("Kim", "Kim Jong Un", None),
    ]


def test_of_phrase_title() -> None:
    text = "He spoke with U.S. Deputy Secretary of State Kurt Campbell on Tuesday."
    assert people(text) == [("Kurt Campbell", "Kurt Campbell", "U.S. Deputy Secretary of State")]


def test_appositive_title_keeps_affiliation_apart() -> None:
    text = "Leif-Eric Easley, a professor at Ewha University in Seoul, said the visit mattered."
    (m,) = extract_persons(text)
    assert m.text == "Leif-Eric Easley"
    assert m.title == "professor at Ewha University"
    assert m.affiliation == "Ewha University"


def test_role_set_off_before_the_name() -> None:
    text = "Putin's foreign policy adviser, Yuri Ushakov, told reporters on Monday."
    got = people(text)
    assert ("Yuri Ushakov", "Yuri Ushakov", "foreign policy adviser") in got


def test_byline_is_the_author() -> None:
    text = "Putin may visit soon, officials said.\n\nBy Hong Seock-jae, staff reporter\n"
    ms = extract_persons(text)
    author = [m for m in ms if m.author]
    assert len(author) == 1
    assert author[0].text == "Hong Seock-jae"
    assert author[0].title == "staff reporter"


def test_hyphenated_korean_names_merge_and_canonicalise() -> None:
    text = (
        "North Korean leader Kim Jong-un met the envoy. Later Kim Jong Un spoke. "
        "Vice Foreign Minister Kim Hong-kyun called Washington. Kim then left."
    )
    ms = extract_persons(text)
    ents = [(m.text, m.entity, m.entity_id) for m in ms]
    assert ents[0] == ("Kim Jong-un", "Kim Jong Un", "person:kim-jong-un")
    assert ents[1] == ("Kim Jong Un", "Kim Jong Un", "person:kim-jong-un")
    assert ents[2][1] == "Kim Hong-kyun"
    # the bare Kim goes to the most salient Kim so far
    assert ents[3][1] == "Kim Jong Un"


def test_transliteration_variants_merge() -> None:
    text = "Deputy Foreign Minister Andrey Rudenko said so. Andrei Rudenko later added details."
    ms = extract_persons(text)
    assert {m.entity_id for m in ms} == {ms[0].entity_id}


def test_shared_surname_kept_apart() -> None:
    text = "George Bush met Laura Bush. Jeb Bush was not there."
    ids = {m.text: m.entity_id for m in extract_persons(text)}
    assert len(set(ids.values())) == 3


def test_not_persons() -> None:
    text = (
        "Crowds gathered in Kim Il-sung Square. Ewha University and Kookmin University "
        "issued statements, the Korean Central News Agency said. Putin gave Kim an "
        "Aurus Senat limousine, Vedomosti reported. North Korea and South Korea disagree. "
        "The White House declined to comment."
    )
    got = [m.text for m in extract_persons(text)]
    assert set(got) <= {"Putin", "Kim"}  # no full name here, so bare names stay unsure
    for bad in ("Kim Il-sung Square", "Ewha", "Kookmin", "Aurus", "Vedomosti", "Korea", "White"):
        assert not any(bad in g for g in got)


def test_all_caps_headline_only_known_names() -> None:
    text = "SOCCER - SHEARER NAMED ENGLAND CAPTAIN .\nLONDON 1996-08-30\nAlan Shearer was named captain .\n"
    got = [m.text for m in extract_persons(text)]
    assert got == ["SHEARER", "Alan Shearer"]


def test_initials_particles_suffixes_honorifics() -> None:
    assert people("J. Smith scored twice.")[0][0] == "J. Smith"
    assert people("They met George W. Bush in Texas.")[0][:2] == ("George W. Bush", "George W. Bush")
    assert people("A statement from Osama bin Laden was aired.")[0][0] == "Osama bin Laden"
    assert people("The painting by Vincent van Gogh sold.")[0][0] == "Vincent van Gogh"
    got = people("Dr. Mary Jones examined him.")
    assert got == [("Mary Jones", "Mary Jones", "Dr.")]
    assert people("Martin Luther King Jr. spoke.")[0][0] == "Martin Luther King Jr."


def test_tokenised_possessive_and_scorecard() -> None:
    text = "Clinton 's plan was debated .\nBowling : c Healy b McGrath 44 , Waugh 2-0-10-1\n"
    got = [m.text for m in extract_persons(text)]
    assert "Healy" in got and "McGrath" in got


def test_possessive_excluded_from_span() -> None:
    ms = extract_persons("Vladimir Putin arrived. It was Putin’s second visit.")
    assert [m.text for m in ms] == ["Vladimir Putin", "Putin"]


def test_extractor_protocol() -> None:
    ext = PersonsExtractor()
    art = Article(id="a", text="Foreign Minister Sergei Lavrov arrived.")
    out = list(ext.extract(art, ()))
    assert all(isinstance(m, PersonMention) for m in out)
    assert out[0].entity == "Sergei Lavrov" and out[0].title == "Foreign Minister"


def test_contract() -> None:
    check = pytest.importorskip("newskit.testing").check_extractor
    check(PersonsExtractor(), max_examples=40)


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(
    ("unit", "tail", "size"),
    [
        ("Aa ", "", 5_000),
        ("Kim-", "Kim", 2_500),
        ("J. ", "", 2_500),
        ("Vladimir Putin ", "", 1_000),
        ("de la ", "Cruz", 2_500),
        ("’s ", "", 2_500),
        ("A", "", 50_000),
        ("( ", "", 5_000),
    ],
)
def test_adversarial_inputs_grow_linearly(unit: str, tail: str, size: int) -> None:
    def persons_slice(text: str) -> None:
        for m in extract_persons(text):
            assert text[m.start : m.end] == m.text

    assert_grows_linearly(persons_slice, lambda n: unit * n + tail, size)


def test_names_made_of_initials_do_not_break_coreference() -> None:
    # hypothesis found it: an entity made only of initials has no long word to compare
    text = "Jong-un J. the President J. J."
    for m in extract_persons(text):
        assert text[m.start : m.end] == m.text
