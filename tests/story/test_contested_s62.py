"""Session 62 (issue #10): a denial told in reported speech (``His lawyer said her client
denied taking any bribes``, ``the chairman said the board "categorically rejects" the
claim``) is a denial, not the speaker's charge: it is on no accuser's side of a pair.
Invented news."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Claim, SpanRef
from newskit.story.reported_denials import reported_denials
from tests.story.helpers import outlet_pairs


def test_a_lawyer_reporting_the_clients_denial_accuses_no_one(pipeline: Pipeline) -> None:
    arts = [("Harbour Gazette", "Prosecutors in Split accused port official Ivo Marić of taking bribes from shipping "
             "agents. His lawyer, Ana Kovač, said her client denied taking any bribes and would prove his innocence."),
            ("Coast Radio", "Ivo Marić, the port official detained on Monday, says he is innocent and never took "
             "a bribe.")]
    pairs = outlet_pairs(pipeline, arts)
    assert ("prosecutors", "Ivo Marić") in pairs, pairs
    assert ("Ana Kovač", "Ivo Marić") not in pairs, pairs


def test_a_chairman_reporting_the_boards_rejection_accuses_no_one(pipeline: Pipeline) -> None:
    arts = [("Daily Ledger", "Former employees said the Harbour Light Trust had ignored warnings about missing "
             "donations. The chairman, Paul Osei, said the board \"categorically rejects\" the claim that it had "
             "ignored warnings from staff."),
            ("Evening Star", "The Harbour Light Trust denied ignoring any warnings.")]
    pairs = outlet_pairs(pipeline, arts)
    assert ("former employees", "Harbour Light Trust") in pairs, pairs
    assert ("Paul Osei", "Harbour Light Trust") not in pairs, pairs


def _claim(text: str, start: int, stance: str, cue: str | None = None, cue_at: int = 0) -> Claim:
    ref = SpanRef(article="a", start=start + cue_at, end=start + cue_at + len(cue), text=cue) if cue else None
    return Claim(article="a", start=start, end=start + len(text), text=text, source="x", stance=stance,
                 cue=cue, cue_ref=ref)


def test_which_claims_report_a_denial() -> None:
    said = "her client denied taking any bribes"
    report = _claim(said, 40, "alleges")
    denial = _claim("Ana Kovač, said " + said, 24, "denies", "denied", 16 + said.index("denied"))
    assert reported_denials([report, denial]) == {id(report)}
    # a charge whose own clause goes on to a denial after a comma is no report of it
    charge = "the mayor, who later denied it, took the money"
    told = _claim(charge, 0, "alleges")
    later = _claim("who later denied it", 11, "denies", "denied", charge.index("denied") - 11)
    assert reported_denials([told, later]) == frozenset()


_WORDS = st.lists(st.sampled_from(["the", "firm's", "board", "its", "client", "whole", "staff"]), min_size=1,
                  max_size=10)


@given(_WORDS)
def test_a_report_opens_with_a_few_words_before_the_denial(words: list[str]) -> None:
    head = " ".join(words) + " "
    text = head + "denied the claims"
    report = _claim(text, 30, "asserts")
    denial = _claim(text, 30, "denies", "denied", len(head))
    assert (id(report) in reported_denials([report, denial])) == (len(words) <= 6)
