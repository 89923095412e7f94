"""Session 22 (issue #10): the charge a reporter puts right before a denial. A person's
words right before a denial that points back at a charge are the charge when nothing else
there alleges (``"It was sabotage," said X. Orvex Shipping denied the accusation``); the
claim right before a denial by another party is what it answers when the denial takes up
a word of it (``"The orders were ignored," said X. Torres Property denied receiving any
order``); and a body an article names whole and then short is one party (``Harwell
Container Terminals`` ... ``Harwell denied``). Invented news, one outlet each."""

from __future__ import annotations

from newskit import Pipeline
from newskit.model import Claim
from newskit.story.contested import _charges_before
from tests.story.helpers import outlet_pairs


def test_a_persons_words_right_before_a_denial_of_the_accusation_are_the_charge(pipeline: Pipeline) -> None:
    text = ('A cable that carries most of Tiranu\'s internet traffic was cut on Sunday. "This was no accident. '
            'It was sabotage," Hamid Sole, the islands\' transport minister, told reporters. Orvex Shipping, '
            'which manages the tanker seen above the cable, denied the accusation.')
    assert ("Hamid Sole", "Orvex Shipping") in outlet_pairs(pipeline, [("Island Wire", text)])


def _claim(start: int, text: str, source: str, stance: str, kind: str | None = None, cue: str | None = None) -> Claim:
    return Claim(article="a", start=start, end=start + len(text), text=text, source=source, stance=stance,
                 source_type=kind, cue=cue)


def test_words_that_allege_nothing_are_the_charge_only_when_nothing_else_alleges() -> None:
    union = _claim(0, "accused Orvex Shipping of cutting crews on its tankers", "dockers' union", "alleges")
    voice = _claim(70, "Freight prices will rise this winter", "Hamid Sole", "asserts", "person")
    denial = _claim(140, "Orvex Shipping denied the accusation", "Orvex Shipping", "denies", cue="denied")
    assert _charges_before(denial, [union, voice]) == [union]
    assert _charges_before(denial, [voice]) == [voice]


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
