"""Session 26 (issue #10): a denial that points back at a charge answers the last person who
spoke before it when any of their words right there tells an act, not only their last words
(a reporter gives the accuser's paragraph, its act and its verdict, then the answer; the
verdict alone tells no act), also when an allegation by another party stands earlier in
the window and takes the denial. Invented news, one outlet."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

_PARAGRAPH = ("Three residents of a care home in Leeds were taken to hospital on Friday. The Leeds Relatives Group "
              "accused Pinecrest Care of cutting its night staff. The city council said it would review the home's "
              "licence next month. Health inspector Maria Lopes said her team had found residents left in soiled beds "
              'for days. "This was not bad luck. It was a choice," Lopes said. ')


def test_a_charge_denied_answers_the_whole_paragraph_of_the_last_voice(pipeline: Pipeline) -> None:
    text = _PARAGRAPH + "Pinecrest Care, which runs the home, rejected the accusation."
    pairs = outlet_pairs(pipeline, [("Leeds Courier", text)])
    assert {("Maria Lopes", "Pinecrest Care"), ("Leeds Relatives Group", "Pinecrest Care")} <= pairs, pairs


def test_a_denial_that_names_another_accuser_does_not_take_the_last_voice(pipeline: Pipeline) -> None:
    text = _PARAGRAPH + ("Pinecrest Care, which runs the home, rejected claims by the Leeds Relatives Group that it "
                         "had cut its night staff.")
    pairs = outlet_pairs(pipeline, [("Leeds Courier", text)])
    assert ("Maria Lopes", "Pinecrest Care") not in pairs, pairs
