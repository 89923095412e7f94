"""Session 14 (issue #10, helper pairs): who says what when a time adjunct, a place's
police or a charge's own clause stand between the reader and the speaker.

* A time adjunct between a subject and its verb (``The Uganda Revenue Authority on
  Thursday dismissed``) leaves the subject whole: the place at its start is no party.
* A body named by a place and a public head (``Tarnobrzeg police``) keeps the place when
  its cue is a participle after the main clause (``..., accusing``) and when a later
  ``police said`` refers back to it.
* A charge's own clause called false (``the claim that classes had been cancelled was
  untrue``, ``"The suggestion that ... is nonsense"``) is a denial.

Sentences written for these tests (tax, schools, sport, transport, health), not from the
stories where the kinds were seen failing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("The Uganda Revenue Authority on Thursday dismissed as baseless allegations that its officers had taken "
     "bribes at the border.", "Uganda Revenue Authority"),
    ("The Kenya Wildlife Service yesterday denied that rangers had shot two herders in the park.",
     "Kenya Wildlife Service"),
    ("The Ghana Football Association on March 3 rejected claims that the referee had been paid.",
     "Ghana Football Association"),
])
def test_a_time_adjunct_leaves_the_body_whole(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, "denies") in got, got


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["on Friday", "on Monday morning", "on 12 May", "last week", "earlier this month",
                        "yesterday"]))
def test_any_time_adjunct_gives_the_same_speaker(pipeline: Pipeline, when: str) -> None:
    bare = claim_sources(pipeline, "The Zambia Medicines Authority denied that the vaccines had expired.")
    timed = claim_sources(pipeline, f"The Zambia Medicines Authority {when} denied that the vaccines had expired.")
    assert [s for s, _ in timed] == [s for s, _ in bare] == ["Zambia Medicines Authority"], (bare, timed)


def test_a_participle_after_the_main_clause_keeps_the_place_s_police(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "Tarnobrzeg police filed charges against the bus driver, accusing him of "
                                  "speeding through a school zone. The driver was released on bail, police said.")
    assert [s for s, _ in got] == ["Tarnobrzeg police", "Tarnobrzeg police"], got


def test_bare_police_with_no_such_body_named_stays_police(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "Fans gathered near Tarnobrzeg. The driver was released on bail, police said.")
    assert [s for s, _ in got] == ["police"], got


@pytest.mark.parametrize("text", [
    "The school board said the claim that classes had been cancelled for a month was untrue.",
    "The club said the suggestion that players had been paid to lose was not true.",
    'Director Anil Mehta said the trains ran on time. "The charge that the signals were faulty is completely '
    'false," he told reporters.',
])
def test_a_charge_s_own_clause_called_false_denies(pipeline: Pipeline, text: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(stance == "denies" for _, stance in got), got


def test_a_that_clause_with_its_own_negation_is_no_denial(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "The mayor said the report that the bridge was not safe was ready for the council.")
    assert all(stance != "denies" for _, stance in got), got


def test_the_agent_of_a_participle_is_no_speaker(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "The two former Velta Dairies directors charged by the Food Standards Agency "
                                  "this week have denied all charges.")
    assert not any(s == "Food Standards Agency" for s, _ in got), got


@pytest.mark.parametrize(("text", "source"), [
    # a role of the body named by its head noun, after the person and before
    ('The Federation of Taxi Operators accused the city of rigging the licence auction. "The winners were '
     'picked in advance," said Omar Haddad, the federation\'s spokesman.', "Omar Haddad of Federation of Taxi Operators"),
    ('The Federation of Taxi Operators accused the city of rigging the licence auction. "The winners were '
     'picked in advance," said the federation\'s spokesman, Omar Haddad.', "Omar Haddad of Federation of Taxi Operators"),
    # a relative clause of leading, the body right after it
    ('Tenants accused Marlow Estates of ignoring damp. "The walls are black with mould," said Karen Holt, '
     'who chairs the Eastgate Tenants Association.', "Karen Holt of Eastgate Tenants Association"),
])
def test_a_person_introduced_with_a_body_s_role_speaks_for_it(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert source in [s for s, _ in got], got


def test_a_role_of_a_body_never_named_stays_the_person_s(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, 'Nurses accused the hospital of cutting night shifts. "Patients wait for hours," '
                                  "said Rhys Dalton, the union's regional secretary.")
    assert ("Rhys Dalton", "asserts") in got, got


@pytest.mark.parametrize(("text", "source"), [
    ("The insurer paid out twice on one claim, according to internal documents seen by the Sentinel. The "
     "documents show that the payments were approved by one manager.", "Sentinel"),
    ("Emails obtained by Harbour Watch suggest that the port authority knew of the leak. The emails show that "
     "divers reported it in May.", "Harbour Watch"),
])
def test_documents_a_party_saw_speak_for_it(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert [s for s, _ in got] == [source, source], got


def test_documents_no_one_is_said_to_have_seen_stay_documents(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "The Sentinel reported that the insurer paid out twice on one claim. The "
                                  "documents show that the payments were approved by one manager.")
    assert ("documents", "asserts") in [(s.lower() if s else s, st) for s, st in got], got
