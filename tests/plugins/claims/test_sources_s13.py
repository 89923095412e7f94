"""Session 13 (issue #10, helper pairs): who speaks when the subject before a cue is no
speaker or holds a number.

* A cue after a form of "be" is passive (``have been charged with bribery``, ``were told
  the water was safe``): its subject was charged or told, it says nothing; the reported
  clause keeps the speaker after it.
* A relative aside holding a number with a thousands separator (``which represents some
  90,000 members``) is one aside: the body before it speaks, not the number.
* A person introduced by a role after ``its`` (``Its deputy president, Tom Bradshaw,``)
  speaks for the body opening the sentence before, not for the last name there (``...
  wrote to the landlord, Clydeside Homes. "...," said its secretary``).
* A participle right after a relative clause with a subject of its own (``..., which the
  company denied, saying ...``) is that subject's, and so are the words quoted in it: the
  denier gives the reason, not the accuser.

Sentences written for these tests (logistics, water, nursing, pensions, farming, rail)."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources

from newskit import Article, Pipeline


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


@pytest.mark.parametrize(("text", "source"), [
    ("The National Farmers Union held a rally outside parliament on Tuesday. Its deputy president, Tom Bradshaw, "
     "said the new rules would ruin small farms.", "Tom Bradshaw of National Farmers Union"),
    ("The Royal College of Nursing balloted its members last month. Its general secretary, Nicola Ranger, said "
     "staff had been ignored for years.", "Nicola Ranger of Royal College of Nursing"),
])
def test_a_role_after_its_speaks_for_the_body_named_before(pipeline: Pipeline, text: str, source: str) -> None:
    assert (source, "asserts") in claim_sources(pipeline, text), claim_sources(pipeline, text)


@pytest.mark.parametrize("text", [
    "A rival director told the newspaper Il Messaggero the jury was biased. The festival denied any conflict. Its "
    "artistic director, Julie Ramsden, said the jury was independent.",
    "The tenants' association said it had written to the landlord, Clydeside Homes, five times. \"We warned them,\" "
    "said its secretary, Margaret Doyle.",
])
def test_its_stands_for_the_subject_before_not_the_last_name(pipeline: Pipeline, text: str) -> None:
    # session 18: the subject that spoke may name the person ("Margaret Doyle of tenants'
    # association", newskit_claims.owned_roles); the last name before never does
    got = claim_sources(pipeline, text)
    assert not any("Messaggero" in (s or "") or "Clydeside" in (s or "") for s, _ in got), got


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    ("The drivers' union said managers had ignored the warnings, which the company denied, saying every complaint "
     "had been investigated.", "company", "drivers' union"),
    ("The Rail Workers Union repeated its claim that checks had been skipped, which Dunmore Rail again rejected, "
     "saying its records were \"complete and open to inspectors\".", "Dunmore Rail", "Rail Workers Union"),
])
def test_a_participle_after_a_relative_clause_is_its_subject_s(pipeline: Pipeline, text: str, denier: str,
                                                                accuser: str) -> None:
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    after = [c for c in art.claims if c.start > text.index(" saying ")]
    assert after and all(c.source == denier for c in after), [(c.source, c.cue, c.text) for c in art.claims]
    assert not any(c.source == accuser and c.start > text.index(" saying ") for c in art.claims)
