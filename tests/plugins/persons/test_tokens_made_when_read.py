"""A long article's tokens are made only where the detector reads them: a pass over every
word's fold or lower-case form reads the text layer, not ``Tok`` objects (each about 140
bytes a word; two words in three were made for those passes alone)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_persons import document, extract_persons, tokens
from newskit_persons.document import Doc

_WORDS = ["harbour", "Board", "Castlemere's", "ferry", "Søderberg", "ÖSTBERG", "fares", "İzmir",
          "straße", "Orla", "Venning", "pier", "rose", "O'Neill", "co-op", "ﬁne", "Σίσυφος", "3"]
_GAPS = [" ", ", ", ". ", "\n", " - ", "; ", "’s "]


def _texts() -> st.SearchStrategy[str]:
    pieces = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=30)
    return pieces.map(lambda ps: "".join(w + g for w, g in ps))


@given(_texts())
def test_folds_and_lower_words_are_the_tokens(text: str) -> None:
    eager = tokens.tokenize(text)
    assert isinstance(eager, list)
    want_folds = [t.folded for t in eager]
    want_lower = frozenset(t.text for t in eager if t.text.islower())
    old = tokens.EAGER_MAX
    tokens.EAGER_MAX = 0
    try:
        lazy = tokens.tokenize(text)
        assert isinstance(lazy, tokens.Toks)
        assert list(tokens.folds(lazy)) == want_folds
        assert all(t is None for t in lazy._made)  # read without a token made
        assert list(tokens.folds(eager)) == want_folds
        doc = Doc(text)
        assert doc.lower_words == want_lower
    finally:
        tokens.EAGER_MAX = old


_STORY = ("The harbour board of Castlemere said on Thursday that ferry fares would rise by a "
          "tenth from March, and Ms. Orla Venning, its chair, said the rise would pay for a new "
          "pier. Mr. Halloran, a fisherman on the quay, said the board had not asked them, and a "
          "petition against the rise was signed by more than four hundred people in two days.\n")


def _recording_tokens(monkeypatch: pytest.MonkeyPatch) -> list[Sequence[tokens.Tok]]:
    """From here on every document's tokens are made lazily and kept in the list returned."""
    made: list[Sequence[tokens.Tok]] = []

    def kept(text: str) -> Sequence[tokens.Tok]:
        made.append(tokens.tokenize(text))
        return made[-1]

    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    monkeypatch.setattr(document, "tokenize", kept)
    return made


def test_a_long_article_makes_few_of_its_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _recording_tokens(monkeypatch)
    got = [(m.text, m.entity) for m in extract_persons(_STORY * 40)]
    assert ("Orla Venning", "Orla Venning") in got and ("Halloran", "Halloran") in got
    toks = made[0]
    assert isinstance(toks, tokens.Toks)
    assert sum(t is not None for t in toks._made) < len(toks) / 2


_RACE = ("HORSE RACING - RESULTS FROM KELSO.\n"
         "1. Sir Barnaby ( Colm Hanratty ) 7-2\n"
         "2. Miss Tilbury ( Ewan Farquhar ) 11-4\n"
         "3. Copper Lantern ( Ross Tennant ) 9-1\n"
         "Sir Barnaby, trained by Ms. Gwen Abernethy, won by two lengths on soft ground, and "
         "the stewards said the going would be checked again before Saturday's meeting. The "
         "course had been waterlogged for most of the week, and two of the seven races on the "
         "card were run on the inner track after the rail was moved by a few yards.\n")


def test_a_race_card_makes_few_of_its_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """The horses' mentions are found among the words whose fold opens a horse's name,
    not by reading every word as a token."""
    eager = [(m.start, m.end, m.entity) for m in extract_persons(_RACE * 30)]
    made = _recording_tokens(monkeypatch)
    assert [(m.start, m.end, m.entity) for m in extract_persons(_RACE * 30)] == eager
    names = {e for _, _, e in eager}
    assert {"Gwen Abernethy", "Colm Hanratty", "Sir Barnaby", "Miss Tilbury"} <= names  # a horse whole, title and all
    toks = made[0]
    assert isinstance(toks, tokens.Toks)
    assert sum(t is not None for t in toks._made) < len(toks) / 2
