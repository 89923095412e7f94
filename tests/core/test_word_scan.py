"""The layer's word scan (one split of the text, offsets as running sums) gives exactly
the tokens of the plain per-match loop it replaced, on written sentences, on random text
and across the pieces a long text is cut into."""

from __future__ import annotations

from array import array

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit.textlayer as tl
from newskit.textlayer import CUT, POSSESSIVE, _scan_words, _shape

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*")


def _reference(text: str) -> tuple[array[int], array[int], array[int]]:
    """One step per word match, as the layer did before."""
    starts: array[int] = array("l")
    ends: array[int] = array("l")
    shapes: array[int] = array("H")
    n = len(text)
    for m in _WORD.finditer(text):
        s, e = m.span()
        w = m.group()
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            starts.append(s)
            ends.append(e - 2)
            shapes.append(_shape(w[:-2]) | POSSESSIVE | CUT)
            continue
        sh = _shape(w)
        if e + 1 < n:
            c = text[e]
            if c in "'’":
                if text[e + 1] in "sS" and (e + 2 == n or not text[e + 2].isalnum()):
                    sh |= POSSESSIVE
            elif c == " " and e + 2 < n and text[e + 1] in "'’" and text[e + 2] in "sS" and (
                e + 3 == n or not text[e + 3].isalnum()
            ):
                sh |= POSSESSIVE
        starts.append(s)
        ends.append(e)
        shapes.append(sh)
    return starts, ends, shapes


SENTENCES = [
    "Putin's envoy met Kim Jong-un's sister in Pyongyang on Tuesday.",
    "Clinton 's aides said the U.S. would act; O'Neill’s boss's car was hit.",
    "The 1990s, 3.5 million, 18-19 June, NATO's and Ṣàngó's (Yorùbá) shrine 's",
    "James' book and the Joneses' house; it's ’S 'S s's x 's",
    "",
    "   \n\n ",
    "'s",
    "a 's",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_written_sentences(text: str) -> None:
    assert _scan_words(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAsSzZ9 '’-.\n\u0301ß,İ\u00a0")), max_size=60))
def test_random_text(text: str) -> None:
    assert _scan_words(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAsSzZ09 '-.\n,_\t")), max_size=60)
       | st.text(alphabet=st.characters(codec="ascii"), max_size=60))
def test_random_ascii_text(text: str) -> None:
    """An ASCII text is split by the standard library's engine with the ASCII classes."""
    assert text.isascii()
    assert _scan_words(text) == _reference(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Kim", "'s", " 's", " ", "\n", "U.S.", "Jong-un", "x" * 30, "1,000", "’s", ","]),
                max_size=80))
def test_pieces_of_a_long_text(parts: list[str]) -> None:
    text = "".join(parts)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(tl, "_CHUNK", 7)  # many pieces: every cut is a space or newline
        assert _scan_words(text) == _reference(text)


def test_a_text_with_no_space_is_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "abc's-def." * 50 + " Kim 's"
    monkeypatch.setattr(tl, "_CHUNK", 16)
    assert _scan_words(text) == _reference(text)


def test_the_cut_words_are_kept_beside_the_shapes() -> None:
    """Session 49: the words whose possessive ``'s`` is cut off are kept in a set beside
    the shape table, so a piece's cut words are one set intersection: the set holds every
    cut word of the table and nothing else."""
    _scan_words("The ferry's captain met Orlov’s crew and the harbour master’S aide's son.")
    shapes, cut = tl._SHAPES
    assert {"ferry's", "Orlov’s", "master’S", "aide's"} <= cut
    assert cut == {w for w, sh in shapes.items() if sh & CUT}


def test_full_shape_tables_are_replaced_whole_not_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full table is replaced with its cut set, never cleared in place: a scan in another
    thread holding the old pair still finds its words there, and every scan stays right."""
    monkeypatch.setattr(tl, "_SHAPES_MAX", 3)
    monkeypatch.setattr(tl, "_SHAPES", ({}, set()))
    first = "Vessa's tug towed Brenn's barge"
    assert _scan_words(first) == _reference(first)
    held = tl._SHAPES
    words = dict(held[0])
    for text in ("the pilot's launch left", "Kim 's aides", "Tarno’s ferry's crew", first):
        assert _scan_words(text) == _reference(text)
    assert held is not tl._SHAPES and held[0] == words and held[1] == {"Vessa's", "Brenn's"}


_FORWARD_BEFORE = regex.compile(r"([\p{L}.]+)[.!?]*[\"'\u201d\u2019)\]]*$")


def _before(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> str | None:
    m = pattern.search(text, lo, hi)
    return m.group(1).lower().rstrip(".") if m else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab.!?\"')] \nU.SΣ1’”")), max_size=30), st.integers(0, 5))
def test_word_before_a_boundary_read_backwards_is_the_forward_one(text: str, back: int) -> None:
    """The sentence splitter's word before a boundary, searched backwards, is the word a
    forward search finds (trailing dots stripped, as the splitter does)."""
    for m in tl._BOUNDARY.finditer(text):
        lo = max(0, m.start() - back)
        assert _before(tl._WORD_BEFORE, text, lo, m.end()) == _before(_FORWARD_BEFORE, text, lo, m.end())


@pytest.mark.parametrize("text", ["Mr. Smith met the U.S. envoy. The talks ended.",
                                  "He said: \"No.\" Then he left!", "J. R. R. Tolkien wrote it. e.g. this.",
                                  "Sales rose 3.5 p.m. yesterday... Analysts (at Acme Inc.) said so."])
def test_word_before_on_written_sentences(text: str) -> None:
    for m in tl._BOUNDARY.finditer(text):
        lo = max(0, m.start() - 40)
        assert _before(tl._WORD_BEFORE, text, lo, m.end()) == _before(_FORWARD_BEFORE, text, lo, m.end())
