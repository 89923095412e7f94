"""Session 50 (issue #10): an entry is not named by a word that is of its family only by what stands beside it
("found" guilty, "went" on strike) when another word of the family can name it. Articles
invented for the tests."""

from __future__ import annotations

from newskit import Article, analyze
from newskit.story import build_story


def _article(i: int, text: str) -> Article:
    return Article.from_dict({"id": f"s{i}", "text": text, "source": f"Outlet {i}",
                              "published": "2026-03-11T09:00"})


_STRIKE = [
    "Nurses at three hospitals in Ostrava went on strike on Tuesday over pay. The walkout "
    "closed two wards, the union said.",
    "A stoppage by nurses shut wards in Ostrava on Tuesday. The nurses went on strike after "
    "talks on pay failed.",
    "Hospital nurses in Ostrava walked out on Tuesday, the first strike by nurses in the region "
    "since 2011.",
]


def test_a_strike_is_named_by_its_own_word_not_went() -> None:
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(_STRIKE)])
    assert story.events[0].trigger.lower() in {"strike", "walkout", "stoppage"}, story.events[0].trigger


def test_a_verdict_is_not_named_found() -> None:
    texts = [
        "A court in Brno found former mayor Tomas Kral guilty of fraud on Monday. He was found "
        "guilty of taking bribes over a road contract; the conviction can be appealed.",
        "Former Brno mayor Tomas Kral was found guilty on Monday of fraud. His lawyer said the "
        "verdict was unjust.",
        "Judges in Brno found Tomas Kral guilty on Monday. The conviction ends a four-year case.",
    ]
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(texts)])
    assert story.events[0].trigger.lower() not in {"found", "find"}, story.events[0].trigger
