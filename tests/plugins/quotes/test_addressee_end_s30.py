"""Issue #14, session 30: where an addressee ends after a verb of telling. ``told the
council the rent was too high`` gave the content ``rent was too high``: a determiner after
the addressee's head was read as more of the addressee (the list of addressee words holds
``the`` and ``his`` for the addressee's own first word), and a lower-case addressee of more
than one noun (``told a local newspaper the …``) ran into the content. A determiner after
the addressee now opens the reported clause's subject. Sentences written for these tests
from bakery, tram and harbour news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The baker told the council the rent was too high.", "the rent was too high"),
        ("The harbour master told his staff the ferry would not sail.", "the ferry would not sail"),
        ("The driver told the BBC the brakes had failed twice.", "the brakes had failed twice"),
        ("The driver told her the brakes had failed twice.", "the brakes had failed twice"),
        ("The baker told Reuters the shop would close in June.", "the shop would close in June"),
        ("The baker told a local newspaper the shop would close in June.", "the shop would close in June"),
        ("The baker told the town's weekly paper his shop would close in June.", "his shop would close in June"),
    ],
)
def test_a_determiner_after_the_addressee_opens_the_clause(text: str, content: str) -> None:
    [(got, _)] = reported_with_speakers(text)
    assert got == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # unchanged: ``that`` after the addressee, and a clause with no determiner
        ("The baker told reporters that the shop would close in June.", "the shop would close in June"),
        ("The baker told the council rents were too high.", "rents were too high"),
    ],
)
def test_other_addressees_read_as_before(text: str, content: str) -> None:
    [(got, _)] = reported_with_speakers(text)
    assert got == content


@settings(max_examples=30, deadline=None)
@given(addressee=st.sampled_from(["the council", "his staff", "the inquiry", "a local newspaper", "the BBC",
                                  "the court's clerk"]),
       subject=st.sampled_from(["the tram", "a ferry", "their bakery", "the old harbour crane"]))
def test_the_clause_keeps_its_determiner(addressee: str, subject: str) -> None:
    text = f"The inspector told {addressee} {subject} had been checked in March."
    assert reported_with_speakers(text) == [(f"{subject} had been checked in March", "The inspector")]
