"""Cheap tests in front of the persons plugin's whole-text patterns (issue #11, session 50):
the quoted nickname, the ice hockey goal, the race result's placed line, the rider in prose
and the byline are each looked for only in a text holding what every match of the pattern
holds (a part of the pattern, or one of its literal words), found at a fraction of the
whole pattern's cost. A gate may spare a pattern's run, never change what it finds."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons import detect, nicknames, racecards, summaries
from newskit_persons.detect import detect as detect_names

#: the pieces these patterns read: capitalised and lower-case words, marks, brackets,
#: figures, times, colons, line breaks
_PIECES = ["Brannock", "Oliveira", "Tess", "the", "of", "wins", " ", "  ", "\t", "\n", '"', "“", "”",
           "'", "‘", "’", "(", ")", ",", ".", ":", "1", "12", "3:05", "4:22", "9-2", "pp", "By",
           "BY", "by", "ridden by", "Goalies", "Written by", "Reporting by", "-"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)

#: each gate and the pattern it stands in front of
_GATES: list[tuple[str, regex.Pattern[str], Any]] = [
    ("nickname", nicknames._NICKNAMED, nicknames._NICKNAMED_GATE.search),
    ("goal", summaries._GOAL, summaries._GOAL_GATE.search),
    ("placed", racecards._PLACED, racecards._PLACED_GATE.search),
    ("ridden", racecards._RIDDEN, lambda t: "ridden by" in t),
    ("byline", detect._BYLINE, lambda t: any(w in t for w in detect._BYLINE_WORDS)),
]


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_every_match_passes_its_gate(text: str) -> None:
    for _name, pattern, gate in _GATES:
        if pattern.search(text) is not None:
            assert gate(text)


@pytest.mark.parametrize(
    "text",
    [
        'Featherweight Dario "The Needle" Castellano stopped his man in the ninth.',
        "Harbour boxer Tomasz ‘Anvil’ Wierzbicki won on points.",
        "2 , Halifax , Brannock 14 ( Oliveira , Tess ) ( pp ) 4:22 .",
        "Goalies : Halifax , Pellerin . Moncton , Doucet .",
        "1. Morning Lark 9-2 ( Eamon Tierney ) \n2. Silver Bay ( Ciaran Foley ) 5-1",
        "The favourite Copper Kettle , ridden by Aoife Brennan , won by a length.",
        "By Marta Quiroga\nThe port reopened on Monday.",
    ],
)
def test_the_gates_pass_what_the_patterns_find(text: str) -> None:
    for _name, pattern, gate in _GATES:
        if pattern.search(text) is not None:
            assert gate(text)


def test_names_behind_the_gates_are_still_found() -> None:
    got = [c.surface for c in detect_names('Featherweight Dario "The Needle" Castellano stopped his man.')]
    assert got == ['Dario "The Needle" Castellano']
    authors = [c.surface for c in detect_names("By Marta Quiroga\nThe port reopened on Monday.") if c.author]
    assert authors == ["Marta Quiroga"]
    summary = "1 , Halifax , Brannock 14 ( Oliveira , Pellerin ) 4:22 .\nGoalies : Halifax , Doucet ."
    assert {"Brannock", "Oliveira", "Pellerin", "Doucet"} <= {c.surface for c in detect_names(summary)}


class _Counted:
    """A pattern that counts its whole-text scans (the one a gate should spare)."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.pattern.finditer(text, *args)

    def search(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.pattern.search(text, *args)


@pytest.mark.parametrize(
    ("module", "name"),
    [(nicknames, "_NICKNAMED"), (summaries, "_GOAL"), (racecards, "_PLACED"), (racecards, "_RIDDEN"),
     (detect, "_BYLINE")],
)
def test_a_text_without_the_gate_is_not_scanned(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
    # quotation marks, brackets, a time and a byline's word, but none of the gates' shapes
    text = ('The mayor said "we will rebuild" (after the flood) at 4:30 on Monday.\n'
            "Crews worked by night; the ferry (the larger one) sailed: 3 . 12 trucks crossed.")
    counted = _Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    detect_names(text)
    assert counted.scans == 0
