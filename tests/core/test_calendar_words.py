"""The calendar's names are read from one place (``actors.json``): they open no name, and
the story's figures never take them for a side or a place."""

from __future__ import annotations

import pytest

from newskit.actors import calendar_words, find_actors


def test_the_twelve_months_and_seven_weekdays() -> None:
    words = calendar_words()
    assert len(words) == 19
    assert {"January", "May", "September", "Monday", "Sunday"} <= words
    assert "Sept" not in words and "monday" not in words  # the full names, as written


@pytest.mark.parametrize("text", [
    "The tenants' union said on Wednesday that Harbour Estates had ignored the repairs.",
    "In September, Harbour Estates said the repairs would be finished by Friday.",
])
def test_a_month_or_weekday_opens_no_name(text: str) -> None:
    names = {a.text for a in find_actors(text)}
    assert "Harbour Estates" in names
    assert not names & calendar_words(), names


def test_the_figures_read_the_same_words() -> None:
    words = calendar_words()
    assert "Thursday" in words and "March" in words
    assert "Marchers" not in words and "Thursdays" not in words and "Kyrgyz" not in words


@pytest.mark.parametrize(("text", "name"), [
    ("Under Thursday's ruling, Harbour Estates must repay the tenants.", "Harbour Estates"),
    ("Since March, Harbour Estates has raised rents twice.", "Harbour Estates"),
    ("Despite Harbour Estates' objections, the council voted for the repairs.", "Harbour Estates"),
])
def test_a_sentence_opening_preposition_opens_no_name(text: str, name: str) -> None:
    names = {a.text for a in find_actors(text)}
    assert name in names, names
    assert not any(n.split()[0] in ("Under", "Since", "Despite") for n in names), names
