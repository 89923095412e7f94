"""The suffix lemmatiser behind trigger look-up."""

from __future__ import annotations

import pytest

from newskit_events.lemma import ED, ING, S, candidates


@pytest.mark.parametrize(("word", "lemma", "tag"), [
    ("stopped", "stop", ED), ("arrived", "arrive", ED), ("hurried", "hurry", ED), ("visited", "visit", ED),
    ("dying", "die", ING), ("visiting", "visit", ING), ("shooting", "shoot", ING), ("hosting", "host", ING),
    ("fires", "fire", S), ("crises", "crisis", S), ("casualties", "casualty", S), ("clashes", "clash", S),
    ("struck", "strike", ED), ("fled", "flee", ED), ("sworn", "swear", ED), ("left", "leave", ED),
    ("Panicked", "panic", ED),
])
def test_candidates(word: str, lemma: str, tag: str) -> None:
    assert (lemma, tag) in candidates(word)


def test_bare_form_first() -> None:
    assert candidates("Landing")[0] == ("landing", "base")
