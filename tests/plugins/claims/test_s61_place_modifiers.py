"""Session 61: a name after ``in``/``near``/``at`` with a place's lower-case modifier between
(``in southwestern Yunnan``, ``across rural Sumba``) is where something is, so ``the company``
never stands for it; a noun between the two (``in talks with Halden``) still leaves the name
free to be a firm, and so does a noun of holding before ``in`` (``shares in Varrow Data``)."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize("where", ["in southwestern Zhelan", "across rural Zhelan", "near coastal Zhelan",
                                   "in north-eastern Zhelan", "in the remote Zhelan"])
def test_the_company_skips_a_place_named_with_a_modifier(pipeline: Pipeline, where: str) -> None:
    text = (f"Fishermen accused Dorrow Tin of dumping slag into the river. The smelter, {where}, has run since "
            "1998. The company denied the allegations on Tuesday.")
    denial = next(c for c in claims_of(pipeline, text) if c.stance == "denies")
    assert denial.source == "Dorrow Tin"


def test_a_modifier_makes_the_name_a_place_throughout(pipeline: Pipeline) -> None:
    text = ("Villagers accused Marrack Cement of poisoning wells. Marrack Cement runs two kilns in western "
            "Tolvar. Tolvar has 9,000 people. The company said the wells were tested in May.")
    said = next(c for c in claims_of(pipeline, text) if "tested" in c.text)
    assert said.source == "Marrack Cement"


def test_a_noun_between_leaves_the_name_a_firm(pipeline: Pipeline) -> None:
    text = ("Regulators fined the port operator. It has been in talks with Halden Shipping since March. "
            "The company denied any wrongdoing.")
    denial = next(c for c in claims_of(pipeline, text) if c.stance == "denies")
    assert denial.source == "Halden Shipping"


@cache
def _pipeline() -> Pipeline:
    return Pipeline.build()


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["southern", "central", "inland", "neighbouring", "south-west"]),
       st.sampled_from(["Velka", "Ostrava Nova", "Kerr"]))
def test_no_modified_place_is_the_company(modifier: str, place: str) -> None:
    pipeline = _pipeline()
    text = (f"Anglers accused Brenmoor Fish Farms of letting fish escape. The farm lies in {modifier} {place}. "
            "The company denied the claim.")
    denial = next(c for c in claims_of(pipeline, text) if c.stance == "denies")
    assert denial.source != place


@pytest.mark.parametrize("held", ["Shares in Varrow Data are not listed.", "Its owners hold a 40 percent stake in Varrow Data.",
                                  "The fund's investment in Varrow Data was its largest."])
def test_a_firm_held_is_no_place(pipeline: Pipeline, held: str) -> None:
    text = f"The council approved the sale of the plot to Varrow Data. {held} The company said the plant would open in 2028."
    said = next(c for c in claims_of(pipeline, text) if "open in 2028" in c.text)
    assert said.source == "Varrow Data"


def test_a_firm_in_a_place_still_makes_the_place_no_company(pipeline: Pipeline) -> None:
    text = ("Anglers accused Brenmoor Fish Farms of letting fish escape. Its pens lie in Lake Orrin. "
            "The company denied the claim.")
    denial = next(c for c in claims_of(pipeline, text) if c.stance == "denies")
    assert denial.source == "Brenmoor Fish Farms"
