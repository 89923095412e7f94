"""The learned events' frames and participant verbs asked first of the word alone (issue
#11): a frame opens only at a word of its closed classes, a possessive or a hyphened
compound; a participant's change is told only by a lower-case past form. Each is asked
once per distinct word, the context only past it, and the readings are unchanged.

The sentences are invented: a dam on a mountain lake, a lorry on a ring road."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article
from newskit.model import Analysis
from newskit.story import learned
from newskit.story.learned import (
    _key,
    _learned_noun,
    frame_heads,
    may_change,
    may_frame,
    participant_verbs,
)
from newskit.story.word_table import words_passing

#: pieces of invented sentences, dense in frame words, possessives, past forms and look-alikes
_PIECES = ["The ", "the ", "a ", "after ", "After ", "since ", "aftermath ", "of ", "victims ", "over ",
           "declared ", "a state ", "emergency", "dam ", "dam", "burst", "gave way", "happened", "began ",
           "worsened ", "entered ", "its ", "sixth day", "Friday's ", "the lake's ", "failure", "flood",
           "quake-hit ", "storm-hit ", "Lorry ", "lorry ", "slammed into ", "the barrier", "suddenly ",
           "took place", "took ", "arrested ", "40 people ", ", ", ". ", "\n", "'", "-"]


def _ungated_heads(text: str) -> list[tuple[str, int, int]]:
    """:func:`frame_heads` as read before the gate: every token's frame."""
    toks = learned._tokens(text)
    return sorted({got for n in range(len(toks)) if (got := learned._framed(toks, n)) is not None},
                  key=lambda t: t[1])


def test_the_word_parts() -> None:
    assert may_frame("after") and may_frame("After") and may_frame("over") and may_frame("aftermath")
    assert may_frame("lake's") and may_frame("quake-hit") and may_frame("happened")
    assert not may_frame("dam") and not may_frame("lorry") and not may_frame(",")
    assert may_change("burst") and may_change("slammed")
    assert not may_change("Slammed") and not may_change("dam") and not may_change("40")


@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_each_word_part_is_necessary(text: str) -> None:
    """Wherever a frame opens or a change is told at a token, its word part holds on the
    token's word, so the gates drop nothing; the frames read are the ungated reading's."""
    toks = learned._tokens(text)
    heads = frozenset({"dam", "lorry", "lake"})
    for n, (w, _s, _e) in enumerate(toks):
        if learned._framed(toks, n) is not None:
            assert may_frame(w)
        if n and learned._changed(toks, n, heads) is not None:
            assert may_change(w)
    assert frame_heads(text) == _ungated_heads(text)


_DAM = ("After the dam's failure on Friday, the lake burst into the valley. Officials declared a state of "
        "emergency, and the aftermath of the flood was felt for days.")
_DAM2 = "The dam gave way on Friday. The dam suddenly burst, and the water slammed into the village."


def test_the_context_is_read_only_past_the_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frames and the changes are read only at words past their word parts, never at
    "the", "dam" or a full stop; the readings are the ungated ones."""
    want = _ungated_heads(_DAM)
    framed: list[str] = []
    changed: list[str] = []
    real_framed, real_changed = learned._framed, learned._changed

    def spy_framed(toks: list[tuple[str, int, int]], n: int) -> tuple[str, int, int] | None:
        framed.append(toks[n][0])
        return real_framed(toks, n)

    def spy_changed(toks: list[tuple[str, int, int]], n: int, heads: frozenset[str]) -> tuple[str, int, int] | None:
        changed.append(toks[n][0])
        return real_changed(toks, n, heads)

    monkeypatch.setattr(learned, "_framed", spy_framed)
    monkeypatch.setattr(learned, "_changed", spy_changed)
    assert frame_heads(_DAM) == want and want
    assert framed and all(may_frame(w) for w in framed) and "the" not in framed and "dam" not in framed
    arts = [Analysis(article=Article(id=f"dm{n}", text=t, title="Dam bursts", published="2026-05-09"))
            for n, t in enumerate((_DAM, _DAM2))]
    verbs = participant_verbs(arts)
    assert changed and all(may_change(w) for w in changed) and "dam" not in changed
    assert any(w.startswith("burst") for got in verbs.values() for w, _s, _e in got)


@given(st.lists(st.sampled_from([*_PIECES, "3.5km ", "12,000 ", "rock-fall ", "l'eau ", "mudslide", "Mudslide ",
                                 "mudslides ", "2mudslide ", "(", ")"]), max_size=24).map("".join))
def test_the_word_table_holds_the_learned_nouns_the_tokens_hold(text: str) -> None:
    """The learned nouns read through the story's word table are the tokens' (a learned
    noun is a letter word, which both tokenisations cut alike), in text order."""
    stems = frozenset({_key("mudslide"), _key("flood"), _key("failure")})
    seen: dict[str, bool] = {}
    want = [t for t in learned._tokens(text) if _learned_noun(t[0], stems, seen)]
    assert words_passing(text, lambda w: _learned_noun(w, stems, seen)) == want


def test_an_articles_lead_words_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lemmas of a lead are read once per article (the participants' verbs and the acts
    they own both ask); another analysis of the same article is read afresh, alike."""
    learned._LEAD_WORDS.clear()
    a = Analysis(article=Article(id="dm9", text=_DAM2, title="Dam bursts", published="2026-05-09"))
    read: list[str] = []
    real = learned._read_lead_words

    def spy(x: Analysis) -> frozenset[str]:
        read.append(x.article.id)
        return real(x)

    monkeypatch.setattr(learned, "_read_lead_words", spy)
    first = learned._lead_words(a)
    assert learned._lead_words(a) is first and "dam" in first
    assert read == ["dm9"]
    b = Analysis(article=Article(id="dm9", text=_DAM2, title="Dam bursts", published="2026-05-09"))
    assert learned._lead_words(b) == first and read == ["dm9", "dm9"]
