"""Issue #14, session 52 (helper quotes): a name inside the people a noun of number counts,
and a body's initials in apposition after an inverted description. Sentences written for
these tests from harbour, clinic, mill and ferry news; none is taken from a corpus or a
story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, cue) of every attribution in ``text``."""
    return [(q.text, q.speaker, q.cue) for q in all_quotes(text)]


# The people a noun of number counts are a plural noun phrase; a name before its head (a
# people's, a place's) modifies the head and does not end the phrase.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Hundreds of Tamil fishermen staged a sit-in at the harbour, accusing the coastguard of seizing "
         "their nets.", "seizing their nets", "Hundreds of Tamil fishermen"),
        ("Dozens of Kenyan nurses gathered outside the clinic on Monday, saying their wages were months late.",
         "their wages were months late", "Dozens of Kenyan nurses"),
        ("Scores of Bavarian dairy farmers blocked the ring road, claiming that milk prices had halved.",
         "milk prices had halved", "Scores of Bavarian dairy farmers"),
    ],
)
def test_a_name_before_the_counted_head_is_its_modifier(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a counted name with nothing after it, and lower-case people read as before
        ("Thousands of Somalis marched to the square on Friday, demanding an end to the curfew.",
         "an end to the curfew", "Thousands of Somalis"),
        ("Hundreds of welders walked out of the Garrow shipyard on Monday, demanding safer scaffolds.",
         "safer scaffolds", "Hundreds of welders"),
    ],
)
def test_the_counted_phrase_is_otherwise_unchanged(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


# Initials set off after an inverted description of a body (``said their union, the GWU``)
# name that body, as a person's name names the holder of a role in apposition.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mill will shut in May. \"We were never consulted,\" said their union, the GWU.",
         "We were never consulted", "GWU"),
        ("The ministry closed three clinics. \"Patients will travel for hours,\" said the doctors' association, "
         "the NMDA, on Tuesday.", "Patients will travel for hours", "NMDA"),
        ("The ferry line cut its winter timetable, a move that will isolate the islands, said the port workers' "
         "union, PWU.", "The ferry line cut its winter timetable, a move that will isolate the islands", "PWU"),
    ],
)
def test_initials_after_an_inverted_description_name_the_body(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: initials that open a list, and a description with no initials after it
        ("The mill will shut in May. \"We were never consulted,\" said their union, the GWU and the TUC.",
         "We were never consulted", "union"),
        ("The mill will shut in May. \"We were never consulted,\" said their union on Tuesday.",
         "We were never consulted", "union"),
    ],
)
def test_a_description_without_closing_initials_is_unchanged(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


# A side of a contest (``the prosecution``, ``the defence``, ``the opposition``:
# ``newskit.kinds.names_side``) may hold a claim as its owner, as a body or a role may.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The electoral board dismissed the opposition's charge that polling stations had opened late.",
         "polling stations had opened late", "the opposition"),
        ("The hearing resumed on Monday. The judge set aside the defence's claim that the samples were mislabelled.",
         "the samples were mislabelled", "the defence"),
        ("The judge was not persuaded by the prosecution's argument that the fire had been set on purpose.",
         "the fire had been set on purpose", "the prosecution"),
    ],
)
def test_a_side_of_a_contest_owns_its_claim(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


def test_a_thing_still_owns_no_claim() -> None:
    """The guard: an owner that names neither a side, a body nor people holds no claim."""
    text = "The harbour board dismissed the plan's suggestion that the pier would be rebuilt by May."
    assert not [s for t, s, _ in _said(text) if s in ("the plan", "plan")], _said(text)


# A relative pronoun opens the clause whose subject follows it (``which residents claim is
# unlawful``): a cue that is also a noun (``claim``, ``fear``, ``claims``) right after that
# subject is the relative clause's verb, and the pronoun the subject of what it reports.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The council sold the common, which residents claim is still public land.", "is still public land",
         "residents"),
        ("Ines Costa approved the quarry, which fishermen fear will silt up the bay.", "will silt up the bay",
         "fishermen"),
        ("The board signed the lease, which the union claims was never put to tender.", "was never put to tender",
         "union"),
    ],
)
def test_a_relative_clause_subject_speaks(text: str, content: str, speaker: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a noun of saying inside a relative clause's subject, and one after a
        # determiner with no relative pronoun before it
        "The mayor answered the letters, which the residents' claims had prompted.",
        "The board said the claims are being reviewed.",
    ],
)
def test_a_noun_of_saying_stays_a_noun(text: str) -> None:
    assert not [c for _, _, c in _said(text) if c in ("claims", "claim")], _said(text)
