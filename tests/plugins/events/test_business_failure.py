"""A firm's failure told by the nouns of its legal forms: "insolvency", "receivership",
"liquidation" are business happenings as "bankruptcy" is, and one family with it (outlets
tell one failure by different words). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("The bus operator filed for insolvency on Thursday, leaving 900 drivers unpaid.", "insolvency"),
    ("The builder went into receivership last week with debts of 40 million euros.", "receivership"),
    ("Creditors approved the liquidation of the shipyard on Monday.", "liquidation"),
])
def test_a_firms_failure_is_a_business_happening(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "business"


@pytest.mark.parametrize("word", ["insolvency", "receivership", "liquidation"])
def test_the_failures_are_one_family_with_bankruptcy(word: str) -> None:
    assert family(word) == family("bankruptcy")
