"""The news told by a verb no trigger lexicon lists (story/unknown_acts.py).

The stories are invented, of other kinds of news than the sets the misses were read in (a
jellyfish swarm, a sandstorm, a lander): a hailstorm that shreds vineyards, a mudslide that
buries a road, a council's budget told by verbs of saying only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.predicate import LEAD_TOKEN
from newskit.story.unknown_acts import act_lemma, noun_lemma, told_done
from tests.story.helpers import titled_articles


def _toks(text: str) -> list[tuple[str, int, int, bool]]:
    return [(m.group(), m.start(), m.end(), False) for m in LEAD_TOKEN.finditer(text)]


def _done(text: str, word: str) -> bool:
    toks = _toks(text)
    i = next(k for k, t in enumerate(toks) if t[0] == word)
    return told_done(toks, i, frozenset())


def test_the_base_of_a_verb_form_is_read_from_the_lexicon() -> None:
    assert act_lemma("shredded") == "shred"  # a doubled consonant
    assert act_lemma("torched") == "torch"
    assert act_lemma("swamped") == "swamp"
    assert act_lemma("buried") == "bury"  # -ied
    assert act_lemma("flung") == "fling"  # an irregular form
    assert act_lemma("scuttles") == "scuttle"
    # verbs of saying, thinking and being, and the most frequent verbs, are no acts
    for word in ("said", "believed", "feared", "was", "had", "took", "brought", "gave"):
        assert act_lemma(word) is None
    assert act_lemma("vineyard") is None  # no verb at all
    assert noun_lemma("underpayment") == "underpay"
    assert noun_lemma("vineyard") is None


def test_a_verb_told_as_done_by_its_local_syntax() -> None:
    assert _done("A violent hailstorm shredded the vineyards of the valley.", "shredded")
    assert _done("Dozens of homes were swamped on Sunday.", "swamped")
    assert _done("Floodwater has swamped the village.", "swamped")
    # not done: a modal, an infinitive, a negation
    assert not _done("Forecasters warned the river could swamp the village.", "swamp")
    assert not _done("The river did not swamp the village.", "swamp")
    # a description of a noun, not the act of its sentence
    assert not _done("Crews cleared a road buried by the mudslide.", "buried")
    assert not _done("Farmers walked through the shredded vines.", "shredded")
    # an earlier happening told in the past perfect
    assert not _done("The storm had shredded the nets a week before.", "shredded")
    # a verb of causing: its object is another happening
    assert not _done("The storm forced the closure of the port.", "forced")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["the", "storm", "shredded", "was", "swamped", "had", "by", "could", "vines",
                                 "Farmers", "said", "torched", "not", ",", "were", "buried"]), min_size=1, max_size=10))
def test_only_listed_verb_forms_are_told_done(words: list[str]) -> None:
    toks = _toks(" ".join(words))
    for i, (w, _s, _e, _h) in enumerate(toks):
        if told_done(toks, i, frozenset()):
            assert w.islower() and (act_lemma(w) is not None or w in ("shredded", "swamped", "torched", "buried"))


HAIL = (
    ("2026-07-08T09:00", "Hailstorm hits Douro wine country",
     "A violent hailstorm shredded the vineyards of Portugal's Douro valley on Tuesday, growers said.\n"
     "Hailstones the size of walnuts fell for about twenty minutes near Pinhão.\n"
     "Growers said the harvest in the worst-hit estates was lost."),
    ("2026-07-08T16:00", "Douro growers count losses after hailstorm",
     "Winemakers in the Douro valley counted their losses on Tuesday after a hailstorm in the afternoon.\n"
     "The regional wine institute said it would send inspectors.\n"
     "At the Quinta do Vale estate, hail shredded the vines and stripped the grapes, its manager said."),
    ("2026-07-09T08:00", "Portugal to help Douro growers hit by hailstorm",
     "Portugal's agriculture minister promised aid on Wednesday to growers in the Douro valley.\n"
     "Insurers said claims could reach 40 million euros.\n"
     "Inspectors found that half the vines had been shredded in the worst-hit parishes."),
)


def _central_words(pipeline: Pipeline, arts: list[Article]) -> set[tuple[str, str]]:
    story = build_story([pipeline.run(a) for a in arts])
    texts = {a.id: a.text for a in arts}
    return {(m.article, texts[m.article][m.start:m.end].lower()) for m in story.events[0].mentions}


def test_a_lead_verb_whose_subject_is_the_news_joins_it(pipeline: Pipeline) -> None:
    """One lead tells the hailstorm by a verb no lexicon lists, with the storm as its
    subject: every form of that verb in the story, outside the leads too, is a mention of
    the news (one lead alone: story/lead_acts.py needs two)."""
    words = _central_words(pipeline, titled_articles(HAIL))
    assert ("a0", "hailstorm") in words
    assert {("a0", "shredded"), ("a1", "shredded"), ("a2", "shredded")} <= words


def test_undated_articles_tell_no_unknown_act(pipeline: Pipeline) -> None:
    words = _central_words(pipeline, titled_articles(HAIL, dated=False))
    assert not {w for _a, w in words} & {"shredded"}


BUDGET = (
    ("2026-02-03T10:00", "Council approves budget",
     "Harbourton council approved its 2026 budget on Tuesday, the mayor said, after councillors debated "
     "it for six hours.\nThe opposition criticised the cuts to libraries."),
    ("2026-02-03T18:00", "Harbourton passes budget with library cuts",
     "Councillors in Harbourton voted on Tuesday to approve the city's budget, which trims library hours.\n"
     "The mayor said the budget was balanced."),
)


def test_a_verb_told_after_the_news_is_no_act_of_it(pipeline: Pipeline) -> None:
    """The first lead's other verb tells what came before the vote ("after councillors
    debated it"): it is not read as the news."""
    words = {w for _a, w in _central_words(pipeline, titled_articles(BUDGET))}
    assert "debated" not in words
