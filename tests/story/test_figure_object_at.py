"""A sum after ``at`` or ``to`` that a verb of estimating or setting gives its object noun
(``Police had first put the loss at RM2.3 million``, ``raised the grant to 4 million soums``,
``put the value of the seized timber at about $1.6 million``) is what that noun names, as ``a
loss of RM2.3 million`` is (``figures.json`` ``object_at_verbs``,
``figure_measure._named_by_noun``); a noun that only says the amount is a reading (``put the
figure at``, ``the total``) names nothing. Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, labelled_amounts


@pytest.mark.parametrize(("text", "amount", "measure"), [
    ("Police had first put the loss at RM2.3 million, based on a quick count by shop staff.",
     "RM2.3 million", "loss"),
    ("The cabinet on Thursday raised the grant to 4 million soums per hectare.",
     "4 million soums", "grant"),
    ("Forestry officials put the value of the seized timber at about $1.6 million.", "about $1.6 million",
     "value"),
    ("The regulator has set the levy at £14 a tonne from April.", "£14", "levy"),
])
def test_the_object_noun_names_the_sum(pipeline: Pipeline, text: str, amount: str, measure: str) -> None:
    """Fails without the rule: no rule named the sum (``?``)."""
    assert figure_measures(pipeline, text)[amount].split(" in ")[0].split(" (")[0] == measure


@pytest.mark.parametrize("text", [
    "Police put the figure at $3.4 million on Friday.",
    "The union put the total at about €900,000.",
])
def test_a_noun_of_reading_names_nothing(pipeline: Pipeline, text: str) -> None:
    assert all(m.split(" (")[0] in ("?", "amount") or not m.startswith(("figure", "total"))
               for m in figure_measures(pipeline, text).values())


def test_a_raised_grant_is_an_update_of_the_first(pipeline: Pipeline) -> None:
    """One outlet gives the first grant, a later one says the cabinet raised it: the noun the
    rule reads joins the two as ``a grant of`` does (a guard: the loose join held them too)."""
    found = labelled_amounts(
        pipeline,
        "Growers who leave their cotton fields fallow will be offered a grant of 2 million soums "
        "per hectare, the cabinet said on Monday.",
        "The cabinet on Thursday raised the grant for growers who leave their cotton fields "
        "fallow to 3.5 million soums per hectare, the farm ministry said.",
        stamp="2025-04-0{n}",
    )
    assert any({"2 million soums", "3.5 million soums"} <= got for _, got in found)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["put", "estimated", "pegged", "set"]), st.sampled_from(["loss", "shortfall", "bill"]),
       st.integers(2, 900))
def test_any_verb_of_estimating_names_the_sum_by_its_object(pipeline: Pipeline, verb: str, noun: str,
                                                             n: int) -> None:
    text = f"Auditors {verb} the {noun} at €{n} million on Tuesday."
    assert figure_measures(pipeline, text)[f"€{n} million"].split(" in ")[0].split(" (")[0] == noun
