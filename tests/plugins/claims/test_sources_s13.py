"""Session 13 (issue #10, helper pairs): who speaks when the subject before a cue is no
speaker or holds a number.

* A cue after a form of "be" is passive (``have been charged with bribery``, ``were told
  the water was safe``): its subject was charged or told, it says nothing; the reported
  clause keeps the speaker after it.
* A relative aside holding a number with a thousands separator (``which represents some
  90,000 members``) is one aside: the body before it speaks, not the number.

Sentences written for these tests (logistics, water, nursing, pensions)."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "charged"), [
    ("Two former executives of Altmark Logistics have been charged with bribery over contracts at the port of "
     "Hamburg, the prosecutor's office said on Monday.", "two former executives"),
    ("Residents were told the water was safe to drink, the council said.", "residents"),
    ("Three nurses were warned about the broken pump on Friday, the hospital said.", "three nurses"),
])
def test_the_subject_of_a_passive_cue_is_no_speaker(pipeline: Pipeline, text: str, charged: str) -> None:
    got = claim_sources(pipeline, text)
    assert not any((s or "").lower().startswith(charged) for s, _ in got), got
    assert any(s in ("prosecutor's office", "council", "hospital") for s, _ in got), got


@pytest.mark.parametrize(("text", "body"), [
    ("The Royal Nursing Union, which represents some 4,000 staff at the trust, said managers had ignored the "
     "warnings.", "Royal Nursing Union"),
    ("Pensioners United, which speaks for 120,000 retired teachers, accused the fund's managers of reckless bets.",
     "Pensioners United"),
])
def test_a_relative_aside_holding_a_thousands_number_keeps_its_body(pipeline: Pipeline, text: str, body: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == body for s, _ in got), got
    assert not any((s or "")[:1].isdigit() or "represents" in (s or "") for s, _ in got), got
