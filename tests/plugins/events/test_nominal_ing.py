"""An -ing form heading a noun phrase is a noun (a nominal event), not a bare verb: after a
possessive, or a determiner and its modifiers, and followed as a noun is ("a deadly
shooting", "Tuesday's bombing"); after an auxiliary, a subject or with an object it is a verb."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Event
from newskit_events import EventsLinker
from newskit_events.gerund import heads_noun_phrase
from newskit_events.triggers import is_verb


def _heads(text: str, word: str) -> bool:
    return heads_noun_phrase(text, text.index(word))


@pytest.mark.parametrize(("text", "word"), [
    ("Monday's stabbing left one supporter in hospital.", "stabbing"),
    ("Investigators said the attempted hijacking of the cargo ship failed.", "hijacking"),
    ("The suspected arson burning was the third on the estate this year.", "burning"),
    ("Shares fell after the bank's surprise restating of its profits.", "restating"),
    ("Insurers said the weekend flooding had cost millions.", "flooding"),
    ("A deadly mine blasting killed four workers.", "blasting"),
])
def test_an_ing_form_heading_a_noun_phrase_is_a_noun(text: str, word: str) -> None:
    assert _heads(text, word)
    assert not is_verb(text, text.index(word), word, word.removesuffix("ing"))


@pytest.mark.parametrize(("text", "word"), [
    ("Dock workers kept striking through the night.", "striking"),  # a verb form before it
    ("The union began picketing outside the plant.", "picketing"),  # an aspectual verb
    ("The fans chanting abuse were removed by stewards.", "chanting"),  # a plural subject
    ("A pensioner crossing the road was hit by a van.", "crossing"),  # an object after it
    ("The ground shaking beneath them woke the village.", "shaking"),  # an adverb after it
    ("It's raining across the north again.", "raining"),  # "it is", no possessive
    ("Crews were still clearing debris on Friday.", "clearing"),  # no determiner
    ("The company said it was restating its accounts.", "restating"),
])
def test_an_ing_form_after_a_verb_or_with_an_object_stays_a_verb(text: str, word: str) -> None:
    assert not _heads(text, word)


_WORDS = st.sampled_from(["the", "a", "deadly", "council", "Tuesday's", "his", "mass", "suspected", "school"])


@given(st.lists(_WORDS, max_size=4), st.sampled_from(["was", "were", "is", "kept", "began", "had"]),
       st.sampled_from([".", " of the port.", " on Friday."]))
def test_an_auxiliary_right_before_makes_a_verb(words: list[str], aux: str, tail: str) -> None:
    text = " ".join([*words, aux, "dredging"]) + tail
    assert not _heads(text, "dredging")


def _mentions(text: str) -> set[str]:
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-03-10"})
    return {m.text for e in EventsLinker().link(art, [], ()) if isinstance(e, Event) for m in e.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("Neighbours still talk about the mysterious poisoning, which shocked the village.", "poisoning"),
    ("Farmers still talk about the deliberate burning, which destroyed the harvest.", "burning"),
])
def test_a_nominal_event_with_no_argument_is_no_generic_activity(text: str, word: str) -> None:
    assert word in _mentions(text)
