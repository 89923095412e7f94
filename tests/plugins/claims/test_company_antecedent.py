"""What ``the company`` stands for as a source: the firm named before it, never a civic body
(a campaign, a residents' association) or a place the text locates things in."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Pipeline


def test_the_company_skips_a_civic_body_named_after_the_firm(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Anglers accused Brenmoor Fish Farms of letting thousands of fish escape. \"The river is "
                           "finished,\" said Tom Reid, who leads the Clearwater Anglers Alliance. The company said "
                           "its nets had been inspected in May.")
    assert any(c.source == "Brenmoor Fish Farms" and "inspected" in c.text for c in cs)


def test_the_company_skips_a_town_once_named_as_where_things_are(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Miners at Dorvan Mining have camped outside its offices in Vayk since Tuesday. "
                           "Vayk, a town of 8,000 people, depends on the mine. The company said more staff were "
                           "returning to work.")
    company = next(c for c in cs if "returning" in c.text)
    assert company.source != "Vayk"


def test_a_common_noun_phrase_ending_in_a_body_head_is_the_source(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The Kelvin Rowing Club called for an inquiry. The fire service said eight people were "
                           "rescued from the weir.")
    assert any(c.source == "fire service" and "rescued" in c.text for c in cs)


def test_a_place_named_by_its_kind_of_administration_is_the_source(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Hikers blamed the park for the rockfall. The province of Gelderland denied the claim.")
    assert any(c.source == "province of Gelderland" and c.stance == "denies" for c in cs)


def test_the_company_skips_a_name_its_description_makes_a_union(pipeline: Pipeline) -> None:
    """Session 45: "The dockers' trade union SKL accused the company ... The company denied"
    gave the denial to SKL, whose name alone does not say it is a union."""
    cs = claims_of(pipeline, "Harbour Logistics runs the terminal. The dockers' trade union SKL accused the company "
                           "of cutting safety checks. The company denied that it had ignored warnings.")
    denial = next(c for c in cs if c.stance == "denies")
    assert denial.source == "Harbour Logistics"


def test_the_company_is_not_the_accuser_named_without_its_description(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The dockers' trade union SKL accused the company of cutting safety checks. "
                           "The company denied that it had ignored warnings.")
    denial = next(c for c in cs if c.stance == "denies")
    assert denial.source != "SKL"


def test_the_company_skips_a_river_a_cargo_travels_down(pipeline: Pipeline) -> None:
    """Session 46: "ship the ore down the Amazon. ... The company denies" gave the denial to
    the river; a name after "down/up/along the" is where something goes."""
    cs = claims_of(pipeline, "Prosecutors say Veltra Mining failed to consult the villages. They want the court to halt a "
                             "port that would ship the ore down the Orinoco. The company denies any wrongdoing.")
    denial = next(c for c in cs if c.stance == "denies")
    assert denial.source == "Veltra Mining"


def test_the_company_skips_the_place_of_an_owner_s_site(pipeline: Pipeline) -> None:
    """Session 46: "the closing of Hoshino Motor's Rayong factory ... The company says"
    gave the claim to Rayong; a name between an owner's possessive and a site noun is where
    the site is."""
    cs = claims_of(pipeline, "The closing of Varda Motor's Sorvik factory on Wednesday shocked the town. "
                             "The company says 2,300 employees lost their jobs.")
    said = next(c for c in cs if "2,300" in c.text)
    assert said.source == "Varda Motor"


def test_the_company_skips_the_end_of_a_longer_name(pipeline: Pipeline) -> None:
    """Session 46: "... with the Superintendency of the Environment. The company said"
    gave the claim to "Environment", the end of a public body's name."""
    cs = claims_of(pipeline, "Residents accused Cobrex Mining of hiding its emissions and wrote to the Superintendency of "
                             "the Environment. The company said the allegation was false.")
    said = next(c for c in cs if "false" in c.text)
    assert said.source == "Cobrex Mining"


def test_the_company_skips_a_body_named_in_its_own_language(pipeline: Pipeline) -> None:
    """Session 48: "The company has denied owing overtime" went to the dockers' union named
    untranslated after the firm ("the Sindicato dos Estivadores da Beira")."""
    cs = claims_of(pipeline, "Stevedores struck against Corredor Norte Logística on Monday. The Sindicato dos "
                           "Estivadores da Beira says 900 members stopped work. The company has denied owing "
                           "any overtime.")
    denial = next(c for c in cs if "overtime" in c.text)
    assert "Estivadores" not in denial.source, denial.source
