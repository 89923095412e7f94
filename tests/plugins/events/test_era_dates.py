"""An era hyphened to the noun it describes ("a 19th-century bridge", "the 1970s-era
reactor") dates that thing, never the act of its sentence; a day so joined ("a
Monday-night raid") still dates its act. The events plugin's own dating reads the same
public test (``newskit.timex.attributive_date``) as the story's. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_dates


@pytest.mark.parametrize(("text", "surface", "value", "word"), [
    ("Fire destroyed the 2010-built terminal at the airport in Malmo.", "2010", "2010", "destroyed"),
    ("A 2019-model coach crashed into a wall near Ostrava.", "2019", "2019", "crashed"),
    ("Engineers shut a 2004-vintage turbine at the Dungeness plant.", "2004", "2004", "shut"),
])
def test_an_era_made_a_modifier_dates_no_act(text: str, surface: str, value: str, word: str) -> None:
    assert mention_dates(text, surface, value).get(word, "missing") is None


def test_a_day_made_a_modifier_still_dates_its_act() -> None:
    text = "Police arrested nine men in a Monday-night raid on a warehouse in Leeds."
    assert mention_dates(text, "Monday", "2025-05-05").get("raid") == "2025-05-05"
