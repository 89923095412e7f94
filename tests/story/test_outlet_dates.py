"""The central event's day decided across outlets (story/outlet_dates.py, issue #10,
session 16): each outlet's lead dates its mention of the act in the mention's own clause,
against its own publication time; the most-supported day wins, a coarser time never beats a
day it holds, a later act's day or a background's date never dates the news, and a tie goes
to the first report. Stories of a lender's failure, a cyclone, a violin theft and a
landslide, written for these tests."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.outlet_dates import most_supported_day
from tests.story.helpers import story_of

_LENDER = [
    {"id": "wire", "published": "2026-06-02T14:00", "title": "Hartwell Savings collapses",
     "text": "Hartwell Savings, a regional lender with 40 branches, collapsed on Monday after depositors "
             "withdrew 300 million dollars in two days, regulators said.\nIts branches stayed shut on Tuesday."},
    {"id": "daily", "published": "2026-06-03T19:00", "title": "Depositors queue at failed lender",
     "text": "Police arrested the founder of Hartwell Savings at his home on Wednesday, two days after the "
             "lender collapsed, as regulators began paying out insured deposits.\nSome had waited since dawn."},
    {"id": "weekly", "published": "2026-06-05T09:00", "title": "Who pays for Hartwell?",
     "text": "The collapse of Hartwell Savings this week will cost the deposit insurance fund about 90 million "
             "dollars, regulators estimate.\nIt is the largest failure in a decade."},
]

_CYCLONE = [
    {"id": "met", "published": "2026-10-22T23:00", "title": "Cyclone Mora makes landfall",
     "text": "Cyclone Mora made landfall near Chittagong on Thursday evening with winds of 150 km/h, the "
             "meteorological department said.\nAbout 300,000 people had been moved to shelters."},
    {"id": "daily", "published": "2026-10-23T19:00", "title": "Weather office defends cyclone warnings",
     "text": "The weather office on Friday rejected claims that it had warned fishermen too late about Cyclone "
             "Mora, as the death toll from the storm rose to 12.\nIts director said it had issued its first "
             "cyclone alert on October 17 and a red warning on October 21, well before the storm hit."},
    {"id": "wire", "published": "2026-10-24T10:00", "title": "Rescuers reach cut-off villages",
     "text": "Rescuers in boats reached flooded villages in southern Bangladesh on Saturday, two days after "
             "Cyclone Mora struck the coast, as officials counted the cost of the storm.\n"
             "Seven fishermen are still missing."},
]

_THEFT = [
    {"id": "gazette", "published": "2026-05-20T12:00", "title": "Violin stolen from concert hall",
     "text": "A violin worth 2 million euros has been stolen from the dressing room of the Aalborg concert "
             "hall, police said.\nThe instrument, made in 1721, had been lent to the orchestra's leader."},
    {"id": "post", "published": "2026-05-21T07:00", "title": "Police appeal over violin theft",
     "text": "Police appealed for witnesses to the theft of a rare violin from the Aalborg concert hall.\n"
             "A similar instrument was stolen from a hotel in Copenhagen last year."},
]

_LANDSLIDE = [
    {"id": "radio", "published": "2026-08-12T22:00", "title": "Landslide buries village road",
     "text": "A landslide buried a road above the village of Ostrava Dolna on Wednesday night, cutting off "
             "600 residents, the regional governor said.\nNo one was hurt."},
    {"id": "paper", "published": "2026-08-14T08:00", "title": "Cut-off village supplied by helicopter",
     "text": "Helicopters flew food to 600 residents of Ostrava Dolna on Friday, two days after a landslide "
             "cut their only road, as geologists warned of further slides.\nThe road could take a month to clear."},
]


def test_a_day_beats_the_week_that_holds_it_and_a_later_arrest(pipeline: Pipeline) -> None:
    """Two outlets' "this week" hold Monday and Wednesday alike: they support the day the
    first report gives, and the founder's arrest, dated in another outlet's lead, is a later
    act."""
    central = story_of(pipeline, _LENDER).events[0]
    assert {("wire", "collapsed"), ("weekly", "collapse")} <= {(m.article, m.text) for m in central.mentions}
    assert central.when == "2026-06-01"


def test_an_alert_dated_in_another_clause_does_not_date_the_cyclone(pipeline: Pipeline) -> None:
    """The storm's mention in "its first cyclone alert on October 17" is the alert's date; the
    rescuers' Saturday is theirs; the landfall's own "Thursday evening" dates the cyclone."""
    central = story_of(pipeline, _CYCLONE).events[0]
    assert central.when is not None and central.when.startswith("2026-10-22")


def test_a_background_year_does_not_date_the_news(pipeline: Pipeline) -> None:
    """No lead dates the theft; "last year" dates an earlier theft told later on: the first
    report's day dates the news."""
    central = story_of(pipeline, _THEFT).events[0]
    assert central.when == "2026-05-20"


