"""Which story event is named first: the happening the headlines and leads name, never the
toll it caused or an announcement about it, unless the story holds nothing else that is
news. Unit tests of ``newskit.story.central`` and end-to-end stories written for them."""

from __future__ import annotations

from typing import Any

import pytest

from newskit import Article, Pipeline, Story
from newskit.story import build_story


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


def _story(pipeline: Pipeline, arts: list[dict[str, Any]]) -> Story:
    return build_story([pipeline.run(Article.from_dict(a)) for a in arts])


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
