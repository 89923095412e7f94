"""Issue #14, session 38: verbs of saying drop ``that`` after a chain of adjuncts as they do
right after the verb (``said in a statement it had …``, ``said at a rally the line would
…``); the clause opens at its subject after the chain. Sentences written for these tests
from ferry, bakery, museum and water news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import indirect_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry operator said in a statement it had cancelled all crossings.",
         "it had cancelled all crossings", "The ferry operator"),
        ("The ferry operator said in a statement on Sunday it had cancelled all crossings.",
         "it had cancelled all crossings", "The ferry operator"),
        ("The baker said at a meeting of traders the rent would double in spring.",
         "the rent would double in spring", "The baker"),
        ("The curator said during a tour of the east wing the roof was leaking.",
         "the roof was leaking", "The curator"),
        ("The water board said in an interview with a local paper the pipes will be replaced.",
         "the pipes will be replaced", "The water board"),
        ("Ms. Okafor said in a letter to parents she would step down in June.",
         "she would step down in June", "Okafor"),
    ],
)
def test_bare_clause_after_adjuncts(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got, got


@pytest.mark.parametrize(
    "text",
    [
        # the noun's reduced relative clause: nothing the verb governs follows it
        "The museum said in a statement the trustees released on Monday.",
        "The museum said in a statement the trustees posted on its website.",
        # a clause after a name in the chain is the adjunct's own, not the report
        "The union said after Halvorsen resigned from the board the talks were over.",
    ],
)
def test_no_clause_after_adjuncts(text: str) -> None:
    got = [q.text for q in indirect_quotes(text)]
    assert not any(t.startswith(("the trustees", "the talks")) for t in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "this week", "New York", "the Senate": no clause opens inside a time or a name
        ("The ferry operator said in a statement this week the crossings would resume.",
         "the crossings would resume"),
        ("The baker said in New York the flour tax had hurt small shops.",
         "the flour tax had hurt small shops"),
        ("The curator said at a Senate hearing the museum had lost its grant.",
         "the museum had lost its grant"),
    ],
)
def test_subject_opens_after_the_phrase(text: str, content: str) -> None:
    got = [q.text for q in indirect_quotes(text)]
    assert content in got, got


_CHAINS = ("in a statement", "at a rally", "in an interview", "during a visit to the harbour",
           "in a post on social media", "at a news conference on Friday")
_CLAUSES = ("the ferry would run again by May", "it had found no trace of the dye",
            "the water rates will rise next year")


@given(st.sampled_from(_CHAINS), st.sampled_from(_CLAUSES))
@settings(max_examples=40, deadline=None)
def test_any_chain_any_clause(chain: str, clause: str) -> None:
    text = f"The harbour master said {chain} {clause}."
    got = reported_with_speakers(text)
    assert (clause, "The harbour master") in got, got