def test_a_part_of_a_day_dates_the_news_against_its_own_article(pipeline: Pipeline) -> None:
    """"Wednesday night" in an article published that night and "two days after" in one
    published on Friday both tell Wednesday: each outlet is read against its own time."""
    central = story_of(pipeline, _LANDSLIDE).events[0]
    assert central.when == "2026-08-12"


def test_the_most_supported_day_wins() -> None:
    votes = {"a": {"2026-02-09"}, "b": {"2026-02-09"}, "c": {"2026-02-11"}}
    pubs = {"a": "2026-02-10T09:00", "b": "2026-02-11T09:00", "c": "2026-02-09T09:00"}
    assert most_supported_day(votes, pubs, None) == "2026-02-09"


def test_a_tie_goes_to_the_first_report() -> None:
    votes = {"late": {"2026-10-20"}, "early": {"2026-10-22"}}
    pubs = {"late": "2026-10-24T10:00", "early": "2026-10-22T23:00"}
    assert most_supported_day(votes, pubs, "2026-10-24") == "2026-10-22"


def test_a_day_after_the_first_report_is_no_candidate() -> None:
    votes = {"a": {"2026-02-11"}, "b": {"2026-02-11"}, "c": {"2026-02-09"}}
    assert most_supported_day(votes, {}, "2026-02-10") == "2026-02-09"


def test_coarse_times_alone_give_no_day() -> None:
    assert most_supported_day({"a": {"2026-W07"}, "b": {"2026-02"}}, {}, "2026-02-10") is None


_DAYS = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 1, 28)).map(lambda d: d.isoformat())
_TIMES = st.one_of(_DAYS, st.sampled_from(["2026-01", "2026-W02", "2026-W03", "2026"]))
_VOTES = st.dictionaries(st.sampled_from(["a", "b", "c", "d", "e"]), st.sets(_TIMES, min_size=1, max_size=3),
                         max_size=5)


@given(_VOTES, st.one_of(st.none(), _DAYS))
def test_the_day_is_a_voted_day_never_after_the_first_report_and_never_coarse(
        votes: dict[str, set[str]], first: str | None) -> None:
    day = most_supported_day(votes, {}, first)
    voted = {v for vs in votes.values() for v in vs}
    if day is not None:
        assert day in voted and len(day) == 10
        assert first is None or day <= first
    else:
        assert not any(len(v) == 10 and (first is None or v <= first) for v in voted)


@given(_VOTES, st.one_of(st.none(), _DAYS), st.randoms())
def test_the_day_does_not_depend_on_the_order_of_outlets(
        votes: dict[str, set[str]], first: str | None, rnd: random.Random) -> None:
    items = list(votes.items())
    rnd.shuffle(items)
    pubs = {k: f"2026-02-{n + 1:02d}" for n, k in enumerate(sorted(votes))}
    assert most_supported_day(dict(items), pubs, first) == most_supported_day(votes, pubs, first)
