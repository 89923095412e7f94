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


def test_a_long_article_makes_few_of_its_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Sequence[tokens.Tok]] = []

    def kept(text: str) -> Sequence[tokens.Tok]:
        made.append(tokens.tokenize(text))
        return made[-1]

    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    monkeypatch.setattr(document, "tokenize", kept)
    got = [(m.text, m.entity) for m in extract_persons(_STORY * 40)]
    assert ("Orla Venning", "Orla Venning") in got and ("Halloran", "Halloran") in got
    toks = made[0]
    assert isinstance(toks, tokens.Toks)
    assert sum(t is not None for t in toks._made) < len(toks) / 2
