"""End-anchored patterns searched backwards (issue #11): the two events patterns that look
at the words right before a mention are compiled with ``regex.REVERSE``, which starts where
every match ends instead of trying every start of the window. Against the same pattern
searched forwards: the same answer (and for the premodifiers, the same words)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_events import arguments, dating


def _forward(p: regex.Pattern[str]) -> regex.Pattern[str]:
    return regex.compile(p.pattern, p.flags & ~regex.REVERSE)


_PIECES = ["a", "previous", "Earlier", "O'Neill", "post-war", "’", "-", " ", "  ", "\n", ",", ".",
           "according", "to", "the", "spokesman", "Press", "secretary", "citing", "analyst", "x"]
texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=300)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_premodifiers_read_backwards_are_the_same_words(text: str, cut: int, back: int) -> None:
    hi = max(0, len(text) - cut)
    lo = max(0, hi - back)
    want = _forward(dating._PREMODIFIERS).search(text, lo, hi)
    got = dating._PREMODIFIERS.search(text, lo, hi)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.span() == want.span() and got.groups() == want.groups()


@settings(max_examples=300)
@given(texts, st.integers(0, 40))
def test_a_source_before_is_found_both_ways(text: str, back: int) -> None:
    lo = max(0, len(text) - back)
    want = _forward(arguments._SOURCE_BEFORE).search(text, lo, len(text))
    assert (arguments._SOURCE_BEFORE.search(text, lo, len(text)) is None) == (want is None)


def test_the_words_before_an_event_noun() -> None:
    text = "Officials recalled that a previous ceasefire collapsed."
    at = text.index("ceasefire")
    g = dating._PREMODIFIERS.search(text, max(0, at - 40), at)
    assert g is not None and g.groups() == ("a", "previous")
    text = "The crash, according to the "
    assert arguments._SOURCE_BEFORE.search(text, 0, len(text)) is not None
