"""The shared text layer: real sentences, then properties over arbitrary text."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit
import newskit.textlayer as layer_module
from newskit import Article, layer
from newskit.testing.strategies import news_texts
from newskit.text import paragraphs, sentences
from newskit.textlayer import (
    ALL_CAPS,
    CAPITALISED,
    CLITIC,
    CUT,
    LOWER,
    NUMBER,
    POSSESSIVE,
    PUNCT,
    TITLE,
    WORD,
    TextLayer,
)
from tests.hang_guard import assert_grows_linearly

TEXT = (
    "NATO's chief met Kim Jong-un in Pyongyang on June 18, 2024.\n"
    "Mr. Smith paid $1,000.50 for the U.S. visit, officials said.\n"
)


def _shape(text: str, word: str) -> int:
    lay = TextLayer(text)
    return next(t.shape for t in lay.tokens if t.text == word)


def test_exported_from_newskit() -> None:
    assert newskit.layer is layer
    assert {"TextLayer", "Token", "Tokens", "layer"} <= set(newskit.__all__)


def test_one_layer_per_text_shared_by_article_and_string() -> None:
    article = Article(id="a", text=TEXT)
    assert layer(article) is layer(TEXT)
    assert layer(article) is layer(Article(id="b", text=TEXT))


def test_shapes_of_real_words() -> None:
    assert _shape(TEXT, "NATO") == WORD | CAPITALISED | ALL_CAPS | POSSESSIVE | CUT
    assert _shape(TEXT, "Jong-un") & TITLE
    assert _shape(TEXT, "chief") & LOWER
    assert _shape(TEXT, "2024") == WORD | NUMBER
    assert _shape(TEXT, "$") == PUNCT
    assert _shape(TEXT, "'s") == CLITIC
    assert not _shape(TEXT, "U.S") & TITLE


def test_possessive_of_tokenised_text() -> None:
    lay = TextLayer("Clinton 's aide")
    assert lay.tokens[0].shape & POSSESSIVE
    assert [t.text for t in lay.tokens] == ["Clinton", "'", "s", "aide"]


def test_sentences_and_paragraphs_match_newskit_text() -> None:
    lay = TextLayer(TEXT)
    assert [TEXT[s.start:s.end] for s in lay.sentences] == [
        "NATO's chief met Kim Jong-un in Pyongyang on June 18, 2024.",
        "Mr. Smith paid $1,000.50 for the U.S. visit, officials said.",
    ]
    assert list(lay.sentences) == sentences(TEXT)
    assert list(lay.paragraphs) == paragraphs(TEXT)
    assert lay.line_starts == (0, TEXT.index("Mr."), len(TEXT))
    assert lay.sentence_at(TEXT.index("Smith")) == lay.sentences[1]
    assert lay.paragraph_at(TEXT.index("\n")) is None


def test_a_currency_sign_with_a_period_ends_no_sentence() -> None:
    text = "Migrant workers sent home a share of the Rs. 1.8 trillion. Tk. 250 crore was pledged. The Rp. 9,000 fare rose."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Migrant workers sent home a share of the Rs. 1.8 trillion.",
        "Tk. 250 crore was pledged.",
        "The Rp. 9,000 fare rose.",
    ]


def test_capitalised_runs_and_numbers() -> None:
    lay = TextLayer(TEXT)
    toks = lay.words
    runs = [" ".join(toks[k].text for k in range(i, j)) for i, j in lay.capitalised_runs]
    assert "Kim Jong-un" in runs
    assert "June" in runs
    assert "NATO" in runs  # a possessive ends a run
    assert [TEXT[s.start:s.end] for s in lay.numbers] == ["18", "2024", "1,000.50"]


def test_gazetteer_hits_are_places_and_institutions() -> None:
    lay = TextLayer("The White House said North Korea and Pyongyang residents agreed.")
    hits = [(g.text, g.name) for g in lay.gazetteer]
    assert ("North Korea", "North Korea") in hits
    assert ("White House", "United States") in hits


def test_memo_builds_once() -> None:
    lay = TextLayer(TEXT)
    calls = []

    def build(x: TextLayer) -> int:
        calls.append(1)
        return len(x.tokens)

    assert lay.memo("test.n", build) == lay.memo("test.n", build)
    assert calls == [1]


def test_cache_is_bounded() -> None:
    first = layer("text number 0")
    for k in range(1, layer_module.CACHE_SIZE + 2):
        layer(f"text number {k}")
    assert layer("text number 0") is not first


def test_sentences_read_apart_do_not_evict_the_article_s_layer() -> None:
    article = "The council voted on Tuesday to close the old bridge. " * 50
    kept = layer(article)
    for k in range(layer_module.CACHE_SIZE + 2):
        layer(f"The mayor of Springfield said on day {k} that the vote was final.")
    assert layer(article) is kept
    for k in range(layer_module.CACHE_SIZE + 1):
        layer(article + f" Reported on day {k}.")
    assert layer(article) is not kept


def test_threads_share_one_layer() -> None:
    text = "Threads share " + "this text " * 50
    got: list[TextLayer] = []
    threads = [threading.Thread(target=lambda: got.append(layer(text))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(x is got[0] for x in got)


def _layer_read(text: str) -> None:
    lay = TextLayer(text)
    assert len(lay.tokens) > len(text) // 5
    assert lay.capitalised_runs
    assert lay.sentences


# A hang guard for long input: the CPU time of a text ten times as long against a short
# one's, in this process (tests/hang_guard.py), not a wall-clock limit that a loaded
# machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
def test_long_adversarial_text_grows_linearly() -> None:
    assert_grows_linearly(_layer_read, lambda n: "June " * (5 * n) + '"a ' * (5 * n) + "U.S. " * (2 * n), 1_000)


# ---------------------------------------------------------------- properties

TEXTS = st.one_of(news_texts(), st.text(max_size=300))


@given(TEXTS)
def test_tokens_slice_the_text_and_cover_every_non_space_character(text: str) -> None:
    lay = TextLayer(text)
    covered = [False] * len(text)
    prev_end = 0
    for t in lay.tokens:
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end and t.end > t.start
        prev_end = t.end
        for k in range(t.start, t.end):
            covered[k] = True
        assert t.shape & (WORD | PUNCT | CLITIC)
    for k, ch in enumerate(text):
        if not ch.isspace():
            assert covered[k], (k, ch)


@given(TEXTS)
def test_spans_slice_the_text_in_order(text: str) -> None:
    lay = TextLayer(text)
    for spans in (lay.sentences, lay.paragraphs, lay.numbers):
        prev = 0
        for s in spans:
            assert 0 <= prev <= s.start < s.end <= len(text)
            prev = s.end
    for s in lay.sentences + lay.paragraphs:
        part = text[s.start:s.end]
        assert part == part.strip()
    for g in lay.gazetteer:
        assert text[g.start:g.end] == g.text


@given(TEXTS)
def test_words_are_the_word_tokens(text: str) -> None:
    lay = TextLayer(text)
    assert list(lay.words) == [t for t in lay.tokens if t.shape & WORD]
    for t in lay.words:
        if t.shape & CUT:
            assert text[t.end : t.end + 2] in ("'s", "'S", "’s", "’S")


@given(TEXTS)
def test_deterministic(text: str) -> None:
    a, b = TextLayer(text), TextLayer(text)
    assert list(a.tokens) == list(b.tokens)
    assert a.sentences == b.sentences and a.paragraphs == b.paragraphs
    assert a.capitalised_runs == b.capitalised_runs
    assert a.gazetteer == b.gazetteer


@given(TEXTS)
def test_capitalised_runs_hold_capitalised_words_only(text: str) -> None:
    lay = TextLayer(text)
    shapes = lay.words.shapes
    prev = 0
    for i, j in lay.capitalised_runs:
        assert prev <= i < j
        assert all(shapes[k] & CAPITALISED for k in range(i, j))
        prev = j


def test_a_long_texts_spans_are_compact_and_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    # above EAGER_SPANS items a text's sentences, paragraphs and line starts are kept as
    # arrays (a million short lines held two million Span objects); what they read is the same
    eager = TextLayer(TEXT)
    monkeypatch.setattr(layer_module, "EAGER_SPANS", 1)
    lazy = TextLayer(TEXT)
    assert isinstance(lazy.sentences, layer_module.SpanArray)
    assert isinstance(lazy.paragraphs, layer_module.SpanArray)
    assert list(lazy.sentences) == list(eager.sentences)
    assert list(lazy.paragraphs) == list(eager.paragraphs)
    assert lazy.sentences == eager.sentences and lazy.sentences == TextLayer(TEXT).sentences
    assert lazy.sentences[1] == eager.sentences[1]
    assert lazy.sentences[-1] == eager.sentences[-1]
    assert lazy.sentences[1:] == eager.sentences[1:]
    assert list(lazy.line_starts) == list(eager.line_starts)
    pos = TEXT.index("Smith")
    assert lazy.sentence_at(pos) == eager.sentence_at(pos)
    assert lazy.paragraph_at(pos) == eager.paragraph_at(pos)


def test_a_word_opens_a_sentence_however_many_spaces_stand_before_it() -> None:
    from newskit.textlayer import opens_sentence

    for gap in (" ", "   ", " " * 9):
        text = f"It rained.{gap}The bakery said so."
        assert opens_sentence(text, text.index("The"))
        assert opens_sentence(gap + "The bakery", len(gap))
    assert opens_sentence("Floods.\n\n  Rescuers came", 11)
    assert not opens_sentence("when the bakery said", 9)


def test_a_possessive_ends_a_sentence_but_an_initial_does_not() -> None:
    text = (
        "Its stage was bigger than every other company\u2019s. Dancers said so. "
        "Its budget matched the city's. Critics agreed. J. Smith came."
    )
    said = [text[s.start : s.end] for s in layer(text).sentences]
    assert said == [
        "Its stage was bigger than every other company\u2019s.",
        "Dancers said so.",
        "Its budget matched the city's.",
        "Critics agreed.",
        "J. Smith came.",
    ]
