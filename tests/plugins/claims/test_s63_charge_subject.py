"""Session 63 (issue #10): ``..., an accusation Kestra Group has rejected``: a charge noun in
apposition to the clause before it opens a relative clause with a subject of its own, the
one who denies. A name no actor covers there (``Kestra Group``, ``KESTRA``, ``the Procura
della Repubblica``) left the denial to the actor before the comma, the accuser. Sentences
written for these tests (port, salt works, water and court news)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Article, Pipeline


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    ("The police have said the violence at the port was provoked by paid rioters, an accusation "
     "Kestra Group has rejected.", "Kestra Group", "police"),
    ("The harbour police said the fire was started by striking crane drivers, an accusation KESTRA rejects.",
     "KESTRA", "police"),
    ("Marco Bellini says the case against him is political persecution, a charge the Procura della "
     "Repubblica rejects.", "Procura della Repubblica", "Marco Bellini"),
    ("Union leader Ana Pinto repeated that the operator owes crews two months of overtime, a charge "
     "Lagos Marítima again denied.", "Lagos Marítima", "Ana Pinto"),
])
def test_the_charge_nouns_own_subject_denies(pipeline: Pipeline, text: str, denier: str, accuser: str) -> None:
    got = claim_sources(pipeline, text)
    assert (denier, "denies") in got, got
    assert not any(accuser in (s or "") and stance == "denies" for s, stance in got), got


@pytest.mark.parametrize(("text", "denier"), [
    # an actor after the noun was already read; it stays so
    ("The Fisheries Workers Union says the company dumped brine into the harbour, a charge Northway Salt "
     "denies.", "Northway Salt"),
    ("The union says the company dumped brine, a charge the company rejects.", "company"),
    # the noun is the last word of a name given before it: that name
    ("Residents accused Marlow District Council of hiding the flood report, a charge the council denies.",
     "Marlow District Council"),
    ("The Ministry of Water says the utility ignored three warnings about the pumps, a claim that "
     "Oderwasser Betriebe has denied.", "Oderwasser Betriebe"),
    # no charge noun: the subject before the cue
    ("Harbour Salt Works, which the union blames for the spill, denied any wrongdoing.", "Harbour Salt Works"),
])
def test_other_denials_keep_their_subject(pipeline: Pipeline, text: str, denier: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(denier in (s or "") and stance == "denies" for s, stance in got), got


def test_the_charge_before_its_denial_ends_no_claim(pipeline: Pipeline) -> None:
    text = ("Union leader Ana Pinto repeated that the operator owes crews two months of overtime, a charge "
            "Lagos Marítima again denied, saying its payroll records were open.")
    art = pipeline.run(Article.from_dict({"id": "a", "source": "Wire", "published": "2026-03-02", "text": text}))
    told = [c.text for c in art.claims if c.source == "Ana Pinto" and c.cue == "repeated"]
    assert told and all(t.endswith("overtime") for t in told), told


_NAME = st.from_regex(r"\A[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}\Z")


@given(_NAME, st.sampled_from(["an accusation", "a charge", "a claim that", "the allegation"]),
       st.sampled_from(["rejects", "has denied", "disputes"]))
def test_the_relative_clause_after_a_charge_noun_is_its_own(name: str, noun: str, cue: str) -> None:
    from newskit_claims.grammar import patterns

    text = f"The union said the firm cut pay, {noun} {name} {cue}"
    pos = text.rindex(cue.split()[0])
    m = patterns()["charge_subject"].search(text, 0, pos)
    assert m is not None and text[m.end():pos].strip() == name
    # a comma after the name ends the relative clause: the cue is another clause's
    other = f"The union said the firm cut pay, {noun} {name}, then {cue}"
    assert patterns()["charge_subject"].search(other, 0, other.rindex(cue.split()[0])) is None
