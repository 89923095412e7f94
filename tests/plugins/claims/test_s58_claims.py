"""Session 58 (issue #10): two shapes read as denials that deny no charge, found reading the
allegation/denial pairs the story forms and no gold pair names.

* A verb of rejecting whose object is a decision put to a vote or an offer of terms
  (``voters rejected a gold project``, ``the assembly rejected an amendment``) turns down a
  proposal; after *deny* the same nouns say no such thing exists, a denial.
* A negated intention, promise or refusal (``drivers would not load coal until ...``,
  ``agreed not to disclose the terms``) answers no charge, though its speaker was just named
  by another source's claim.
* ``dispute`` as a noun (``land disputes remain explosive``, ``disputes that cannot be
  settled go to arbitration``, ``resolve disputes through dialogue``) and ``disputed`` after
  the copula ``remain`` (``the figures remain disputed``) deny nothing.

Invented sentences from other kinds of news."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.story.helpers import claims_of

from newskit import Pipeline


def _denials(pipeline: Pipeline, text: str) -> list[str | None]:
    return [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]


@pytest.mark.parametrize("text", [
    "Residents of Vallecito rejected a proposed copper mine in a non-binding vote on Sunday.",
    "The provincial assembly rejected an amendment to reopen the branch libraries.",
    "Shareholders rejected the executive pay deals at Thursday's annual meeting.",
    "Parliament rejected the budget bill by 71 votes to 40.",
    "The council dismissed the developer's revised plans for the waterfront.",
])
def test_a_decision_voted_down_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not _denials(pipeline, text)


@pytest.mark.parametrize(("text", "denier"), [
    ("The rebels said they had been paid. The ministry denied any deal with the rebels.", "ministry"),
    ("Reports said Ostrava Steel had a secret merger plan. Ostrava Steel denied plans to close the plant.",
     "Ostrava Steel"),
    ("The union said the firm had struck a secret deal. The firm rejected claims of a secret deal with the regulator.",
     "firm"),
    ("Villagers said the miner polluted the river. The miner rejected the accusation.", "miner"),
])
def test_a_charge_rejected_stays_a_denial(pipeline: Pipeline, text: str, denier: str) -> None:
    assert denier in _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    "The drivers' union said Erdene Coal had cut haulage rates without warning. "
    "Erdene Coal said its drivers would not load coal until the rates were restored.",
    "Fishermen said Coastline Trawling let foreign fleets fish in Namibian waters. "
    "Coastline Trawling said it will not let foreign fleets take food from Namibians.",
    "The farmers' group said Dzintara Foods had hidden the price it paid. "
    "Dzintara Foods said it had agreed with the sellers not to disclose the price.",
])
def test_a_negated_intention_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not _denials(pipeline, text)


@pytest.mark.parametrize(("text", "denier"), [
    ("Critics said Harbour Health had ignored the warnings. Harbour Health said it had not ignored any warnings.",
     "Harbour Health"),
    ("Fishermen said Coastline Trawling let foreign fleets fish its quota. "
     "Coastline Trawling said it would never let foreign fleets fish its quota and had not done so.",
     "Coastline Trawling"),
    ("Residents said Valley Power caused the outage. Valley Power said the outage would not have happened "
     "without the storm.", "Valley Power"),
])
def test_a_negated_statement_still_answers(pipeline: Pipeline, text: str, denier: str) -> None:
    assert denier in _denials(pipeline, text)


@settings(max_examples=25, deadline=None)
@given(noun=st.sampled_from(["project", "amendment", "bill", "scheme", "takeover", "treaty"]),
       verb=st.sampled_from(["rejected", "rejects", "dismissed"]),
       body=st.sampled_from(["The assembly", "Voters", "The board", "Shareholders"]))
def test_rejecting_a_decision_never_denies(pipeline: Pipeline, noun: str, verb: str, body: str) -> None:
    text = f"{body} {verb} the proposed {noun} on Tuesday after a long debate."
    assert not _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    "Land disputes remain explosive in the northern provinces.",
    "The law bars port staff from striking, and disputes that cannot be settled go to arbitration.",
    "The ministry can order arbitration in disputes affecting public services.",
    "Halvorsen Timber said it would resolve disputes through dialogue with the villages.",
    "The closure has turned a small fee dispute into a test of relations between the two capitals.",
    "The figure for jobs at risk remains disputed.",
])
def test_a_dispute_named_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not _denials(pipeline, text)


@pytest.mark.parametrize(("text", "denier"), [
    ("The ministry said 400 homes were lost. The union disputes that figure.", "union"),
    ("Officials said the plant was safe. The union disputes that the plant was safe.", "union"),
    ("The council said the tax would raise $40 million. Hotel groups dispute the forecast.", "Hotel groups"),
])
def test_a_figure_disputed_stays_a_denial(pipeline: Pipeline, text: str, denier: str) -> None:
    assert denier in _denials(pipeline, text)
