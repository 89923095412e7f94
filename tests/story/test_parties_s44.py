"""Session 44 (issue #10, helper pairs): a person the text gives as one who speaks for a
body in three more shapes is named ``X of`` the body (``story/parties.py``), so their
words after the body's denial are the denier's side and never a charge the denial answers:

* a role and a body named by its head noun after the name (``Lena Voss, a spokeswoman for
  the operator,``);
* a role and its body set before the name between commas (``A spokesman for the park,
  Marek Hall, said``);
* ``Its`` and a role opening a sentence (``Its director, Paul Brant, said``): the body the
  sentence before opens with.

Sentences written for these tests (a ferry operator, a wildlife park, a school trust), not from the
story sets."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.parties import _named_bodies
from tests.story.helpers import outlet_pairs


def _sources(pipeline: Pipeline, text: str) -> set[str]:
    story = build_story([pipeline.run(Article.from_dict(
        {"id": "a0", "source": "Harbour News", "published": "2025-06-01", "text": text}))])
    return {c.source or "" for c in story.claims}


FERRY = ("Passengers accused Brisk Channel Ferries of cancelling crossings without warning. Brisk Channel "
         "Ferries denied the accusation. \"Every cancellation was announced a day ahead,\" said Lena Voss, a "
         "spokeswoman for the operator.\nVoss said the timetable had been posted in every port.")

ZOO = ("Animal welfare campaigners accused the Eastmoor Wildlife Park of keeping its elephants in cramped "
       "pens. The park "
       "rejected the claim. A spokesman for the park, Marek Hall, said the enclosure had been doubled in size "
       "last year.")

TRUST = ("Parents accused the Redvale Schools Trust of cutting music lessons to save money. The Redvale Schools "
         "Trust denied the allegation. Its director, Paul Brant, said the lessons had been moved to the "
         "afternoon.")


def test_a_role_for_a_body_named_by_its_head_noun_after_a_name(pipeline: Pipeline) -> None:
    assert "Lena Voss of Brisk Channel Ferries" not in _sources(pipeline, FERRY)  # "operator" is in no body's name
    text = FERRY.replace("the operator", "the ferries")
    assert "Lena Voss of Brisk Channel Ferries" in _sources(pipeline, text)


def test_a_role_and_its_body_before_a_name_between_commas(pipeline: Pipeline) -> None:
    assert "Marek Hall of Eastmoor Wildlife Park" in _sources(pipeline, ZOO)


def test_its_role_opening_a_sentence_is_the_role_of_the_body_the_sentence_before_opens_with(
        pipeline: Pipeline) -> None:
    assert "Paul Brant of Redvale Schools Trust" in _sources(pipeline, TRUST)


def test_its_after_a_sentence_a_person_opens_names_no_body() -> None:
    text = ("Parents accused the Redvale Schools Trust of cutting music lessons. Anna Kell, a parent, said "
            "the choir had been closed. Its director, Paul Brant, said the lessons had been moved.")
    found = list(_named_bodies(text, frozenset({"Anna Kell", "Paul Brant"}), ["Redvale Schools Trust"]))
    assert not any(person == "Paul Brant" for person, _, _ in found), found


def test_its_points_back_at_the_body_the_sentence_before_opens_with() -> None:
    text = "The Redvale Schools Trust denied the allegation. Its director, Paul Brant, said so."
    found = list(_named_bodies(text, frozenset({"Paul Brant"}), ["Redvale Schools Trust"]))
    assert ("Paul Brant", "Redvale Schools Trust", False) in found, found


def test_a_role_of_a_field_no_body_holds_names_no_body(pipeline: Pipeline) -> None:
    text = ("Parents accused the Redvale Schools Trust of cutting music lessons. The trust denied it. The "
            "director of finance, Paul Brant, said the lessons had been moved.")
    assert not any(s.startswith("Paul Brant of") for s in _sources(pipeline, text))


def test_the_spokesman_is_on_the_deniers_side_not_an_accuser(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Harbour News", ZOO)])
    assert ("Marek Hall", "Eastmoor Wildlife Park") not in pairs, pairs
    assert not any(a.startswith("Marek Hall") for a, _ in pairs), pairs
