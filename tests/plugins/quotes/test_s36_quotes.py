"""Issue #14, session 36: a participle of naming or of saying used as a participle of
sending opens a reduced relative after its subject's head (``Police called to the scene
said``, ``A teacher named in the report said``), so the head speaks. Sentences written for
these tests from harbour, orchard, rail and school news; none is taken from a corpus or
from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police called to the quay said the driver had fled on foot.", "Police"),
        ("Firefighters called to the orchard on Sunday said the blaze began in a shed.", "Firefighters"),
        ("Paramedics called to a rail crossing said two people were hurt.", "Paramedics"),
        ("A teacher named in the inspection report said she had not been consulted.", "A teacher"),
        ("A porter named in the rail audit said the ledgers were kept by hand.", "A porter"),
        ("A firm named by the council in its report said the rail contract was fair.", "A firm"),
    ],
)
def test_the_head_before_the_participle_speaks(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A group known as the Harbour Front said the quay was unsafe.", "the Harbour Front"),
        ("A company known in the valley as the Orchard Trust said the fence was new.", "the Orchard Trust"),
        ("Unions called to end the rail strike, the paper said.", "the paper"),
    ],
)
def test_naming_and_finite_readings_stay(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


_HEADS = ("Police", "Firefighters", "Coastguard officers", "Two paramedics")
_PLACES = ("the harbour", "the school gates", "a farm near the orchard", "the level crossing")


@given(st.sampled_from(_HEADS), st.sampled_from(_PLACES))
@settings(max_examples=40, deadline=None)
def test_the_place_never_speaks(head: str, place: str) -> None:
    text = f"{head} called to {place} said the fire was out."
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [head], got
