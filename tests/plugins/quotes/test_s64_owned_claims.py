"""Session 64 (issue #10): ``claim`` with a thing taken or asked for as one's own for its
object (``claimed the title``, ``claimed asylum``, ``claimed compensation``) reports no
words: ``The Harriers claimed the title`` was read as alleging "the title". The same verb
with a clause (``claimed that the vote was rigged``, ``claimed the title deeds were
forged``) still reports, and so does a claim of a deed (``claimed responsibility for the
ambush``: a party may deny it). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return [m.text for m in a.mentions if m.kind == "quote"]


@pytest.mark.parametrize("text", [
    "The Harriers claimed the title with two games to spare.",
    "The defector claimed asylum at the embassy in Vienna.",
    "Flooded households claimed compensation from the water board.",
    "The veteran claimed a bronze medal in the 400 metres.",
])
def test_a_thing_claimed_as_ones_own_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The opposition claimed that the victory was stolen.", "the victory was stolen"),
    ("The tenants' union claimed the title deeds were forged.", "the title deeds were forged"),
    ("The rebels claimed the army had shelled the market.", "the army had shelled the market"),
    ("The militia claimed responsibility for the ambush.", "responsibility for the ambush"),
])
def test_a_clause_after_claim_is_still_reported(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in _quotes(pipeline, text)
