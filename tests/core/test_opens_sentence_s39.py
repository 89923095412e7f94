"""``newskit.text.opens_sentence``: whether a word opens a sentence (session 39)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.text import opens_sentence, written_mid_sentence


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("Senior officials denied it.", "Senior", True),
    ("The ward closed. Angry staff said so.", "Angry", True),
    ("\u201cWe were not told,\u201d she said. \u201cNobody came.\u201d", "Nobody", True),
    ("It closed (see below). Harbour Bank said so.", "Harbour", True),
    ("A spokesman for Harbour Bank said so.", "Harbour", False),
    ("Residents of Seville said so.", "Seville", False),
])
def test_a_word_opens_a_sentence_or_not(text: str, word: str, opens: bool) -> None:
    assert opens_sentence(text, text.index(word)) is opens


@given(st.text(max_size=60), st.integers(min_value=0, max_value=80))
def test_any_position_answers_without_error(text: str, pos: int) -> None:
    assert opens_sentence(text, min(pos, len(text))) in (True, False)


def test_the_core_asks_it_of_one_function() -> None:
    """Session 40: ``newskit.text`` and ``newskit.textlayer`` answer with the same function."""
    from newskit import textlayer

    assert opens_sentence is textlayer.opens_sentence


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("Published time : March 12", "March", False),
    ("It rained.   \u201cNobody came,\u201d she said.", "Nobody", True),
    ("Floods.\n\n  Rescuers came", "Rescuers", True),
    ("She said \u201cNobody came.\u201d", "Nobody", False),
    ("the mayor of Tarn said", "Tarn", False),
])
def test_a_sentence_after_opening_quotes_opens_but_a_label_s_value_does_not(text: str, word: str, opens: bool) -> None:
    assert opens_sentence(text, text.index(word)) is opens


def test_a_word_written_mid_sentence_somewhere_is_told_apart() -> None:
    texts = ["Seville police said so.", "Officers in Seville's old town came."]
    assert written_mid_sentence("Seville", texts)
    assert not written_mid_sentence("Angry", ["Angry staff left.", "It closed. Angry staff said so."])
    assert not written_mid_sentence("Harbour", [])
