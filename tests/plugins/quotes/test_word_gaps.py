"""The quotes plugin's word table (issue #11, session 50): each word's lower-case form and
the gap after it are read once an article, by chained ``map`` calls with no Python step per
word, and ``Doc.gap`` / ``Doc.joined`` read the kept gap instead of slicing the text again
(the rules ask about a word's gap three to four times). The same answers as slicing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.text import ABBREVIATIONS
from newskit_quotes.doc import Doc, words

TEXTS = [
    "The harbour master said the pier, built in 1911, would close.\nCrews  left at dawn.",
    "Ms. Okonkwo's crew (the night shift) said: \"We stay.\" AT&T's office agreed.",
    "İzmir's mayor, Ayşe Demirtaş, spoke; the U.N. envoy left.  ",
    "",
    "one",
    "  lone  ",
]


def _gap(doc: Doc, i: int) -> str:
    """The gap as it was read: sliced from the text at each ask."""
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
    starts, ends = words(text)
    assert doc.low == [text[a:b].lower() for a, b in zip(starts, ends, strict=True)]
    assert len(doc.gaps) == len(doc.starts)
    for i in range(-min(2, len(doc.starts)), len(doc.starts)):
        assert doc.gap(i) == _gap(doc, i)
        assert doc.joined(i) == _joined(doc, i)


@pytest.mark.parametrize("text", TEXTS)
def test_written_texts(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "Mr", ".", ",", " ", "  ", "\n", "U.S.", "AT&T's", "&", "x", "İ",
                                 "e\u0301", "'s", "(", ")", "\t"]), max_size=30).map("".join))
def test_any_text(text: str) -> None:
    _check(text)


def test_the_gaps_are_kept_and_shared() -> None:
    doc = Doc("Crews left, trucks left, ferries left.", [])
    assert doc.gaps == [" ", ", ", " ", ", ", " ", "."]
    assert doc.gaps[1] is doc.gaps[3]  # equal gaps are one string
    assert doc.low[1] is doc.low[3] is doc.low[5]
