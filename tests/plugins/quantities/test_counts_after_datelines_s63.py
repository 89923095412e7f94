"""A number word a wire dateline's dash capitalises is a count (session 63, issue #10): the
dash opens the news as a sentence's start does, so ``(Reuters) - Four people were killed``
counts four as ``Four people were killed`` does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit_quantities.grammar import find_quantities


def _surfaces(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("March 18 (Reuters) - Four people were killed in the blast, the company said.", "Four"),
    ("LONDON (Reuters) - Twelve miners were trapped underground on Friday.", "Twelve"),
    ("PARADISE, Calif. (AP) — Thirty homes burned overnight, officials said.", "Thirty"),
])
def test_a_number_word_after_a_datelines_dash_is_a_count(text: str, count: str) -> None:
    assert count in _surfaces(text)


def test_a_capitalised_number_word_inside_a_sentence_is_still_a_name() -> None:
    assert _surfaces("Leaders of the Group of Seven met in Rome on Tuesday.") == []
