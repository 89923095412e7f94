"""Session 51 (issue #10): a court's ruling, its judgment and what it orders are one
decision ("ordered the company to stop ... In a ruling that", "will appeal the judgment",
"under the order"): one trigger family in ``coref.json``. Over the read sets a court story
told the order, the ruling and the judgment as two or three events in eleven stories by
many writers (central 7686 -> 7714)."""

from __future__ import annotations

import pytest

from newskit.story.features import family


@pytest.mark.parametrize("word", ["ruling", "rulings", "ruled", "judgment", "judgement", "ordered", "orders", "order"])
def test_a_courts_ruling_judgment_and_order_are_one_family(word: str) -> None:
    assert family(word) == family("ruling")


@pytest.mark.parametrize("word", ["appeal", "verdict", "overturned", "fined", "annulled"])
def test_other_legal_acts_keep_their_own_families(word: str) -> None:
    assert family(word) != family("ruling")
