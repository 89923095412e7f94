"""The story's central event on news told in different words (issue #10, session 5): what an
article's opening sentence names, of a class that fits the central event's, is the central
happening ("gunmen attacked a hostel ... and abducted nine hikers" / "kidnapped in a raid");
a happening dated another day in the same sentence stays apart; the central event takes the
closest day its leads give it. Stories written for these tests."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import event_texts as _texts
from tests.story.helpers import story_of as _story

#: three outlets name one abduction by an attack, a kidnapping and a raid
HOSTEL = [
    {"id": "h1", "source": "Balkan Post", "published": "2026-03-20T08:00",
     "title": "Gunmen take nine hikers from mountain hostel",
     "text": "Masked gunmen attacked a mountain hostel near Vrana on Thursday night and abducted nine hikers, "
             "police said.\nThe hostel's owner was unhurt."},
    {"id": "h2", "source": "Wire", "published": "2026-03-20T12:00", "title": "Nine hikers held after hostel raid",
     "text": "Nine hikers were kidnapped in a raid on a hostel near Vrana on Thursday, the interior ministry said.\n"
             "Troops searched the forest on Friday."},
    {"id": "h3", "source": "Evening News", "published": "2026-03-21T18:00",
     "title": "Families wait for news of hikers",
     "text": "Two weeks after gunmen ambushed a bus outside Vrana on March 5, relatives of the hikers taken in "
             "Thursday's raid gathered outside the ministry on Saturday.\nTroops searched the forest for a third day."},
]


def test_the_opening_sentences_name_one_happening(pipeline: Pipeline) -> None:
    story = _story(pipeline, HOSTEL)
    got = _texts(story)
    assert {("h1", "attacked"), ("h1", "abducted"), ("h2", "kidnapped"), ("h2", "raid"), ("h3", "raid")} <= got, got
    assert story.events[0].when == "2026-03-19", story.events[0]


def test_a_happening_of_another_day_in_an_opening_sentence_stays_apart(pipeline: Pipeline) -> None:
    story = _story(pipeline, HOSTEL)
    assert ("h3", "ambushed") not in _texts(story)
    assert any(("h3", "ambushed") in _texts(story, k) for k in range(1, len(story.events)))


#: the opening sentence names a consequence of another class: it stays apart
FLOOD = [
    {"id": "f1", "source": "River Times", "published": "2026-10-04T09:00", "title": "Floods hit Ostrava district",
     "text": "Floods swept through villages south of Ostrava on Saturday, and rescuers evacuated 600 residents, "
             "the fire service said.\nThe river rose two metres overnight."},
    {"id": "f2", "source": "Czech Wire", "published": "2026-10-04T15:00", "title": "Ostrava floods force evacuations",
     "text": "Flooding near Ostrava on Saturday forced the evacuation of about 650 people, officials said.\n"
             "Schools stayed closed on Sunday."},
]


def test_a_consequence_of_another_class_stays_apart(pipeline: Pipeline) -> None:
    story = _story(pipeline, FLOOD)
    assert story.events[0].type == "disaster", story.events[0]
    assert not any(m.text.startswith("evacuat") for m in story.events[0].mentions), story.events[0]


#: a gerund naming the kind of a place is no event: the headline's "boarding" is no movement
SCHOOL = [
    {"id": "s1", "source": "Daily", "published": "2026-05-09T10:00",
     "title": "Storm damages boarding school roof",
     "text": "A storm tore the roof off a boarding school in Kisumu on Friday, officials said.\n"
             "Forty pupils escaped unhurt from the dormitory."},
    {"id": "s2", "source": "Star", "published": "2026-05-09T16:00", "title": "Kisumu boarding school hit by storm",
     "text": "Pupils of a Kisumu boarding school escaped injury when a storm ripped off its roof on Friday.\n"
             "The school will stay shut for a week."},
]


def test_a_gerund_before_a_place_noun_is_no_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, SCHOOL)
    assert not any(m.text == "boarding" for e in story.events for m in e.mentions)
    assert story.events[0].type == "disaster", story.events[0]


#: one strike told as walking off the job, a stoppage, a strike, a walkout and industrial action
TRAMS = [
    {"id": "t1", "source": "Le Progres", "published": "2026-11-12T10:00", "title": "Lyon tram drivers walk out",
     "text": "Tram drivers in Lyon walked off the job at 5 a.m. on Thursday, halting the city's five lines, the "
             "operator said.\nThe union said 900 drivers had joined the 48-hour stoppage."},
    {"id": "t2", "source": "Rhone Wire", "published": "2026-11-12T18:00", "title": "Strike halts Lyon trams",
     "text": "A strike by Lyon's tram drivers left commuters stranded on Thursday, the city council said.\n"
             "The walkout is the first in four years."},
    {"id": "t3", "source": "Metro Daily", "published": "2026-11-13T09:00", "title": "Lyon tram strike enters second day",
     "text": "Lyon's trams stayed in their depots for a second day on Friday as the industrial action went on, the "
             "operator said.\nBuses ran a reduced service."},
]


def test_a_strike_told_in_five_words_is_one_entry_dated_by_its_leads(pipeline: Pipeline) -> None:
    story = _story(pipeline, TRAMS)
    got = {t.split()[0] for _, t in _texts(story)}  # "walked off the job": a phrase trigger holds its phrase
    assert {"walked", "stoppage", "strike", "walkout", "action"} <= got, story.events[0]
    assert (story.events[0].when or "").startswith("2026-11-12"), story.events[0]


#: one pay agreement told as a deal, an agreement, agreeing and a settlement
PAY = [
    {"id": "p1", "source": "Rail Gazette", "published": "2026-06-06T08:00", "title": "Train drivers accept pay deal",
     "text": "Train drivers and the national rail operator reached a pay deal on Friday, ending a dispute that had "
             "threatened services all summer, the drivers' union said.\nThe agreement gives drivers a 7% rise over two "
             "years."},
    {"id": "p2", "source": "Wire", "published": "2026-06-05T20:00", "title": "Rail operator and drivers agree pay rise",
     "text": "The national rail operator and its drivers agreed a 7% pay rise on Friday, the transport ministry said.\n"
             "The settlement will cost about 90 million euros."},
]


def test_a_deal_and_an_agreement_of_one_story_are_one_entry(pipeline: Pipeline) -> None:
    story = _story(pipeline, PAY)
    got = {t for _, t in _texts(story)}
    assert {"deal", "agreement", "agreed", "settlement"} <= got, story.events[0]
    assert (story.events[0].when or "").startswith("2026-06-05"), story.events[0]


#: a verdict's opening sentences name the arrest, an earlier step of the case
VERDICT = [
    {"id": "v1", "source": "Court News", "published": "2026-02-11T09:00", "title": "Former mayor convicted of bribery",
     "text": "A court in Brno convicted former mayor Pavel Kratochvil of bribery on Tuesday, two years after his arrest "
             "in a police raid on the town hall.\nHe will be sentenced in March."},
    {"id": "v2", "source": "Wire", "published": "2026-02-10T17:00", "title": "Ex-mayor Kratochvil found guilty",
     "text": "Pavel Kratochvil, the former mayor of Brno, was convicted of taking bribes on Tuesday, the court said.\n"
             "His lawyer said he would appeal."},
]


def test_an_earlier_step_of_a_case_in_an_opening_sentence_stays_apart(pipeline: Pipeline) -> None:
    story = _story(pipeline, VERDICT)
    got = {t for _, t in _texts(story)}
    assert "convicted" in got and "arrest" not in got, story.events[0]
