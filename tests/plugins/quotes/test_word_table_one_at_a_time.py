"""The quotes' lower-case words and the gaps after them are exchanged for shared strings
one at a time: a long article's words are never all separate strings at once (about 60
bytes a word)."""

from __future__ import annotations

import tracemalloc

from newskit import layer
from newskit_quotes.doc import _gaps, _lowered

_TEXT = ("The Ødegaard trust’s auditors said on Tuesday that the ferry levy at Hammerfest had "
         "been misreported for three years, and the harbour board said it would repay the "
         "fishermen by June. ") * 3000


def test_lowering_a_long_text_holds_no_string_per_word() -> None:
    words = layer(_TEXT).words
    n = len(words)
    assert n > 90_000
    _lowered("Warm up", words.starts[:2], words.ends[:2])
    tracemalloc.start()
    try:
        low = _lowered(_TEXT, words.starts, words.ends)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert low == [_TEXT[a:b].lower() for a, b in zip(words.starts, words.ends, strict=True)]
    assert peak < 16 * n  # the list of n slots, 8 bytes each, and the distinct words


def test_the_gaps_of_a_long_text_hold_no_string_per_word() -> None:
    text = _TEXT.replace(" said ", ",  said ").replace(" had ", " -- had ")
    words = layer(text).words
    n = len(words)
    _gaps("Warm up", words.starts[:2], words.ends[:2])
    tracemalloc.start()
    try:
        gaps = _gaps(text, words.starts, words.ends)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    nexts = [*words.starts[1:], len(text)]
    assert gaps == [text[a:b] for a, b in zip(words.ends, nexts, strict=True)]
    assert ",  " in gaps and " -- " in gaps
    assert peak < 16 * n
