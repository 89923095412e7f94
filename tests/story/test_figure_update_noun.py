"""A count its teller gives in an update (``the fire service said in an evening update``,
``according to an updated figure from the ambulance service``; ``update_times``) is that
teller's newer reading (``figure_marks.revises``): a differing earlier count of the same
body, told under another of its names, is updated by it, not a rival estimate. Invented
sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import revises
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount"), [
    ("The floods have destroyed at least 30 homes, the fire service said in an evening update.", "30"),
    ("In an update on Monday, the port authority said 14 containers had fallen overboard.", "14"),
    ("Paramedics have treated 22 people, according to an updated figure from the ambulance service.", "22"),
    ("About 85,000 patients were affected, according to a revised estimate from the health board.", "85,000"),
    ("The storm cut power to 9,000 homes, the utility said in its latest update.", "9,000"),
])
def test_a_count_told_in_an_update_is_its_tellers_revision(text: str, amount: str) -> None:
    assert revises(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    # an update that names no reading
    ("About 40,000 thermostats stopped working after a software update, the company said.", "40,000"),
    ("The chief executive, who has led the firm for 12 years, will present a strategy update in March.", "12"),
    # the words stand before another number: they are that number's
    ("In an update, the port authority said 14 containers fell overboard and 3 crew were hurt.", "3"),
])
def test_no_revision_where_the_update_names_no_reading_of_the_amount(text: str, amount: str) -> None:
    assert not revises(sentence_figure(text, amount, 1))


def _dead(text: str, amount: str, value: int, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value, unit="person", approx="over", measure="deaths", article=article,
                           source=source, stated=stated)


def test_a_later_floor_told_in_an_update_updates_the_mornings_floor() -> None:
    """Two floors of one toll the same day, the later given in the body's afternoon update under
    another of its names: the toll as it rose, not two tellers' rival estimates."""
    morning = _dead("The landslide killed at least 6 people, the National Disaster Agency said.", "at least 6", 6,
                    "a1", "2026-08-11T09:00", "National Disaster Agency")
    afternoon = _dead("The landslide buried a hamlet, killing at least 10 people, the disaster service said in an "
                      "afternoon update.", "at least 10", 10, "a2", "2026-08-11T16:00", "disaster service")
    assert group_label([morning, afternoon], "rising", "deaths") == "updated"
