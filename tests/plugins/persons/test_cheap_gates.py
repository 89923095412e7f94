"""Issue #11, session 20: the cheap tests that spare the detector its rules must never
change what it finds. Each is checked two ways: the same persons with the test as without
it (sentences written for these tests, of kinds of news other than the bench sets), and
the test against the rule it stands for, at every word of the seeds."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_persons import detect, edges, extract_persons, named_things, scorecards, word_classes
from newskit_persons.document import Doc
from newskit_persons.lexicon import fold, lexicon
from newskit_persons.rule_gates import RuleGates
from newskit_persons.tokens import Tok, tokenize

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

TEXTS = [
    "The storm weakened overnight. Forecasters said tropical storm Beatriz would reach land "
    "on Friday, and Hurricane Otis had already flattened Acapulco.",
    "Typhoon Haikui and Super Typhoon Saola crossed the strait. June Tanaka, a fisherman, "
    "said the harbour was closed.",
    "Shares of Ralph Lauren fell 4% after a stake in Li Ning was sold to a subsidiary of "
    "Anta Sports, analyst Priya Raman said.",
    "Minister Ana Brnabic opened the bridge. The Minister said British engineers and "
    "Danish welders had worked through June.",
    "In May the King addressed parliament. King said he would not stand again, and "
    "Senator Joe Manchin agreed.",
    "The research vessel Sonne docked in Kiel. Captain Lars Petersen said the Simon "
    "Bolivar courthouse was flooded.",
    "A. Smith and J.R. Okafor scored for Enyimba. Coach Finidi George praised Okafor.",
    "Aston Villa beat Al Ahly; Bain Capital and the Alpenstrassen Tunnelbetrieb bought shares, said "
    "Jean-Pierre Dubois, Anne-Marie Keller and Sun-hee Park.",
    "Procter & Gamble and Marks & Spencer reported sales; Doe said the Ruhr Steel plant "
    "in Rancho Mirage, Calif., would close.",
]


def _persons(text: str) -> list[tuple[int, int, str, str | None, str | None]]:
    return [(m.start, m.end, m.entity, m.title, m.affiliation) for m in extract_persons(text)]


class _Everything:
    """A set holding every word: the gate it stands in for lets every run through."""

    def __contains__(self, word: object) -> bool:
        return True


@pytest.fixture
def no_gates(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The detector with every cheap test of session 20 turned off."""
    lex: Any = lexicon()
    monkeypatch.setattr(detect, "strips_whole", lambda *args: False)
    monkeypatch.setattr(named_things, "_ONE_WORD_RULES", named_things._ALL_RULES)
    monkeypatch.setattr(named_things, "_ONE_WORD_CUE_RULES", named_things._CUE_RULES)
    monkeypatch.setattr(lex, "storm_head_ends", _Everything())
    monkeypatch.setattr(lex, "firm_before_ends", _Everything())
    monkeypatch.setattr(lex, "named_like_people_firsts", _Everything())
    # session 39's gates on the words around a run: every rule asked again
    monkeypatch.setattr(named_things, "_GATES", RuleGates(named_things._ALL_RULES, {}))
    monkeypatch.setattr(scorecards, "_CARD_GATES", RuleGates(scorecards._CARD_RULES, {}))
    yield


