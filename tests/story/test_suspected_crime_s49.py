"""Session 49 (issue #10): a crime told as suspected ("arrested on suspicion of taking
bribes", "an inquiry into alleged fraud") is the reason the arrest names, not the news (and
an order "to surrender his passport" in one lead is no raid the arrest yields to).
Articles invented for the tests."""

from __future__ import annotations

import pytest

from newskit import Article, analyze
from newskit.story import build_story
from newskit.story.suspected import told_suspected


@pytest.mark.parametrize(("text", "word", "suspected"), [
    ("Police held the mayor on suspicion of taking bribes.", "bribes", True),
    ("The inquiry into alleged fraud at the port widened.", "fraud", True),
    ("He was charged with three counts of official corruption.", "corruption", True),
    ("Thieves took the painting, and the fraud was found in May.", "fraud", False),
    ("Prosecutors allege the money came from fraud.", "fraud", False),
    ("Suspected of nothing, the men saw the robbery.", "robbery", False),
])
def test_told_suspected(text: str, word: str, suspected: bool) -> None:
    assert told_suspected(text, text.index(word)) is suspected


def _article(i: int, title: str, text: str) -> Article:
    return Article.from_dict({"id": f"k{i}", "title": title, "text": text, "source": f"Outlet {i}",
                              "published": "2026-09-02T09:00"})


def test_an_arrest_on_suspicion_of_bribery_is_the_news() -> None:
    arts = [
        ("Customs director arrested over bribes",
         "Police in Dunmore on Monday arrested the director of customs, Aldo Perrin, on suspicion of "
         "taking bribes from importers. The arrest followed a six-month inquiry."),
        ("Dunmore customs chief detained",
         "The head of Dunmore's customs service has been detained in an investigation into alleged "
         "bribes paid by importers. Aldo Perrin was arrested at his office on Monday."),
        ("Customs head held in bribery case",
         "Aldo Perrin, the director of customs, was arrested on Monday, accused of accepting bribes "
         "from three import firms. A court ordered him to surrender his passport. He denies "
         "wrongdoing."),
    ]
    story = build_story([analyze(_article(i, t, x)) for i, (t, x) in enumerate(arts)])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert "arrested" in words and "bribes" not in words, words
