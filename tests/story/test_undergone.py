"""The thing the news befell, told again as the subject of a verb of its own
(story/undergone.py).

The stories are invented, of other kinds of news than the sets the misses were read in: a
river barge that sank (told "sank" by the leads, "the barge, which was carrying gravel,
*keeled* over" later), and the shapes of a verb told without an object on single sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.predicate import text_tokens
from newskit.story.undergone import done_act, retold_verb, without_object
from tests.story.helpers import central_words


def _at(text: str, word: str) -> tuple[list[tuple[str, int, int, bool]], int]:
    toks = list(text_tokens(text))
    return toks, next(i for i, t in enumerate(toks) if t[0] == word)


def test_a_verb_without_an_object() -> None:
    toks, i = _at("The barge sank near Dordrecht on Tuesday.", "sank")
    assert without_object(toks, i)
    toks, i = _at("The barge sank, blocking the channel.", "sank")
    assert without_object(toks, i)
    toks, i = _at("The crane came down onto the quay.", "came")
    assert without_object(toks, i)  # a particle, then a preposition
    toks, i = _at("The river burst its banks overnight.", "burst")
    assert not without_object(toks, i)  # an object: what the river did to something else


def test_an_act_told_as_done() -> None:
    toks, i = _at("The barge capsized shortly before dawn.", "capsized")
    assert done_act(toks, i) == toks[i][2]
    toks, i = _at("The barge was capsized by a wave.", "capsized")
    assert done_act(toks, i) is None  # a passive: done to it by another
    toks, i = _at("The barge said nothing.", "said")
    assert done_act(toks, i) is None  # a verb of saying
    toks, i = _at("The barge capsizes at high tide.", "capsizes")
    assert done_act(toks, i) is None  # not told as done
    toks, i = _at("The quay wall gave way at about 5 a.m.", "gave")
    end = done_act(toks, i)
    assert end is not None and end == toks[i + 1][2]  # a phrasal verb of a listed family, with its particle


def test_the_verb_after_the_subject_and_an_aside() -> None:
    text = "The barge, which was carrying 2,000 tonnes of gravel, keeled over before dawn."
    toks, n = _at(text, "barge")
    i = retold_verb(text, toks, n)
    assert i is not None and toks[i][0] == "keeled"
    text = "The barge then keeled over."
    toks, n = _at(text, "barge")
    i = retold_verb(text, toks, n)
    assert i is not None and toks[i][0] == "keeled"
    text = "The barge had keeled over before."
    toks, n = _at(text, "barge")
    assert retold_verb(text, toks, n) is None  # before the news: the pluperfect


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["the", "barge", "sank", "capsized", "was", "its", "cargo", "on", ",", "then",
                                 "keeled", "over", "said", "had", "quickly", "."]), min_size=1, max_size=12))
def test_a_retold_verb_is_a_past_form_after_its_subject(words: list[str]) -> None:
    text = " ".join(words)
    toks = list(text_tokens(text))
    for n in range(len(toks)):
        i = retold_verb(text, toks, n)
        if i is not None:
            assert i > n and toks[i][0] in ("sank", "capsized", "keeled")
            assert toks[i - 1][0].lower() not in ("was", "had")


BARGE = (
    ("2026-09-08T09:00", "Gravel barge sinks on the Waal",
     "A gravel barge sank on the Waal near Nijmegen on Tuesday, closing the river to shipping, the "
     "waterways authority said.\nTwo crew members were rescued."),
    ("2026-09-08T15:00", "Barge sinking shuts the Waal",
     "A barge sank on the river Waal on Tuesday and two crew were rescued, officials said.\n"
     "The barge, which was carrying 2,000 tonnes of gravel, keeled over shortly after dawn near the "
     "Nijmegen bridge.\nSalvage crews are expected on Thursday."),
)


def test_the_thing_the_news_befell_tells_it_again(pipeline: Pipeline) -> None:
    """The leads tell a barge that sank; a later sentence tells it again as "the barge,
    which was carrying gravel, keeled over", a verb no trigger lexicon lists: a mention of
    the news (fails without the layer)."""
    words = central_words(pipeline, BARGE)
    assert ("a0", "sank") in words
    assert any(art == "a1" and w.startswith("keeled") for art, w in words)


def test_undated_reports_are_not_read(pipeline: Pipeline) -> None:
    assert not any(w.startswith("keeled") for _, w in central_words(pipeline, BARGE, dated=False))