@pytest.mark.parametrize("text", TEXTS)
def test_the_cheap_tests_change_no_person(text: str, no_gates: None, monkeypatch: pytest.MonkeyPatch) -> None:
    without = _persons(text)
    monkeypatch.undo()
    assert _persons(text) == without


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_cheap_tests_change_no_person_of_the_seeds(path: Path, no_gates: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    without = _persons(text)
    monkeypatch.undo()
    assert _persons(text) == without


def test_the_gates_are_exercised() -> None:
    """The texts above reach each gate both ways (else the comparison proves nothing)."""
    lex = lexicon()
    text = " ".join(TEXTS)
    doc = Doc(text)
    whole = [edges.strips_whole(doc, lex, k) for k in range(len(doc.toks))]
    assert any(whole) and not all(whole)
    ends = [t.folded in lex.storm_head_ends for t in doc.toks]
    assert any(ends) and not all(ends)
    firm = [t.folded in lex.firm_before_ends for t in doc.toks]
    assert any(firm) and not all(firm)
    known = [t.folded in lex.named_like_people_firsts for t in doc.toks]
    assert any(known) and not all(known)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_strips_whole_is_what_strip_left_strips(path: Path) -> None:
    """Wherever the shortcut says a lone word is stripped whole, ``strip_left`` strips it."""
    lex = lexicon()
    doc = Doc(path.read_text(encoding="utf-8"))
    for k in range(len(doc.toks)):
        if edges.strips_whole(doc, lex, k):
            got = edges.strip_left(doc, lex, k, k + 1, False)
            assert got is not None and got[0] == k + 1, doc.toks[k]


ONE_WORD_THINGS = [
    "The crew of the vessel Sonne were rescued.",
    "Water reached the old Bolivar courthouse on Monday.",
    "The Miners' Federation met, and Gamble & Sons paid.",
    "Rain fell in Barstow, Calif., overnight.",
    "At Taunton : Somerset 214 and 96 for two.",
    "Investors bought shares of Pirelli after the merger with Kumho was approved.",
    "The University said it would reopen.",
    "An analyst at Troika said the bid was low.",
    "Hutchison rose 1.50 dollars in Hong Kong.",
    "1. Carlos Sainz ( Spain ) Toyota 3 hours 12 minutes",
    "Rain ended the match at Headingley on Friday.",
    "Brokers tipped stocks like Beximco on Monday.",
    "Shelling hit the town of Caiundo overnight.",
    "Verhoek, a family firm based in Leeds, closed.",
    "Analyst Rachel Dunn of Cazenove said so.",
    "Critics said the Kessler law had failed.",
    "Argos 95,000 Santos / Lagos W120 Petrobras .",
]


def _one_word_rulings(texts: list[str]) -> set[str]:
    """The names of the rules of :func:`named_things.named_thing` that hold of some
    one-word span of ``texts``."""
    lex = lexicon()
    held: set[str] = set()
    for text in texts:
        doc = Doc(text)
        for k, t in enumerate(doc.toks):
            for rule in named_things._ALL_RULES:
                if rule(doc, lex, [t], [t.folded], k, k + 1):
                    held.add(rule.__name__)
    return held


def test_the_rules_left_out_for_one_word_never_hold_of_one() -> None:
    texts = ONE_WORD_THINGS + TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    held = _one_word_rulings(texts)
    kept = {rule.__name__ for rule in named_things._ONE_WORD_RULES}
    assert held <= kept
    assert held == kept  # every kept rule holds somewhere: the first assert is exercised


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=200) | st.text(max_size=60))
def test_every_token_is_folded_as_fold_folds_it(text: str) -> None:
    """An ASCII text's tokens take their folded form from the text's lower case at once."""
    for t in tokenize(text):
        assert t.folded == fold(t.text)


def _given_name_before(lex: Any, f: str) -> bool:
    """:func:`word_classes.given_name` as written before the hyphen test."""
    parts = word_classes.hyphen_parts(f)
    return f in lex.given or (len(parts) > 1 and parts[0] in lex.given) or word_classes._given_spelling(lex, f)


def _foreign_named_before(lex: Any, folded: list[str]) -> bool:
    """The ending test of :func:`named_things._foreign_named` as written before its gate."""
    return any(len(f) > len(end) + 2 and f.endswith(end) for f in folded for end in lex.foreign_org_endings)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_word_tests_read_as_before(path: Path) -> None:
    lex = lexicon()
    words = [t.folded for t in Doc(path.read_text(encoding="utf-8") + " " + " ".join(TEXTS)).toks]
    words += ["jean-pierre", "-anne", "sun-", "ann--marie", "x-ray", "verkehrsclub", "club", "abcclub", "abclub",
              "stadtwerke"]
    for f in words:
        assert word_classes.given_name(lex, f) == _given_name_before(lex, f), f
    for a, b in pairwise(words):
        names = [Tok(w, 0, len(w), False, w) for w in (a, b)]
        got = named_things._foreign_named(Doc(""), lex, names, [a, b], 0, 2)
        assert got == (a in lex.foreign_heads_first or b in lex.foreign_heads_last or
                       _foreign_named_before(lex, [a, b])), (a, b)
