"""Denials and allegations of kinds news states them, read through the whole pipeline."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Claim, Pipeline


def _by_stance(claims: list[Claim], stance: str) -> Claim:
    return next(c for c in claims if c.stance == stance)


def test_a_denial_answers_the_assertion_it_repeats(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Parents said the school had ignored repeated warnings about the roof. "
                           "The school board denied that it had ignored any warnings.")
    d = _by_stance(cs, "denies")
    answered = next(c for c in cs if c.id == d.responds_to)
    assert "ignored repeated warnings" in answered.text


def test_a_denial_never_answers_the_report_that_carries_it(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "An independent review found no evidence that the test data had been altered, "
                           "a spokeswoman said.")
    d = _by_stance(cs, "denies")
    assert d.responds_to is None or not any(c.id == d.responds_to and c.start <= d.start < c.end for c in cs)


def test_a_reported_finding_of_no_evidence_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Monitors from the European Union said they found no evidence of ballot stuffing.")
    assert [c.stance for c in cs] == ["denies"]


def test_calling_a_lawsuit_frivolous_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Shareholders sued the bank in March. The bank said the lawsuit was frivolous.")
    assert "denies" in {c.stance for c in cs}


def test_a_rigged_count_is_an_allegation(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The challenger, Omar Haddad, said the count had been rigged in the capital.")
    assert [c.stance for c in cs] == ["alleges"]


def test_the_denier_of_a_charge_is_the_noun_before_denied(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Omar Haddad accused the mayor's office of steering the tender to allies, "
                           "a charge the office denied.")
    d = _by_stance(cs, "denies")
    assert d.source == "office" and _by_stance(cs, "alleges").source == "Omar Haddad"


def test_the_head_of_x_of_y_is_the_accuser(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Families of the miners accused the mining firm of ignoring gas readings.")
    assert _by_stance(cs, "alleges").source == "families of the miners"  # session 31: a sentence's capital
    quoted = claims_of(pipeline, "Parents of the students accused the school board of hiding test results.")
    assert _by_stance(quoted, "alleges").source == "parents of the students"  # session 31: a sentence's capital
    named = claims_of(pipeline, "Relatives of Omar Haddad said he had been beaten in custody.")
    assert named[0].source == "Relatives of Omar Haddad"


def test_a_place_where_a_suit_was_filed_is_never_the_accuser(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "A lawsuit filed in Denver accuses Orvex Pharma of hiding side effects. "
                           "Orvex said the suit was frivolous.")
    assert _by_stance(cs, "alleges").source == "lawsuit"
    assert _by_stance(cs, "denies").source == "Orvex"  # calling a suit frivolous is a denial
    lodged = claims_of(pipeline, "A complaint lodged in Paris alleges that the retailer underpaid its suppliers.")
    assert _by_stance(lodged, "alleges").source == "complaint"


def test_the_company_is_the_company_named_before(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Tallbridge Foods recalled 40,000 jars on Friday. Regulators alleged that Tallbridge "
                           "Foods had ignored contamination reports; the company denied ignoring any reports.")
    assert _by_stance(cs, "denies").source == "Tallbridge Foods"
    short = claims_of(pipeline, "Kestrel Airlines grounded its fleet. Pilots said Kestrel had skipped checks. "
                              "The carrier denied skipping checks.")
    assert _by_stance(short, "denies").source == "Kestrel Airlines"  # the short name stands for the full one


def test_what_the_company_owns_is_never_the_company(pipeline: Pipeline) -> None:
    """Session 37: ``the company's Brightway Pro`` names its product, not the company."""
    cs = claims_of(pipeline, "Halden Tools said on Monday it was recalling 300,000 drills. The recall covers the "
                           "company's Brightway Pro range. Buyers should return the drills, the company said.")
    assert _by_stance(cs, "asserts").source != "Brightway Pro", cs
    its = claims_of(pipeline, "Halden Tools recalled its Brightway Pro drills. Critics accused the firm of "
                            "hiding faults, which the company denied.")
    assert _by_stance(its, "denies").source == "Halden Tools", its


def test_the_ministry_is_the_body_named_before_that_holds_the_noun(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The Ministry of Health said 14 clinics had closed. Doctors accused the ministry of "
                           "cutting funding, which the ministry rejected.")
    assert _by_stance(cs, "denies").source == "Ministry of Health"


def test_a_vessel_or_a_public_body_is_never_the_company(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Rescue boats reached the MV Coral Star off Palawan on Sunday, the Office of Civil "
                           "Defense said. Relatives of the crew accused the company of ignoring a storm warning. "
                           "The company called the accusation a lie.")
    assert _by_stance(cs, "denies").source == "company"


def test_saying_one_did_nothing_wrong_or_maintaining_innocence_is_a_denial(pipeline: Pipeline) -> None:
    assert _by_stance(claims_of(pipeline, "Brightline Rail said it had done nothing wrong."), "denies").source == \
        "Brightline Rail"
    assert _by_stance(claims_of(pipeline, "The senator has maintained his innocence."), "denies")
    inaccurate = claims_of(pipeline, "Officials at the ministry described the report as inaccurate.")
    assert [c.stance for c in inaccurate] == ["denies"]


def test_a_quoted_denial_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "\u201cWe categorically deny these allegations,\u201d the builder said in a statement.")
    assert [c.stance for c in cs] == ["denies"]
    reported = claims_of(pipeline, "The clinic said in a statement that it \u201crejects the claims in the strongest terms.\u201d")
    assert [c.stance for c in reported] == ["denies"]


def test_a_finding_by_a_body_someone_ordered_is_the_bodys(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "An inquiry ordered by the city council found no evidence that the tender had been rigged.")
    d = _by_stance(cs, "denies")
    assert d.source == "inquiry"
