"""Issue #11, session 39: what the name rules read about each word is found once an article
(the line of each word, the shape of that line), not asked again by every rule; the answers
are those of the position-based look-ups."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons.document import Doc, word_lines

TEXTS = [
    "HARBOUR BOARD NAMES NEW CHAIR\nOrtwin Belacqua will lead the Harbour Board from May .\n\n"
    "Tessaly Prunehurst Wins Rowing Title At Lake Varn\nShe beat Imke Dorsal by a length.",
    "  Indented opener\n\nTwo blank lines , then Quill Ashdown spoke .",
    "",
    "one line without a break",
]


def _same(text: str) -> None:
    doc = Doc(text)
    assert len(doc.tok_line) == len(doc.toks)
    for i, t in enumerate(doc.toks):
        assert doc.tok_line[i] == doc.line_of(t.start), (i, t)
        assert doc.caps_word(i) == doc.caps_line(t.start), (i, t)
        assert doc.title_word(i) == doc.title_line(t.start), (i, t)


def test_words_know_their_lines() -> None:
    for text in TEXTS:
        _same(text)


def test_the_line_of_a_word() -> None:
    doc = Doc("ALL CAPS HEAD\nOrtwin Belacqua said so .\nQuill Ashdown")
    lines = {t.text: doc.tok_line[i] for i, t in enumerate(doc.toks)}
    assert (lines["HEAD"], lines["Ortwin"], lines["said"], lines["Quill"], lines["Ashdown"]) == (0, 1, 1, 2, 2)
    assert doc.caps_word(0) and not doc.caps_word(3)


def test_word_lines_by_binary_search() -> None:
    assert word_lines([0, 10, 20], [0, 5, 10, 19, 20, 30]) == [0, 0, 1, 1, 2, 2]
    assert word_lines([0], []) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Ortwin", "BELACQUA", "said", "the", " ", "\n", "\n\n", ".", ",", "Of", "3"]),
                max_size=30))
def test_any_text(words: list[str]) -> None:
    _same(" ".join(words))


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(1, 80), max_size=10), st.sets(st.integers(0, 90), max_size=30))
def test_word_lines_as_a_search_a_word(breaks: set[int], words: set[int]) -> None:
    line_starts = [0, *sorted(breaks)]
    word_starts = sorted(words)
    assert word_lines(line_starts, word_starts) == [bisect.bisect_right(line_starts, p) - 1 for p in word_starts]
