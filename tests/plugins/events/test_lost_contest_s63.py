"""Session 63 (issue #10): ``lost`` is a contest only when it tells one: it loses a
contest named after it (``lost the final``, ``three of their last five games``), to an
opponent (``lost to Fenwick Rovers``) or by a score (``lost 2-1``; ``lose 20 - 13`` as a
tokenised text spaces it). A sum, a job, a cargo or
a coastline lost is the ordinary act the word names. Before, every ``lost`` or ``loses``
was an exact form of the contest class unless a closed list of what is lost outside a
contest followed it. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit_events.lexicon import lexicon


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-03-13T10:00", "text": text}))
    return [(e.type, m.text) for e in a.events for m in e.mentions]


@pytest.mark.parametrize("text", [
    "The Brenmoor glassworks had lost 13.8 million euros last year, the owner said.",
    "About 300 jobs were lost when the Fenwick mill shut in March.",
    "The freighter lost 41 containers overboard in heavy seas off Cape Varn.",
    "Much of the old harbour road was lost to the sea during the storm.",
    "Anna Vell, 81, lost 46,000 euros in a single afternoon to the caller.",
    "The hunger strikers have lost up to 15 kilos each, their families say.",
])
def test_what_is_lost_outside_a_contest_is_an_ordinary_act(pipeline: Pipeline, text: str) -> None:
    got = _events(pipeline, text)
    assert ("contest", "lost") not in got, got
    assert ("action", "lost") in got, got


@pytest.mark.parametrize("text", [
    "Brenmoor lost 2-1 after extra time on Sunday.",
    "Brenmoor lost 20 - 13 at home on Sunday.",
    "Brenmoor Athletic lost to Fenwick Rovers on Saturday.",
    "The Hawks have now lost three of their last five games.",
    "Fenwick lost the final on penalties in Leeds.",
])
def test_a_lost_contest_is_still_one(pipeline: Pipeline, text: str) -> None:
    assert ("contest", "lost") in _events(pipeline, text)


def test_a_veto_holds_against_the_conditional_sense(pipeline: Pipeline) -> None:
    """``lost his life after a bout``: the contest noun is near, the veto still holds."""
    got = _events(pipeline, "A young boxer lost his life after a bout in Leeds.")
    assert ("contest", "lost") not in got and ("action", "lost") in got, got


@given(st.integers(0, 150), st.integers(0, 150))
def test_any_score_after_lost_tells_a_contest(a: int, b: int) -> None:
    lex = lexicon()
    got = lex.lookup("lost", ["the", "visitors"], [f"{a}-{b}", "at", "home", "on", "sunday"])
    assert got is not None and got.cls == "contest"


@given(st.sampled_from(["million", "billion", "containers", "hectares", "per", "tonnes"]),
       st.integers(2, 999))
def test_an_amount_after_lost_is_no_contest(unit: str, n: int) -> None:
    lex = lexicon()
    got = lex.lookup("lost", ["the", "firm"], [str(n), unit, "last", "year"])
    assert got is None or got.cls != "contest"


@given(st.integers(1, 999), st.integers(0, 999))
def test_a_thousands_comma_is_no_score(a: int, b: int) -> None:
    """``lost 46,000``: the words read ``46`` and ``000``, no spaced score."""
    lex = lexicon()
    got = lex.lookup("lost", ["the", "pensioner"], [str(a), f"{b:03d}", "in", "one", "afternoon"])
    assert got is None or got.cls != "contest"
