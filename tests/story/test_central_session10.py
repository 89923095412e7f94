"""The central event picked and dated right on unseen news (#10, session 10).

Kinds of error fixed (each seen on one kind of news, tested here on sentences of other kinds):
a central event no lead dates (its leads tell the act in the present or perfect, "is
closing", "has closed", with no time of their own) left undated or dated by a year.
"""

from __future__ import annotations

from typing import Any

from newskit import Pipeline
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
