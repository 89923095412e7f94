"""The suffix lemmatiser behind trigger look-up."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_events.lemma import ED, ING, S, candidates, nominalisations, verb_bases


@pytest.mark.parametrize(("word", "lemma", "tag"), [
    ("stopped", "stop", ED), ("arrived", "arrive", ED), ("hurried", "hurry", ED), ("visited", "visit", ED),
    ("dying", "die", ING), ("visiting", "visit", ING), ("shooting", "shoot", ING), ("hosting", "host", ING),
    ("fires", "fire", S), ("crises", "crisis", S), ("casualties", "casualty", S), ("clashes", "clash", S),
    ("struck", "strike", ED), ("fled", "flee", ED), ("sworn", "swear", ED), ("left", "leave", ED),
    ("Panicked", "panic", ED),
])
def test_candidates(word: str, lemma: str, tag: str) -> None:
    assert (lemma, tag) in candidates(word)


def test_bare_form_first() -> None:
    assert candidates("Landing")[0] == ("landing", "base")


@pytest.mark.parametrize(("verb", "noun"), [
    ("evacuate", "evacuation"), ("arrive", "arrival"), ("deploy", "deployment"), ("depart", "departure"),
    ("appear", "appearance"), ("collide", "collision"), ("explode", "explosion"), ("invade", "invasion"),
    ("acquire", "acquisition"), ("detain", "detention"), ("bury", "burial"), ("deliver", "delivery"),
    ("stop", "stoppage"), ("rob", "robbery"), ("occur", "occurrence"), ("relocate", "relocation"),
])
def test_nominalisations_by_rule(verb: str, noun: str) -> None:
    assert noun in nominalisations(verb)


@pytest.mark.parametrize(("noun", "verb"), [
    ("explosion", "explode"), ("election", "elect"), ("deployment", "deploy"), ("confession", "confess"),
    ("amputation", "amputate"), ("cancellation", "cancel"), ("suspension", "suspend"),
])
def test_verb_bases_read_the_rules_backwards(noun: str, verb: str) -> None:
    assert verb in verb_bases(noun)


@pytest.mark.parametrize("noun", ["trial", "final", "damage", "robbery", "departure"])
def test_verb_bases_only_from_unambiguous_suffixes(noun: str) -> None:
    """-al, -age, -ery, -ure end too many nouns that come from no verb: never read back."""
    assert verb_bases(noun) == ()


@given(st.from_regex(r"[a-z]{3,12}", fullmatch=True))
def test_derivation_round_trips(verb: str) -> None:
    """Every base read back from a nominalisation derives that nominalisation again (or is
    its undoubled stem), so the two directions are one rule table."""
    for noun in nominalisations(verb):
        for base in verb_bases(noun):
            assert noun in nominalisations(base) or base + base[-1] in noun
