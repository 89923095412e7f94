"""A named person's death is news of its own; a named person's injury is a toll like any
other (story/central.py ``_a_death``): beside its cause ("striker hurt in motorway crash")
or the act it led to ("placed on the injured list") it yields. Stories of a footballer's
crash and a cyclist's fall, written for these tests."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newskit.story.central import candidates
from newskit.story.events import merge_events
from newskit.story.features import Unit
from tests.story.helpers import make
from tests.story.test_central_tolls import _unit as toll_unit

_DEATHS = ("died", "killed", "death", "dead")
_INJURIES = ("injured", "hurt", "injury", "wounded")


def _unit(article: str, word: str, cls: str, start: int, persons: frozenset[str] = frozenset()) -> Unit:
    """A lead mention (test_central_tolls's) of an event whose participants are ``persons``."""
    return attrs.evolve(toll_unit(article, word, cls, start), persons=persons, who=persons)


def _named_toll(words: list[str]) -> bool:
    """Whether the toll told by ``words`` of a named cyclist counts as a named person's
    death beside the crash that caused it."""
    articles = [f"outlet{n}" for n in range(len(words))]
    crash = [_unit(a, "crash", "disaster", 10) for a in articles]
    toll = [_unit(a, w, "violence", 60, frozenset({"ninaberg"})) for a, w in zip(articles, words, strict=True)]
    ranked = dict(candidates([crash, toll], [crash[0].source, toll[0].source], {}, tolls={1}))
    return ranked[1].named_toll


def test_a_named_person_s_death_is_news_of_its_own() -> None:
    assert _named_toll(["died", "death", "killed"])


def test_a_named_person_s_injury_is_a_toll_like_any_other() -> None:
    assert not _named_toll(["injured", "hurt", "injuries"])


@given(deaths=st.lists(st.sampled_from(_DEATHS), max_size=4),
       injuries=st.lists(st.sampled_from(_INJURIES), max_size=4))
def test_property_a_named_toll_is_news_only_when_most_of_its_words_tell_a_death(
        deaths: list[str], injuries: list[str]) -> None:
    words = deaths + injuries
    if not words:
        return
    assert _named_toll(words) == (2 * len(deaths) > len(words))


def test_a_footballer_injured_in_a_crash_the_crash_is_central() -> None:
    """Every outlet names the striker's injury; the crash that caused it is the news."""
    persons = [("Tom Vale", "Tom Vale")]
    a = make("a1", "Striker Tom Vale injured in motorway crash.\nTom Vale was injured when his car crashed "
                   "on the M6 on Sunday, his club said.\nVale was treated in hospital.", "2026-05-11",
             dates=[("Sunday", "2026-05-10")], persons=persons)
    b = make("b1", "Tom Vale hurt in car crash.\nThe striker Tom Vale was hurt after his car crashed near "
                   "Stafford on Sunday.\nThe club said his injuries were not life-threatening.", "2026-05-11",
             dates=[("Sunday", "2026-05-10")], persons=persons)
    c = make("c1", "Vale crash: striker injured.\nTom Vale's car crashed on the M6 on Sunday and the "
                   "striker was injured.", "2026-05-11", dates=[("Sunday", "2026-05-10")], persons=persons)
    central = merge_events([a, b, c])[0]
    assert central.type == "disaster"
    assert {m.text.lower() for m in central.mentions} >= {"crash", "crashed"}
