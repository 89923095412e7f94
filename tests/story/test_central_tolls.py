"""A toll yields to its cause, and only a toll does (story/central.py ``candidates``): a
cluster of a toll's class led with beside a cause (``events._tolls``) yields when most of its
words are a toll's ("died", "injured"), never when they name an act ("stabbing", "shooting"
before a brawl: the act the brawl followed is the news). Mentions from a stadium brawl and a
mine collapse, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates
from newskit.story.features import Unit, family, lemma

_TOLL_WORDS = ("died", "killed", "injured", "wounded")
_ACT_WORDS = ("stabbing", "shooting", "beating", "assault")


def _unit(article: str, word: str, cls: str, start: int) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=True,
                sentence=(), doc=(), published="2026-05-10")


def _yields(cause: tuple[str, str], words: list[str]) -> bool:
    """Whether the violence cluster told by ``words`` yields beside a cause cluster, when the
    story marks it as led with beside that cause (``tolls``)."""
    word, cls = cause
    articles = [f"outlet{n}" for n in range(len(words))]
    causes = [_unit(a, word, cls, 10) for a in articles]
    violence = [_unit(a, w, "violence", 60) for a, w in zip(articles, words, strict=True)]
    clusters = [causes, violence]
    events = [c[0].source for c in clusters]
    ranked = dict(candidates(clusters, events, {}, tolls={1}))
    return ranked[1].yields


@given(tolls=st.lists(st.sampled_from(_TOLL_WORDS), max_size=4),
       acts=st.lists(st.sampled_from(_ACT_WORDS), max_size=4),
       cause=st.sampled_from([("brawl", "conflict"), ("collapse", "disaster"), ("clashes", "conflict")]))
def test_a_cluster_beside_a_cause_yields_only_when_most_of_its_words_are_a_toll_s(
        tolls: list[str], acts: list[str], cause: tuple[str, str]) -> None:
    words = tolls + acts
    if not words:
        return
    assert _yields(cause, words) == (2 * len(tolls) > len(words))


def test_the_dead_of_a_mine_collapse_yield_and_a_stabbing_before_a_brawl_does_not() -> None:
    assert _yields(("collapse", "disaster"), ["killed", "died", "died"])
    assert not _yields(("brawl", "conflict"), ["stabbing", "stabbing", "killed"])
