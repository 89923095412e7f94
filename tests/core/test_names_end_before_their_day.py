"""A name run that goes on into the day it speaks of ends before that day (session 57):
wire copy writes the day right after a place or body (``fire at Wasilla Bible Church Friday
night``), and headlines put their date after a name. Real ECB+ news gave participants such
as ``Wasilla Bible Church Friday``."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.text for a in find_actors(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Smoke rose from the Grantham Street Mission Friday night, neighbours said.", "Grantham Street Mission"),
    ("Two workers were hurt at the Norvell Paper Mill Tuesday when a boiler burst.", "Norvell Paper Mill"),
    ("The families gathered outside Halvorsen County Courthouse Monday.", "Halvorsen County Courthouse"),
    ("Kessler Tool Works Layoffs September 14, 2026 The plant will close.", "Kessler Tool Works Layoffs"),
])
def test_the_day_after_a_name_is_not_part_of_it(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert not any(n.startswith(name + " ") for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("Vendors fixed the flaw in this month's Patch Tuesday update.", "Patch Tuesday"),
    ("The parade on Easter Monday drew crowds to the harbour.", "Easter Monday"),
    ("The Good Friday Agreement was signed in Belfast.", "Good Friday Agreement"),
    ("Trade ministers met Prime Minister Theresa May in London.", "Theresa May"),
])
def test_names_that_hold_a_day_stay_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_joiner_before_the_day_goes_with_it() -> None:
    text = "Relatives of the crew met the Sundvik Harbour Board of Thursday's inquiry panel."
    assert not any(n.endswith(" of") for n in _names(text))


def test_a_name_stands_on_one_line() -> None:
    """A headline's last words and the next line's dateline or first name are two things
    (web copy puts each on its own line)."""
    text = ("Rescuers Reach Kessler Valley\nMay 3, 2026 9:15 AM EDT\nTeams from Harlow County "
            "Fire Rescue reached the valley.\nPosted by Mara Ellis\nCommunity Radio Network said ...")
    names = {a.text for a in find_actors(text)}
    assert not any("\n" in n for n in names), names
    assert "Harlow County Fire Rescue" in names
