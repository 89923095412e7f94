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
