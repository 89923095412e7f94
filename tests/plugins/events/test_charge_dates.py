"""A crime named as a charge ("found guilty of murder", "charged with fraud", "two counts
of arson") happened before the verdict or the arrest: a date of the clause outside the
charge's own words is the verdict's, not the crime's; a date inside them ("the 1967
slayings", "Sunday's robbery") is the crime's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import linked_events, mention_dates


@pytest.mark.parametrize(("text", "surface", "value", "crime"), [
    ("In March 2019 the driver was found guilty of manslaughter and jailed for six years.",
     "March 2019", "2019-03", "manslaughter"),
    ("The former treasurer was charged on Tuesday with fraud.", "Tuesday", "2025-05-06", "fraud"),
    ("A jury convicted the landlord of arson in 2021.", "2021", "2021", "arson"),
    ("Last June a court acquitted the nurse of two counts of murder.", "Last June", "2024-06", "murder"),
    ("Eventually a jury found the broker guilty in 2019 of fraud and forgery.", "2019", "2019", "fraud"),
])
def test_a_verdicts_date_is_not_the_crimes(text: str, surface: str, value: str, crime: str) -> None:
    assert mention_dates(text, surface, value).get(crime) != value


@pytest.mark.parametrize(("text", "surface", "value", "crime"), [
    ("A man was charged with Sunday's robbery of a jeweller in Leeds.", "Sunday", "2025-05-04", "robbery"),
    ("A retired teacher was arrested for the 1987 murder of a shopkeeper.", "1987", "1987", "murder"),
])
def test_a_date_in_the_charge_is_the_crimes(text: str, surface: str, value: str, crime: str) -> None:
    assert mention_dates(text, surface, value).get(crime) == value


def test_a_crime_told_with_its_own_date_keeps_it() -> None:
    text = "Two men stabbed a waiter outside a bar in Hull on Saturday night."
    assert mention_dates(text, "Saturday", "2025-05-03").get("stabbed") == "2025-05-03"


def test_the_verdict_keeps_the_date() -> None:
    text = "On Monday the former mayor was convicted of bribery."
    events = linked_events(text, ("Monday", "2025-05-05"), published="2025-05-07")
    legal = next(e for e in events if any(m.text == "convicted" for m in e.mentions))
    assert legal.when == "2025-05-05"
