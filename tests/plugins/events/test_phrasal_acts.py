"""Acts told by a common verb and the words after it, never by the verb alone: a vehicle
that catches fire or bursts into flames, a suspect taken into custody, an event called
off, a firm that files for insolvency, a gunman who opens fire, a bomb that goes off, a
storm that comes ashore, ice that gives way. Each sense is conditioned on its phrase or
particle, and a subject where the phrase alone has another sense ("an alarm went off",
"gave way to pressure"; ``triggers.json`` ``conditional``), so "caught the bus", "called
the police" and "filed a report" stay what they were. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A delivery van caught fire on the ring road early on Monday.", "caught", "disaster"),
    ("The old mill caught alight shortly after midnight.", "caught", "disaster"),
    ("The tour bus burst into flames outside the depot.", "burst", "disaster"),
    ("The councillor was taken into custody at his office on Friday.", "taken", "legal"),
    ("Two teenagers were taken into police custody after the chase.", "taken", "legal"),
    ("The regatta was called off because of high winds.", "called", "decision"),
    ("Organisers had to call off the concert after the storm.", "call", "decision"),
    ("The bakery chain filed for insolvency on Thursday.", "filed", "business"),
    ("The carrier filed for voluntary liquidation last week.", "filed", "business"),
    ("A sniper opened fire on the convoy at dawn.", "opened", "conflict"),
    ("Guards on both banks exchanged fire for an hour.", "exchanged", "conflict"),
    ("A parcel bomb went off in the sorting office.", "went", "disaster"),
    ("Typhoon Mireille came ashore south of the capital.", "came", "disaster"),
    ("The frozen pond's ice gave way under two walkers.", "gave", "disaster"),
])
def test_a_phrasal_act_is_an_event(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("She caught the last bus home.", "caught", "disaster"),
    ("The keeper caught the ball in the final minute.", "caught", "disaster"),
    ("He called the police from a neighbour's phone.", "called", "decision"),
    ("The reporter filed her story from the airport.", "filed", "business"),
    ("The bank filed a report for the regulator.", "filed", "business"),
    ("Her phone alarm went off during the hearing.", "went", "disaster"),
    ("The senator gave way to his colleague.", "gave", "disaster"),
    ("The visitors came ashore by tender.", "came", "disaster"),
    ("The bakery opened early on Sunday.", "opened", "conflict"),
])
def test_the_verb_alone_is_not_the_act(text: str, word: str, kind: str) -> None:
    """Without its phrase the verb is at most a general action, never the phrasal act."""
    assert _kinds(text).get(word) != kind


def test_a_suspect_taken_into_custody_is_no_takeover() -> None:
    """"Took ... into custody" is an arrest, whatever "take over" is."""
    assert _kinds("Police took the driver into custody.").get("took") != "business"
