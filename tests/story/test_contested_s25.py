"""Session 25 (issue #10): a denial nothing else pairs answers what was said right before
it in its article, by another party (a reporter sets the charge before its answer); not a
claim that charges no one, nor another party's when the denial says whose charge it is.
Invented news, one outlet."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs


def test_a_denial_with_nothing_else_at_hand_answers_the_voice_just_before_it(pipeline: Pipeline) -> None:
    text = ("Hundreds of tenants in Harlow are still waiting for repairs a year after the floods. "
            '"They promise, they visit, they take photographs, and the money comes three years later," said Mark '
            "Ellery, a tenant whose flat was flooded. Housing minister Carla Dunne rejected the accusation of "
            'delay as "unfounded", saying the ministry had paid 90% of the claims.')
    assert ("Mark Ellery", "Carla Dunne") in outlet_pairs(pipeline, [("Harlow Star", text)])


def test_a_denial_of_its_own_act_does_not_answer_a_claim_that_charges_no_one(pipeline: Pipeline) -> None:
    text = ("An escalator collapsed at Luz station in Lisbon on Monday, injuring nine people. Transport "
            "secretary Sofia Brandao said it was too early to assign blame. The maintenance firm Elevis denied "
            "skipping inspections and said it would cooperate fully with investigators.")
    pairs = outlet_pairs(pipeline, [("Lisbon Daily", text)])
    assert not any(a.endswith("Brandao") for a, _ in pairs), pairs


def test_a_denial_that_names_whose_charge_it_answers_does_not_take_another_party(pipeline: Pipeline) -> None:
    text = ("A lorry struck the barrier of the Calder bridge at 6am on Monday. Police said the wreck had been "
            "towed away by noon. Halvorsen Haulage rejected claims by the drivers' union that "
            "its drivers worked 14-hour shifts.")
    pairs = outlet_pairs(pipeline, [("Calder Echo", text)])
    assert not any(a.lower().startswith("police") for a, _ in pairs), pairs


_GUIDES = ('A zipline cable snapped at Kawarau Adventures near Queenstown on Sunday, injuring four tourists. '
           '"We had skipped the brake test on busy days for months," said Hemi Walker, a former guide. '
           '"Nobody listened when we raised it," said Tama Reid, another guide. ')


def test_a_denial_of_the_claims_answers_every_voice_that_told_an_act_before_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Otago Times", _GUIDES + "Kawarau Adventures denied the claims, saying every "
                                                              "check was logged.")])
    assert {("Hemi Walker", "Kawarau Adventures"), ("Tama Reid", "Kawarau Adventures")} <= pairs, pairs


def test_a_denial_of_one_claim_answers_the_voice_right_before_it_only(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Otago Times", _GUIDES + "Kawarau Adventures denied the claim, saying every "
                                                              "check was logged.")])
    assert ("Hemi Walker", "Kawarau Adventures") not in pairs, pairs
