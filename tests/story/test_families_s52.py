"""Session 52 (issue #10): a court's ruling is the act it rules (``coref.json``): a judge who
"struck down the permit, ruling that ..." and "the judge's order voiding the permit" tell one
decision, so a ruling, a judgment and an order join the family of what a court undoes
(annul, quash, void, strike down, overturn). Read-set central 7903 -> 7919 in twelve court
stories by many writers, check sets 395 -> 397; kept once an event's time from disagreeing
mentions no longer let "a decision this week" outvote the day of the ruling
(``events.best_when``)."""

from __future__ import annotations

import pytest

from newskit.story.features import family


@pytest.mark.parametrize("word", ["ruling", "ruled", "judgment", "order", "ordered"])
@pytest.mark.parametrize("act", ["annulled", "quashed", "voided", "struck down", "overturned", "invalidated"])
def test_a_ruling_is_the_act_a_court_rules(word: str, act: str) -> None:
    assert family(word) == family(act)


@pytest.mark.parametrize("word", ["appeal", "verdict", "fined", "convicted", "sentenced", "cancelled"])
def test_other_legal_acts_keep_their_own_families(word: str) -> None:
    assert family(word) != family("ruling")
