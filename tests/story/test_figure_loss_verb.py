"""A sum that is the object of ``lost`` (``The bakery lost 14 million zlotys last year``) is the
body's loss, as ``a loss of 14 million zlotys`` is: the verb's noun names it
(``figures.json`` ``sum_verb_nouns``, ``figure_measure._named_by_noun``). No rule named it
before (``lost`` is no verb of a count: ``jobs lost``), so a loss dated by ``last year`` was
an amount of another time that nothing named, and it was dropped. A share or a count after
``lost`` is no sum (``the rand lost 6 percent``, ``lost 40 sheep``). Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import figure_measures, labelled_amounts


@pytest.mark.parametrize(("text", "amount"), [
    ("The Gdynia bakery lost 14 million zlotys last year, according to its annual accounts.",
     "14 million zlotys"),
    ("The ferry operator said the route had lost HK$21 million in the year to March.", "HK$21 million"),
    ("Acme Tiles loses about €3 million a year on the plant, its chairman said.", "about €3 million"),
])
def test_a_sum_after_lost_is_a_loss(pipeline: Pipeline, text: str, amount: str) -> None:
    """Fails without the rule: no measure (``?``), or no figure at all for last year's."""
    assert figure_measures(pipeline, text)[amount].split(" in ")[0] == "loss"


def test_a_share_after_lost_is_no_loss(pipeline: Pipeline) -> None:
    measures = figure_measures(pipeline, "The rand lost 6 percent against the dollar over the week.")
    assert measures.get("6 percent", "").split(" in ")[0] != "loss"


def test_last_year_s_loss_told_with_the_verb_and_with_the_noun_is_one_sum(pipeline: Pipeline) -> None:
    """One outlet writes ``lost 38 million kroner last year``, another ``a loss of about €5.1
    million last year``: the same sum at the krone's peg (was no finding: the kroner were
    dropped as an unnamed amount of a past year)."""
    found = labelled_amounts(
        pipeline,
        "Svaneke Smokehouse lost 38 million kroner last year, its accounts show, and the Danish "
        "owner said on Monday it would close the plant in March.",
        "The Danish owner will close Svaneke Smokehouse, which posted a loss of about €5.1 million "
        "last year on sales of roughly €30 million.",
        stamp="2026-09-0{n}",
    )
    assert ("consistent", {"38 million kroner", "about €5.1 million"}) in found


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["lost", "loses", "lose"]), st.integers(2, 900))
def test_any_form_of_lose_names_a_loss(pipeline: Pipeline, verb: str, n: int) -> None:
    text = f"The operator said the line would {verb} €{n} million this year." if verb == "lose" else \
        f"The operator said the line {verb} €{n} million this year."
    assert figure_measures(pipeline, text)[f"€{n} million"].split(" in ")[0] == "loss"
