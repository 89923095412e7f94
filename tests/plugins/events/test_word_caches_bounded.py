"""The answers kept per word (British spellings, lemma candidates) are bounded: a stream of
articles keeps bringing new words, and memory must stay flat however long it runs."""

from __future__ import annotations

from newskit.spelling import WORDS_KEPT, american
from newskit_events.lemma import candidates


def test_a_stream_of_new_words_keeps_at_most_the_bound() -> None:
    # invented surnames and misspellings, as a long stream of news brings them
    for k in range(WORDS_KEPT + 500):
        word = f"Kvarnstrom{k}ised"
        assert american(word) == f"kvarnstrom{k}ized"
        assert candidates(word)[0] == (word.lower(), "base")
    assert american.cache_info().currsize <= WORDS_KEPT
    assert candidates.cache_info().currsize <= WORDS_KEPT


def test_an_answer_asked_again_after_the_bound_is_the_same() -> None:
    first = (american("travelled"), candidates("organised"))
    for k in range(WORDS_KEPT + 10):
        american(f"lindqvist{k}")
        candidates(f"lindqvist{k}")
    assert (american("travelled"), candidates("organised")) == first
    assert first[0] == "traveled" and ("organize", "ed") in first[1]
