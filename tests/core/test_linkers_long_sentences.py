"""The events and claims linkers read a long article's sentences from the text layer's
arrays, not from a list of them: a list held a span and two numbers a sentence for the
whole run (past ``EAGER_SPANS`` sentences the layer keeps them as two arrays)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Sequence

from newskit import Article, Mention, layer
from newskit.textlayer import EAGER_SPANS, SpanArray
from newskit_claims.extract import extract_claims
from newskit_events.extract import extract_events

# plain sentences, no cue and no trigger: what the linkers hold is what they hold per sentence
_TEXT = " ".join(["The tide was high at the old pier in Rosslare.", "Gulls sat on the wall by the quay."]
                 * (EAGER_SPANS // 2 + 2_500))


def _peak_per_sentence(extract: Callable[[Article, Sequence[Mention]], object]) -> float:
    art = Article(id="a", text=_TEXT)
    tl = layer(_TEXT)
    _ = tl.words, tl.tokens, tl.gazetteer  # the layer, read by every plugin, out of the figure
    extract(Article(id="w", text=_TEXT[:3_000]), [])
    extract(art, [])  # the caches a first run fills, out of the figure
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        extract(art, [])
        return (tracemalloc.get_traced_memory()[1] - before) / len(tl.sentences)
    finally:
        tracemalloc.stop()


def test_the_long_text_s_sentences_are_arrays() -> None:
    assert isinstance(layer(_TEXT).sentences, SpanArray)


def test_the_events_linker_holds_no_span_a_sentence() -> None:
    assert _peak_per_sentence(extract_events) < 110  # a list of spans alone: about 120 bytes each


def test_the_claims_linker_holds_no_span_a_sentence() -> None:
    assert _peak_per_sentence(extract_claims) < 170  # was about 210
