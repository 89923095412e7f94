"""Session 22 (issue #10): the charge a reporter puts right before a denial. The claim
right before a denial by another party is what it answers when the denial takes up a word
of it (``"The orders were ignored," said X. Torres Property denied receiving any
order``); and a body an article names whole and then short is one party (``Harwell
Container Terminals`` ... ``Harwell denied``). Invented news, one outlet each."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs


def test_a_denial_taking_up_a_word_of_the_claim_right_before_it_answers_it(pipeline: Pipeline) -> None:
    text = ('A balcony fell from a block of flats in the old town on Friday, killing two people. "The repair '
            'orders were ignored," Carla Mendez, the city\'s housing chief, told reporters. Torres Property, '
            'which owns the block, denied receiving any order concerning the balcony.')
    assert ("Carla Mendez", "Torres Property") in outlet_pairs(pipeline, [("City Post", text)])


def test_a_denial_sharing_no_word_with_the_claim_before_it_is_not_its_answer(pipeline: Pipeline) -> None:
    text = ('A balcony fell from a block of flats in the old town on Friday, killing two people. "It is a '
            'terrible day for the whole street," Carla Mendez, a neighbour, said. Torres Property, which owns '
            'the block, denied receiving any order concerning repairs.')
    assert not any(a == "Carla Mendez" for a, _ in outlet_pairs(pipeline, [("City Post", text)]))


def test_a_body_named_whole_then_short_is_one_party_in_its_pair(pipeline: Pipeline) -> None:
    first = ("Harwell Container Terminals locked out 900 dockworkers on Monday after talks on pay collapsed. "
             "The dockers' union accused Harwell of hiring replacement workers from a contractor. Harwell denied "
             "using replacement workers, saying only managers were operating cranes.")
    second = ("Ships queued off the port on Tuesday as the lockout at Harwell Container Terminals entered a "
              "second day, the port authority said.")
    pairs = outlet_pairs(pipeline, [("Port Wire", first), ("Daily Ledger", second)])
    assert any(d == "Harwell Container Terminals" for _, d in pairs), pairs
    assert not any(d == "Harwell" for _, d in pairs), pairs
