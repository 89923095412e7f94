"""The claims' gates give sentences with the same open gates one shared set, not a set each."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Span
from newskit.text import sentences
from newskit_claims.gates import _open, openings

# most sentences of a long report open no gate; a few open the same ones
_PLAIN = "The ferry to Inishmore left the quay at nine with forty passengers aboard."
_DENIED = "The harbour board denied the claims, which the ferry company repeated."
_CUE = "Local fishermen alleged that the new breakwater had silted up the channel."


def _article(times: int) -> str:
    return " ".join([_PLAIN, _PLAIN, _DENIED, _PLAIN, _CUE] * times)


def _same_sets_shared(out: list[frozenset[str]]) -> bool:
    """Equal sets of the answer are one object."""
    first: dict[frozenset[str], frozenset[str]] = {}
    return all(first.setdefault(s, s) is s for s in out)


def test_a_long_article_s_sentences_share_their_sets() -> None:
    text = _article(200)
    sents = sentences(text)
    out = openings(text, sents)
    assert out == [_open(text, s) for s in sents]
    assert len(out) == 1_000
    assert sum(1 for s in out if not s) >= 600  # the plain sentences open no gate
    assert _same_sets_shared(out)
    assert len({id(s) for s in out}) == len(set(out)) <= 3


def test_overlapping_spans_share_their_sets_too() -> None:
    text = _article(3)
    spans = [Span(start=0, end=len(text)), *sentences(text), Span(start=0, end=len(_PLAIN))]
    out = openings(text, spans)
    assert out == [_open(text, s) for s in spans]
    assert _same_sets_shared(out)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([_PLAIN, _DENIED, _CUE, "Reportedly, the pier was closed.",
                                 "The skipper pleaded guilty to the charges, according to the court."]),
                max_size=25))
def test_the_sets_are_each_sentence_s_open_and_shared(parts: list[str]) -> None:
    text = " ".join(parts)
    sents = sentences(text)
    out = openings(text, sents)
    assert out == [_open(text, s) for s in sents]
    assert _same_sets_shared(out)
