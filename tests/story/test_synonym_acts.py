"""The central act told by another outlet's near-synonym (story/synonym_acts.py): "freed"
beside "released", joined when its article tells the news or shares a participant, and when
nothing (another day, another participant, a time long past) sets it apart.

The sentences are invented: a surveyor held by gunmen and let go, a ferry operator's fares."""

from __future__ import annotations

from typing import Any

from newskit import Pipeline
from newskit.story.act_synonyms import synonym_groups
from newskit.story.synonym_acts import synonymous
from tests.story.helpers import event_texts, story_of


def _arts(prefix: str, published: str, *rows: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": f"{prefix}{n}", "published": published, "title": t, "text": x} for n, (t, x) in enumerate(rows)]


_LEADS = (
    ("Kidnapped surveyor released in Tarvana",
     "Gunmen released Danish surveyor Henrik Olesen in the hills of northern Tarvana on Sunday, his employer said.\n"
     "Olesen had been held for 40 days after he was seized at a road camp.\n"
     "He was flown to the capital for medical checks."),
    ("Danish surveyor released after 40 days",
     "Danish surveyor Henrik Olesen was released on Sunday in northern Tarvana, the Danish foreign ministry said.\n"
     "No ransom was paid, the ministry added."),
)

SURVEYOR = _arts(
    "sv", "2026-04-13", *_LEADS,
    ("Olesen released by captors",
     "Captors released the Danish surveyor Henrik Olesen on Sunday near the border town of Kesh.\n"
     "Olesen, 52, was freed after talks led by village elders, his brother told reporters.\n"
     "The company thanked the elders."),
)

EARLIER = _arts(
    "se", "2026-04-13", *_LEADS,
    ("Olesen released by captors",
     "Captors released the Danish surveyor Henrik Olesen on Sunday near the border town of Kesh.\n"
     "A French engineer, Luc Marchand, was freed in the same hills in March 2024 after five months.\n"
     "The company thanked the elders."),
)


def test_a_near_synonym_in_an_article_of_the_news_tells_the_news(pipeline: Pipeline) -> None:
    """"released" in the leads, "freed" further down one of them: one act, two words."""
    assert ("sv2", "freed") in event_texts(story_of(pipeline, SURVEYOR))


def test_a_near_synonym_of_another_day_and_person_stays_apart(pipeline: Pipeline) -> None:
    """"A French engineer ... was freed in March 2024": the same act's word, another release."""
    held = event_texts(story_of(pipeline, EARLIER))
    assert ("se2", "freed") not in held
    assert ("se2", "released") in held


FARES = _arts(
    "fr", "2026-05-20",
    ("Baltic ferry operator Nordvik to raise fares",
     "Ferry operator Nordvik will raise its fares on the Tallinn route by 12 percent from June, the company said on Wednesday.\n"
     "The increase follows a rise in fuel costs, Nordvik said.\n"
     "Nordvik last lifted its fares in February 2025, by about 6 percent."),
    ("Nordvik ferry fares to rise 12 percent",
     "Nordvik said on Wednesday it would raise fares on its Tallinn crossing by 12 percent from June.\n"
     "Passenger groups criticised the increase."),
    ("Fares up on Tallinn ferries",
     "Nordvik will raise ferry fares on the Tallinn route by 12 percent, the operator announced on Wednesday.\n"
     "Commuters said the rise was unfair."),
)


def test_a_near_synonym_dated_long_before_its_article_stays_apart(pipeline: Pipeline) -> None:
    """"last lifted its fares in February 2025" in news of May 2026: the same operator and
    place, the same act, done before (most central mentions state no time to clash with)."""
    held = event_texts(story_of(pipeline, FARES))
    assert ("fr0", "lifted") not in held
    assert ("fr0", "raise") in held


def test_synonymous_reads_any_inflection_of_a_usual_sense() -> None:
    groups = synonym_groups("released")
    assert synonymous("freed", groups)
    assert synonymous("Frees", groups)
    assert not synonymous("arrested", groups)
    assert not synonymous("set free", groups)  # one word only
