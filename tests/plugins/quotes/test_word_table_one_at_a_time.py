"""The quotes' lower-case words and the gaps after them are exchanged for shared strings
one at a time: a long article's words are never all separate strings at once (about 60
bytes a word)."""

from __future__ import annotations

import tracemalloc
from array import array
from collections.abc import Callable

from newskit import layer
from newskit_quotes.doc import _gaps, _lowered

_TEXT = ("The Ødegaard trust’s auditors said on Tuesday that the ferry levy at Hammerfest had "
         "been misreported for three years, and the harbour board said it would repay the "
         "fishermen by June. ") * 3000


def _peak(read: Callable[[str, array[int], array[int]], list[str]], text: str,
          starts: array[int], ends: array[int]) -> tuple[list[str], int]:
    """What ``read`` gives for a text's words and the most memory it held, once warmed up
    on two words (its caches and compiled patterns are no part of the peak)."""
    read("Warm up", starts[:2], ends[:2])
    tracemalloc.start()
    try:
        got = read(text, starts, ends)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return got, peak


def test_lowering_a_long_text_holds_no_string_per_word() -> None:
    words = layer(_TEXT).words
    n = len(words)
    assert n > 90_000
    low, peak = _peak(_lowered, _TEXT, words.starts, words.ends)
    assert low == [_TEXT[a:b].lower() for a, b in zip(words.starts, words.ends, strict=True)]
    assert peak < 16 * n  # the list of n slots, 8 bytes each, and the distinct words


def test_the_gaps_of_a_long_text_hold_no_string_per_word() -> None:
    text = _TEXT.replace(" said ", ",  said ").replace(" had ", " -- had ")
    words = layer(text).words
    n = len(words)
    gaps, peak = _peak(_gaps, text, words.starts, words.ends)
    nexts = [*words.starts[1:], len(text)]
    assert gaps == [text[a:b] for a, b in zip(words.ends, nexts, strict=True)]
    assert ",  " in gaps and " -- " in gaps
    assert peak < 16 * n
