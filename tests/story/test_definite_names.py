"""A name or an amount that modifies a noun keeps its phrase definite (story/predicate.py
``definite_before``): "the Tarlac operation", "the Guardia Civil operation", "the $11.5m
penalty" tell a happening again as "the operation", "the penalty" do; the name says where
or by whom, the amount how much. The sentences are invented: a customs raid, a regulator's
fine, a club's points deduction."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.general_anaphors import is_general_anaphor
from newskit.story.predicate import definite_before
from tests.story.helpers import event_texts, story_of


def _definite(text: str, word: str) -> bool:
    return definite_before(text, text.index(word))


def test_a_name_between_the_determiner_and_the_noun_keeps_it_definite() -> None:
    assert _definite("Customs seized 400 kilos of cocaine in the Valparaiso operation.", "operation")
    assert _definite("The Guardia Civil operation ended on Wednesday.", "operation")
    assert _definite("Monday's Oryx-1 discovery may be smaller than claimed.", "discovery")
    assert _definite("Unions criticised the controversial Rotterdam decision.", "decision")


def test_an_amount_between_the_determiner_and_the_noun_keeps_it_definite() -> None:
    assert _definite("The NOK 4.5 million penalty has put suppliers on alert.", "penalty")
    assert _definite("The regulator's $11.5m fine was the largest this year.", "fine")
    assert _definite("United's 12-point deduction has thrown the table into chaos.", "deduction")
    assert not _definite("The regulator imposed an $11.5m fine on Tuesday.", "fine")
    assert not _definite("The 2019 fine was smaller.", "fine")  # a year is no amount


def test_two_modifiers_keep_the_phrase_definite() -> None:
    assert _definite("Fishermen blamed the toxic algae bloom for the closures.", "bloom")
    assert _definite("Nurses took part in the polio vaccination drive.", "drive")
    assert _definite("The retailer's overnight pricing glitch cost it millions.", "glitch")
    assert not _definite("Investigators said the police found evidence.", "evidence")  # a clause's verb
    assert not _definite("Fishermen blamed a toxic algae bloom for the closures.", "bloom")


def test_names_amounts_and_modifiers_in_any_order_keep_the_phrase_definite() -> None:
    assert _definite("Prosecutors praised the Valparaiso port raid.", "raid")
    assert _definite("Analysts welcomed the company's A$3 billion share buyback.", "buyback")
    assert _definite("Police said Singapore's latest money laundering bust was the largest.", "bust")
    assert not _definite("Officials said a new rail strike would follow.", "strike")


def test_a_plural_s_possessive_makes_the_phrase_definite() -> None:
    assert _definite("Analysts said Pilbara Minerals' surprise buyback lifted the shares.", "buyback")
    assert _definite("Doctors traced the Legionnaires' disease cluster to a cooling tower.", "cluster")
    assert _definite("The dockers' strike entered its third day.", "strike")


def test_a_name_does_not_make_an_indefinite_phrase_definite() -> None:
    assert not _definite("A Guardia Civil operation began at dawn.", "operation")
    assert not _definite("Officers said Valparaiso operations were routine.", "operations")
    assert not _definite("Rotterdam decision makers met on Monday.", "decision")


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(["Tarlac", "Guardia Civil", "São Paulo", "Oryx-1", "EU"]),
       det=st.sampled_from(["the", "this", "Tuesday's"]))
def test_property_a_general_noun_after_a_named_modifier_is_an_anaphor(name: str, det: str) -> None:
    text = f"Officials said {det} {name} operation involved 300 officers."
    start = text.index("operation")
    assert is_general_anaphor(text, start, start + len("operation"))


RAID = [{"id": f"cr{n}", "published": "2026-08-19", "title": t, "text": x} for n, (t, x) in enumerate((
    ("Police raid counterfeit medicine warehouses in Valparaiso",
     "Police raided three warehouses in Valparaiso on Tuesday and seized 2 million counterfeit pills, "
     "prosecutors said.\nOfficers arrested six people at the port."),
    ("Fake pills seized in Chilean port raid",
     "Chilean police on Tuesday raided warehouses in the port of Valparaiso and seized 2 million fake pills, "
     "the prosecutor's office said.\nInvestigators said the pills came from Asia."),
    ("Six held after Valparaiso raid",
     "Six people were arrested after police raided warehouses in Valparaiso on Tuesday, officials said.\n"
     "More than 200 officers took part in the Valparaiso operation, the police chief said."),
))]


def _texts(rows: list[dict[str, Any]], pipeline: Pipeline) -> set[tuple[str, str]]:
    return event_texts(story_of(pipeline, rows))


def test_a_named_operation_names_the_raid(pipeline: Pipeline) -> None:
    assert ("cr2", "operation") in _texts(RAID, pipeline)
