"""An amount set beyond another teller's count by a preposition of comparison (``well above
the central bank's own estimate``, ``far below the figure given by the company``): a rival
reading, in conflict with that teller's (``figure_label.set_beyond``), unless the count
named is an earlier reading (``the first estimate given by police``, ``the figure given
when the find was announced``) or the amount is the level a count changed to. Invented news
sentences."""

from __future__ import annotations

import pytest

from newskit.story.figure_label import _pair_label, set_beyond
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount", "beyond"), [
    ("Traders say the peso has lost nearly 9 percent since May, well above the central bank's own estimate.",
     "9 percent", True),
    ("The tenants' union said more than 1,300 flats were damp, well above the council's figure.", "1,300", True),
    ("The audit put the loss at $80 million, far below the figure given by the company.", "$80 million", True),
    ("Volunteers counted more than 600 nests, well above the official estimate.", "600", True),
    ("Investigators put the haul's value at $120 million, well above the first estimate given by customs.",
     "$120 million", False),
    ("Divers have counted more than 350 jars, well above the figure given when the wreck was found.", "350", False),
    ("The number of flats affected has risen to 1,300, well above the council's figure.", "1,300", False),
    ("Sales rose 12 percent in May, well above the level of a year earlier.", "12 percent", False),
])
def test_an_amount_set_beyond_anothers_count(text: str, amount: str, beyond: bool) -> None:
    assert set_beyond(sentence_figure(text, amount, 1)) is beyond


def test_a_count_set_beyond_anothers_conflicts_with_it_though_the_two_agree() -> None:
    """The central bank's ``about 6 percent`` on Monday; traders' ``nearly 7 percent, well above
    the central bank's own estimate`` on Tuesday: two tellers' rival readings, not one share
    told twice."""
    text = "Traders say the peso has lost nearly 7 percent since May, well above the central bank's own estimate."
    bank = sentence_figure("The central bank said the peso had lost about 6 percent since May.", "about 6 percent", 6,
                           unit="percent", approx="about", measure="share", article="a1", source="central bank",
                           stated="2026-03-02T10:00")
    traders = sentence_figure(text, "nearly 7 percent", 7, unit="percent", approx="under", measure="share",
                              article="a2", source="traders", stated="2026-03-03T10:00")
    plain = sentence_figure(text.split(",")[0] + ".", "nearly 7 percent", 7, unit="percent", approx="under",
                            measure="share", article="a2", source="traders", stated="2026-03-03T10:00")
    assert _pair_label(bank, traders, "any") == "conflicting"
    assert _pair_label(bank, plain, "any") != "conflicting"
