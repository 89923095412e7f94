"""Session 31 (issue #10): a person one outlet names by surname alone is the one person of
the story with that surname, so the pair names the person whole. Invented news."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

_WHOLE = ("Transport minister Priya Nandakumar announced on Monday that bus fares in Dunmore would rise by "
          "a fifth from July. Nandakumar said the rise would pay for new buses.")
_SHORT = ("The Dunmore Passengers Forum accused the minister of hiding the true cost of the new buses. "
          "Nandakumar denied the accusation.")


def test_a_surname_alone_is_the_one_whole_name_of_the_story(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Dunmore Herald", _WHOLE), ("Evening Post", _SHORT)])
    assert ("Dunmore Passengers Forum", "Priya Nandakumar") in pairs, pairs


def test_a_surname_two_persons_of_the_story_share_stays_alone(pipeline: Pipeline) -> None:
    other = "Her brother, councillor Arun Nandakumar, said the fares had been frozen for six years."
    pairs = outlet_pairs(pipeline, [("Dunmore Herald", _WHOLE + " " + other), ("Evening Post", _SHORT)])
    assert ("Dunmore Passengers Forum", "Nandakumar") in pairs, pairs


def test_a_lone_word_that_opens_a_firm_s_name_stays_the_firm(pipeline: Pipeline) -> None:
    whole = ("Harwell Engineering built the footbridge over the Severn that closed on Tuesday. "
             "Its founder, Tom Harwell, retired in 2019.")
    short = "The Riverside Walkers Group accused the builder of using cheap steel. Harwell denied the accusation."
    pairs = outlet_pairs(pipeline, [("Dunmore Herald", whole), ("Evening Post", short)])
    assert all(d != "Tom Harwell" for _, d in pairs), pairs


_FAMILY_FIRST = ("Harbour bureau chief Tan Mei-ling announced on Monday that the ferry pier at Keelung would close "
                 "for repairs. Tan said the work would take six weeks.")
_FAMILY_SHORT = ("The Keelung Ferry Workers Union accused the bureau of hiding cracks in the pier for a year. "
                 "Tan denied the accusation.")


def test_a_family_name_written_first_is_the_one_whole_name_of_the_story(pipeline: Pipeline) -> None:
    """Session 37: ``Tan`` alone in one outlet is ``Tan Mei-ling`` of another (the family
    name written first), though the story writes ``Tan`` before a capital there."""
    pairs = outlet_pairs(pipeline, [("Harbour Daily", _FAMILY_FIRST), ("Evening Post", _FAMILY_SHORT)])
    assert any(a == "Keelung Ferry Workers Union" and d.startswith("Tan Mei") for a, d in pairs), pairs


def test_a_family_name_written_first_without_a_lone_use_still_names_the_person(pipeline: Pipeline) -> None:
    whole = "Harbour bureau chief Tan Mei-ling announced on Monday that the ferry pier at Keelung would close."
    pairs = outlet_pairs(pipeline, [("Harbour Daily", whole), ("Evening Post", _FAMILY_SHORT)])
    assert any(a == "Keelung Ferry Workers Union" and d.startswith("Tan Mei") for a, d in pairs), pairs
