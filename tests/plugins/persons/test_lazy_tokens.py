"""Long articles make their word tokens lazily: the same persons as the eager list."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit_persons import extract_persons, tokens

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def _persons(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(m.start, m.end, m.entity, m.title) for m in extract_persons(text)]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_lazy_tokens_find_the_same_persons(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    eager = _persons(text)
    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    assert isinstance(tokens.tokenize(text), tokens.Toks)
    assert _persons(text) == eager
    assert eager


def test_toks_index_and_slice_like_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mr. Kim Jong-un met Putin's aides in Pyongyang."
    eager = tokens.tokenize(text)
    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    lazy = tokens.tokenize(text)
    assert len(lazy) == len(eager)
    assert [t.text for t in lazy[1:4]] == [t.text for t in eager[1:4]]
    assert lazy[-1].text == eager[-1].text == "Pyongyang"
    assert lazy[3] is lazy[3]  # made once
    assert [(t.start, t.end, t.possessive, t.folded) for t in lazy] == \
        [(t.start, t.end, t.possessive, t.folded) for t in eager]


def test_toks_keep_only_a_window_of_token_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long article's tokens are not all kept: read again after the window, a token is
    made again, equal in every field; indexing past either end fails as a list's does."""
    text = ("Ms. Anneli Voss, the mayor of Kettering, said on Tuesday that the bridge over the "
            "Nene would reopen in May, and Tomas Brandt's firm would pay for the repairs.")
    eager = tokens.tokenize(text)
    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    monkeypatch.setattr(tokens, "WINDOW", 4)
    lazy = tokens.tokenize(text)
    assert isinstance(lazy, tokens.Toks)
    first = lazy[1]
    seen = [(t.text, t.start, t.end, t.possessive, t.folded) for t in lazy]
    assert seen == [(t.text, t.start, t.end, t.possessive, t.folded) for t in eager]
    assert len(lazy._made) <= 4
    again = lazy[1]
    assert again is not first and (again.text, again.start, again.folded) == (first.text, first.start, first.folded)
    assert lazy[-1] is lazy[len(lazy) - 1]
    for bad in (len(lazy), -len(lazy) - 1):
        with pytest.raises(IndexError):
            lazy[bad]
    assert _persons(text) == _persons_eager(text, monkeypatch)


def _persons_eager(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str, str | None]]:
    with monkeypatch.context() as m:
        m.setattr(tokens, "EAGER_MAX", 10**9)
        return _persons(text)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_small_window_finds_the_same_persons(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    eager = _persons(text)
    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    monkeypatch.setattr(tokens, "WINDOW", 16)
    assert _persons(text) == eager
