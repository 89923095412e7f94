"""Issue #14, session 39: kinds of error left by session 38, each checked first with
sentences written for these tests (harbour, bakery, orchard and library news; none is taken
from a corpus or from bench/heldout_like)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Ann Halvorsen and Ben Okafor said the ferry service would resume on Monday.",
         "Ann Halvorsen and Ben Okafor", "Ann Halvorsen and Ben Okafor"),
        ("Ms. Halvorsen and Mr. Okafor said in a joint statement that the plan was dead.",
         "Ms. Halvorsen and Mr. Okafor", "Halvorsen and Okafor"),
        ('"We will not give up," Ann Halvorsen and Ben Okafor said.',
         "Ann Halvorsen and Ben Okafor", "Ann Halvorsen and Ben Okafor"),
        ("The union and the bakery owners told reporters that the deal was fair.",
         "The union and the bakery owners", "union and bakery owners"),
        ("On Monday, the harbour master and the ferry captains said the port would close.",
         "the harbour master and the ferry captains", None),
        ("The librarian and her deputy said the reading room would reopen in May.",
         "The librarian and her deputy", None),
    ],
)
def test_two_speakers_joined_by_and_speak_together(text: str, speaker: str, name: str | None) -> None:
    got = [(spoken(text, q), q.speaker) for q in all_quotes(text)]
    assert len(got) == 1, got
    assert got[0][0] == speaker, got
    if name is not None:
        assert got[0][1] == name, got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause before "and": its verb shows no speaker
        ("Bread prices fell sharply and the bakers' guild said the tax was to blame.", "the bakers' guild"),
        # two roles of one person
        ("The orchard's owner and chief grower said the frost had killed the blossom.",
         "The orchard's owner and chief grower"),
        # an object of "of" before "and" keeps the second phrase apart
        ("Friends of the librarian and the parish council said the closure was a loss.", "the parish council"),
    ],
)
def test_and_that_joins_no_two_speakers(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got
