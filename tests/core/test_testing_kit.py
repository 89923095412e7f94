"""The plugin-author kit must catch each kind of contract breach (a contract that cannot
fail would prove nothing)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newskit_example_places import PlacesExtractor

from newskit import Article, Mention, PersonMention, PluginManager
from newskit.testing import ContractViolation, check_extractor, embedded, spans


class _Base:
    name = "bad"
    provides = frozenset({"person"})
    requires: frozenset[str] = frozenset()


class Crashy(_Base):
    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        if "\n" in article.text:
            raise ValueError("newlines confuse me")
        return ()


class Absolute(_Base):
    """Reports the first word at a fixed offset 0..n, ignoring any leading spaces."""

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        stripped = article.text.lstrip(" ")
        word = stripped.split(" ", 1)[0]
        if word and article.text.startswith(word):
            yield PersonMention(start=0, end=len(word), text=word, entity=word)
        elif word:
            k = len(article.text) - len(stripped)
            yield PersonMention(start=k - 1, end=k - 1 + len(word), text=article.text[k - 1:k - 1 + len(word)],
                                entity=word)


class Flaky(_Base):
    counter = itertools.count()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        if article.text and next(self.counter) % 2:
            yield PersonMention(start=0, end=1, text=article.text[0], entity="x")


class WrongKind(_Base):
    provides = frozenset({"date"})

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        if article.text:
            yield PersonMention(start=0, end=1, text=article.text[0], entity="x")


def test_a_good_extractor_passes() -> None:
    from newskit_example_places import PlaceMention

    check_extractor(PlacesExtractor(), texts=st.just("From Moscow to Seoul via Beijing."),
                    mention_types=[PlaceMention])


@pytest.mark.parametrize("bad", [Crashy(), Absolute(), Flaky(), WrongKind()],
                         ids=lambda b: type(b).__name__)
def test_each_breach_is_caught(bad: object) -> None:
    # no shrinking: the point is that the breach is caught, and a shrink phase is the part
    # whose length depends on the machine (it once outran the suite's per-test limit)
    with pytest.raises(ContractViolation):
        check_extractor(bad, texts=st.just("Alpha beta\ngamma"), max_examples=40,  # type: ignore[arg-type]
                        shrink=False)


@given(embedded(st.sampled_from(["Moscow", "Seoul", "Hanoi"])))
def test_embedded_spans_locate_the_expression(case: tuple[str, object, str]) -> None:
    text, span, expr = case
    assert text[span.start:span.end] == expr  # type: ignore[attr-defined]
    found = [(m.start, m.end) for m in PlacesExtractor().extract(Article(id="x", text=text), ())]
    assert (span.start, span.end) in found  # type: ignore[attr-defined]


@given(st.text(max_size=30).flatmap(lambda t: st.tuples(st.just(t), spans(t))))
def test_spans_strategy_gives_valid_spans(case: tuple[str, object]) -> None:
    text, span = case
    assert 0 <= span.start <= span.end <= len(text)  # type: ignore[attr-defined]


@given(st.from_type(Article))
def test_articles_are_registered_with_hypothesis(article: Article) -> None:
    assert isinstance(article, Article)


def test_pytest_fixture_gives_an_isolated_manager(newskit_pm: PluginManager) -> None:
    assert not [p for p in newskit_pm.report if p.status == "loaded"]
