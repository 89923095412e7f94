"""The text layer keeps its offsets in 4-byte arrays where every offset fits (half the bytes
of the 8-byte ones it used: a long article's words and tokens), and the arrays that extend
the layer's (the quotes' words) take the same item size."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import textlayer
from newskit.textlayer import TextLayer, offset_array
from newskit_quotes.doc import words

_TEXT = ("Ms. Ilse Marchetti’s bakery in Dunmore sold 1,200 loaves on Friday.\n\n"
         "\"We ran out by noon,\" she said. AT&T's van was parked outside.")


def test_the_layers_offsets_are_four_byte_items() -> None:
    lay = TextLayer(_TEXT)
    for arr in (lay.words.starts, lay.words.ends, lay.tokens.starts, lay.tokens.ends):
        assert arr.typecode == "i" and arr.itemsize == 4
    assert offset_array(_TEXT).itemsize == 4


def _parts(text: str) -> tuple[object, ...]:
    lay = TextLayer(text)
    return (list(lay.words.starts), list(lay.words.ends), list(lay.words.shapes), list(lay.tokens.starts),
            list(lay.tokens.ends), list(lay.sentences), list(lay.paragraphs), list(lay.line_starts),
            tuple(map(list, words(text))))


@given(st.text(alphabet="Ab c.'’s&\n\u0301", max_size=80))
def test_eight_byte_offsets_give_the_same_layer(text: str) -> None:
    four = _parts(text)
    old = textlayer._INT_MAX
    textlayer._INT_MAX = -1  # as for a text longer than a 4-byte offset holds
    textlayer._CACHE.clear()
    textlayer._SHORT.clear()
    try:
        assert offset_array(text).itemsize == 8
        assert _parts(text) == four
    finally:
        textlayer._INT_MAX = old
        textlayer._CACHE.clear()
        textlayer._SHORT.clear()


def test_the_quotes_words_extend_the_layers_arrays() -> None:
    starts, ends = words(_TEXT)
    assert starts.itemsize == ends.itemsize == 4
    got = [_TEXT[s:e] for s, e in zip(starts, ends, strict=True)]
    assert "Marchetti’s" in got and "AT&T's" in got and "1,200" not in got
