"""``lower_word`` is ``str.lower`` that keeps a lower-case word's own string, so the per-word
caches of spellings and the events' lemmas hold one string of each word, not equal copies."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.spelling import american
from newskit.text import lower_word
from newskit_events.lemma import candidates


@given(st.text(max_size=12))
def test_lower_word_is_lower_and_keeps_a_lower_case_word(word: str) -> None:
    got = lower_word(word)
    assert got == word.lower()
    if word.lower() == word:
        assert got is word


def test_the_caches_hold_the_word_handed_in() -> None:
    word = "".join(["trawl", "ermen"])  # made at run time: no literal shared with the code
    assert american(word) is word
    assert candidates(word)[0] == (word, "base")
    assert candidates(word)[0][0] is word
    capital = "".join(["Harbour", "ed"])
    assert american(capital) == "harboured"
    assert candidates(capital)[0] == ("harboured", "base")
