"""A participle clause of revising whose object names a count's earlier reading (``, revising
the figure of about 140 it gave on Wednesday``, ``, raising a toll of 37 given in the
morning``) counts the amount after ``of`` as the reading the main clause's amount replaces,
as ``up from`` does (``figure_marks._from_change``): it measures what that amount measures,
and another outlet's differing count updates it. Invented news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_label import _pair_label
from newskit.story.figure_marks import counted_from
from tests.story.helpers import article_measures, figures_by_measure, sentence_figure


@pytest.mark.parametrize(("text", "now", "then"), [
    ("The retailer said 163 branches would close, revising the figure of about 150 it gave on Tuesday.",
     "163", "about 150"),
    ("The hospital said 61 people had been treated for smoke inhalation, updating the count of 44 it released "
     "at noon.", "61", "44"),
    ("The storm killed two people and injured at least 58, the prefecture said on Monday evening, raising a "
     "toll of 41 injured given in the morning.", "at least 58", "41"),
    ("Prosecutors said 17 people had been detained in the raids, correcting the figure of 13 given by the "
     "police a day earlier.", "17", "13"),
])
def test_the_revised_reading_measures_what_its_replacement_does(pipeline: Pipeline, text: str, now: str,
                                                                then: str) -> None:
    measures = article_measures(pipeline, text)
    assert measures[then] == measures[now]


def test_the_revised_reading_is_marked_as_the_earlier(pipeline: Pipeline) -> None:
    found = figures_by_measure(
        pipeline,
        "The storm injured 41 people on the island overnight, the prefecture said on Monday morning.",
        "The storm injured at least 58 people, the prefecture said on Monday evening, raising a toll of 41 "
        "injured given in the morning.",
    )
    assert any(label == "updated" and "at least 58" in amounts for label, amounts in found.values())


@pytest.mark.parametrize("text", [
    # a participle of revising whose object is no count's reading
    "The council said 40 families had been rehoused, raising the number of vacant flats to 12.",
    # no comma: the verb is the main clause's, and its object a noun of its own
    "The operator said it was revising the figure of 12 ferries it runs each day.",
])
def test_no_earlier_reading_without_the_clause(text: str) -> None:
    a = sentence_figure(text, "12", 12, measure="number of flats", article="a1", source="council",
                        stated="2026-03-03T10:00")
    assert not counted_from(a)


_UNROUND = st.integers(1, 500).filter(lambda n: n % 5 != 0)


@settings(max_examples=30, deadline=None)
@given(_UNROUND.filter(lambda n: n != 88), _UNROUND, st.sampled_from(["revising", "correcting", "raising", "lowering", "updating"]),
       st.sampled_from(["the figure of", "its estimate of", "a toll of", "the count of"]))
def test_any_revised_reading_is_updated_by_a_differing_count(then: int, other: int, verb: str, obj: str) -> None:
    if then == other:
        return  # (never 88: sentence_figure takes the first occurrence, and the sentence opens with 88)
    told = f"The ministry said 88 shelters had opened, {verb} {obj} {then} it gave on Monday."
    a = sentence_figure(told, str(then), then, measure="shelters", article="a1", source="ministry",
                        stated="2026-03-03T10:00")
    b = sentence_figure(f"{other} shelters had opened, the city said.", str(other), other,
                        measure="shelters", article="a2", source="city", stated="2026-03-03T18:00")
    assert counted_from(a) and not counted_from(b)
    assert _pair_label(a, b, "rising", "shelters") == "updated"
