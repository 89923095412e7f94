"""The claims gates fold a long article a piece at a time and never hold the whole folded
copy (two bytes a character for a text that is not ASCII: the top of the claims linker's
memory on a 4.9 MB article), with the same gates open in every sentence."""

from __future__ import annotations

import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import text as text_module
from newskit.text import casefold_pieces, sentences
from newskit_claims.gates import _open, openings

_FERRY = ("The Ødegaard ferry left Brønnøysund at dawn with forty passengers and two lorries aboard, "
          "the first sailing since the storm closed the harbour. ")
_DENIAL = "The operator denied the claims, as reported by the local radio station. "


def _peak_above(text: str) -> int:
    sents = sentences(text)
    openings(text[:2_000], sentences(text[:2_000]))  # the gates' words, once a process
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        got = openings(text, sents)
        assert any(got)
        del got
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_long_article_is_never_folded_whole() -> None:
    text = (_FERRY * 9 + _DENIAL) * 300  # about 400,000 characters, not plain ASCII
    old = text_module.CASE_PIECE
    text_module.CASE_PIECE = 4_096  # a piece's own folding buffer (12 bytes a character) small
    try:
        # before: the folded copy alone was two bytes a character
        assert _peak_above(text) < len(text)
    finally:
        text_module.CASE_PIECE = old


def test_a_long_article_opens_the_same_gates_as_each_sentence_alone() -> None:
    text = (_FERRY * 3 + _DENIAL) * 200
    sents = sentences(text)
    assert openings(text, sents) == [_open(text, s) for s in sents]


_WORDS = ["The", "mayor", "DENIED", "by", "claims", "were", "false", "according", "to", "it", "said",
          "guilty", "reportedly", "Ødegaard", "straße", "İstanbul", "ﬁnding", "a", "\n", "  "]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), min_size=1, max_size=5),
       st.integers(1, 12))
def test_gates_read_in_pieces_open_as_each_sentence_alone(sents: list[list[str]], piece: int) -> None:
    """Whatever the pieces' length and letters whose folding is longer ("ß", "İ", "ﬁ": the
    gates then read each sentence alone), each sentence's gates are ``_open``'s."""
    text = " ".join(" ".join(words) + "." for words in sents)
    old = text_module.CASE_PIECE
    text_module.CASE_PIECE = piece
    try:
        spans = sentences(text)
        assert openings(text, spans) == [_open(text, s) for s in spans]
    finally:
        text_module.CASE_PIECE = old


@given(st.text(alphabet="ΣσςİßﬁAaé\u0301’. \n\t", max_size=60), st.integers(1, 9))
def test_folded_pieces_join_to_the_whole_texts_fold(text: str, piece: int) -> None:
    old = text_module.CASE_PIECE
    text_module.CASE_PIECE = piece
    try:
        pieces = list(casefold_pieces(text))
    finally:
        text_module.CASE_PIECE = old
    assert "".join(p for _, _, p in pieces) == text.casefold()
    assert [a for a, _, _ in pieces] == ([0] + [b for _, b, _ in pieces[:-1]] if text else [])
    assert (pieces[-1][1] if pieces else 0) == len(text)
    assert all(b == len(text) or text[b] in " \n" for _, b, _ in pieces)
