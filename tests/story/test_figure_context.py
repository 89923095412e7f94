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


# Session 48 (issue #11): the words a story's names are shown with (``StoryUnits.shown``)
# read from each shared sentence once, not once for each of its amounts.


def _written_word_by_word(story: list[Figure]) -> tuple[dict[str, str], frozenset[str]]:
    """``StoryUnits._read_written`` as it read the words before: every amount's context word
    by word."""
    written: dict[str, str] = {}
    lower: set[str] = set()
    for f in story:
        for w, _ in _context_words(f, figure_story._sentence_of(f)):
            lem = lemma(w)
            best = written.get(lem)
            if best is None or figure_story._shown_key(w) < figure_story._shown_key(best):
                written[lem] = w
            if not w[:1].isupper():
                lower.add(lem)
    return written, frozenset(written) - lower


@st.composite
def _sentences_with_amounts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """An invented sentence and several amounts in it (anywhere, cutting words or not, and
    overlapping one another)."""
    text, _, _ = draw(_sentences_and_amounts())
    spans = []
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text)))
        spans.append((start, draw(st.integers(start, len(text)))))
    return text, spans


@given(st.lists(_sentences_with_amounts(), min_size=1, max_size=3), st.integers(0, 300))
def test_the_story_words_are_those_read_word_by_word(cases: list[tuple[str, list[tuple[int, int]]]],
                                                     off: int) -> None:
    """The same words (repeats aside), so the same shown forms and names, wherever the
    amounts lie, several sentences in one story, one sentence twice (wire copy)."""
    story = [_figure(text, off + 1000 * k, s, e) for k, (text, spans) in enumerate(cases + cases[:1])
             for s, e in spans]
    expected = [w for f in story for w, _ in _context_words(f, figure_story._sentence_of(f))]
    got = figure_story._story_words(story, {})
    assert set(got) == set(expected)
    assert len(got) <= len(expected)
    units = SimpleNamespace(story=story, _sentences={}, _written=None, _names=None)  # what the reading uses
    assert figure_story.StoryUnits._read_written(cast("figure_story.StoryUnits", units)) == \
        _written_word_by_word(story)


def test_the_forms_of_overlapping_ranges_are_read_once() -> None:
    text = "the harbour crews docked ferries at the quay"
    words = SentenceWords(text)
    assert words.forms([(3, 5), (0, 2), (1, 4), (7, 8), (6, 6)]) == ["the", "harbour", "crews", "docked",
                                                                    "ferries", "quay"]
    assert words.forms([]) == []


def test_a_sentence_of_many_amounts_gives_its_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shown forms of a story read a shared sentence's words once: read per amount, a
    sentence of k amounts and n words gave k x n words to weigh."""
    text = "Crews docked 12 ferries, 14 tugs and 16 barges at 18 quays near 20 harbours in 22 hours"
    story = [_figure(text, 40, i, i + 2) for i in (text.index(n) for n in ("12", "14", "16", "18", "20", "22"))]
    monkeypatch.setattr(figure_story, "_context_words", lambda *_: pytest.fail("read word by word"))
    got = figure_story._story_words(story, {})
    assert sorted(got) == sorted({w for w in text.split() if w.strip(",")[:1].isalpha()} - {"ferries,"}
                                 | {"ferries"})
