"""Session 8 (issue #10): who denies, read from the local syntax around the cue. Sentences
written for these tests, each from a different kind of news than the story where the kind
was seen failing (a market air strike, a rate decision, a prisoner swap, a data-breach
fine): a participle aside holding an outlet, a body whose name holds a place, an aspect
adverb between a name and its cue."""

from __future__ import annotations

import pytest

from newskit import Article, Claim, Pipeline


def _denials(pipeline: Pipeline, text: str) -> list[Claim]:
    claims = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-03-02"})).claims
    return [c for c in claims if c.stance == "denies"]


@pytest.mark.parametrize(("text", "speaker"), [
    (("A hospital official, speaking to Reuters on condition of anonymity, denied that patients had been "
     "turned away."), "official"),
    ("A school inspector, talking to the Guardian by phone, denied that any pupils had been sent home.", "inspector"),
])
def test_an_outlet_in_a_participle_aside_is_never_the_denier(pipeline: Pipeline, text: str, speaker: str) -> None:
    (d,) = _denials(pipeline, text)
    assert d.source is not None and d.source not in ("Reuters", "Guardian", "The Guardian")
    assert "speaking to" not in d.text and "talking to" not in d.text


@pytest.mark.parametrize(("text", "body"), [
    ("Shareholders accused the bank of hiding losses. The Bank of Scotland rejected the accusation.",
     "Bank of Scotland"),
    ("Farmers said the tariffs were illegal. The US Commerce Department rejected that claim.",
     "US Commerce Department"),
])
def test_a_body_named_after_a_place_denies_by_its_whole_name(pipeline: Pipeline, text: str, body: str) -> None:
    assert [d.source for d in _denials(pipeline, text)] == [body]


def test_a_place_and_a_weekday_make_no_body(pipeline: Pipeline) -> None:
    ds = _denials(pipeline, "Critics said the treaty was unfair. Paris Tuesday rejected the claim.")
    assert all(d.source != "Paris Tuesday" for d in ds)


@pytest.mark.parametrize(("text", "name"), [
    ("Corlan still disputes the inspectors' count, maintaining that few hives were lost.", "Corlan"),
    ("Tidewell again denies the account, saying its trawlers never entered the reserve.", "Tidewell"),
])
def test_an_aspect_adverb_is_no_part_of_the_name(pipeline: Pipeline, text: str, name: str) -> None:
    assert [d.source for d in _denials(pipeline, text)] == [name]


@pytest.mark.parametrize(("text", "body"), [
    (("Fishermen accused the Northern Water Authority of opening the sluices without warning. The water authority "
     "denied that."), "Northern Water Authority"),
    ("Parents accused the Kellmore County School Board of hiding the audit. The school board rejected the claim.",
     "Kellmore County School Board"),
])
def test_a_common_noun_phrase_stands_for_the_body_named_before_whose_name_ends_in_it(
        pipeline: Pipeline, text: str, body: str) -> None:
    assert [d.source for d in _denials(pipeline, text)] == [body]


def test_a_common_noun_phrase_with_no_such_name_before_stays_itself(pipeline: Pipeline) -> None:
    ds = _denials(pipeline, "Fishermen accused the Northern Water Authority of opening the sluices. The port "
                            "authority denied that.")
    assert [d.source for d in ds] == ["port authority"]


@pytest.mark.parametrize("text", [
    ("Tenants said they had reported the leak to the landlord, Harbin Homes. Harbin Homes said it had received "
     "no complaint about the flat."),
    ("Fans said they had warned the organiser, Brightstage, about the crush at the gate. Brightstage said it "
     "had never been told of any problem."),
])
def test_a_party_named_just_before_that_negates_of_itself_denies(pipeline: Pipeline, text: str) -> None:
    assert len(_denials(pipeline, text)) == 1


def test_a_party_speaking_of_itself_without_negation_does_not_deny(pipeline: Pipeline) -> None:
    text = ("Tenants said they had reported the leak to the landlord, Harbin Homes. Harbin Homes said it had "
            "sent a plumber on Friday.")
    assert not _denials(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Inspectors fined the caterer Brightbite for the outbreak, a finding the company dismissed as \"unfounded\".",
     "Brightbite"),
    ("Villagers blamed the quarry for the flood, a charge the ministry called baseless.", "ministry"),
])
def test_a_charge_a_common_noun_calls_false_is_a_denial_by_what_it_stands_for(
        pipeline: Pipeline, text: str, source: str) -> None:
    assert [d.source for d in _denials(pipeline, text)] == [source]
