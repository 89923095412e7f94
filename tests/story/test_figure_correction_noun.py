"""A count its teller gives in a correction it issues (``the utility issued a correction
saying 52,000 homes had lost power``; ``revision_corrections``) is that teller's newer
reading (``figure_marks.revises``): a differing count given before it is updated, though the
earlier one was told under another of the teller's names. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import revises
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount"), [
    ("On Friday the utility issued a correction saying 52,000 homes had lost power.", "52,000"),
    ("The ministry published its correction stating that 31 schools had closed.", "31"),
    ("The council later released a correction showing 640 households had been billed twice.", "640"),
])
def test_a_count_told_in_a_correction_is_its_tellers_revision(text: str, amount: str) -> None:
    assert revises(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    # a correction that gives no reading
    ("A correction was sent 38 minutes later, the agency said.", "38"),
    ("The correction confirmed what 14 residents had said all along.", "14"),
    # the words stand before another number: they are that number's
    ("The insurer issued a correction saying 300 claims were filed, and 12 staff were reassigned.", "12"),
])
def test_no_revision_where_the_correction_names_no_reading_of_the_amount(text: str, amount: str) -> None:
    assert not revises(sentence_figure(text, amount, 1))


def _use(text: str, amount: str, value: int, article: str, stated: str, source: str) -> Figure:
    return sentence_figure(text, amount, value * 1_000_000, unit="gallon", measure="water use", article=article,
                           source=source, stated=stated)


def test_a_count_given_in_a_correction_updates_the_first_figure() -> None:
    """The operator's first figure, then its correction a day later, told under another of its
    names: the count as revised, not two tellers' rival readings."""
    first = _use("The plant will use about 15 million gallons of water a year, the Denver company says.",
                 "about 15 million gallons", 15, "a1", "2026-05-12T15:00", "Denver")
    fixed = _use("On Wednesday Ridgeline issued a correction saying the plant will use 33 million gallons a year.",
                 "33 million gallons", 33, "a2", "2026-05-13T11:00", "Ridgeline")
    assert revises(fixed)
    assert group_label([first, fixed], "fixed", "water use") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["a", "its", "their"]), st.sampled_from(["correction", "erratum"]),
       st.sampled_from(["saying", "stating", "showing"]), st.integers(2, 90_000))
def test_a_correction_with_a_verb_of_saying_revises_the_amount_after_it(det: str, noun: str, verb: str, n: int) -> None:
    text = f"The agency issued {det} {noun} {verb} {n:,} permits had been granted."
    assert revises(sentence_figure(text, f"{n:,}", n))
    assert not revises(sentence_figure(text.replace(f" {verb}", " and said"), f"{n:,}", n))
