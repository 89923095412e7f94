"""Session 14 (issue #10, helper pairs): allegation/denial pairs on unseen news.

* A denial pointing at a bare plural charge with a clause of its own (``dismissed as
  "false" allegations that it had ...``) answers whoever accused the denier, in any
  article, as ``the allegations`` would.
* A bare denial of wrongdoing with nothing at hand (``Corvo Foods denied any negligence``,
  no charge noun, no claim answered) answers the act asserted just before it in its
  article by another party (an authority's finding: ``inspectors had found that ... had
  been stored ...``), with the claims of that clause; never an assertion that tells no act,
  and a finding of nothing (``found no evidence of fraud``) keeps its own rules.

Sentences written for these tests (a dairy, a school, a rail operator, a bank), not from
the stories where the kinds were seen failing (a cyclone, a wedding, a tunnel)."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs


def test_a_bare_plural_charge_with_its_clause_is_pointed_at(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Rail Wire", "Commuter groups accused Northline Rail of hiding safety defects in its carriages."),
        ("Daily", "Northline Rail dismissed as \"false\" allegations that it had kept quiet about problems with "
                  "its rolling stock, as the strike entered its second week."),
    ])
    assert ("commuter groups", "Northline Rail") in pairs, pairs


def test_a_bare_denial_answers_the_finding_just_before_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("County Post", "Forty pupils fell ill after a school lunch in Dunmore. The county food agency said on "
                        "Tuesday its inspectors had found that milk had been stored at room temperature for a day. "
                        "Corvo Foods denied any negligence."),
    ])
    assert any(a.startswith("county food agency") and d == "Corvo Foods" for a, d in pairs), pairs


def test_a_bare_denial_after_a_plain_report_answers_nothing(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("County Post", "The county food agency said on Tuesday that forty pupils were in hospital. Corvo Foods "
                        "denied any negligence."),
    ])
    assert not any(d == "Corvo Foods" for _, d in pairs), pairs


def test_a_finding_of_nothing_is_not_paired_with_the_report_before_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Finance Daily", "Harwick Bank received 1.2 billion euros in deposits last quarter, according to figures "
                          "published on Monday. Auditors said they found no evidence of fraud."),
    ])
    assert not any(d == "Auditors" for _, d in pairs), pairs


def test_a_body_s_spokesman_right_after_its_allegation_is_the_accuser(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Metro", "The Federation of Taxi Operators accused the city transport office of rigging the licence auction. "
                  "\"The winners were picked in advance,\" said Omar Haddad, the federation's spokesman. The city "
                  "transport office denied the accusation."),
    ])
    assert any(a.startswith("Omar Haddad") and d == "city transport office" for a, d in pairs), pairs


def test_a_person_of_another_body_after_the_allegation_is_no_voice(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Metro", "The Federation of Taxi Operators accused the city transport office of rigging the licence auction. "
                  "\"Prices will rise,\" said Lena Ortiz, the Riverside Cab Company's chief executive. The city "
                  "transport office denied the accusation."),
    ])
    assert not any(a.startswith("Lena Ortiz") for a, _ in pairs), pairs


def test_a_plural_charge_answers_every_assertion_of_its_article_against_the_denier(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Rail Review", "Inspection logs seen by Rail Review suggest that Northline Rail skipped brake checks on its "
                        "night trains for most of last year. The logs show that two checks due in May were never "
                        "done. The operator runs 140 trains a night between the capital and the northern ports, and its "
                        "fleet of 60 locomotives is among the oldest in the country, most of them built in the "
                        "1980s. A former Northline driver, Pete Rusk, said crews had complained about the brakes "
                        "for months and that managers had told them to keep driving. \"Nobody wanted to hear it,\" "
                        "he said. Northline Rail rejected the claims."),
    ])
    assert ("Rail Review", "Northline Rail") in pairs, pairs


def test_a_singular_charge_keeps_to_the_one_at_hand(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("Rail Review", "Inspection logs seen by Rail Review suggest that Northline Rail skipped brake checks on its "
                        "night trains for most of last year. The logs show that two checks due in May were never "
                        "done. The operator runs 140 trains a night between the capital and the northern ports, and its "
                        "fleet of 60 locomotives is among the oldest in the country, most of them built in the "
                        "1980s. A former Northline driver, Pete Rusk, said crews had complained about the brakes "
                        "for months and that managers had told them to keep driving. \"Nobody wanted to hear it,\" "
                        "he said. Northline Rail rejected Rusk's claim."),
    ])
    assert ("Rail Review", "Northline Rail") not in pairs, pairs
