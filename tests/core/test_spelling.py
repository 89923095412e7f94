"""newskit.spelling: a British form is read as its American one, and only then."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.spelling import _tables, american


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


def _each_ending_in_turn(word: str) -> str:
    """The rule as data states it: the doubled-l form, else the longest -ise ending the word
    has (on a stem of three letters, not a word whose -ise is its only spelling), else the
    longest -yse ending; else the word."""
    w = word.lower()
    doubled, ise, yse, not_ise = _tables()
    if w in doubled:
        return doubled[w]
    for end in ise:
        if w.endswith(end) and len(w) - len(end) >= 3 and w[: -len(end)] + "ise" not in not_ise:
            return w[: -len(end)] + "iz" + end[2:]
    for end in yse:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)] + "yz" + end[2:]
    return w


_PIECES = ["ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers", "yse", "ysed",
           "yses", "ysing", "yser", "ysers", "anal", "organ", "adv", "compr", "cancel", "led",
           "ling", "s", "e", "d", "r", "n", "ation", "ly", "Rev", "SUPERV"]


@given(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join))
def test_a_word_ending_in_none_of_the_endings_is_ruled_out_at_once(word: str) -> None:
    # the endings tried together first, then one by one: the same answer as one by one
    assert american.__wrapped__(word) == _each_ending_in_turn(word)


@pytest.mark.parametrize(("word", "us"), [
    ("Vandalisations", "vandalizations"), ("catalysers", "catalyzers"), ("paralysing", "paralyzing"), ("expertise", "expertise"),
    ("rise", "rise"), ("noise", "noise"), ("harbourside", "harbourside"), ("cryse", "cryse"),
])
def test_each_ending_of_both_lists_still_read(word: str, us: str) -> None:
    assert american.__wrapped__(word) == us
