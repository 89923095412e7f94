"""Session 61: a name right after ``, and`` or ``, but`` opens a clause of its own, so it is the
subject of the cue after it (``Police raided the warehouse, and Harbour Freight denied any
role``), never the subject that opened the sentence."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Pipeline


def test_a_name_after_a_comma_and_is_the_subject_of_its_clause(pipeline: Pipeline) -> None:
    text = "Police raided the warehouse where the scales were kept, and Harbour Freight denied any role."
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == ["Harbour Freight"]


def test_a_name_after_but_denies_too(pipeline: Pipeline) -> None:
    text = "Regulators fined the operator in March, but Ostrava Rail rejected the findings."
    denials = [c for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert [c.source for c in denials] == ["Ostrava Rail"]


def test_a_name_inside_the_clause_stays_an_object(pipeline: Pipeline) -> None:
    text = "Inspectors visited the site, and regulators accused Harbour Freight of hiding the spill."
    allegations = [c for c in claims_of(pipeline, text) if c.stance == "alleges"]
    assert allegations
    assert all(c.source != "Harbour Freight" for c in allegations)
