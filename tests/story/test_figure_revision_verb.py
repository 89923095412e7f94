"""A teller revising its own figure with a finite verb whose object is the figure
(``the council corrected a key figure in the contract, saying ...``, ``the agency revised its
growth forecast to 2.9 percent``; ``revision_verbs``) tells the amount after it as its newer
reading (``figure_marks.revises``) and one it rejects after it as the figure's earlier reading
(``figure_marks.rejected_earlier``), as the gerunds (``correcting the figure``) already do.
Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import rejected_earlier, revises
from tests.story.helpers import sentence_figure

_FIXED = ("The port authority on Friday corrected a key figure in its concession with Harbourline, saying the "
          "annual fee will be 2.8 million dollars, not the 1.9 million dollars announced at the signing.")


@pytest.mark.parametrize(("text", "amount"), [
    (_FIXED, "2.8 million dollars"),
    ("The statistics office revised its growth forecast to 2.9 percent on Tuesday.", "2.9 percent"),
    ("Civil defence amended the official toll to 14 late on Sunday.", "14"),
    ("The utility revised down its outage count to 41,000 homes.", "41,000"),
])
def test_a_count_after_a_finite_verb_of_revision_is_its_tellers_revision(text: str, amount: str) -> None:
    assert revises(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    # the verb's object is no figure: nothing of a count is revised
    ("The ministry revised the plan on Monday and said 300 homes would be rebuilt.", "300"),
    ("The mayor corrected the record, saying 12 buses had been sent.", "12"),
    # a noun between the determiner and the figure's noun of more than one word
    ("The board revised its long term staff forecast, and 60 posts will go.", "60"),
])
def test_no_revision_where_the_verbs_object_names_no_figure(text: str, amount: str) -> None:
    assert not revises(sentence_figure(text, amount, 1))


def test_the_figure_rejected_after_the_correction_is_its_earlier_reading() -> None:
    assert rejected_earlier(sentence_figure(_FIXED, "1.9 million dollars", 1_900_000))
    rival = _FIXED.replace("corrected a key figure in", "spoke about")
    assert not rejected_earlier(sentence_figure(rival, "1.9 million dollars", 1_900_000))


def _fee(text: str, amount: str, value: float, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value * 1_000_000, unit="dollar", measure="money (fee)", article=article,
                           source=source, stated=stated)


def test_a_figure_corrected_with_a_finite_verb_updates_the_first_one() -> None:
    """The minister's figure at the signing, then the authority's correction a day later that
    rejects it: the fee as revised, not two tellers' rival readings."""
    first = _fee("Harbourline will pay an annual fee of 1.9 million dollars, Transport Minister Ana Reis said.",
                 "1.9 million dollars", 1.9, "a1", "2026-05-12T15:00", "Ana Reis")
    fixed = _fee(_FIXED, "2.8 million dollars", 2.8, "a2", "2026-05-13T11:00", "port authority")
    earlier = _fee(_FIXED, "1.9 million dollars", 1.9, "a2", "2026-05-13T11:00", "port authority")
    assert group_label([first, fixed, earlier], "fixed", "money (fee)") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["corrected", "corrects", "revised", "revises", "amended", "amends"]),
       st.sampled_from(["its", "their", "a", "the"]), st.sampled_from(["", "key ", "official ", "casualty "]),
       st.sampled_from(["figure", "estimate", "count", "total", "toll"]), st.integers(2, 90_000))
def test_a_finite_verb_with_a_figure_as_its_object_revises_the_amount_after_it(
        verb: str, det: str, adj: str, noun: str, n: int) -> None:
    text = f"The agency {verb} {det} {adj}{noun} to {n:,} on Monday."
    assert revises(sentence_figure(text, f"{n:,}", n))
    assert not revises(sentence_figure(text.replace(f" {noun} ", " plan "), f"{n:,}", n))
