"""Session 47 (issue #10): a common-noun source opening its clause may carry any regular
participle phrase (``A federal indictment unsealed in Ohio charges``, ``A lawsuit
lodged ...`` was read already): the participle is no part of the source's name. Invented
sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("A federal indictment unsealed in Ohio on Thursday charges Tom Reyes with wire fraud.", "federal indictment"),
    ("A report prepared in Geneva accuses the agency of neglecting the camps.", "report"),
    ("A class action filed in Denver accuses the lender of hiding fees.", "class action"),
])
def test_a_participle_phrase_is_no_part_of_the_source(pipeline: Pipeline, text: str, source: str) -> None:
    sources = [c.source for c in claims_of(pipeline, text) if c.stance == "alleges"]
    assert sources == [source], sources
