"""Session 59 (issue #10): a summative appositive names the event of the clause before it
("ruled that ..., a decision that could force ..."; "approved the sale, in a decision
welcomed by staff"): one event, not a second ruling the story then dates apart. A main
verb that is no trigger ("called a strike") leaves the noun its own event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.events.helpers import event_words


@pytest.mark.parametrize(("text", "verb", "noun"), [
    ("The Halden Supreme Court ruled on Tuesday that the town never gave up its water right, "
     "a decision that could force the ranch to shut its gates.", "ruled", "decision"),
    ("The town council voted on Monday to close the school, a decision that angered parents.", "voted", "decision"),
    ("Ridgeway Foods bought its rival Calder Mills for $2 billion, a deal that creates the region's "
     "largest baker.", "bought", "deal"),
    ("After the talks collapsed, the regulator suspended the airline's licence, in a decision "
     "published on Friday.", "suspended", "decision"),
])
def test_the_noun_of_a_summative_appositive_is_the_clauses_event(text: str, verb: str, noun: str) -> None:
    assert verb in event_words(text, noun)


def test_a_main_verb_that_is_no_trigger_leaves_the_noun_its_own() -> None:
    text = "The dockers' union called a strike on Monday, a decision which angered the farmers."
    assert event_words(text, "decision") == {"decision"}


@settings(max_examples=20, deadline=None)
@given(modifier=st.sampled_from(["", "unanimous ", "4-1 ", "long-awaited "]),
       relative=st.sampled_from(["that", "which"]))
def test_the_modifiers_and_the_relative_word_do_not_matter(modifier: str, relative: str) -> None:
    article = "an" if modifier[:1] in ("u",) else "a"
    text = (f"The appeals court overturned the conviction on Friday, {article} {modifier}ruling "
            f"{relative} lawyers said would be studied closely.")
    assert "overturned" in event_words(text, "ruling")
