"""The story's central event told by a verb of occurring (issue #10, session 6): "broke out",
"happened" tell that some event took place, so in an article's opening sentence they may name
the central happening whatever its class, and their class sets nothing apart from it. A
declaration's day dates the event noun it declares. Stories written for these tests (a port
strike, an airport closure), not the kinds the errors were seen in."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit.story.features import lemma, units_of
from tests.story.helpers import event_texts as _texts
from tests.story.helpers import story_of as _story

#: three outlets on one port strike; one opens with the strike that "broke out"
PORT = [
    {"id": "p1", "source": "Harbour Times", "published": "2026-02-10T09:00",
     "title": "Dockers strike at Rotterdam over pay",
     "text": "Dockers at the port of Rotterdam went on strike on Monday over pay, the FNV union said.\n"
             "The strike halted container traffic at two terminals."},
    {"id": "p2", "source": "Wire", "published": "2026-02-10T15:00", "title": "Rotterdam port strike enters evening",
     "text": "Container ships queued off Rotterdam after a dispute that broke out at the port on Monday "
             "left two terminals idle, the port authority said.\nThe strike is the first since 2019."},
    {"id": "p3", "source": "Freight Daily", "published": "2026-02-11T07:00", "title": "Rotterdam strike talks",
     "text": "Talks to end the strike at the port of Rotterdam resumed on Tuesday.\n"
             "The union said the strike would go on until pay rose by 8 percent."},
]


def test_an_opening_verb_of_occurring_names_the_central_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, PORT)
    got = _texts(story)
    assert {("p1", "strike"), ("p2", "broke"), ("p2", "strike"), ("p3", "strike")} <= got, got
    assert story.events[0].when == "2026-02-09", story.events[0]


#: health officials declare an outbreak on a day the other outlets do not give
OUTBREAK = [
    {"id": "o1", "source": "County Courier", "published": "2026-04-14T18:00",
     "title": "Measles outbreak declared at Leeds school",
     "text": "Health officials on Tuesday declared an outbreak of measles at a primary school in Leeds "
             "after nine pupils fell ill.\nThe school will stay open."},
    {"id": "o2", "source": "Wire", "published": "2026-04-15T10:00", "title": "Leeds measles cases rise",
     "text": "The measles outbreak at a Leeds primary school has grown to 14 cases, the health agency said.\n"
             "Parents were urged to check their children's vaccinations."},
]


def test_a_declarations_day_dates_the_central_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, OUTBREAK)
    assert {("o1", "outbreak"), ("o2", "outbreak")} <= _texts(story)
    assert story.events[0].when == "2026-04-14", story.events[0]


@pytest.mark.parametrize(("a", "b"), [
    ("fire", "fired"), ("fires", "firing"), ("vote", "voted"), ("hire", "hired"), ("take", "took"),
    ("strike", "struck"), ("game", "games"), ("agree", "agreed"),
])
def test_a_four_letter_base_and_its_inflections_share_a_lemma(a: str, b: str) -> None:
    assert lemma(a) == lemma(b)


@pytest.mark.parametrize(("a", "b"), [("fire", "free"), ("vote", "veto"), ("hire", "here")])
def test_other_short_words_stay_apart(a: str, b: str) -> None:
    assert lemma(a) != lemma(b)


#: a coach dismissed: the club "fired" him in one outlet and "sacked" him in another
COACH = [
    {"id": "c1", "source": "Sport Echo", "published": "2026-01-12T20:00", "title": "Lyon sack coach Ruiz",
     "text": "Olympique Lyon sacked head coach Marco Ruiz on Monday after eight games without a win, the club said.\n"
             "Assistant Paul Mercier will lead the team on Saturday."},
    {"id": "c2", "source": "Wire", "published": "2026-01-13T08:00", "title": "Lyon fire Ruiz",
     "text": "Lyon fired coach Marco Ruiz on Monday, the club's third coach to go in two years.\n"
             "Ruiz, 48, had been in the job since March."},
]


def test_one_dismissal_told_as_sacked_and_fired(pipeline: Pipeline) -> None:
    story = _story(pipeline, COACH)
    assert {("c1", "sacked"), ("c2", "fired")} <= _texts(story), _texts(story)


#: the opening sentence names a consequence of the news, of the same class, after a verb of causing
BASE = [
    {"id": "b1", "source": "Sahel Wire", "published": "2026-05-06T09:00", "title": "Rebels attack army base near Mopti",
     "text": "Rebels attacked an army base near Mopti on Tuesday, prompting troops to launch an offensive across the "
             "region, officials said.\nNine soldiers were killed."},
    {"id": "b2", "source": "Daily", "published": "2026-05-06T15:00", "title": "Nine soldiers killed in Mopti attack",
     "text": "The attack on an army base near Mopti on Tuesday killed nine soldiers, the army said.\n"
             "The base had been attacked twice since January."},
]


def test_a_consequence_in_an_opening_sentence_stays_apart(pipeline: Pipeline) -> None:
    story = _story(pipeline, BASE)
    got = _texts(story)
    assert {("b1", "attacked"), ("b2", "attack")} <= got, got
    assert ("b1", "offensive") not in got, got


@pytest.mark.parametrize(("text", "word", "consequence"), [
    ("A storm hit the coast on Tuesday, causing a blackout across the region.", "blackout", True),
    ("Heavy rain caused a landslide near Sella on Tuesday.", "landslide", False),
])
def test_only_a_participle_of_causing_marks_a_consequence(pipeline: Pipeline, text: str, word: str,
                                                         consequence: bool) -> None:
    analysis = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-05-06"}))
    unit = next(u for u in units_of(analysis) if u.ref.text == word)
    assert unit.consequence is consequence
