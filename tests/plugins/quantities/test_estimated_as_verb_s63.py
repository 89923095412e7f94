"""A bare "estimated" before a number is a hedge only as an adjective (session 63, issue
#10): after its subject it is the verb that tells the amount (``The agency estimated 2,300
fish died``), so it is no part of the amount, and the story can read the subject as the
amount's teller. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit_quantities.grammar import find_quantities


def _surfaces(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "amount"), [
    ("The Environment Agency estimated 2,300 fish died in the river.", "2,300"),
    ("Police estimated about 3,000 people marched through the centre.", "about 3,000"),
    ("The company has estimated 500 jobs will go by March.", "500"),
])
def test_estimated_after_its_subject_is_the_verb(text: str, amount: str) -> None:
    assert _surfaces(text)[:1] == [amount]


@pytest.mark.parametrize(("text", "amount"), [
    ("An estimated 2,300 fish died in the river.", "An estimated 2,300"),
    ("Estimated 2,300 fish died in the river, officials said.", "Estimated 2,300"),
    ("The union said its estimated 4,000 members would strike.", "estimated 4,000"),
])
def test_estimated_as_an_adjective_is_the_amounts_hedge(text: str, amount: str) -> None:
    assert _surfaces(text)[:1] == [amount]


def test_estimated_after_a_possessive_is_the_amounts_hedge() -> None:
    text = "More than 20,000 of the island's estimated 32,000 clove farmers joined the boycott."
    assert "estimated 32,000" in _surfaces(text)
