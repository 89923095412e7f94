"""newskit.text.has_word: a word bounded by non-letters, found without a pattern per word."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newskit.text import has_word


def _by_pattern(text: str, word: str, ignore_case: bool) -> bool:
    pattern = r"(?<![\p{L}])" + regex.escape(word) + r"(?![\p{L}])"
    return regex.search(pattern, text, regex.I if ignore_case else 0) is not None


def test_a_name_inside_a_longer_word_is_not_named() -> None:
    text = "Corvanex shares fell after the Corvane-backed fund sold its stake."
    assert has_word(text, "Corvane")
    assert not has_word("Corvanex shares fell on Monday.", "Corvane")
    assert not has_word("the zookeeper resigned", "zoo")


def test_case_is_ignored_only_when_asked() -> None:
    text = "A spokesman for the ZOO said it had no record of the complaint."
    assert not has_word(text, "zoo")
    assert has_word(text, "zoo", ignore_case=True)


def test_a_possessive_or_a_hyphen_bounds_a_name() -> None:
    assert has_word("Velmora's chief executive resigned.", "Velmora")
    assert has_word("the pro-Okafor camp", "Okafor")
    assert has_word("Ngũgĩ wa Thiong'o spoke first.", "Ngũgĩ")
    assert not has_word("Ngũgĩs spoke first.", "Ngũgĩ")


_ALPHABET = st.sampled_from([*"aAbBzZ -'’.,\n", "é", "É", "ß", "\u017f", "K", "İ", "ı", "ẞ"])


@given(st.text(alphabet=_ALPHABET, max_size=30), st.text(alphabet=_ALPHABET, max_size=4), st.booleans())
def test_the_same_answer_as_the_pattern(text: str, word: str, ignore_case: bool) -> None:
    assert has_word(text, word, ignore_case=ignore_case) == _by_pattern(text, word, ignore_case)


_ASCII = st.sampled_from(list("aAbBkK -'_1")) | st.characters(max_codepoint=127)


@given(st.text(alphabet=_ASCII, max_size=40), st.text(alphabet=_ASCII, max_size=5), st.booleans())
def test_the_same_answer_on_any_ascii_text(text: str, word: str, ignore_case: bool) -> None:
    assert has_word(text, word, ignore_case=ignore_case) == _by_pattern(text, word, ignore_case)


@given(st.data())
def test_the_same_answer_where_the_word_stands_in_some_case(data: st.DataObject) -> None:
    """The text holds the word, its letters' case changed at random, between any characters."""
    word = data.draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=4))
    written = "".join(c.swapcase() if data.draw(st.booleans()) else c for c in word)
    text = data.draw(st.text(alphabet=_ALPHABET, max_size=6)) + written + data.draw(st.text(alphabet=_ALPHABET, max_size=6))
    ignore_case = data.draw(st.booleans())
    assert has_word(text, word, ignore_case=ignore_case) == _by_pattern(text, word, ignore_case)
