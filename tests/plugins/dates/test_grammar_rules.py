"""The dates grammar as small rules that compose (``newskit_dates.grammar.RULES``): every
family has triggers, compiles on its own, and matches the kind of expression its docstring
names; the shared pieces are written once."""

from __future__ import annotations

import pytest
import regex

from newskit_dates.grammar import DAY, FAMILY_TRIGGERS, RULES, YEAR, Parts, patterns
from newskit_dates.lexicon import lexicon


def test_every_rule_has_triggers_and_compiles() -> None:
    names = [name for name, _ in RULES]
    assert len(set(names)) == len(names)
    assert set(names) == set(FAMILY_TRIGGERS)
    pats = patterns()
    for name in names:
        assert isinstance(pats.family(name), regex.Pattern)


@pytest.mark.parametrize(("family", "text", "found"), [
    ("mdy", "The vote is on Sept. 12, 2027 in the capital.", "Sept. 12, 2027"),
    ("dmy", "Polls close on 3 March 2031, officials said.", "3 March 2031"),
    ("duration", "The strike lasted three to four days.", "three to four days"),
    ("fracdur", "The dynasty ruled for a quarter of a century.", "a quarter of a century"),
    ("dayrel", "Rescuers arrived the same day.", "the same day"),
    ("weekday", "Talks resume Thursday morning.", "Thursday morning"),
    ("decade", "Prices doubled in the late 1980s.", "the late 1980s"),
])
def test_a_rule_matches_its_kind(family: str, text: str, found: str) -> None:
    m = patterns().family(family).search(text)
    assert m is not None and m.group() == found


def test_shared_pieces_match_alone() -> None:
    parts = Parts.build(lexicon())
    assert regex.fullmatch(parts.mon, "Aug.") and not regex.fullmatch(parts.mon, "Aug")
    assert regex.fullmatch(DAY, "31st") and not regex.fullmatch(DAY, "32")
    assert regex.fullmatch(YEAR, "1987") and not regex.fullmatch(YEAR, "2187")
    assert regex.fullmatch(parts.num, "twenty-four") and regex.fullmatch(parts.num, "2 1/2")
