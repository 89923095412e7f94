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


def test_equal_words_share_their_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long article's tokens of one word share its text and its fold (words repeat: a
    string per token was two of the four objects a word held)."""
    text = ("Ms. Anneli Søderberg said the Søderberg family had sold the mill; "
            "Søderberg's lawyer, Tomas Brandt, said the mill would close.")
    eager = tokens.tokenize(text)
    monkeypatch.setattr(tokens, "EAGER_MAX", 0)
    lazy = tokens.tokenize(text)
    assert [(t.text, t.start, t.end, t.possessive, t.folded) for t in lazy] == \
        [(t.text, t.start, t.end, t.possessive, t.folded) for t in eager]
    same = [t for t in lazy if t.text == "Søderberg"]
    assert len(same) == 3 and same[0].folded == "soderberg"
    assert all(t.text is same[0].text and t.folded is same[0].folded for t in same)
    mill = [t for t in lazy if t.text == "mill"]
    assert len(mill) == 2 and mill[0].text is mill[1].text
