"""The central event picked and dated right on unseen news (#10, session 10).

Kinds of error fixed (each seen on one kind of news, tested here on sentences of other kinds):
a central event no lead dates (its leads tell the act in the present or perfect, "is
closing", "has closed", with no time of their own) left undated or dated by a year.
"""

from __future__ import annotations

from typing import Any

from newskit import Article, Pipeline
from newskit.story.predicate import base, is_verbal, lead_predicate
from tests.story.helpers import story_of


def _art(aid: str, published: str, title: str, text: str) -> dict[str, Any]:
    return {"id": aid, "published": published, "title": title, "text": text}


BAKERY = [
    _art("b1", "2026-04-14T08:00", "Bakery chain to close 40 stores",
         "Crumb & Co is closing 40 of its 210 bakeries across the north of England, the company said.\n"
         "The closures will cost about 600 jobs, it added."),
    _art("b2", "2026-04-15T10:00", "Crumb & Co closures hit high streets",
         "The closure of 40 Crumb & Co bakeries has left shoppers in a dozen towns without a bakery.\n"
         "Union officials said staff learned of the closures from the news."),
    _art("b3", "2026-04-16T09:00", "Bakery staff protest at closures",
         "Staff at Crumb & Co protested outside its head office on Wednesday against the closure of 40 bakeries.\n"
         "The company said the closures were needed after a fall in sales."),
]


def test_a_central_event_no_lead_dates_is_dated_by_its_first_report(pipeline: Pipeline) -> None:
    """No lead gives the closures a day of their own ("is closing", "has left"): news is told
    the day it happens, so the central event takes the day of the earliest article that leads
    with it, not None."""
    story = story_of(pipeline, BAKERY)
    first = story.events[0]
    assert any(m.text.lower().startswith("clos") for m in first.mentions)
    assert first.when == "2026-04-14"


def test_an_undated_collection_stays_undated(pipeline: Pipeline) -> None:
    """Documents without a publication date (a collection's) give no day to fall back on."""
    story = story_of(pipeline, [{**a, "published": None} for a in BAKERY])
    assert story.events[0].when is None or not story.events[0].when.startswith("2026-04-14")


# -- the act a verb of deciding governs; -ee verbs' past forms ---------------------------------

def test_the_past_of_an_ee_verb_is_one_word_with_its_other_forms() -> None:
    """"agreed", "agrees", "agreeing" and "agreement" are one family, and "freed" is a verb's
    past; a word whose -eed is its own ("proceed", "need") is no past form."""
    assert base("agreed") == base("agrees") == base("agreeing") == "agree"
    assert base("freed") == base("frees") == "free"
    assert base("guaranteed") == base("guarantee")
    assert base("proceed") != "procee" and base("need") == "need"
    toks = [("The", 0, 3, False), ("board", 4, 9, False), ("has", 10, 13, False), ("agreed", 14, 20, False)]
    assert is_verbal(toks, 3, frozenset())


SCHOOLS = [
    _art("s1", "2026-02-10T18:00", "Board votes to shut three village schools",
         "The Marsh County school board voted on Monday to close three village schools in the summer, "
         "citing falling pupil numbers.\nParents said they would appeal."),
    _art("s2", "2026-02-11T08:00", "Parents vow to fight school closures",
         "Parents in Marsh County vowed to fight the board's plan after it decided to close three schools.\n"
         "The closures will save the county about $2 million a year."),
    _art("s3", "2026-02-11T12:00", "Marsh County to close schools",
         "Marsh County will close three village schools after a board vote, officials said.\n"
         "The board agreed to close the schools by eight votes to three."),
]


def test_a_verb_of_deciding_tells_of_the_act_it_governs(pipeline: Pipeline) -> None:
    """"voted on Monday to close", "decided to close", "agreed to close": the decision is the
    closing, so the verbs of deciding count for *close* in the leads and stand in the central
    event beside "close" and "closures", not as acts of their own."""
    run = [pipeline.run(Article.from_dict(a)) for a in SCHOOLS]
    assert lead_predicate(run) == base("close")
    story = story_of(pipeline, SCHOOLS)
    words = {(m.article, m.text) for m in story.events[0].mentions}
    assert ("s1", "voted") in words and ("s1", "close") in words
    assert ("s2", "decided") in words


def test_to_after_a_verb_of_motion_opens_no_act(pipeline: Pipeline) -> None:
    """"taken to hospital", "came to power": only a verb framing another predicate ("voted
    to", "plans to") makes the word after "to" a verb."""
    run = pipeline.run(Article.from_dict(_art("h1", "2026-02-10", "Crash", "Two people were taken to hospital.")))
    toks = [(w, 0, 0, False) for w in ("were", "taken", "to", "hospital")]
    assert not is_verbal(toks, 3, frozenset())
    toks = [(w, 0, 0, False) for w in ("board", "plans", "to", "merge")]
    assert is_verbal(toks, 3, frozenset())
    assert run.article.id == "h1"


def test_a_word_only_guessed_an_event_is_not_the_act_over_a_verb(pipeline: Pipeline) -> None:
    """A family the story only guesses is an event (a word story/learned.py reads in an event
    frame), named in no headline and used as a predicate nowhere, loses to the act the leads
    state with a verb, even when more leads name it ("the market" in three leads)."""
    run = [pipeline.run(Article.from_dict(a)) for a in [
        _art("m1", "2026-03-02", "Ferry line ends winter sailings",
             "Nordlink halted its winter sailings on Monday, a blow to the fish market in the port.\nIt said fuel cost too much."),
        _art("m2", "2026-03-02", "Port traders fear for their trade",
             "Traders at the market said the line had halted sailings without warning.\nThe line did not comment."),
        _art("m3", "2026-03-03", "Islanders cut off",
             "Islanders said the market would lose its best customers.\nThe mayor asked the company to think again."),
    ]]
    assert lead_predicate(run, frozenset({"market"})) == "market"
    assert lead_predicate(run, frozenset({"market"}), frozenset({"market"})) == base("halted")
