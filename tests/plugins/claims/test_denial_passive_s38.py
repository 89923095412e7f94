"""Session 38 (issue #10): a charge made the subject of a passive denial (``The accusation
was rejected by the water board``) is a denial by the agent after ``by``, answering the
allegation before it, whether the agent is a name or a body named by a common noun.
Sentences written for these tests."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Pipeline
from newskit.actors import Actor
from newskit_claims.subjects import source_name

_CHARGE = "Councillor Ines Moreau said the water board had hidden test results from residents. "


def _denials(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    cs = claims_of(pipeline, text)
    by_id = {c.id: c for c in cs}
    return [(c.source, by_id[c.responds_to].source if c.responds_to in by_id else None)
            for c in cs if c.stance == "denies"]


def test_a_charge_rejected_by_a_body_named_by_a_common_noun(pipeline: Pipeline) -> None:
    got = _denials(pipeline, _CHARGE + "The accusation was rejected by the water board, which said every "
                                       "result had been published.")
    assert got == [("water board", "Ines Moreau")]


def test_a_charge_denied_by_a_name_keeps_no_full_stop(pipeline: Pipeline) -> None:
    got = _denials(pipeline, _CHARGE + "The claim was flatly denied by Clearwater Utilities.")
    assert got == [("Clearwater Utilities", "Ines Moreau")]


def test_a_perfect_passive_with_a_common_noun_agent(pipeline: Pipeline) -> None:
    got = _denials(pipeline, _CHARGE + "The allegations have been rejected by the regional utility.")
    assert got == [("regional utility", "Ines Moreau")]


def test_a_passive_that_is_no_denial_stays_none(pipeline: Pipeline) -> None:
    assert _denials(pipeline, _CHARGE + "The report was published by the water board on Monday.") == []


def test_a_persons_supporters_are_not_the_person(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Mayor Odile Varga was suspended on Monday. Varga's supporters say the inquiry "
                             "is a political attack. The regional prefect called that claim absurd.")
    by_id = {c.id: c for c in cs}
    assert [c.source for c in cs if c.stance != "denies"] == ["Varga's supporters"]
    denial = next(c for c in cs if c.stance == "denies")
    assert denial.responds_to is not None and by_id[denial.responds_to].source == "Varga's supporters"


def test_a_persons_lawyers_still_speak_for_the_person(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Mayor Odile Varga was suspended on Monday. Varga's lawyers say the inquiry "
                             "is a political attack.")
    assert [c.source for c in cs] == ["Odile Varga"]


def test_a_charge_brought_by_a_party_names_its_accuser(pipeline: Pipeline) -> None:
    text = ("Auditors said the mayor had diverted the flood fund. Residents said they had seen no repairs. "
            "Varga rejected the accusations brought by the auditors, saying every payment was approved.")
    cs = claims_of(pipeline, text)
    by_id = {c.id: c for c in cs}
    denial = next(c for c in cs if c.stance == "denies")
    assert denial.responds_to is not None and (by_id[denial.responds_to].source or "").lower() == "auditors"


def test_a_peoples_adjective_before_a_capitalised_body_names_the_body() -> None:
    text = "According to the Ghanaian Interior Ministry, nine people were hurt in the clashes."
    start = text.index("Ghanaian")
    adjective = Actor(start, start + len("Ghanaian"), "Ghanaian", "Ghana", "demonym")
    assert source_name(text, adjective)[:2] == ("Ghanaian Interior Ministry", "government")
    lower = "The Ghanaian border service denied it."
    assert source_name(lower, Actor(4, 12, "Ghanaian", "Ghana", "demonym"))[0] == "Ghanaian border service"
    bare = "Ghanaian troops were hurt."
    assert source_name(bare, Actor(0, 8, "Ghanaian", "Ghana", "demonym"))[0] == "Ghana"


def test_a_participle_after_a_pronouns_report_denies_for_the_one_who_reported(pipeline: Pipeline) -> None:
    text = ("The Zambian army said its patrol had come under fire near the border. Zambian troops were forced "
            "to respond, it said, rejecting claims by Harare that Zambian soldiers had fired first.")
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert [(c.source or "").lower() for c in denials] == ["zambian army"]


def test_a_finding_of_evidence_alleges_and_its_denial_answers_it(pipeline: Pipeline) -> None:
    text = ("The environment agency said its inspectors had found traces of diesel in the stream below the "
            "depot. The depot's owner denied any illegal dumping.")
    cs = claims_of(pipeline, text)
    assert (cs[0].source, cs[0].stance) == ("environment agency", "alleges")
    assert claims_of(pipeline, "The agency said it had found no evidence of dumping.")[0].stance == "denies"
    assert claims_of(pipeline, "Researchers said they found that the lake is warming.")[0].stance == "asserts"
