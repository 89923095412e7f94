"""Session 44 (issue #10, helper pairs): a defence told as a plain negated statement by the
one an allegation names, in another article than the charge, answers it
(``story/told_defences.py``). Sentences written for these tests (a port's strike divers, a
bakery chain's flour), not from the story sets."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

CHARGE = ("Coast Post", "Fishermen accused the Dornmouth Port Authority of hiring divers from abroad to break "
                        "the strike.")


def test_a_negated_statement_of_the_accused_in_another_article_answers_the_charge(pipeline: Pipeline) -> None:
    answer = ("Harbour Times", "The Dornmouth Port Authority said it is not using outside divers during the dispute.")
    assert ("Fishermen", "Dornmouth Port Authority") in outlet_pairs(pipeline, [CHARGE, answer])


def test_a_statement_that_takes_up_no_word_of_the_charge_answers_nothing(pipeline: Pipeline) -> None:
    answer = ("Harbour Times", "The Dornmouth Port Authority said it is not planning any new berths this year.")
    assert ("Fishermen", "Dornmouth Port Authority") not in outlet_pairs(pipeline, [CHARGE, answer])


def test_a_statement_with_no_negation_answers_nothing(pipeline: Pipeline) -> None:
    answer = ("Harbour Times", "The Dornmouth Port Authority said it is paying its divers overtime during the dispute.")
    assert ("Fishermen", "Dornmouth Port Authority") not in outlet_pairs(pipeline, [CHARGE, answer])


def test_a_negated_statement_of_one_the_charge_does_not_name_answers_nothing(pipeline: Pipeline) -> None:
    answer = ("Harbour Times", "The Kelmouth Ferry Company said it is not using outside divers during the dispute.")
    assert not any(d == "Kelmouth Ferry Company" for _, d in outlet_pairs(pipeline, [CHARGE, answer]))

