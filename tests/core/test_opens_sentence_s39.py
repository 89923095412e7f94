"""``newskit.text.opens_sentence``: whether a word opens a sentence (session 39)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.text import opens_sentence


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
