"""``since`` and a year (``more than 900 people since 2022``, ``the worst since March 2011, when
14 people drowned``) names the start of the period a tally covers, or an earlier event set
beside today's: no change marker (``figure_marks.marks_change``), so two tellers' tallies of
the period stay rival readings. ``since`` and a day (``40 people since Monday``) still tells a
count that moved on. Invented sentences of news other than the story where the kind was seen:
a people-smuggling trial, a lake ferry, a round of arrests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.figure_label import group_label
from newskit.story.figure_marks import marks_change
from tests.story.helpers import sentence_figure


def test_since_a_year_marks_no_change() -> None:
    text = "Prosecutors said the ring had smuggled more than 900 people across the border since 2022."
    assert not marks_change(sentence_figure(text, "more than 900", 900, approx="over"))
    text = "It was the worst ferry accident on the lake since March 2011, when 14 people drowned."
    assert not marks_change(sentence_figure(text, "14", 14))
    text = "The regulator has fined the bank three times since early 2024."
    assert not marks_change(sentence_figure(text, "three", 3))


def test_since_a_day_still_marks_a_count_that_moved_on() -> None:
    text = "Police have arrested 40 people since Monday, the interior ministry said."
    assert marks_change(sentence_figure(text, "40", 40))


def test_two_tellers_tallies_of_a_period_conflict() -> None:
    """The defence's count, told in the sentence that restates the prosecution's tally since
    2022, is a rival reading of the period, not the tally moved on (fails without
    ``_since_year``: updated)."""
    early = sentence_figure("Prosecutors said the ring had smuggled more than 900 people across the border since 2022.",
                            "more than 900", 900, approx="over", measure="number of migrants", article="a1",
                            source="prosecutors", stated="2026-04-20T10:00")
    text = "The prosecution said the ring had moved more than 900 people since 2022; the defence said it was fewer than 150."
    late = sentence_figure(text, "fewer than 150", 150, approx="under", measure="number of migrants", article="a2",
                           source="defence", stated="2026-04-21T10:00")
    assert group_label([early, late], "fixed", "number of migrants") == "conflicting"


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1950, max_value=2030), st.sampled_from(["", "March ", "early ", "late "]))
def test_any_year_after_since_marks_no_change(year: int, before: str) -> None:
    text = f"The charity says it has rescued 120 dogs since {before}{year}."
    assert not marks_change(sentence_figure(text, "120", 120))
