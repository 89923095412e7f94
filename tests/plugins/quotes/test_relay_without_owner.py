"""A relaying cue whose ``from`` or ``on behalf of`` ends the words of the text names no
owner, and is read without failing (hypothesis found ``read a statement from " : "``)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline
from newskit_quotes import extract_quotes


@pytest.mark.parametrize("text", [
    'The club\'s lawyer read a statement from " : "',
    'The club\'s lawyer read a statement from "..."',
    'Her lawyer read a statement on behalf of " - "',
])
def test_a_relay_with_nothing_after_from_names_no_owner(text: str) -> None:
    got = extract_quotes(text, [])  # read without an IndexError
    assert all(text[q.start:q.end] == q.text for q in got)
    assert all(q.speaker is None or "lawyer" in q.speaker for q in got)  # the reader, if anyone


def test_an_owner_named_after_from_still_owns_the_words(pipeline: Pipeline) -> None:
    text = 'Gomez read a statement from her client, Peter Hall: "I am innocent of every charge."'
    got = [m for m in pipeline.run(Article(id="relay", text=text)).mentions if m.kind == "quote"]
    assert [getattr(q, "speaker", None) for q in got] == ["Peter Hall"]
