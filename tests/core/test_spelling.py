"""newskit.spelling: a British form is read as its American one, and only then."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.spelling import american


@pytest.mark.parametrize(("british", "us"), [
    ("cancelled", "canceled"), ("travelling", "traveling"), ("fuelled", "fueled"), ("labelled", "labeled"),
    ("organised", "organized"), ("Privatisation", "privatization"), ("penalises", "penalizes"),
    ("hospitalising", "hospitalizing"), ("analysed", "analyzed"), ("paralyse", "paralyze"),
])
def test_a_british_form_is_its_american_one(british: str, us: str) -> None:
    assert american(british) == us


@pytest.mark.parametrize("word", ["advised", "surprise", "promising", "raised", "praised", "exercise", "revised",
                                  "killed", "installed", "called", "otherwise", "precise", "rise", "crisis"])
def test_a_word_with_one_spelling_stays(word: str) -> None:
    assert american(word) == word


@given(st.text(alphabet="abcdefilnorstuyz", max_size=14))
def test_american_is_idempotent_and_lower_case(word: str) -> None:
    once = american(word)
    assert american(once) == once
    assert once == once.lower()
