"""Session 47 (issue #11): an amount's weighted lemmas read from its sentence's words read
once (``figure_context.SentenceWords``), equal to the reading word by word it replaces, and
the story's lemmas read without visiting a sentence's words once per amount."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story import figure_context, figure_story
from newskit.story.features import lemma
from newskit.story.figure_context import SentenceWords
from newskit.story.figure_data import figure_rules
from newskit.story.figure_story import _context_words, _lemmas, _story_lemmas

#: words of invented sentences: content words, inflections of one lemma, stop words,
#: short words, apostrophes and hyphens inside words, a name, numbers and punctuation
PIECES = ["ferry", "ferries", "docked", "docking", "harbour", "harbour's", "tug-boat", "the", "of",
          "at", "a", "Quayside", "said", "says", "42", "3.5", ",", ".", "-", "'", "crews", "crew",
          "tonnes", "to", "and", "lifted", "O'Neill", "’s", "cargo"]


def _figure(text: str, off: int, start: int, end: int) -> Figure:
    """An amount at ``[start, end)`` of a sentence ``text`` starting at ``off`` in its article:
    what ``_context_words`` reads of a figure."""
    return cast("Figure", SimpleNamespace(evidence=SimpleNamespace(text=text, start=off, end=off + len(text)),
                                          ref=SimpleNamespace(start=off + start, end=off + end)))


def _word_by_word(text: str, off: int, start: int, end: int) -> dict[str, float]:
    f = _figure(text, off, start, end)
    return _lemmas(_context_words(f, figure_story._sentence_of(f)))


@st.composite
def _sentences_and_amounts(draw: st.DrawFn) -> tuple[str, int, int]:
    words = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
    seps = draw(st.lists(st.sampled_from([" ", " ", "", "  "]), min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@given(_sentences_and_amounts(), st.integers(0, 500))
def test_the_lemmas_read_once_are_those_read_word_by_word(case: tuple[str, int, int], off: int) -> None:
    """Same keys in the same order with the same weights, wherever the amount lies; where an
    edge cuts a word the index declines (None) and the caller reads word by word."""
    text, start, end = case
    got = SentenceWords(text).lemmas(0, start, end, len(text))
    if got is not None:
        assert list(got.items()) == list(_word_by_word(text, off, start, end).items())


@pytest.mark.parametrize(("near", "far"), [(0, 0.5), (-2, 0.5), (1, 0.25), (3, 0.4), (50, 0.1), (2, 1.5), (2, -1.0)])
def test_the_weights_follow_the_rules_data(near: int, far: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """``near_words`` and ``far_weight`` read as ``_lemmas`` reads them, whatever their
    values (a far weight above 1.0 or below 0.0 too)."""
    rules = dict(figure_rules(), near_words=near, far_weight=far)
    monkeypatch.setattr(figure_story, "figure_rules", lambda: rules)
    monkeypatch.setattr(figure_context, "figure_rules", lambda: rules)
    text = "Crews docked the ferry at Quayside, docking 42 tonnes of cargo; the ferry's crew lifted cargo"
    start = text.index("42")
    got = SentenceWords(text).lemmas(0, start, start + 2, len(text))
    assert got is not None
    assert list(got.items()) == list(_word_by_word(text, 7, start, start + 2).items())


def test_an_edge_inside_a_word_is_left_to_the_word_by_word_reading() -> None:
    text = "the tug-boat docked 42 ferries"
    words = SentenceWords(text)
    assert words.lemmas(0, text.index("42"), text.index("42") + 2, len(text)) is not None
    assert words.lemmas(0, text.index("boat"), text.index("42") + 2, len(text)) is None  # cuts "tug-boat"
    assert words.lemmas(0, text.index("42"), text.index("ferries") + 3, len(text)) is None  # cuts "ferries"
    assert words.lemmas(0, 5, 3, len(text)) is None  # an amount ending before it starts: not read here


def test_a_sentence_of_many_amounts_reads_each_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every amount of one sentence gets its lemmas, the sentence's words lemmatised once
    (read per amount, a sentence of k amounts and n words took k x n readings)."""
    text = "Crews docked 12 ferries, 14 tugs and 16 barges at 18 quays near 20 harbours in 22 hours"
    amounts = [(i, i + 2) for i in (text.index(n) for n in ("12", "14", "16", "18", "20", "22"))]
    story = [_figure(text, 100, s, e) for s, e in amounts]
    calls: list[str] = []
    real = lemma

    def counted(word: str) -> str:
        calls.append(word)
        return real(word)

    monkeypatch.setattr(figure_context, "lemma", counted)
    got = _story_lemmas(story)
    assert 0 < len(calls) <= len(text.split())  # at most once a word, not once a word and amount
    for f, (s, e) in zip(story, amounts, strict=True):
        assert list(got[id(f)].items()) == list(_word_by_word(text, 100, s, e).items())


def test_a_lemma_first_written_inside_the_amount_comes_where_the_context_first_has_it() -> None:
    """``cargo`` first stands inside the amount's span (not its context) and again after
    ``ferries``: the context lists it after ``ferries``, as the words after the amount give it."""
    text = "Crews docked 42 cargo tonnes, ferries lifted cargo"
    start = text.index("42")
    got = SentenceWords(text).lemmas(0, start, text.index(" tonnes"), len(text))
    assert got is not None
    assert list(got.items()) == list(_word_by_word(text, 0, start, text.index(" tonnes")).items())
    assert list(got).index("ferry") < list(got).index("cargo")
