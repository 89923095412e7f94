"""Session 61 (issue #10): a court or a judge rules on a charge between the parties; its
ruling is on neither side of an allegation/denial pair (``the district court dismissed the
farmers' claim`` is no denial, ``the Supreme Court ruled that the company had breached its
permit`` no allegation). Invented news."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs


def test_a_court_dismissing_a_claim_is_no_denier(pipeline: Pipeline) -> None:
    text = ("A group of farmers in Orsk accused Drava Cement of polluting the river with kiln dust. "
            "The Orsk district court on Tuesday dismissed the farmers' claim, saying the samples had been taken "
            "too late. Drava Cement denied polluting the river.")
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("group of farmers", "Drava Cement") in pairs, pairs
    assert not any("court" in d for _, d in pairs), pairs


def test_a_court_ruling_against_a_party_is_no_allegation(pipeline: Pipeline) -> None:
    text = ("Environmental group Clearwater Alliance said Norvik Salmon had hidden an escape of 40,000 fish. "
            "The Supreme Court ruled that the company had breached its permit. "
            "Norvik Salmon rejected the accusation.")
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("Environmental group Clearwater Alliance", "Norvik Salmon") in pairs, pairs
    assert not any("Court" in a for a, _ in pairs), pairs


def test_a_court_ruling_that_nothing_happened_is_no_denial(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Daily Ledger", "Opposition lawmakers said the election had been stolen."),
                                    ("Evening Star", "The electoral court ruled that the vote had not been rigged.")])
    assert not any("court" in d for _, d in pairs), pairs


def test_which_sources_rule() -> None:
    from newskit.story.contested import _adjudicator

    for source in ("Orsk district court", "three judges", "Anna Holm of Vaasa District Court",
                   "Court of Appeal", "employment tribunal", "the jury"):
        assert _adjudicator(source), source
    # a court's prosecutor, an investigating judge and papers filed in a case charge; a
    # ruling coalition and a justice ministry are parties
    for source in ("prosecutor of International Criminal Court", "investigating judge's office",
                   "court documents", "Court of Auditors", "ruling coalition", "Ministry of Justice",
                   "Marta Quist", None):
        assert not _adjudicator(source), source
