"""Session 57 (issue #10): a denial verb whose object names a request turns down an act
someone asked for and denies no charge (``the judge denied a defense request to move the
trial``, ``the council rejected the permit application``). Real ECB+ news gave the story an
allegation/denial pair from ``he denied an offer from Nichols to plead guilty``. Invented
sentences from other kinds of news."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize("text", [
    "Judge Rhoda Ferris denied a defense request to move the trial out of Carver County.",
    "The prosecutor said he denied an offer from the defendant to plead guilty in exchange for parole.",
    "The Westbrook planning board rejected the permit application for a second quarry on Tuesday.",
    "The magistrate denied him bail, citing the risk that he would flee.",
    "The transport ministry rebuffed the union's proposal for a shorter week.",
    "Immigration officers denied entry to three reporters at the border crossing.",
])
def test_a_request_turned_down_is_no_denial(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in claims_of(pipeline, text) if c.stance == "denies"]


@pytest.mark.parametrize(("text", "denier"), [
    ("Tenants accused Harbour Estates of ignoring repairs. Harbour Estates denied the allegations.", "Harbour Estates"),
    ("The union said the firm cut pay. The firm rejected the union's claims as false.", "firm"),
    ("Critics said the mayor took a bribe. The mayor denied receiving an offer of money from the developer.", "mayor"),
    ("Police said the driver had been drinking. The driver's lawyer, Anita Bose, disputed the report.", "Anita Bose"),
])
def test_a_charge_denied_stays_a_denial(pipeline: Pipeline, text: str, denier: str) -> None:
    denials = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert denier in denials, denials
