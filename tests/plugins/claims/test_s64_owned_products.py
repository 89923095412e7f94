"""Session 64 (issue #10): ``the company`` never stands for a product the story names as
the company's (``Vellmar's Arden and Corso models``, ``Halden's Pilot range``): the
latest name before ``the company said`` was the model's, so a carmaker's statement was
credited to its car. Names listed together after one owner are all the owner's. Sentences
written for these tests (a car recall, a tool maker, a drug maker)."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "product"), [
    ("Brandt Motoren said it would recall cars. The recall covers Brandt's Larch and Velo models built "
     "since 2022, the company said.", "Velo"),
    ("Halden Tools reported a loss. Sales of Halden's Pilot range fell by a third, the company said.", "Pilot"),
    ("Osterby Pharma halted a trial. Osterby's Calvex, Dormin and Relvio drugs are not affected, "
     "the company said.", "Relvio"),
])
def test_the_company_is_the_owner_not_its_product(pipeline: Pipeline, text: str, product: str) -> None:
    got = {s for s, _ in claim_sources(pipeline, text)}
    assert product not in got and not any(product in (s or "") for s in got), got


def test_a_firm_named_with_a_possessive_place_stays_a_firm(pipeline: Pipeline) -> None:
    """``Norway's Kvaleberg`` is the firm: a place's possessive, no product noun after."""
    got = {s for s, _ in claim_sources(pipeline, "Norway's Kvaleberg said on Monday that the plant would close, "
                                                 "and the company said 200 jobs would go.")}
    assert any("Kvaleberg" in (s or "") for s in got), got
