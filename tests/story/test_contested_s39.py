"""Session 39 (issue #10): a denial whose cue takes only a demonstrative (``denied this``)
answers what another party said right before it in its article, even where it also
answers a charge made elsewhere. Invented news."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

_COUNCIL = ("The Marlow Bay council accused Skyline Leisure of ignoring two earlier breakdowns of its big wheel, "
            "which stopped for three hours on Saturday with 80 riders aboard.")
_RIDER = ("Rider Tom Keane said staff had told him the wheel had been stopping for weeks. "
          "Skyline Leisure denied this.")


def test_a_demonstrative_denial_answers_the_claim_right_before_it(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Bay Echo", _COUNCIL + " " + _RIDER)])
    assert ("Tom Keane", "Skyline Leisure") in pairs, pairs


def test_a_denial_that_names_its_charge_is_not_read_as_pointing_back(pipeline: Pipeline) -> None:
    text = _COUNCIL + (" Rider Tom Keane said the queue had taken an hour. "
                       "Skyline Leisure rejected the council's accusation.")
    pairs = outlet_pairs(pipeline, [("Bay Echo", text)])
    assert ("Tom Keane", "Skyline Leisure") not in pairs, pairs


def test_speakers_who_speak_together_are_one_side() -> None:
    from newskit.story.contested import _same_party

    assert _same_party("Claire Whitcombe and Mark Dunmore", "Claire Whitcombe")
    assert _same_party("Mark Dunmore", "Ann Lee, Claire Whitcombe and Mark Dunmore")
    assert not _same_party("Claire Whitcombe and Mark Dunmore", "Ann Lee")
