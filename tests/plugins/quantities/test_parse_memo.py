"""Readings of number-word runs are remembered per vocabulary and run: the memory must
answer as a fresh reading does, keep a plugin's scale word to the pipelines that have it,
and hand out lists a caller may change."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline, QuantityMention, hookimpl
from newskit.vocabulary import ScaleWord, current
from newskit_quantities.numbers import _parsed, parse_words

WORDS = ["a", "an", "one", "two", "three", "twelve", "twenty", "forty", "hundred", "thousand", "million",
         "and", "half", "quarters", "third", "dozen", "point", "five", "of", "over", ","]


class Myriad:
    """A scale word a third-party plugin adds."""

    @hookimpl
    def newskit_register_scale_words(self, register: Any) -> None:
        register(ScaleWord(word="myriad", value=10_000))


def _values(p: Pipeline, text: str) -> list[object]:
    done = p.run(Article.from_dict({"id": "t", "text": text}))
    return [m.value for m in done.mentions if isinstance(m, QuantityMention)]


def test_a_plugins_scale_word_reads_only_in_its_pipeline() -> None:
    text = "Pilgrims came in three myriad boats to the harbour."
    plain = Pipeline.build(allow=["quantities"])
    extended = Pipeline.build(allow=["quantities"], plugins=[Myriad()])
    before = _values(plain, text)
    assert 30_000 not in before
    assert 30_000 in _values(extended, text)
    assert _values(plain, text) == before  # the run read with the plugin is not reused


def test_a_caller_may_change_the_list_it_gets() -> None:
    got = parse_words(["two", "hundred", "and", "five"])
    assert [s.value for s in got] == [205]
    got.clear()
    assert [s.value for s in parse_words(["two", "hundred", "and", "five"])] == [205]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
def test_remembered_reading_is_the_fresh_reading(tokens: list[str]) -> None:
    fresh = list(_parsed.__wrapped__(current().fingerprint, tuple(tokens)))
    assert parse_words(tokens) == fresh
    assert parse_words(tokens) == fresh  # now from the memory
