"""The quotes plugin's phrase table (issue #11, session 53): whether each word and the next
are in one phrase (``Doc.joins``) is read once an article, and ``Doc.gap`` and
``Doc.joined`` are a list's own look-up, with no Python frame per ask (the rules ask them
some 320,000 times over the bench corpus). The same answers as reading the gap at each ask,
for every index the old methods took, the negative ones too. ``Doc.word_at`` is the
bisection bound once, and ``Doc.has_quote_char`` reads its span with no Python step a
character."""

from __future__ import annotations

import bisect
import functools
import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.text import ABBREVIATIONS
from newskit_quotes.doc import Doc

TEXTS = [
    "Dr. Amara Osei said the ferry, late again, left at 6 p.m. on Friday.",
    "The U.N. envoy met J. Rowe in Accra.\nThe talks ended.  ",
    "Crews cleared the road; the mayor (briefly) thanked them.",
    "",
    "solo",
    "  two words  ",
]


def _gap(doc: Doc, i: int) -> str:
    """The gap as the method read it: sliced from the text at each ask (a negative ``i``
    counted from the end, as Python's indexing does)."""
    end = doc.starts[i + 1] if i + 1 < len(doc.starts) else len(doc.text)
    return doc.text[doc.ends[i] : end]


def _joined(doc: Doc, i: int) -> bool:
    g = _gap(doc, i)
    if not g or g.isspace():
        return "\n" not in g
    if g[0] == "." and g[1:].isspace() and "\n" not in g:
        w = doc.low[i]
        return w in ABBREVIATIONS or len(w) == 1 or "." in w
    return False


def _check(text: str) -> None:
    doc = Doc(text, [])
    n = len(doc.starts)
    assert doc.joins == [_joined(doc, i) for i in range(n)]
    for i in range(-n, n):
        assert doc.gap(i) == _gap(doc, i)
        assert doc.joined(i) is _joined(doc, i)
    for i in (0, -1) if n == 0 else ():  # no word: every ask raised, and still does
        with pytest.raises(IndexError):
            doc.gap(i)
        with pytest.raises(IndexError):
            doc.joined(i)


@pytest.mark.parametrize("text", TEXTS)
def test_written_texts(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["spoke", "Ms", "Mr", ".", ". ", ".\n", ",", " ", "  ", "\n", "p.m.", "U.N.",
                                 "J", "&", "'s", ";", "(", ")", "\t", "e\u0301"]), max_size=30).map("".join))
def test_any_text(text: str) -> None:
    _check(text)


def test_an_abbreviation_or_an_initial_joins_across_its_period() -> None:
    doc = Doc("Dr. Osei met J. Rowe. Then the envoy left.", [])
    assert [doc.joined(i) for i in range(len(doc.starts))] == [True, True, True, True, False, True, True, True, False]


def test_the_asks_are_no_python_calls() -> None:
    """Each ask is a list's ``__getitem__``: no Python function runs (the methods they
    replace cost a frame at each of some 320,000 asks over the bench corpus)."""
    doc = Doc("The keeper said, briefly, that the lions were fed.", [])
    assert isinstance(doc.gap, types.BuiltinMethodType)
    assert isinstance(doc.joined, types.BuiltinMethodType)
    assert doc.gap(2) == ", " and doc.joined(2) is False and doc.joined(0) is True


@pytest.mark.parametrize("text", TEXTS)
def test_word_at_is_the_bisection_of_the_starts(text: str) -> None:
    """``word_at`` is ``bisect_left`` of the word starts, bound once (a C-level call)."""
    doc = Doc(text, [])
    assert isinstance(doc.word_at, functools.partial)
    for pos in range(-1, len(text) + 2):
        assert doc.word_at(pos) == bisect.bisect_left(doc.starts, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033'\u2018\u2019", max_size=20),
       st.integers(-3, 25), st.integers(-3, 25))
def test_has_quote_char_reads_any_double_mark(text: str, a: int, b: int) -> None:
    """The same answer as testing each character of the slice."""
    doc = Doc(text, [])
    marks = "\"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033"
    assert doc.has_quote_char(a, b) is any(c in marks for c in text[a:b])


def test_has_quote_char_reads_no_character_in_python() -> None:
    """A long span free of marks is read without a Python step per character: the old
    generator would have been resumed once a character."""
    doc = Doc("The ferry \u201cwill sail\u201d at dawn, the harbour master said. " * 50, [])
    assert doc.has_quote_char(0, len(doc.text)) is True
    assert doc.has_quote_char(22, 50) is False
    calls = []
    sys.setprofile(lambda frame, event, arg: calls.append(event) if event == "call" else None)
    try:
        doc.has_quote_char(30, len(doc.text) - 30)
    finally:
        sys.setprofile(None)
    assert calls.count("call") <= 1  # the method's own frame, no generator's
