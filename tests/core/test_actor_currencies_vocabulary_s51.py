"""Session 51: the names read their currencies from the vocabulary, the one list the numbers'
grammar reads too (the quantities plugin's units, and any plugin's that registers more), so a
currency a third-party plugin adds is no actor before its sum either. Texts invented."""

from __future__ import annotations

import pytest

from newskit.actors import find_actors
from newskit.vocabulary import Unit, Vocabulary, current, using


def _names(text: str) -> list[str]:
    return [a.text for a in find_actors(text)]


def _with(*units: Unit) -> Vocabulary:
    bundled = current()
    return Vocabulary.merge([("bundled", Unit, list(bundled(Unit))), ("third-party", Unit, list(units))])


def test_a_currency_a_plugin_registers_names_no_actor_before_it() -> None:
    text = "The council of Vellmar said the bridge cost 4 million Norland crowlets to repair."
    assert "Norland" in _names(text)
    with using(_with(Unit(surface="crowlets", unit="NLC", form="currency"))):
        assert "Norland" not in _names(text), _names(text)


def test_a_code_a_plugin_registers_names_no_actor_before_a_sum() -> None:
    text = "The fine was set at QZQ 9,000 by the regulator on Monday."
    assert "QZQ" in _names(text)
    with using(_with(Unit(surface="QZQ", unit="QZQ", form="code"))):
        assert "QZQ" not in _names(text), _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kenya marks the anniversary of the floods on Friday.", "Kenya"),
    ("Barrick gold output rose, Halden Mining said.", "Halden Mining"),
])
def test_a_currency_word_that_is_a_verb_or_noun_after_a_name_says_nothing(text: str, name: str) -> None:
    assert name in _names(text), _names(text)
