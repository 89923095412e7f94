"""Session 59 (issue #10): a word that stands in for another's event: "the slide" after
"the landslide" or "the avalanche", "the haul" after "seized" or "the seizure" (the article's
earlier word licenses it); with no such word before, "the slide" in a story of a water park
is no disaster and a haul of medals no seizure. "A drug haul" is one on its own. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import event_words, linked_events


@pytest.mark.parametrize(("text", "longer"), [
    ("A landslide buried six houses in Kerewa early on Friday. The slide struck at about 3 a.m., "
     "when most residents were asleep.", "landslide"),
    ("An avalanche swept a group of skiers off the Hohe Mut ridge. Four of them died in the slide.", "avalanche"),
    ("Rescuers dug through the mud after the mudslide. The slide ran for about 600 metres.", "mudslide"),
])
def test_the_slide_after_a_landslide_is_that_happening(text: str, longer: str) -> None:
    assert longer in event_words(text, "slide")


def test_a_slide_with_no_longer_word_before_is_no_disaster() -> None:
    events = linked_events("Children queued for the slide at the Aquaterra park on Sunday.", published="2025-05-06")
    assert not [e for e in events if e.type == "disaster"]


@pytest.mark.parametrize(("text", "longer"), [
    ("Customs officers seized 1.2 tonnes of cocaine at Puerto Alcor on Tuesday. The haul was worth "
     "about 40 million euros.", "seized"),
    ("Police announced the seizure on Monday. The haul included 300 kilograms of heroin.", "seizure"),
])
def test_the_haul_after_a_seizure_is_that_seizure(text: str, longer: str) -> None:
    assert longer in event_words(text, "haul")


def test_a_drug_haul_is_a_seizure_and_a_haul_of_medals_is_none() -> None:
    assert event_words("It was the biggest drug haul in the country in a decade.", "haul")
    assert not event_words("Norway's skiers ended the games with a haul of 16 medals.", "haul")
