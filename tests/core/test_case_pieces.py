"""A long text lower-cased or case-folded a piece at a time (``newskit.text.lower``,
``casefold``) is the whole text's mapping, made without the buffer of three 4-byte
characters per character that ``str.lower`` and ``str.casefold`` write for a text that is
not plain ASCII (a long article's peak memory)."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import text as text_module
from newskit.text import casefold, lower
from newskit_claims.gates import openings

# letters whose mappings change length ("İ", "ß", "ﬁ") or depend on what stands around
# them (a capital sigma ends a word as "ς"), case-ignorable marks and apostrophes that
# the final sigma's context reads through, and the spaces and line breaks pieces end at
_ALPHABET = "ΣσςΟΔΥİßﬁǅAaZz\u0301'’. \n\t"


@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(1, 9))
def test_pieces_join_to_the_whole_texts_mapping(text: str, piece: int) -> None:
    old = text_module.CASE_PIECE
    text_module.CASE_PIECE = piece
    try:
        assert lower(text) == text.lower()
        assert casefold(text) == text.casefold()
    finally:
        text_module.CASE_PIECE = old


@pytest.mark.parametrize("piece", [1, 3, 7])
def test_a_final_sigma_at_a_piece_edge(piece: int) -> None:
    old = text_module.CASE_PIECE
    text_module.CASE_PIECE = piece
    try:
        text = "ΟΔΥΣΣΕΑΣ ΣΟΦΟΣ ΚΑΙ ΟΣ'Σ\nΣ ΑΣ"
        assert lower(text) == text.lower()
    finally:
        text_module.CASE_PIECE = old


def _peak(f: object, *args: object) -> int:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        got = f(*args)  # type: ignore[operator]
        del got
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


_LONG = ("The Ödegaard trust’s auditors said on Tuesday that the ferry levy collected from island residents "
         "over four winters had been misreported to the regional council, a claim the trust denied. ") * 2_500


def test_a_long_text_is_mapped_without_a_buffer_per_character() -> None:
    n = len(_LONG)
    assert lower(_LONG) == _LONG.lower()
    # the pieces and the result (two bytes a character each here) and a piece's buffer, not
    # the whole text's buffer of 12 bytes a character and the result
    assert _peak(lower, _LONG) < 6 * n
    assert _peak(casefold, _LONG) < 6 * n


def test_the_claims_gates_fold_a_long_article_a_piece_at_a_time() -> None:
    from newskit.text import sentences

    short = _LONG[:1_000]
    openings(short, sentences(short))  # the gates' words, read once a process, out of the figure
    sents = sentences(_LONG)
    assert _peak(openings, _LONG, sents) < 10 * len(_LONG)
