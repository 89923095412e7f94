"""The news classified by a copular sentence whose subject points back at it
(story/classified.py): "This was a human mistake", "It is the second setback in two years".

The sentences are invented, of kinds of news the story sets do not hold: a dam gate
opened by error, a zoo escape, a bakery chain's closures."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.classified import is_classifying_noun
from newskit.story.event_nouns import is_event_noun
from tests.story.helpers import event_texts, story_of


def _at(text: str, word: str) -> bool:
    s = text.index(word)
    return is_classifying_noun(text, s, s + len(word))


def test_a_pointing_subject_and_a_copula_classify_the_news() -> None:
    assert _at('"This was a human mistake made in the control room," the operator said.', "mistake")
    assert _at("It is the second major setback for the bakery chain in a year.", "setback")
    assert _at('"This is a very serious incident for the zoo," its director said.', "incident")
    assert _at("The keeper said it was a scandal, and that the fence had been reported.", "scandal")


def test_what_a_copula_does_not_classify() -> None:
    assert not _at('"This was not an accident," the union said.', "accident")  # denied
    assert not _at("He said it was a mistake to open the gate.", "mistake")  # a dummy "it"
    assert not _at("This is the responsibility of the operator.", "responsibility")  # of another thing
    assert not _at("It is a company that bakes bread.", "company")  # no happening's noun
    assert not _at("The gate was a mistake, engineers said.", "mistake")  # a subject of its own
    assert not _at("These were the mistakes of a decade.", "mistakes")  # a plural
    assert not _at("This was a mistake report filed late.", "mistake")  # a modifier


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["This ", "it ", "was ", "is ", "not ", "a ", "the ", "human ", "mistake",
                                 "incident ", "to ", "of ", ", ", ". ", "\"", "said "]), max_size=20).map("".join),
       st.integers(min_value=0, max_value=100), st.integers(min_value=1, max_value=10))
def test_a_classifying_noun_is_one_listed_lower_case_word(text: str, start: int, size: int) -> None:
    """Whatever the span, reading it never fails, and a classifying noun is one lower-case
    word that can name a happening, never after a negation."""
    start = min(start, len(text))
    end = min(len(text), start + size)
    if is_classifying_noun(text, start, end):
        word = text[start:end]
        assert word.isalpha() and word.islower() and is_event_noun(word)
        assert "not a " not in text[max(0, start - 8):start]


def _arts(*rows: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": f"cz{n}", "published": "2026-07-14", "title": t, "text": x} for n, (t, x) in enumerate(rows)]


DAM = _arts(
    ("Dam gate opened by error floods village in Tyrol",
     "A sluice gate at the Reutte dam was opened by error on Monday night, flooding the village of Ehrwald "
     "and forcing 60 residents from their homes, the operator said.\n"
     "\"This was a human mistake, and we apologise,\" the operator's chief executive said on Tuesday."),
    ("Tyrol village flooded after dam gate error",
     "Ehrwald was flooded on Monday night after a gate at the Reutte dam was opened by error, the operator "
     "said.\nSixty residents left their homes."),
    ("Austrian village flooded",
     "Water released from the Reutte dam flooded the village of Ehrwald on Monday night, officials said."),
)


def test_the_classifying_noun_names_the_news(pipeline: Pipeline) -> None:
    """"This was a human mistake": the mistake is the flood its article led with."""
    held = event_texts(story_of(pipeline, DAM))
    assert ("cz0", "mistake") in held
