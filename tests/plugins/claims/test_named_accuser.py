"""Session 11 (issue #10): a denial that names whose claim it answers (``dismissed a claim by
a former groundsman``) answers that one's claim only, never the claim just before it by
someone else - and a denier named by a common noun (``the company``) is then not kept from
being the one who spoke before. Sentences written for these tests (sport, health, farming)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit_claims.named_accuser import named_accuser


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build()


@pytest.mark.parametrize(("text", "who"), [
    ("The club dismissed a claim by a former groundsman that the pitch was treated.", "a former groundsman"),
    ("The hospital rejected allegations from the nurses' union, saying wards were safe.", "the nurses' union"),
    ("The cooperative denied accusations made by two buyers that it had watered its milk.", "two buyers"),
])
def test_the_accuser_the_denials_object_names(text: str, who: str) -> None:
    cue_end = text.index(" ", text.index("ed ") )
    got = named_accuser(text, cue_end, len(text))
    assert got is not None and text[got[0]:got[1]] == who


def test_a_source_named_further_on_is_no_accuser() -> None:
    text = "The board rejected the accusation, saying it had no complaints from the town."
    assert named_accuser(text, text.index(" the accusation"), len(text)) is None


def test_the_denial_answers_no_claim_of_another_source(pipeline: Pipeline) -> None:
    text = ("Inspectors said the milk had been diluted. Greenacre Dairies denied adding water. \"No water was "
            "added to the milk by the company or its drivers,\" a spokeswoman said on Monday. The company also "
            "dismissed a claim by a former driver, quoted by a local radio station, that tankers had been topped "
            "up from a river.")
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    denial = next(c for c in art.claims if c.cue == "dismissed")
    assert denial.responds_to is None, art.claims
    assert denial.source == "Greenacre Dairies", denial


def test_the_accusers_possessive_names_it() -> None:
    text = "The agency rejected the mayor's charge that it had been slow to act."
    got = named_accuser(text, text.index(" the mayor"), len(text))
    assert got is not None and text[got[0]:got[1]] == "the mayor"


def test_a_restated_charge_answers_the_claim_two_sentences_before(pipeline: Pipeline) -> None:
    """``He rejected the suggestion that staffing levels had played any part``: a charge noun
    with its ``that`` clause points back at the charge made just before by another source."""
    text = ("The nurses' union said on Monday that the death of a patient was the result of chronic understaffing. "
            "Dr Lewis said the figure it gave was too high. He rejected the suggestion that staffing levels had "
            "played any part in the death.")
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    denial = next(c for c in art.claims if c.cue == "rejected")
    assert denial.responds_to == art.claims[0].id, art.claims


def test_a_possessive_accuser_keeps_another_sources_claim_from_being_the_target(pipeline: Pipeline) -> None:
    text = ("Inspectors found dead fish in the canal. The mill said its waste posed no danger. The water board "
            "rejected the mayor's charge that it had been slow to act.")
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    denial = next(c for c in art.claims if c.cue == "rejected")
    assert denial.responds_to is None, art.claims
