"""Session 43 (issue #10): a denial that states the charge it answers (``rejected claims
that the crews were slow to arrive``) pairs with the accuser's words right after it in its
article that take up a word of that charge, by another party. Invented news."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import outlet_pairs

_DENIAL = ("The Tarrow Valley fire service has rejected claims that its crews were slow to arrive at "
           "a barn fire near Penfold, insisting the first engine was there within 14 minutes. ")


def test_the_accuser_after_a_stated_charge_is_paired(pipeline: Pipeline) -> None:
    text = _DENIAL + "Farmer Gwen Aldous said the crews took almost an hour to arrive."
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("Gwen Aldous", "Tarrow Valley fire service") in pairs, pairs


def test_words_after_a_stated_charge_sharing_none_of_it_are_not_paired(pipeline: Pipeline) -> None:
    text = _DENIAL + "Farmer Gwen Aldous said forty sheep had been lost in the blaze."
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("Gwen Aldous", "Tarrow Valley fire service") not in pairs, pairs


def test_the_stated_charge_ends_with_its_clause() -> None:
    from newskit.model import Claim
    from newskit.story.contested import _stated_charge

    def denial(text: str) -> Claim:
        return Claim(id="c1", article="a1", start=0, end=len(text), text=text, stance="denies",
                     source="Tarrow Valley fire service", cue="rejected")

    stems = _stated_charge(denial("has rejected claims that its crews were slow to arrive, insisting the engine was there"))
    assert "crews" in stems and "insis" not in stems and "engin" not in stems
    assert _stated_charge(denial("rejected the accusation, saying its crews were quick")) == frozenset()


def test_a_defence_after_a_stated_charge_is_not_the_accuser(pipeline: Pipeline) -> None:
    text = _DENIAL + "Station officer Rhys Pengelly said nobody had kept the crews waiting at the station."
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("Rhys Pengelly", "Tarrow Valley fire service") not in pairs, pairs


def test_an_act_said_undone_by_anyone_is_a_defence() -> None:
    from newskit.story.contested import _says_undone

    assert _says_undone("Nobody delayed anything. The engine left at once")
    assert _says_undone("No calls were ignored by the control room")
    assert not _says_undone("the crews had received no call for an hour")
