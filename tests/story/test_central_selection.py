"""Which story event is named first: the happening the headlines and leads name, never the
toll it caused or an announcement about it, unless the story holds nothing else that is
news. Unit tests of ``newskit.story.central`` and end-to-end stories written for them."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import story_of as _story

#: every lead opens with the toll; the collapse is what happened
BRIDGE = [
    {"id": "b1", "source": "Valley Times", "published": "2025-11-05T09:00",
     "title": "Footbridge collapses over Rio Claro, five killed",
     "text": "Five people were killed and 30 injured on Tuesday evening when a footbridge collapsed over the "
             "Rio Claro in the town of Santa Ines, the mayor said.\n"
             "The bridge was crowded with people leaving a football match."},
    {"id": "b2", "source": "National Wire", "published": "2025-11-05T14:00",
     "title": "Bridge collapse kills seven in Santa Ines",
     "text": "Seven people were killed when a pedestrian bridge collapsed in Santa Ines on Tuesday, officials said.\n"
             "Rescuers searched the river overnight."},
    {"id": "b3", "source": "Morning Post", "published": "2025-11-06T07:00",
     "title": "Death toll rises after Santa Ines bridge collapse",
     "text": "The number of people killed in Santa Ines rose to eight on Wednesday.\n"
             "Relatives waited outside the hospital.\n"
             "The collapse happened as fans crossed the river after a match on Tuesday evening."},
]


def test_the_collapse_not_the_toll_is_central(pipeline: Pipeline) -> None:
    central = _story(pipeline, BRIDGE).events[0]
    assert central.type == "disaster", central
    assert any(m.text.lower().startswith("collapse") for m in central.mentions), central


#: the leads tell of a plant's explosion and of the compensation the firm announced
BLAST = [
    {"id": "p1", "source": "Gazette", "published": "2025-02-11",
     "title": "Explosion at Dorn chemical plant",
     "text": "An explosion tore through the Dorn chemical plant near Halle on Monday.\n"
             "The company announced a compensation fund for residents."},
    {"id": "p2", "source": "Courier", "published": "2025-02-12",
     "title": "Dorn announces fund after blast",
     "text": "Dorn announced a fund of 2 million euros on Tuesday.\n"
             "Its shares fell 4%.\n"
             "The explosion at its Halle plant on Monday shattered windows across the town."},
]


def test_an_announcement_yields_to_the_event_it_follows(pipeline: Pipeline) -> None:
    central = _story(pipeline, BLAST).events[0]
    assert central.type == "disaster" and central.trigger in ("explosion", "blast"), central


#: a killing with no cause event told: the killing stays the news, not the arrest
KILLING = [
    {"id": "k1", "published": "2025-06-02", "title": "Shopkeeper killed in Marlow",
     "text": "A shopkeeper was killed in Marlow on Sunday night, police said.\n"
             "A man was arrested on Monday."},
    {"id": "k2", "published": "2025-06-02", "title": "Marlow shopkeeper killed, man held",
     "text": "A 54-year-old shopkeeper was killed at his store in Marlow on Sunday.\n"
             "Police arrested a 30-year-old man on Monday."},
]


def test_a_toll_is_central_when_nothing_caused_it(pipeline: Pipeline) -> None:
    central = _story(pipeline, KILLING).events[0]
    assert central.type == "violence" and central.trigger == "killed", central


#: both leads name failed talks and a strike; only the headlines tell which is the news
HEADLINED = [
    {"id": "h1", "published": "2025-09-03", "title": "Dock strike shuts Port Vela",
     "text": "Talks between the union and port owners failed on Monday, and dock workers in Port Vela went on "
             "strike on Tuesday.\n"
             "Ships queued outside the harbour. New talks were not planned."},
    {"id": "h2", "published": "2025-09-03", "title": "Port Vela dock strike enters second day",
     "text": "Talks with port owners failed on Monday. The dock strike began on Tuesday.\n"
             "Ferries were diverted."},
]


def test_the_headlines_event_is_central(pipeline: Pipeline) -> None:
    central = _story(pipeline, HEADLINED).events[0]
    assert central.trigger == "strike", central


#: one derailment in three words ("derailed", "derailment", "crashed") and an article that
#: reads "the accident" with it; a derailment of 2019 on the same line stays apart
RAIL = [
    {"id": "r1", "source": "Hill Gazette", "published": "2025-03-12T08:00",
     "title": "Freight train derails near Arlo",
     "text": "A freight train derailed near Arlo on Tuesday night, spilling grain across the valley road.\n"
             "In 2019, a passenger train derailed on the same line."},
    {"id": "r2", "source": "Rail Weekly", "published": "2025-03-12T15:00",
     "title": "Arlo derailment blocks main line",
     "text": "The derailment of a 40-wagon freight train closed the main line north of Arlo.\n"
             "Engineers said the accident would keep the line shut until Friday."},
    {"id": "r3", "source": "Valley Wire", "published": "2025-03-13T09:00",
     "title": "Grain train crash near Arlo",
     "text": "A grain train crashed near Arlo late on Tuesday, the operator said.\n"
             "Nobody was hurt."},
]


def test_one_derailment_told_in_several_words_is_one_central_event(pipeline: Pipeline) -> None:
    story = _story(pipeline, RAIL)
    central = story.events[0]
    words = {(m.article, m.text) for m in central.mentions}
    assert {("r1", "derailed"), ("r2", "derailment"), ("r3", "crashed")} <= words, words
    assert central.when is not None and central.when.startswith("2025-03-11"), central.when
    assert not any(m.article == "r1" and m.start > RAIL[0]["text"].index("2019") for m in central.mentions)


#: the league's ban of the club is the news; a player's ban of last month is background
BAN = [
    {"id": "n1", "source": "Sport Desk", "published": "2025-10-10T12:00",
     "title": "League suspends Rovers for ten matches",
     "text": "The league suspended Rovers for ten matches on Thursday over crowd trouble.\n"
             "Fans had thrown flares onto the pitch.\n"
             "Its captain was banned for three games last month for abusing a referee."},
    {"id": "n2", "source": "City Post", "published": "2025-10-10T18:00",
     "title": "Rovers barred from home games",
     "text": "Rovers were barred from playing at home after the league banned the club.\n"
             "The club said it would appeal."},
]


def test_the_central_event_is_dated_by_the_leads(pipeline: Pipeline) -> None:
    central = _story(pipeline, BAN).events[0]
    assert central.type == "decision", central
    assert central.when is not None and central.when.startswith("2025-10-09"), central.when
