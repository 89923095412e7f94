"""A participle clause of the teller's own earlier giving after an amount (``would hire up to
700 staff, after previously promising about 450``; ``revision_earlier_gerunds``; ``having
initially estimated``) tells the amount before it as that teller's newer reading of its own
count (``figure_marks.revises``): the clause's subject is the main clause's. Invented
sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import revises
from tests.story.helpers import sentence_figure

_RAISED = "The carmaker's chairman said on Friday it would hire up to 700 staff at the Ostrava site, after previously promising about 450."


@pytest.mark.parametrize(("text", "amount"), [
    (_RAISED, "up to 700"),
    ("The utility now puts the repair bill at $2.1 billion, having initially estimated $1.4 billion.", "$2.1 billion"),
    ("Organisers expect 52,000 runners on Sunday, after earlier forecasting about 40,000.", "52,000"),
])
def test_a_count_before_the_tellers_own_earlier_giving_is_its_revision(text: str, amount: str) -> None:
    assert revises(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    # no adverb of an earlier time: an earlier act, not an earlier reading
    ("The firm said it would hire 700 staff, after announcing 450 job cuts at its other plant.", "700"),
    # another subject gave the earlier figure: a rival's reading, no revision
    ("The union said 700 staff would be hired, after the ministry previously promised about 450.", "700"),
    # the earlier reading itself, after the words
    (_RAISED, "about 450"),
])
def test_no_revision_without_the_tellers_own_earlier_giving(text: str, amount: str) -> None:
    assert not revises(sentence_figure(text, amount, 1))


def _staff(text: str, amount: str, value: int, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value, approx="under" if amount.startswith("up to") else "about",
                           measure="number of jobs", article=article, source=source, stated=stated)


def test_a_pledge_raised_after_the_tellers_own_earlier_one_updates_it() -> None:
    """The chairman's pledge, the company's same pledge told by another outlet under another
    name, then the chairman's raised one: the pledge as revised, not a rival's reading."""
    first = _staff("The carmaker will create about 450 jobs in Ostrava, its chairman said.", "about 450", 450,
                   "a1", "2026-04-22T18:00", "Jan Novak of carmaker")
    again = _staff("The Czech company had spoken of about 450 jobs by 2029.", "about 450", 450,
                   "a2", "2026-04-23T15:40", "Czech company")
    raised = _staff(_RAISED, "up to 700", 700, "a3", "2026-04-24T09:00", "Jan Novak of carmaker")
    assert group_label([first, again, raised], "fixed", "number of jobs") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["previously", "earlier", "initially", "first", "originally"]),
       st.sampled_from(["pledging", "promising", "announcing", "estimating", "forecasting", "putting"]),
       st.integers(2, 90_000))
def test_after_an_adverb_of_earlier_time_and_a_gerund_of_giving_the_count_before_is_revised(
        adverb: str, gerund: str, n: int) -> None:
    text = f"The council now expects {n:,} visitors, after {adverb} {gerund} about 3,000."
    assert revises(sentence_figure(text, f"{n:,}", n))
    assert not revises(sentence_figure(text.replace(f"{adverb} ", ""), f"{n:,}", n))
