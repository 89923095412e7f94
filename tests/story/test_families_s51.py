"""Session 51 (issue #10): words one happening is told by that the story kept in separate
families (``coref.json``): a court's ruling, its judgment and what it orders are one decision
("ordered the company to stop ... In a ruling that", "will appeal the judgment"; read-set
central 7686 -> 7714 in eleven stories by many writers); a vessel boarded is the one seized;
what escapes from a tank or a pipe is the leak."""

from __future__ import annotations

import pytest

from newskit.story.features import family


@pytest.mark.parametrize("word", ["ruling", "ruled", "judgment", "judgement", "ordered", "orders", "order"])
def test_a_courts_ruling_judgment_and_order_are_one_family(word: str) -> None:
    assert family(word) == family("ruling")


@pytest.mark.parametrize("word", ["appeal", "verdict", "fined", "convicted"])
def test_other_legal_acts_keep_their_own_families(word: str) -> None:
    assert family(word) != family("ruling")


@pytest.mark.parametrize(("word", "act"), [
    ("boarded", "seized"),  # "the trawler was boarded 70 km offshore" / "the navy seized a trawler"
    ("boarding", "seizure"),
    ("escaped", "leak"),  # "some 3,000 litres of water escaped" / "the leak"
    ("escaping", "leaked"),
])
def test_a_vessel_boarded_is_seized_and_what_escapes_leaks(word: str, act: str) -> None:
    assert family(word) == family(act)
