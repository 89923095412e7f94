"""A clock time's ``a.m.``/``p.m.`` ends a sentence when a capitalised word that no longer
tells the time follows (session 57): news often closes a sentence on a time and opens the
next on a name or a plural noun, which no list of sentence starters holds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newskit.text import sentences


def _split(text: str) -> list[str]:
    return [s.slice(text) for s in sentences(text)]


def test_a_name_after_a_clock_time_opens_a_sentence() -> None:
    text = ("The tremor hit at 6:42 a.m. Okafor Ndubisi, who runs the shelter, said the roof held. "
            "Power returned by 9 p.m. Rescue teams stayed overnight.")
    assert _split(text) == [
        "The tremor hit at 6:42 a.m.", "Okafor Ndubisi, who runs the shelter, said the roof held.",
        "Power returned by 9 p.m.", "Rescue teams stayed overnight."]


def test_words_that_go_on_telling_the_time_keep_the_sentence() -> None:
    text = ("Liftoff came at 8:05 p.m. Western Indonesia Time after a delay. "
            "The ferry left at 6 a.m. Beijing time and docked at 4 p.m. EDT on the same day. "
            "Talks resume at 10 a.m. Thursday in Lagos. The vote closes at 7 p.m. Pacific, officials said. "
            "Service starts at 5 a.m. Jan. 4 next year.")
    assert _split(text) == [
        "Liftoff came at 8:05 p.m. Western Indonesia Time after a delay.",
        "The ferry left at 6 a.m. Beijing time and docked at 4 p.m. EDT on the same day.",
        "Talks resume at 10 a.m. Thursday in Lagos.", "The vote closes at 7 p.m. Pacific, officials said.",
        "Service starts at 5 a.m. Jan. 4 next year."]


def test_a_lower_case_word_after_a_clock_time_keeps_the_sentence() -> None:
    text = "The curfew runs from 10 p.m. until dawn, and shops open at 8 a.m. local time."
    assert _split(text) == [text]


@given(st.lists(st.sampled_from(["at 7 a.m.", "Police said", "Monday", "the crews", "EDT", ".", " ", "Kim Lee",
                                 "Beijing time", "p.m.", "\n"]), max_size=30))
def test_sentences_cover_the_text_in_order(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = sentences(text)
    assert all(0 <= a.start < a.end <= len(text) for a in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert all(not text[a.start].isspace() and not text[a.end - 1].isspace() for a in spans)
