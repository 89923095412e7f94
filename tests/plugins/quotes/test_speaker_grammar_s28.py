"""Issue #14, session 28: speakers across sentences and behind appositions, on the S28
check's read half and PolNeAR dev's. A name followed by an age and a relative aside
(``Maria Lopes, 55, who has worked the pans for years, said``) gave the number as the
speaker; an inverted reading took the subject of a reported clause for a speaker when a
short tail after it held a verb (``…, said one child in five he saw was overweight``); an
age standing for a person (``the 47-year-old said``) was left unresolved. Sentences
written for these tests from bakery, ferry, vineyard and lifeboat news; none is taken
from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Tomas Varga, 61, who has baked bread in the square since 1990, said flour prices had doubled.",
         "flour prices had doubled", "Tomas Varga"),
        ("Ines Duarte, 44, who runs the ferry kiosk, told reporters the queues were getting longer.",
         "the queues were getting longer", "Ines Duarte"),
        ("The grower, Paul Marchand, 58, who lost his harvest to hail, says the insurance will not pay.",
         "the insurance will not pay", "Paul Marchand"),
    ],
)
def test_an_age_before_a_relative_aside_is_no_speaker(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


def test_the_name_speaks_through_the_relative_pronoun_after_its_age() -> None:
    text = "Ines Duarte, 44, who says the kiosk will close, has run it for twenty years."
    [q] = all_quotes(text)
    assert q.speaker == "Ines Duarte"


def test_a_number_after_no_name_stays_what_it_was() -> None:
    # a share of a group (``12 of the workers``) is no age of a person
    text = "Of the 40 workers, 12, who were on the night shift, said they had not been paid."
    [(_, got)] = reported_with_speakers(text)
    assert got == "12"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Tomas Varga", "Ines Duarte", "Lena Holm"]),
       st.integers(min_value=18, max_value=99),
       st.sampled_from(["who runs the bakery", "who has crewed the lifeboat for a decade", "who lost her vines to frost"]),
       st.sampled_from(["said", "told reporters", "says"]))
def test_the_name_before_any_age_and_aside_speaks(name: str, age: int, aside: str, cue: str) -> None:
    text = f"{name}, {age}, {aside}, {cue} the harbour would be dredged next spring."
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [name]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Mira Kovac, a baker in the old town, said one loaf in three she sold was now made with rye.",
         "one loaf in three she sold was now made with rye", "Mira Kovac"),
        ("Jon Berg, the lifeboat coxswain, said two crew in five had left the station since May.",
         "two crew in five had left the station since May", "Jon Berg"),
    ],
)
def test_a_clause_after_the_cue_is_reported_not_an_inverted_speaker(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry will not sail on Sunday, said one deckhand in the harbour.", "The ferry will not sail on Sunday",
         "one deckhand"),
        ("The harvest is lost, said growers in the valley who were hit by hail.", "The harvest is lost", "growers"),
    ],
)
def test_an_inverted_speaker_and_its_place_still_speak(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'Lena Holm said the vineyard had lost half its grapes. "We have never seen frost in May," the 52-year-old said.',
        "Lena Holm said the vineyard had lost half its grapes.\nThe 52-year-old said she would replant in the autumn.",
    ],
)
def test_an_age_standing_for_a_person_is_that_person(text: str) -> None:
    *_, q = all_quotes(text)
    assert spoken(text, q).lower() == "the 52-year-old"
    assert q.speaker == "Lena Holm"


def test_an_indefinite_age_is_no_one_named_before() -> None:
    text = "Lena Holm said the vineyard had lost half its grapes. A 70-year-old fisherman said the frost came at dawn."
    *_, q = all_quotes(text)
    assert spoken(text, q) == "A 70-year-old fisherman"
    assert q.speaker != "Lena Holm"
