"""Session 39 (issue #10): the subject of a denial is a body's name that holds a connector
(``The Ministry of Health denied``, ``The Department for Transport has rejected``), read
whole by ``newskit.body_names`` where no capitalised-name pattern reads it, as an actor
would be. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline

_CHARGE = "Nurses at the Lakeside clinic said the wards had been left without staff for weeks. "


def _denials(pipeline: Pipeline, text: str) -> list[str | None]:
    return [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Ministry of Health denied this.", "Ministry of Health"),
    ("The Department for Transport has also rejected the claim.", "Department for Transport"),
    ("The Ministry of Health, which runs the clinic, denied this on Tuesday.", "Ministry of Health"),
    ("A spokesman for the Ministry of Health denied this.", "Ministry of Health"),
])
def test_a_body_with_a_connector_denies_whole(pipeline: Pipeline, sentence: str, body: str) -> None:
    assert _denials(pipeline, _CHARGE + sentence) == [body]


def test_a_body_that_is_a_participles_agent_never_denies(pipeline: Pipeline) -> None:
    text = _CHARGE + "Two managers questioned by the Ministry of Health have denied this."
    assert "Ministry of Health" not in _denials(pipeline, text)


@pytest.mark.parametrize("quote", [
    '"The allegation that we ignored a warning is false," the company said.',
    '"Any claim that we skipped the inspections is completely untrue," the company said.',
])
def test_a_quote_calling_a_charge_with_its_object_false_denies(pipeline: Pipeline, quote: str) -> None:
    text = "A family says Crownline ignored a warning. " + quote
    assert [c.stance for c in claims_of(pipeline, text) if c.source == "Crownline"] == ["denies"]


def test_a_report_that_calls_figures_false_is_no_denial_of_the_report(pipeline: Pipeline) -> None:
    text = "Auditors said the budget was wrong. The report that the council's figures were false angered the mayor."
    assert all(c.stance != "denies" for c in claims_of(pipeline, text))


@pytest.mark.parametrize(("sentence", "source"), [
    ("A British boxing promoter on Friday denied this.", "British boxing promoter"),
    ("The Norwegian shipowner has denied this.", "Norwegian shipowner"),
])
def test_a_peoples_adjective_qualifying_a_noun_is_not_the_country(pipeline: Pipeline, sentence: str,
                                                                 source: str) -> None:
    assert _denials(pipeline, _CHARGE + sentence) == [source]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Chinese officials denied this.", "Chinese officials"),
    ("The Finnish government has rejected this.", "Finnish government"),
    ("Seoul's foreign ministry denied this.", "South Korea foreign ministry"),
])
def test_a_body_after_a_peoples_adjective_is_written_as_the_outlet_wrote_it(pipeline: Pipeline, sentence: str,
                                                                             source: str) -> None:
    # a capital stands for its country; a people's adjective already says whose body it is
    assert _denials(pipeline, _CHARGE + sentence) == [source]


def test_a_common_noun_subject_before_a_time_adjunct(pipeline: Pipeline) -> None:
    text = _CHARGE + "The managers of the clinic on Friday rejected the accusation."
    assert _denials(pipeline, text) == ["managers of the clinic"]


def test_the_subject_of_a_joined_clause_denies(pipeline: Pipeline) -> None:
    text = "The health board has said the wards were closed for cleaning, and the nurses deny that."
    assert _denials(pipeline, text) == ["nurses"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("TANGEDCO officials denied this.", "TANGEDCO officials"),
    ("Harbour Bank officials denied this.", "Harbour Bank officials"),
])
def test_a_name_before_officials_says_whose_they_are(pipeline: Pipeline, sentence: str, source: str) -> None:
    assert _denials(pipeline, _CHARGE + sentence) == [source]


def test_a_capitalised_adjective_opening_a_sentence_names_no_owner(pipeline: Pipeline) -> None:
    assert _denials(pipeline, _CHARGE + "Senior officials denied this.") == ["unnamed officials"]
