"""Session 18 (issue #10, helper pairs): a side names the person and the body when the
text gives both, and the speaker of a description is its head.

* A person whose role's owner the text only points at (``said its secretary, X``, ``the
  club's chairman, X``, ``spokeswoman X said``) speaks for the body whose claim came just
  before: the source is ``X of Body``. A role owned by a noun phrase right before it, a
  person's lawyer, or a name the persons reader took for a person's with nothing saying it
  is a body keep the person alone.
* A name of four words after ``The`` opening the clause speaks (``The National Tsunami
  Warning Centre denied``), and so does a subject before a participle aside (``, run by the
  navy,``).
* A name before an aside that holds the name read speaks (``Grace Otieno, a member of the
  county assembly's health committee, alleged``); an indefinite description speaks by its
  head (``A pharmacist employed by a Mombasa clinic``: an unnamed pharmacist); a place before
  ``-based`` is where a body is based, not who speaks; an adverb after a relative aside
  leaves the subject before it.

Sentences written for these tests (housing, angling, water, health, aviation, farming,
schools), not from the stories where the kinds were seen failing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("The Riverside Tenants Union accused the landlord of ignoring mould in 40 flats. \"Children are sick "
     "and nobody comes,\" said its secretary, Joan Pike.", "Joan Pike of Riverside Tenants Union"),
    ("The Harbour Anglers Association said the spill had killed thousands of fish. \"We warned them in May,\" "
     "the association's chairman, Ron Dale, said.", "Ron Dale of Harbour Anglers Association"),
    ("The Pelican Bay Water Board denied that the reservoir was contaminated. \"Every sample we took was "
     "clean,\" spokeswoman Ada Wilson said.", "Ada Wilson of Pelican Bay Water Board"),
])
def test_a_role_pointing_back_names_the_body_that_spoke(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert (source, "asserts") in got or (source, "denies") in got, got


@pytest.mark.parametrize("role", ["secretary", "chair", "spokeswoman", "vice-president", "press officer"])
def test_any_role_after_its_names_the_body(pipeline: Pipeline, role: str) -> None:
    got = claim_sources(pipeline, "The Lakeside Growers Cooperative accused the mill of cutting prices. "
                                  f"\"We cannot survive this,\" said its {role}, Mary Ochieng.")
    assert [s for s, _ in got][-1] == "Mary Ochieng of Lakeside Growers Cooperative", got


@pytest.mark.parametrize(("text", "person"), [
    # the noun phrase right before owns the role
    ("The court order names the academy, its director, Paul Mensah, and two teachers. \"It is a mistake,\" "
     "Paul Mensah said.", "Paul Mensah"),
    # a person's lawyer speaks for the person
    ("The ministry said the pilots had been arrested. \"They are innocent,\" their lawyer, Ruth Kamau, said.",
     "Ruth Kamau"),
    # no body spoke before the role
    ("\"The season was a disaster,\" said Peter Otieno. \"We lost half the maize,\" said his brother, "
     "James Otieno.", "James Otieno"),
])
def test_a_role_with_no_body_behind_it_keeps_the_person(pipeline: Pipeline, text: str, person: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == person for s, _ in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Grace Otieno, a member of the county assembly's health committee, alleged that the hospital had "
     "turned away patients.", "Grace Otieno"),
    ("A pharmacist employed by a Mombasa clinic has accused the supplier of selling expired insulin.",
     "unnamed pharmacist"),
    ("The airline's owner, Dubai-based Falcon Holdings, denied the report.", "Falcon Holdings"),
    ("Falcon Holdings, which owns the airline, again rejected the claims.", "Falcon Holdings"),
])
def test_the_speaker_of_a_description_is_its_head(pipeline: Pipeline, text: str, source: str) -> None:
    got = claim_sources(pipeline, text)
    assert [s for s, _ in got][:1] == [source], got


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["Nairobi", "Lyon", "Cebu", "Porto", "Accra", "Leeds"]))
def test_a_place_inside_a_description_never_speaks(pipeline: Pipeline, place: str) -> None:
    got = claim_sources(pipeline, f"A nurse working at a {place} clinic accused the health board of hiding "
                                  "infection figures.")
    assert len(got) == 1 and "nurse" in (got[0][0] or "") and place not in (got[0][0] or ""), got


@pytest.mark.parametrize(("text", "source"), [
    ("The National Tsunami Warning Centre denied the report.", "National Tsunami Warning Centre"),
    ("The Independent Police Complaints Board dismissed the allegations.", "Independent Police Complaints Board"),
    ("The Pelican Bay Water Board, owned by the county, denied the accusation.", "Pelican Bay Water Board"),
    ("The National Tsunami Warning Centre, run by the navy, denied the accusation.",
     "National Tsunami Warning Centre"),
])
def test_a_long_name_after_the_and_a_participle_aside_keep_the_denier(pipeline: Pipeline, text: str,
                                                                        source: str) -> None:
    assert claim_sources(pipeline, text) == [(source, "denies")]


def test_a_company_s_role_names_the_company_that_spoke_not_a_union(pipeline: Pipeline) -> None:
    got = claim_sources(pipeline, "Fruitland Exports said the shipment had been cleared by customs. \"We followed "
                                  "every rule,\" the company's general manager, Paula Rios, said.")
    # "We followed every rule" is the company's answer (a denial told by what it says, session 25)
    assert ("Paula Rios of Fruitland Exports", "denies") in got, got
    got = claim_sources(pipeline, "The dockers' union said the company had cut overtime pay. \"Nobody lost a cent,\" "
                                  "the company's director, Sam Vale, said.")
    assert not any((s or "").startswith("Sam Vale of") for s, _ in got), got


@pytest.mark.parametrize(("text", "person"), [
    ("The Lakeside Growers Cooperative said the mill had cut prices. \"We cannot survive this,\" its "
     "vice-president, Mary Ochieng, said in a statement.", "Mary Ochieng"),
    ("The Harbour Anglers Association said the spill had killed fish. \"We warned them,\" the association's head "
     "of research, Ron Dale, said.", "Ron Dale"),
])
def test_a_person_in_apposition_to_a_role_speaks(pipeline: Pipeline, text: str, person: str) -> None:
    got = claim_sources(pipeline, text)
    assert any((s or "").startswith(person) for s, _ in got), got
