""""Shut" tells a closure as "close" does ("regulators shut the bank", "the clinics had been
shut", "the stores would shut"), with or without "down"; one closure is told by either verb
or by a noun, so they are one trigger family. "Shut up", "shut out", "shut off" (a supply
cut) and shut eyes are no closure. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit.story.features import family


@pytest.mark.parametrize(("text", "word"), [
    ("Regulators shut the lender at 6 p.m. on Friday and sold its branches.", "shut"),
    ("Eleven rural clinics had been shut by the end of the month.", "shut"),
    ("The carmaker said it would shut the Genk plant next year.", "shut"),
    ("The border crossing shut down on Tuesday after the clashes.", "shut"),
])
def test_shut_is_a_closure(text: str, word: str) -> None:
    assert _kinds(text).get(word) == "business"


@pytest.mark.parametrize(("text", "word"), [
    ("The keeper shut out the visitors for the third game running.", "shut"),
    ("Engineers shut off the water supply to the estate.", "shut"),
    ("He told the heckler to shut up.", "shut"),
])
def test_shut_with_another_particle_is_no_closure(text: str, word: str) -> None:
    assert word not in _kinds(text)


@pytest.mark.parametrize(("a", "b"), [("shut", "closed"), ("shutdown", "closure"), ("shutting", "close")])
def test_shut_and_close_are_one_family(a: str, b: str) -> None:
    assert family(a) == family(b)
