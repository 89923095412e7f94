"""Session 38 (issue #10): a discovery. Finding, discovering, uncovering or unearthing a
thing of the kinds news reports found (a hoard, a fossil, a wreck, a comet, an oil
deposit, a new species: ``word_lists.finds``) is an event of class ``discovery``, and so is
"the find" and "the discovery"; finding a fact, a feeling or a verdict is not. One
discovery told as "found" by one outlet and "the discovery" or "the find" by another is
one event of the story. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word"), [
    ("A metal detectorist found a hoard of silver coins near Ludlow.", "found"),
    ("Astronomers in Chile discovered a comet on Thursday night.", "discovered"),
    ("The fossils were unearthed by quarry workers in 2019.", "unearthed"),
    ("Builders uncovered a Roman mosaic and a skeleton under the car park.", "uncovered"),
    ("A trawler crew found the wreck of the steamer off Cork.", "found"),
    ("The find was shown to reporters on Monday.", "find"),
    ("The discovery of the tomb was kept quiet for a year.", "discovery"),
])
def test_finding_a_thing_is_a_discovery(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "discovery"


@pytest.mark.parametrize(("text", "word"), [
    ("He found it hard to sleep after the match.", "found"),
    ("Inspectors found that the doors had been left open.", "found"),
    ("A jury found the driver guilty of careless driving.", "found"),
    ("Engineers hope to find a way round the problem.", "find"),
    ("She discovered her car had been towed.", "discovered"),
])
def test_finding_a_fact_a_way_or_a_verdict_is_no_discovery(text: str, word: str) -> None:
    assert _kinds(text).get(word) != "discovery"


def test_a_find_told_as_found_and_as_the_discovery_is_one_story_event() -> None:
    from newskit import Article, Pipeline
    from newskit.story import build_story

    texts = [("Wire", "Farmers ploughing a field in Norfolk found a hoard of Saxon gold on Saturday, the county "
                      "museum said. The coins will be valued by a coroner."),
             ("Daily", "A hoard of Saxon gold was found in a Norfolk field on Saturday. Museum staff said the "
                       "discovery was the largest in the county for decades.")]
    p = Pipeline.build()
    story = build_story([p.run(Article.from_dict({"id": f"a{i}", "source": o, "published": "2026-05-04", "text": t}))
                         for i, (o, t) in enumerate(texts)])
    words = [m.text for m in story.events[0].mentions]
    assert words.count("found") == 2 and "discovery" in words, \
        [(e.type, [m.text for m in e.mentions]) for e in story.events]
